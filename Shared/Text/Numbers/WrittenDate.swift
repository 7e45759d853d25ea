/// Dates as Chinese news writes them, read into ISO form (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`).
package enum WrittenDate {
    /// A date `YYYY年M月D日` or `YYYY-MM-DD` / `YYYY/MM/DD` / `YYYY.MM.DD` / `YYYY·MM·DD` at `start`, with the index
    /// after it.
    package static func absolute(_ scalars: [Unicode.Scalar], from start: Int) -> (String, Int)? {
        var index = start
        func number(maxDigits: Int) -> Int? {
            let read = Self.digits(scalars, &index, atMost: maxDigits)
            return read.count > 0 ? read.value : nil
        }
        // `2021 年 01 月 25 日`: some pages space the units of a written date; a single space around each is read.
        func spaceBeforeUnit(_ unit: Unicode.Scalar) {
            if index + 1 < scalars.count, scalars[index] == " ", scalars[index + 1] == unit { index += 1 }
        }
        func spaceAfterUnit() {
            if index + 1 < scalars.count, scalars[index] == " ", scalars[index + 1].isASCIIDigit { index += 1 }
        }
        guard let year = number(maxDigits: 4), (1950...2099).contains(year), index < scalars.count else { return nil }
        spaceBeforeUnit("年")
        // `2024 04/09 17:46:53`: a wire site's stamp, the year spaced off a month and day written with a slash.
        if scalars[index] == " ", index + 3 < scalars.count, scalars[index + 1].isASCIIDigit,
            scalars[index + 2].isASCIIDigit, scalars[index + 3] == "/"
        {
            index += 1
            guard let month = number(maxDigits: 2), (1...12).contains(month) else { return nil }
            index += 1
            guard let day = number(maxDigits: 2), (1...31).contains(day) else { return nil }
            return (Self.format(year: year, month: month, day: day), index)
        }
        let separator = scalars[index]
        guard separator == "年" || separator == "-" || separator == "/" || separator == "." || separator == "·" else {
            return nil
        }
        index += 1
        if separator == "年" { spaceAfterUnit() }
        guard let month = number(maxDigits: 2), (1...12).contains(month), index < scalars.count else { return nil }
        let monthEnd = separator == "年" ? "月" : separator
        if separator == "年" { spaceBeforeUnit("月") }
        guard index < scalars.count, scalars[index] == monthEnd else { return nil }
        index += 1
        if separator == "年" { spaceAfterUnit() }
        guard var day = number(maxDigits: 2) else { return nil }
        // `2021/4/94月8日上午`: a stamp glued to the date the text opens with; the day's second digit is the month's.
        if separator != "年", day >= 10, day > 31 || (index < scalars.count && scalars[index] == "月") {
            day /= 10
            index -= 1
        }
        guard (1...31).contains(day) else { return nil }
        if separator == "年" {
            spaceBeforeUnit("日")
            guard index < scalars.count, scalars[index] == "日" || scalars[index] == "号" else { return nil }
            index += 1
        }
        return (Self.format(year: year, month: month, day: day), index)
    }

    /// A day-first date `DD.MM.YYYY` at `start` (`13.06.2016`, the stamp some portals print under a headline), with
    /// the index after it. Only dots: `06/07/2015` could be either order.
    package static func dayFirst(_ scalars: [Unicode.Scalar], from start: Int) -> (String, Int)? {
        var index = start
        let day = Self.digits(scalars, &index, atMost: 2)
        guard (1...2).contains(day.count), (1...31).contains(day.value), index < scalars.count, scalars[index] == "."
        else { return nil }
        index += 1
        let month = Self.digits(scalars, &index, atMost: 2)
        guard (1...2).contains(month.count), (1...12).contains(month.value), index < scalars.count,
            scalars[index] == "."
        else { return nil }
        index += 1
        let year = Self.digits(scalars, &index, atMost: 4)
        guard year.count == 4, (1950...2099).contains(year.value),
            index == scalars.count || !scalars[index].isASCIIDigit
        else { return nil }
        return (Self.format(year: year.value, month: month.value, day: day.value), index)
    }

    /// A labelled header's date with a two-digit year, `YY-MM-DD` (`发布时间:18-01-12`), read in 2000–2099, with the
    /// index after it. Only a date label makes two digits a year: elsewhere `18-01-12` may be anything.
    package static func shortYear(_ scalars: [Unicode.Scalar], from start: Int) -> (String, Int)? {
        var index = start
        var parts: [Int] = []
        while parts.count < 3 {
            let read = Self.digits(scalars, &index, atMost: 3)
            guard read.count == 2 else { return nil }
            parts.append(read.value)
            guard parts.count < 3 else { break }
            guard index < scalars.count, scalars[index] == "-" else { return nil }
            index += 1
        }
        guard index == scalars.count || !scalars[index].isASCIIDigit, (1...12).contains(parts[1]),
            (1...31).contains(parts[2])
        else { return nil }
        return (Self.format(year: 2000 + parts[0], month: parts[1], day: parts[2]), index)
    }

    /// The number the ASCII digits at `index` write, at most `limit` of them, and how many were read; `index` moves
    /// past them.
    private static func digits(_ scalars: [Unicode.Scalar], _ index: inout Int, atMost limit: Int)
        -> (value: Int, count: Int)
    {
        var value = 0
        var count = 0
        while index < scalars.count, scalars[index].isASCIIDigit, count < limit {
            value = value * 10 + Int(scalars[index].value - 48)
            count += 1
            index += 1
        }
        return (value, count)
    }

    /// `(month, day)` of a dateline such as `黑龙江日报8月23日讯`, a wire story's `杭州2月21日电`, a broadcaster's
    /// `央广网银川1月19日消息` or a reporter's `东方网记者王泳婷8月18日报道`, written in `scalars` (the opening of a
    /// paragraph).
    package static func dateline(_ scalars: [Unicode.Scalar]) -> (month: Int, day: Int)? {
        guard
            let marker = scalars.firstIndex(of: ["日", "讯"]) ?? scalars.firstIndex(of: ["日", "电"])
                ?? scalars.firstIndex(of: ["日", "消", "息"]) ?? scalars.firstIndex(of: ["日", "报", "道"])
        else { return nil }
        var index = marker - 1
        var day = 0
        var scale = 1
        while index >= 0, scalars[index].isASCIIDigit {
            day += Int(scalars[index].value - 48) * scale
            scale *= 10
            index -= 1
        }
        guard scale > 1, index >= 1, scalars[index] == "月" else { return nil }
        index -= 1
        var month = 0
        scale = 1
        while index >= 0, scalars[index].isASCIIDigit {
            month += Int(scalars[index].value - 48) * scale
            scale *= 10
            index -= 1
        }
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        return (month, day)
    }

    /// The month and day `scalars` open with in ASCII digits (`3月26日上午`), nil when they open otherwise.
    package static func leadingMonthDay(_ scalars: ArraySlice<Unicode.Scalar>) -> (month: Int, day: Int)? {
        var index = scalars.startIndex
        func number() -> Int? {
            var value = 0
            let start = index
            while index < scalars.endIndex, index - start < 2, scalars[index].isASCIIDigit {
                value = value * 10 + Int(scalars[index].value - 48)
                index += 1
            }
            return index > start ? value : nil
        }
        guard let month = number(), index < scalars.endIndex, scalars[index] == "月" else { return nil }
        index += 1
        guard let day = number(), index < scalars.endIndex, scalars[index] == "日" else { return nil }
        return (1...12).contains(month) && (1...31).contains(day) ? (month, day) : nil
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

extension WrittenDate {
    /// The calendar date `days` days after (or before, when negative) `year-month-day`, proleptic Gregorian.
    package static func shifted(year: Int, month: Int, day: Int, byDays days: Int) -> (year: Int, month: Int, day: Int)
    {
        Self.civil(fromDays: Self.days(year: year, month: month, day: day) + days)
    }

    /// The month `months` months after (or before) `year-month`.
    package static func shifted(year: Int, month: Int, byMonths months: Int) -> (year: Int, month: Int) {
        let index = year * 12 + (month - 1) + months
        let (quotient, remainder) = index.quotientAndRemainder(dividingBy: 12)
        return remainder < 0 ? (quotient - 1, remainder + 13) : (quotient, remainder + 1)
    }

    /// How many days `year-month` has.
    package static func daysIn(year: Int, month: Int) -> Int {
        let next = Self.shifted(year: year, month: month, byMonths: 1)
        return Self.days(year: next.year, month: next.month, day: 1) - Self.days(year: year, month: month, day: 1)
    }

    /// Days since 1970-01-01 (the civil-from-days algorithm, counting 400-year eras of 146,097 days).
    private static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
