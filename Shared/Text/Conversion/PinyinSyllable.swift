/// One pinyin syllable in plain form — ASCII letters, `v` for ü, no tone — packed five bits a letter.
///
/// Reading annotations (`項(xiàng)目`, `創(chuàng )新`, `?qǐng)`) are parsed at every parenthesis of a document by the
/// mojibake repair and the annotation stripper alike; an integer key keeps that free of strings and hashing of
/// strings, and one parser here keeps both steps agreeing on what an annotation is.
public struct PinyinSyllable: Hashable, Sendable {
    /// The letters, first in the lowest five bits (a = 1 … z = 26).
    public let packed: UInt64

    /// The longest syllable (`zhuang`, `chuang` have six letters).
    public static let maximumLetters = 7

    /// The syllable `written` with tone marks (`xiàng`, `chuàng`) or a tone digit (`lv4`), or nil when it holds
    /// anything else or is too long.
    @inlinable
    public init?(written: some Sequence<Unicode.Scalar>) {
        var packed: UInt64 = 0
        var count = 0
        for scalar in written {
            guard let letter = Self.letter(scalar) else { return nil }
            guard letter != 0 else { continue }
            guard count < Self.maximumLetters else { return nil }
            packed |= UInt64(letter) << (5 * count)
            count += 1
        }
        guard count > 0 else { return nil }
        self.packed = packed
    }

    /// The syllable spelled in plain ASCII (`xiang`).
    public var plain: String {
        var bytes: [UInt8] = []
        var rest = self.packed
        while rest != 0 {
            bytes.append(UInt8(rest & 31) + 0x60)
            rest >>= 5
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The plain letter (1–26) `scalar` writes, 0 for a tone digit or combining tone mark, nil for anything else.
    ///
    /// A switch over code points: one over `Unicode.Scalar` literals would compare case after case.
    @inlinable
    static func letter(_ scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        switch value {
        case 0x61...0x7A: return UInt8(value - 0x60)
        case 0x41...0x5A: return UInt8(value - 0x40)
        case 0x31...0x35, 0x300...0x30C: return 0
        case 0x101, 0xE1, 0x1CE, 0xE0: return 1  // ā á ǎ à
        case 0x113, 0xE9, 0x11B, 0xE8, 0xEA: return 5  // ē é ě è ê
        case 0x12B, 0xED, 0x1D0, 0xEC: return 9  // ī í ǐ ì
        case 0x14D, 0xF3, 0x1D2, 0xF2: return 15  // ō ó ǒ ò
        case 0x16B, 0xFA, 0x1D4, 0xF9: return 21  // ū ú ǔ ù
        case 0xFC, 0x1D6, 0x1D8, 0x1DA, 0x1DC: return 22  // ü ǖ ǘ ǚ ǜ → v
        case 0x144, 0x148, 0x1F9: return 14  // ń ň ǹ
        case 0x1E3F: return 13  // ḿ
        default: return nil
        }
    }

    /// The body of a reading annotation starting at `start` (just after `(` or an orphan's `?`): a syllable, spaces
    /// allowed anywhere (`chuàng )`), closed by `)` or `）`; with the index after the closing parenthesis.
    ///
    /// A body opening with a digit is no reading (`(2)`), and any other scalar ends the search at once, so a real
    /// parenthesis (`(黑龙江)`, `(记者 初霞)`) costs one look.
    @inlinable
    public static func annotation(in scalars: [Unicode.Scalar], from start: Int) -> (syllable: Self, end: Int)? {
        guard start < scalars.count, !scalars[start].isASCIIDigit else { return nil }
        var packed: UInt64 = 0
        var count = 0
        var index = start
        let limit = min(scalars.count, start + 11)
        while index < limit {
            let scalar = scalars[index]
            if scalar == ")" || scalar == "）" {
                guard count > 0 else { return nil }
                return (Self(packed: packed), index + 1)
            }
            index += 1
            if scalar == " " { continue }
            guard let letter = Self.letter(scalar) else { return nil }
            guard letter != 0 else { continue }
            guard count < Self.maximumLetters else { return nil }
            packed |= UInt64(letter) << (5 * count)
            count += 1
        }
        return nil
    }

    @usableFromInline
    init(packed: UInt64) {
        self.packed = packed
    }
}
