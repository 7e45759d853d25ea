/// A date of the record's shape (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), read for placing it on a time axis.
///
/// A date that names only a month or a year stands for its first day; ``isExact`` tells the two apart.
package struct ReportDate: Sendable, Hashable, Comparable {
    package var year: Int
    package var month: Int?
    package var day: Int?

    /// Reads `text`; nil for anything not of the three shapes.
    package init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        self.year = year
        if parts.count >= 2 {
            guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
            self.month = month
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let day = Int(parts[2]), (1...31).contains(day) else { return nil }
            self.day = day
        }
    }

    /// Whether the date names a day.
    package var isExact: Bool { self.day != nil }

    /// `YYYY-MM`, nil for a bare year.
    package var monthKey: String? {
        self.month.map { Self.monthKey(year: self.year, month: $0) }
    }

    /// Days from 1970-01-01 to the date's first day (proleptic Gregorian calendar).
    package var dayNumber: Int {
        let month = self.month ?? 1
        let day = self.day ?? 1
        let shiftedYear = month <= 2 ? self.year - 1 : self.year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    package static func < (lhs: ReportDate, rhs: ReportDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    /// `YYYY-MM` of a year and month.
    package static func monthKey(year: Int, month: Int) -> String {
        let padded = month < 10 ? "0\(month)" : "\(month)"
        return "\(year)-\(padded)"
    }

    /// Every month from `first` to `last` (`YYYY-MM` keys), both included; empty when either is not a month key
    /// or `last` is before `first`.
    package static func months(from first: String, to last: String) -> [String] {
        guard let start = ReportDate(first), let end = ReportDate(last), var month = start.month,
            let endMonth = end.month
        else { return [] }
        var year = start.year
        var keys: [String] = []
        while (year, month) <= (end.year, endMonth) {
            keys.append(Self.monthKey(year: year, month: month))
            month += 1
            if month > 12 { (year, month) = (year + 1, 1) }
        }
        return keys
    }
}
