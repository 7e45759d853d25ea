/// Decodes document bytes: UTF-8, GB18030 (a superset of GBK and GB2312) or Big5, declared or detected.
///
/// Decoding goes through the C library's iconv; nothing here is a hand-made table.
package enum TextDecoder {
    /// The encodings the normalizer reads.
    package enum Charset: String, Hashable, Sendable {
        case utf8 = "UTF-8"
        case gb18030 = "GB18030"
        case big5 = "BIG5"

        /// The charset a client's label names (`gbk`, `gb2312`, `big5-hkscs`, `utf8`…), or nil.
        package init?(label: String) {
            switch String(label.lowercased().map { $0 == "_" ? "-" : $0 }) {
            case "utf-8", "utf8": self = .utf8
            case "gb18030", "gbk", "gb2312", "cp936", "euc-cn", "x-gbk": self = .gb18030
            case "big5", "big-5", "cp950", "big5-hkscs": self = .big5
            default: return nil
            }
        }
    }

    /// Why bytes could not be decoded.
    package enum Error: Swift.Error, Hashable {
        /// The bytes are not valid in `charset`; `byteOffset` is the first byte that is not.
        case invalidBytes(charset: Charset, byteOffset: Int)
        /// iconv on this system cannot convert from `charset`.
        case unavailable(charset: Charset)
    }

    /// Decodes `bytes` as `declared`, or detects the charset when `declared` is nil.
    package static func decode(_ bytes: [UInt8], declared: Charset?) throws(Error) -> (text: String, charset: Charset) {
        if let declared {
            return (try Self.decode(bytes, as: declared), declared)
        }
        if let text = Self.decodeUTF8(bytes) {
            return (text, .utf8)
        }
        let utf8Error = Self.firstInvalidUTF8Offset(bytes)
        let preferBig5 = !Self.looksLikeGB2312(bytes)
        let order: [Charset] = preferBig5 ? [.big5, .gb18030] : [.gb18030, .big5]
        for charset in order {
            if let text = try? Self.decode(bytes, as: charset) {
                return (text, charset)
            }
        }
        throw .invalidBytes(charset: .utf8, byteOffset: utf8Error)
    }

    /// Decodes `bytes` strictly as `charset`.
    package static func decode(_ bytes: [UInt8], as charset: Charset) throws(Error) -> String {
        if charset == .utf8 {
            guard let text = Self.decodeUTF8(bytes) else {
                throw .invalidBytes(charset: .utf8, byteOffset: Self.firstInvalidUTF8Offset(bytes))
            }
            return text
        }
        guard let converter = IconvConverter(from: charset.rawValue, to: "UTF-8") else {
            throw .unavailable(charset: charset)
        }
        switch converter.convert(bytes, outputCapacity: bytes.count * 2 + 16) {
        case .invalid(let offset):
            throw .invalidBytes(charset: charset, byteOffset: offset)
        case .converted(let output):
            guard let text = String(validating: output, as: UTF8.self) else {
                throw .invalidBytes(charset: charset, byteOffset: 0)
            }
            return text
        }
    }

    private static func decodeUTF8(_ bytes: [UInt8]) -> String? {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        return String(validating: body, as: UTF8.self)
    }

    /// The offset of the first byte that breaks UTF-8.
    private static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            for offset in 1..<max(length, 1) where bytes[index + offset] & 0xC0 != 0x80 {
                return index
            }
            if length > 1, String(validating: bytes[index..<(index + length)], as: UTF8.self) == nil {
                return index
            }
            index += length
        }
        return bytes.count
    }

    /// Whether every double-byte pair sits in GB2312's rows (lead A1–F7, trail A1–FE). Big5 puts four in ten
    /// of its characters on trail bytes 40–7E, which GB2312 never uses, so Big5 text fails this quickly.
    private static func looksLikeGB2312(_ bytes: [UInt8]) -> Bool {
        var index = 0
        var pairs = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            guard index + 1 < bytes.count else { return false }
            let trail = bytes[index + 1]
            if !(0xA1...0xF7).contains(byte) || !(0xA1...0xFE).contains(trail) { return false }
            pairs += 1
            index += 2
        }
        return pairs > 0
    }
}
