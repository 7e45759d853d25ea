/// Reads numbers as Chinese news writes them: `885.65`, `1,200`, `三千`, `一百二十`, `两`, `60多`, with the
/// multipliers 十 百 千 万 亿 (`1.2万亿` = 1.2 × 10¹², `三千万` = 3 × 10⁷).
public enum ChineseNumber {
    /// A number read from text.
    package struct Reading: Hashable, Sendable {
        package var value: Double
        /// Scalars consumed, including any trailing multiplier and `多`/`余`.
        package var length: Int
        /// Whether the text said "more than" (`60多`, `100余`).
        package var approximate: Bool
    }

    // The switches below are over code points, not `Unicode.Scalar` literals: a literal pattern is matched by
    // `~=` one case after another, an integer switch compiles to a binary search.

    /// The value of a Han digit (`三` → 3, financial `叁` → 3), or nil.
    @inlinable
    static func digit(_ scalar: Unicode.Scalar) -> Double? {
        switch scalar.value {
        case 0x96F6, 0x3007: 0  // 零 〇
        case 0x4E00, 0x58F9: 1  // 一 壹
        case 0x4E8C, 0x4E24, 0x5169, 0x8D30: 2  // 二 两 兩 贰
        case 0x4E09, 0x53C1: 3  // 三 叁
        case 0x56DB, 0x8086: 4  // 四 肆
        case 0x4E94, 0x4F0D: 5  // 五 伍
        case 0x516D, 0x9646: 6  // 六 陆
        case 0x4E03, 0x67D2: 7  // 七 柒
        case 0x516B, 0x634C: 8  // 八 捌
        case 0x4E5D, 0x7396: 9  // 九 玖
        default: nil
        }
    }

    /// The value of a multiplier below 万 (`十`, `百`, `千` and their financial forms), or nil.
    @inlinable
    static func smallUnit(_ scalar: Unicode.Scalar) -> Double? {
        switch scalar.value {
        case 0x5341, 0x62FE: 10  // 十 拾
        case 0x767E, 0x4F70: 100  // 百 佰
        case 0x5343, 0x4EDF: 1000  // 千 仟
        default: nil
        }
    }

    /// The value of `万` or `亿` (either script), or nil.
    @inlinable
    static func largeUnit(_ scalar: Unicode.Scalar) -> Double? {
        switch scalar.value {
        case 0x4E07, 0x842C: 1e4  // 万 萬
        case 0x4EBF, 0x5104: 1e8  // 亿 億
        default: nil
        }
    }

    /// The scalars `startsNumber` accepts, as a bitmap for scans that test every scalar of a text; derived from the
    /// test itself (every such scalar lies below U+A000), so the two cannot drift apart.
    public static let numberStarts = ScalarSet(
        (UInt32(0x30)..<0xA000).lazy.compactMap(Unicode.Scalar.init).filter(Self.startsNumber)
    )

    /// Whether `scalar` can start a number: an ASCII digit, a Han digit or `十`.
    @inlinable
    public static func startsNumber(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x3007 { return value >= 0x30 && value <= 0x39 }
        return value == 0x5341 || Self.digit(scalar) != nil
    }

    /// The number starting at `start`, multipliers included, or nil when none starts there.
    package static func read(_ scalars: [Unicode.Scalar], from start: Int) -> Reading? {
        guard start < scalars.count else { return nil }
        var index = start
        var value: Double
        if scalars[index].isASCIIDigit, let (digits, end) = Self.readInteger(scalars, from: start) {
            value = digits
            index = end
            if index < scalars.count, let unit = Self.smallUnit(scalars[index]), unit >= 100 {
                value *= unit
                index += 1
            }
        } else if scalars[index].isASCIIDigit {
            var text = ""
            var sawPoint = false
            while index < scalars.count {
                let scalar = scalars[index]
                if scalar.isASCIIDigit {
                    text.unicodeScalars.append(scalar)
                } else if scalar == "." && !sawPoint && index + 1 < scalars.count && scalars[index + 1].isASCIIDigit {
                    sawPoint = true
                    text += "."
                } else if scalar == "," && index + 3 < scalars.count && scalars[index + 1].isASCIIDigit
                    && scalars[index + 2].isASCIIDigit && scalars[index + 3].isASCIIDigit
                {
                    // thousands separator
                } else {
                    break
                }
                index += 1
            }
            guard let parsed = Double(text) else { return nil }
            value = parsed
            // Small units after digits: 3千 (rare but written).
            if index < scalars.count, let unit = Self.smallUnit(scalars[index]), unit >= 100 {
                value *= unit
                index += 1
            }
        } else {
            guard let (parsed, consumed) = Self.readHan(scalars, from: start) else { return nil }
            value = parsed
            index = start + consumed
        }
        var approximate = false
        if index < scalars.count, scalars[index] == "多" || scalars[index] == "余" || scalars[index] == "餘" {
            approximate = true
            index += 1
        }
        // Large multipliers, possibly stacked: 万亿, 千万 (千 before 万 handled by readHan for Han numerals).
        while index < scalars.count {
            if let unit = Self.largeUnit(scalars[index]) {
                value *= unit
                index += 1
            } else if scalars[index] == "千" || scalars[index] == "百",
                index + 1 < scalars.count, let unit = Self.largeUnit(scalars[index + 1])
            {
                value *= Self.smallUnit(scalars[index])! * unit
                index += 2
            } else {
                break
            }
        }
        if !approximate, index < scalars.count, scalars[index] == "多" || scalars[index] == "余" {
            approximate = true
            index += 1
        }
        return Reading(value: value, length: index - start, approximate: approximate)
    }

    /// ASCII digits (thousands separators allowed) with no decimal point, at most 15 of them: their value summed
    /// exactly, as `Double` parses the same digits, with the index after them; nil for any other number.
    private static func readInteger(_ scalars: [Unicode.Scalar], from start: Int) -> (Double, Int)? {
        var integer: UInt64 = 0
        var digits = 0
        var index = start
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.isASCIIDigit {
                integer = integer &* 10 &+ UInt64(scalar.value - 0x30)
                digits += 1
            } else if scalar == "." && index + 1 < scalars.count && scalars[index + 1].isASCIIDigit {
                return nil
            } else if scalar == "," && index + 3 < scalars.count && scalars[index + 1].isASCIIDigit
                && scalars[index + 2].isASCIIDigit && scalars[index + 3].isASCIIDigit
            {
                // thousands separator
            } else {
                break
            }
            index += 1
        }
        guard digits <= 15 else { return nil }
        return (Double(integer), index)
    }

    /// A Han numeral below 万: `三千`, `一百二十`, `十五`, `两`.
    private static func readHan(_ scalars: [Unicode.Scalar], from start: Int) -> (Double, Int)? {
        var index = start
        var total = 0.0
        var pending: Double?
        var sawAny = false
        while index < scalars.count {
            let scalar = scalars[index]
            if let digit = Self.digit(scalar) {
                if pending != nil && digit != 0 { break }  // 一二 is not a number
                pending = digit
                sawAny = true
            } else if let unit = Self.smallUnit(scalar) {
                if pending == nil && sawAny { break }
                total += (pending ?? 1) * unit
                pending = nil
                sawAny = true
            } else {
                break
            }
            index += 1
        }
        guard sawAny else { return nil }
        total += pending ?? 0
        return (total, index - start)
    }
}
