/// Every two-byte GBK code (as GB18030 decodes it, user-defined areas to private use) and its reverse.
///
/// Built once from the C library's iconv, so it is the system's GB18030, not a hand-made table. Read as flat
/// arrays, not dictionaries: the mojibake repair decodes and filters whole lead-byte rows at every orphaned
/// reading of a document, and hashing each code (`Dictionary`'s seeded SipHash) and rebuilding each row was a
/// tenth of the normalizer's CPU under `bench pipeline`.
package struct GBKTable: Sendable {
    /// The scalar value of each code `lead << 8 | trail`, 0 where the two bytes are not a GBK code.
    private let decodeTable: [UInt32]
    /// The code of each BMP scalar value (0 where none), and of the others (GB18030 maps a few user-defined codes
    /// beyond the BMP).
    private let encodeTable: [UInt16]
    private let encodeBeyondBMP: [UInt32: UInt16]
    /// Every character of each lead byte, in trail order (``characters(lead:)``).
    private let rows: [[(trail: UInt8, scalar: Unicode.Scalar)]]

    /// The table, or nil when iconv cannot convert from GB18030.
    package init?() {
        guard let converter = IconvConverter(from: "GB18030", to: "UTF-32LE") else { return nil }
        var decode = [UInt32](repeating: 0, count: 1 << 16)
        var encode = [UInt16](repeating: 0, count: 1 << 16)
        var beyond: [UInt32: UInt16] = [:]
        var rows = [[(trail: UInt8, scalar: Unicode.Scalar)]](repeating: [], count: 256)
        for lead in UInt8(0x81)...UInt8(0xFE) {
            for trail in UInt8(0x40)...UInt8(0xFE) where trail != 0x7F {
                guard case .converted(let output) = converter.convert([lead, trail], outputCapacity: 8),
                    output.count == 4
                else { continue }
                let value =
                    UInt32(output[0]) | UInt32(output[1]) << 8 | UInt32(output[2]) << 16 | UInt32(output[3]) << 24
                guard let scalar = Unicode.Scalar(value), value != 0 else { continue }
                let code = UInt16(lead) << 8 | UInt16(trail)
                decode[Int(code)] = value
                rows[Int(lead)].append((trail, scalar))
                // The first code of a scalar is its encoding, as before (lead, then trail, ascending).
                if value < 1 << 16 {
                    if encode[Int(value)] == 0 { encode[Int(value)] = code }
                } else if beyond[value] == nil {
                    beyond[value] = code
                }
            }
        }
        self.decodeTable = decode
        self.encodeTable = encode
        self.encodeBeyondBMP = beyond
        self.rows = rows
    }

    /// The character of the two bytes `lead`, `trail`, or nil when they are not a GBK code.
    package func decode(_ lead: UInt8, _ trail: UInt8) -> Unicode.Scalar? {
        let value = self.decodeTable[Int(lead) << 8 | Int(trail)]
        return value == 0 ? nil : Unicode.Scalar(value)
    }

    /// The GBK bytes of `scalar`: one byte for ASCII, two for a GBK character, nil otherwise.
    package func encode(_ scalar: Unicode.Scalar) -> [UInt8]? {
        if scalar.isASCII { return [UInt8(scalar.value)] }
        let code =
            scalar.value < 1 << 16 ? self.encodeTable[Int(scalar.value)] : self.encodeBeyondBMP[scalar.value] ?? 0
        guard code != 0 else { return nil }
        return [UInt8(code >> 8), UInt8(code & 0xFF)]
    }

    /// Every character whose lead byte is `lead`, in trail order.
    package func characters(lead: UInt8) -> [(trail: UInt8, scalar: Unicode.Scalar)] {
        self.rows[Int(lead)]
    }

    /// Every character whose trail byte is `trail`, in lead order.
    package func characters(trail: UInt8) -> [(lead: UInt8, scalar: Unicode.Scalar)] {
        (UInt8(0x81)...UInt8(0xFE)).compactMap { lead in self.decode(lead, trail).map { (lead, $0) } }
    }
}
