/// Every two-byte GBK code (as GB18030 decodes it, user-defined areas to private use) and its reverse.
///
/// Built once from the C library's iconv, so it is the system's GB18030, not a hand-made table.
package struct GBKTable: Sendable {
    private let decodeTable: [UInt16: Unicode.Scalar]
    private let encodeTable: [UInt32: UInt16]

    /// The table, or nil when iconv cannot convert from GB18030.
    package init?() {
        guard let converter = IconvConverter(from: "GB18030", to: "UTF-32LE") else { return nil }
        var decode: [UInt16: Unicode.Scalar] = [:]
        var encode: [UInt32: UInt16] = [:]
        decode.reserveCapacity(24_000)
        for lead in UInt8(0x81)...UInt8(0xFE) {
            for trail in UInt8(0x40)...UInt8(0xFE) where trail != 0x7F {
                guard case .converted(let output) = converter.convert([lead, trail], outputCapacity: 8),
                    output.count == 4
                else { continue }
                let value =
                    UInt32(output[0]) | UInt32(output[1]) << 8 | UInt32(output[2]) << 16 | UInt32(output[3]) << 24
                guard let scalar = Unicode.Scalar(value) else { continue }
                let code = UInt16(lead) << 8 | UInt16(trail)
                decode[code] = scalar
                if encode[value] == nil { encode[value] = code }
            }
        }
        self.decodeTable = decode
        self.encodeTable = encode
    }

    /// The character of the two bytes `lead`, `trail`, or nil when they are not a GBK code.
    package func decode(_ lead: UInt8, _ trail: UInt8) -> Unicode.Scalar? {
        self.decodeTable[UInt16(lead) << 8 | UInt16(trail)]
    }

    /// The GBK bytes of `scalar`: one byte for ASCII, two for a GBK character, nil otherwise.
    package func encode(_ scalar: Unicode.Scalar) -> [UInt8]? {
        if scalar.isASCII { return [UInt8(scalar.value)] }
        guard let code = self.encodeTable[scalar.value] else { return nil }
        return [UInt8(code >> 8), UInt8(code & 0xFF)]
    }

    /// Every character whose lead byte is `lead`.
    package func characters(lead: UInt8) -> [(trail: UInt8, scalar: Unicode.Scalar)] {
        (UInt8(0x40)...UInt8(0xFE)).compactMap { trail in self.decode(lead, trail).map { (trail, $0) } }
    }

    /// Every character whose trail byte is `trail`.
    package func characters(trail: UInt8) -> [(lead: UInt8, scalar: Unicode.Scalar)] {
        (UInt8(0x81)...UInt8(0xFE)).compactMap { lead in self.decode(lead, trail).map { (lead, $0) } }
    }
}
