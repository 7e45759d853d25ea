/// Reads numbers as Chinese news writes them: `885.65`, `1,200`, `三千`, `一百二十`, `两`, `60多`, with the
/// multipliers 十 百 千 万 亿 (`1.2万亿` = 1.2 × 10¹², `三千万` = 3 × 10⁷).
package enum ChineseNumber {
    /// A number read from text.
    package struct Reading: Hashable, Sendable {
        package var value: Double
        /// Scalars consumed, including any trailing multiplier and `多`/`余`.
        package var length: Int
        /// Whether the text said "more than" (`60多`, `100余`).
        package var approximate: Bool
    }

    private static let digits: [Unicode.Scalar: Double] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
        "九": 9, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
    ]
    private static let smallUnits: [Unicode.Scalar: Double] = [
        "十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000,
    ]
    private static let largeUnits: [Unicode.Scalar: Double] = ["万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8]

    /// Whether `scalar` can start a number.
    package static func startsNumber(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCIIDigit || Self.numeralStarts.contains(scalar)
    }

    private static let numeralStarts = ScalarSet("零〇一二两兩三四五六七八九壹贰叁肆伍陆柒捌玖十".unicodeScalars)

    /// The number starting at `start`, multipliers included, or nil when none starts there.
    package static func read(_ scalars: [Unicode.Scalar], from start: Int) -> Reading? {
        guard start < scalars.count else { return nil }
        var index = start
        var value: Double
        if scalars[index].isASCIIDigit {
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
            if index < scalars.count, let unit = Self.smallUnits[scalars[index]], unit >= 100 {
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
            if let unit = Self.largeUnits[scalars[index]] {
                value *= unit
                index += 1
            } else if scalars[index] == "千" || scalars[index] == "百",
                index + 1 < scalars.count, let unit = Self.largeUnits[scalars[index + 1]]
            {
                value *= Self.smallUnits[scalars[index]]! * unit
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

    /// A Han numeral below 万: `三千`, `一百二十`, `十五`, `两`.
    private static func readHan(_ scalars: [Unicode.Scalar], from start: Int) -> (Double, Int)? {
        var index = start
        var total = 0.0
        var pending: Double?
        var sawAny = false
        while index < scalars.count {
            let scalar = scalars[index]
            if let digit = Self.digits[scalar] {
                if pending != nil && digit != 0 { break }  // 一二 is not a number
                pending = digit
                sawAny = true
            } else if let unit = Self.smallUnits[scalar] {
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
