import DiaoyanText

/// Reads the dates in a document and resolves partial ones against its publication date.
///
/// `2021年4月25日` stands alone; `4月25日` takes the publication year, `28日` the publication month, `今年6月`
/// the publication year; without a publication date a partial date stays nil — it is never guessed from today.
package struct DocumentDates: Sendable {
    private let year: Int?
    private let month: Int?

    /// Resolves against `published` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), or nil.
    package init(published: String?) {
        let parts = published?.split(separator: "-").compactMap { Int($0) } ?? []
        self.year = parts.first
        self.month = parts.count > 1 ? parts[1] : nil
    }

    /// A date expression starting at `index`: its ISO form (nil when it cannot be anchored) and its length.
    package func date(in scalars: [Unicode.Scalar], at index: Int) -> (value: String?, length: Int)? {
        if let (value, end) = WrittenDate.absolute(scalars, from: index) {
            return (value, end - index)
        }
        var cursor = index
        var year: Int?
        var sawRelativeYear = false
        var relativeOffset = 0
        for (word, offset) in Self.relativeYears where scalars.has(word, at: cursor) {
            year = self.year.map { $0 + offset }
            relativeOffset = offset
            cursor += word.count
            sawRelativeYear = true
            break
        }
        if sawRelativeYear {
            // 去年底, 年末: the last month; 年初: the first.
            if cursor < scalars.count, scalars[cursor] == "底" || scalars[cursor] == "末" {
                return (year.map { WrittenDate.format(year: $0, month: 12) }, cursor + 1 - index)
            }
            if cursor < scalars.count, scalars[cursor] == "初" {
                return (year.map { WrittenDate.format(year: $0, month: 1) }, cursor + 1 - index)
            }
            guard cursor < scalars.count, scalars[cursor].isASCIIDigit else {
                // A bare past year (去年投产) dates an event; a bare 今年 or 明年 is no date.
                return relativeOffset < 0 ? (year.map { "\($0)" }, cursor - index) : nil
            }
        }
        guard let first = Self.number(scalars, &cursor) else { return nil }
        guard cursor < scalars.count else { return nil }
        if scalars[cursor] == "年", (1950...2099).contains(first) {
            cursor += 1
            let afterYear = cursor
            if let month = Self.number(scalars, &cursor), cursor < scalars.count, scalars[cursor] == "月",
                (1...12).contains(month)
            {
                cursor += 1
                return (WrittenDate.format(year: first, month: month), cursor - index)
            }
            return ("\(first)", afterYear - index)
        }
        if scalars[cursor] == "月", (1...12).contains(first) {
            cursor += 1
            let anchor = year ?? self.year
            let afterMonth = cursor
            if let day = Self.number(scalars, &cursor), cursor < scalars.count,
                scalars[cursor] == "日" || scalars[cursor] == "号",
                (1...31).contains(day)
            {
                cursor += 1
                return (anchor.map { WrittenDate.format(year: $0, month: first, day: day) }, cursor - index)
            }
            return (anchor.map { WrittenDate.format(year: $0, month: first) }, afterMonth - index)
        }
        if scalars[cursor] == "日", (1...31).contains(first), index == 0 || !scalars[index - 1].isASCIIDigit {
            cursor += 1
            guard let year = self.year, let month = self.month else { return (nil, cursor - index) }
            return (WrittenDate.format(year: year, month: month, day: first), cursor - index)
        }
        return nil
    }

    /// Years written relative to the publication year.
    private static let relativeYears: [([Unicode.Scalar], Int)] = [("今年", 0), ("去年", -1), ("前年", -2), ("明年", 1)].map {
        (Array($0.0.unicodeScalars), $0.1)
    }

    /// Whether a date expression may start with `scalar`.
    package static func mayStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCIIDigit || scalar == "今" || scalar == "去" || scalar == "前" || scalar == "明"
    }

    private static func number(_ scalars: [Unicode.Scalar], _ cursor: inout Int) -> Int? {
        var value = 0
        var digits = 0
        while cursor < scalars.count, scalars[cursor].isASCIIDigit, digits < 4 {
            value = value * 10 + Int(scalars[cursor].value - 48)
            digits += 1
            cursor += 1
        }
        return digits > 0 ? value : nil
    }
}
