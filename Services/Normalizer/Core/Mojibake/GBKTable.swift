#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Every two-byte GBK code (as GB18030 decodes it, user-defined areas to private use) and its reverse.
///
/// Built once from the C library's iconv, so it is the system's GB18030, not a hand-made table.
package struct GBKTable: Sendable {
    private let decodeTable: [UInt16: Unicode.Scalar]
    private let encodeTable: [UInt32: UInt16]

    /// The table, or nil when iconv cannot convert from GB18030.
    package init?() {
        guard let converter = iconv_open("UTF-32LE", "GB18030"), converter != iconv_t(bitPattern: -1) else {
            return nil
        }
        defer { iconv_close(converter) }
        var decode: [UInt16: Unicode.Scalar] = [:]
        var encode: [UInt32: UInt16] = [:]
        decode.reserveCapacity(24_000)
        for lead in UInt8(0x81)...UInt8(0xFE) {
            for trail in UInt8(0x40)...UInt8(0xFE) where trail != 0x7F {
                var input: [UInt8] = [lead, trail]
                var output: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0]
                let produced: Int = input.withUnsafeMutableBufferPointer { inBuffer in
                    output.withUnsafeMutableBufferPointer { outBuffer in
                        var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress)?
                            .assumingMemoryBound(to: CChar.self)
                        var inLeft = 2
                        var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress)?
                            .assumingMemoryBound(to: CChar.self)
                        var outLeft = 8
                        iconv(converter, nil, nil, nil, nil)
                        let status = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                        return status == -1 || inLeft != 0 ? 0 : 8 - outLeft
                    }
                }
                guard produced == 4 else { continue }
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
