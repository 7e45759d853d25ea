/// Dates as Chinese news writes them, read into ISO form (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`).
package enum WrittenDate {
    /// A date `YYYY年M月D日` or `YYYY-MM-DD` / `YYYY/MM/DD` at `start`, with the index after it.
    package static func absolute(_ scalars: [Unicode.Scalar], from start: Int) -> (String, Int)? {
        var index = start
        func number(maxDigits: Int) -> Int? {
            var value = 0
            var digits = 0
            while index < scalars.count, scalars[index].isASCIIDigit, digits < maxDigits {
                value = value * 10 + Int(scalars[index].value - 48)
                digits += 1
                index += 1
            }
            return digits > 0 ? value : nil
        }
        guard let year = number(maxDigits: 4), (1950...2099).contains(year), index < scalars.count else { return nil }
        let separator = scalars[index]
        guard separator == "年" || separator == "-" || separator == "/" || separator == "." else { return nil }
        index += 1
        guard let month = number(maxDigits: 2), (1...12).contains(month), index < scalars.count else { return nil }
        let monthEnd = separator == "年" ? "月" : separator
        guard scalars[index] == monthEnd else { return nil }
        index += 1
        guard let day = number(maxDigits: 2), (1...31).contains(day) else { return nil }
        if separator == "年" {
            guard index < scalars.count, scalars[index] == "日" || scalars[index] == "号" else { return nil }
            index += 1
        }
        return (Self.format(year: year, month: month, day: day), index)
    }

    /// `YYYY-MM-DD`.
    package static func format(year: Int, month: Int, day: Int) -> String {
        let pad = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }
}

extension WrittenDate {
    /// `YYYY-MM`.
    package static func format(year: Int, month: Int) -> String {
        month < 10 ? "\(year)-0\(month)" : "\(year)-\(month)"
    }
}
