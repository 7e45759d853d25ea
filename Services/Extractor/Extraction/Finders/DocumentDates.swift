import DiaoyanText

/// Reads the dates in a document and resolves partial ones against its publication date.
///
/// `2021年4月25日` and `二〇二一年四月二十五日` stand alone. Everything else is anchored on the publication date:
/// `4月25日` takes its year, `28日` its month, `今年6月`/`去年底` its year, `昨天`/`前天` its day, `上月` its month.
/// News tells what has happened, so an anchored date that would fall well after publication is read in the period
/// before: `12月28日` in an article of 5 January is last December, `9月14日` in one of 2 July last September (two
/// months ahead or more), `28日` in one of 3 May is 28 April; `6月中旬` in one of 20 May stays this June. Without a
/// publication date a partial date stays nil — it is never guessed from today.
package struct DocumentDates: Sendable {
    private let year: Int?
    private let month: Int?
    private let day: Int?
    /// The day `今天` and `昨天` count from: the dateline's (`上海6月16日电…今天`), else the publication day.
    private let today: (year: Int, month: Int, day: Int)?
    /// The day `今天` alone means when the story opens with its day (`3月26日上午，…集中开工活动…。今天集中开工的15个
    /// 项目`) and was published later: the reporter's today, not the site's.
    private let leadToday: (year: Int, month: Int, day: Int)?
    /// The month and day of the text's dateline (`8月18日报道`), which a day written alone (`18日上午`) is read in.
    private let dateline: (month: Int, day: Int)?

    /// Resolves against `published` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), or nil; relative days (`今天`, `昨天`)
    /// against the dateline's month and day when the text opens with one (`(month, day)`).
    package init(
        published: String?,
        dateline: (month: Int, day: Int)? = nil,
        lead: (month: Int, day: Int)? = nil
    ) {
        self.dateline = dateline
        let parts = published?.split(separator: "-").compactMap { Int($0) } ?? []
        self.year = parts.first
        self.month = parts.count > 1 ? parts[1] : nil
        self.day = parts.count > 2 ? parts[2] : nil
        if let year = self.year, let dateline {
            self.today = (year, dateline.month, dateline.day)
        } else if let year = self.year, let month = self.month, let day = self.day {
            self.today = (year, month, day)
        } else {
            self.today = nil
        }
        // A lead day after the publication month is last year's, as any month-day written without a year.
        if dateline == nil, let year = self.year, let lead {
            let lastYear = self.month.map { lead.month - $0 >= Self.monthsAheadMeaningLastYear } ?? false
            self.leadToday = (lastYear ? year - 1 : year, lead.month, lead.day)
        } else {
            self.leadToday = nil
        }
    }

    /// A date expression's ISO form (nil when it cannot be anchored) and its length in scalars.
    package typealias Reading = (value: String?, length: Int)

    /// A month this many months after the publication month, without a year, is read in the year before.
    private static let monthsAheadMeaningLastYear = 2
    /// A day of the month this many days after the publication day is read in the month before.
    private static let daysAheadMeaningLastMonth = 20

    /// A date expression starting at `index`: its ISO form (nil when it cannot be anchored) and its length.
    package func date(in scalars: [Unicode.Scalar], at index: Int) -> Reading? {
        guard let reading = self.written(in: scalars, at: index) else { return nil }
        // `1-9月`, `1—5月份`, `截至8月底`: the end of a period a report sums up, when nothing happened.
        if let value = reading.value, value.utf8.count == 7, Self.endsPeriod(at: index, in: scalars) {
            return (nil, reading.length)
        }
        // `从4月6日起到5月6日`, `4月6日至5月6日`: the last day of a campaign or a period, no day anything happened on.
        if reading.value != nil, Self.endsSpanOfDays(at: index, in: scalars) { return (nil, reading.length) }
        return reading
    }

    /// Whether the date at `index` is a span's last day: 到 or 至 right before it, after a day (`6日`) or its start
    /// (`6日起`).
    private static func endsSpanOfDays(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard index >= 2, scalars[index - 1] == "到" || scalars[index - 1] == "至" else { return false }
        let before = scalars[index - 2] == "起" && index >= 3 ? index - 3 : index - 2
        return scalars[before] == "日" || scalars[before] == "号"
    }

    /// Whether the date at `index` closes a period: a range's second month (`1-9月`, `1 — 5月`) or what 截至 or 截止
    /// reaches.
    private static func endsPeriod(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var cursor = index - 1
        while cursor >= 0, scalars[cursor] == " " { cursor -= 1 }
        if cursor >= 1, Self.rangeDashes.contains(scalars[cursor]) {
            var before = cursor - 1
            while before >= 0, scalars[before] == " " { before -= 1 }
            if before >= 0, scalars[before].isASCIIDigit { return true }
        }
        return Self.periodEnds.contains { word in
            cursor + 1 >= word.count && scalars.has(word, at: cursor + 1 - word.count)
        }
    }

    private static let rangeDashes: Set<Unicode.Scalar> = ["-", "—", "―", "–", "~", "～", "－", "至"]
    private static let periodEnds: [[Unicode.Scalar]] = ["截至", "截止", "截至去年", "截至今年", "截止到"].map {
        Array($0.unicodeScalars)
    }

    /// The date expression written at `index`, read as ``date(in:at:)`` describes.
    private func written(in scalars: [Unicode.Scalar], at index: Int) -> Reading? {
        guard Self.mayOpenDate(scalars, at: index) else { return nil }
        if let (value, end) = WrittenDate.absolute(scalars, from: index) {
            return (value, end - index)
        }
        if let yesterday = self.yesterdayByNumber(in: scalars, at: index) { return yesterday }
        if let (offset, length) = Self.match(Self.relativeDays, in: scalars, at: index) {
            // `今日(1月19日)`: the date in brackets says which day, and is read next.
            if index + length + 1 < scalars.count, scalars[index + length] == "(" || scalars[index + length] == "（",
                scalars[index + length + 1].isASCIIDigit
            {
                return (nil, length)
            }
            // `今天是：` opens a site's calendar widget, the day of reading, not of the story.
            if offset == 0,
                scalars.has(Self.widget, at: index + length) || scalars.has(Self.widgetWide, at: index + length)
            {
                return (nil, length)
            }
            guard let today = offset == 0 ? self.leadToday ?? self.today : self.today else { return (nil, length) }
            let date = WrittenDate.shifted(year: today.year, month: today.month, day: today.day, byDays: offset)
            return (WrittenDate.format(year: date.year, month: date.month, day: date.day), length)
        }
        if let (offset, length) = Self.match(Self.relativeMonths, in: scalars, at: index) {
            return self.relativeMonth(offset: offset, in: scalars, from: index, wordLength: length)
        }
        if let (offset, length) = Self.match(Self.relativeYears, in: scalars, at: index) {
            return self.relativeYear(offset: offset, in: scalars, from: index, wordLength: length)
        }
        var cursor = index
        if let written = Self.year(scalars, &cursor) {
            let afterYear = cursor
            guard let month = Self.month(scalars, &cursor) else { return ("\(written)", afterYear - index) }
            return Self.dayOrMonth(year: written, month: month, in: scalars, from: index, cursor: cursor)
        }
        if let month = Self.month(scalars, &cursor) {
            var anchor = self.year
            if let published = self.month, month - published >= Self.monthsAheadMeaningLastYear {
                anchor = anchor.map { $0 - 1 }
            }
            return Self.dayOrMonth(year: anchor, month: month, in: scalars, from: index, cursor: cursor)
        }
        return self.dayAlone(in: scalars, at: index)
    }

    /// `上月`, `下个月`, `本月5日` at `index`, whose relative word (`offset` months away) is `wordLength` long.
    private func relativeMonth(offset: Int, in scalars: [Unicode.Scalar], from index: Int, wordLength: Int) -> Reading {
        let anchor = self.year.flatMap { year in
            self.month.map { WrittenDate.shifted(year: year, month: $0, byMonths: offset) }
        }
        var cursor = index + wordLength
        if let day = Self.dayOfMonth(scalars, &cursor) {
            return (anchor.map { WrittenDate.format(year: $0.year, month: $0.month, day: day) }, cursor - index)
        }
        return (anchor.map { WrittenDate.format(year: $0.year, month: $0.month) }, wordLength)
    }

    /// `去年底`, `今年年初`, `今年6月`, `去年3月5日` or a bare past year (`去年投产`) at `index`, whose relative word
    /// (`offset` years away) is `wordLength` long; nil for a bare 今年 or 明年, which is no date.
    private func relativeYear(offset: Int, in scalars: [Unicode.Scalar], from index: Int, wordLength: Int) -> Reading? {
        let year = self.year.map { $0 + offset }
        var cursor = index + wordLength
        // 去年底, 今年年初: the last month, the first.
        var edge = cursor
        if edge < scalars.count, scalars[edge] == "年" { edge += 1 }
        if edge < scalars.count, scalars[edge] == "底" || scalars[edge] == "末" {
            return (year.map { WrittenDate.format(year: $0, month: 12) }, edge + 1 - index)
        }
        if edge < scalars.count, scalars[edge] == "初" {
            return (year.map { WrittenDate.format(year: $0, month: 1) }, edge + 1 - index)
        }
        guard let month = Self.month(scalars, &cursor) else {
            // A bare past year (去年投产) dates an event; a bare 今年 or 明年 is no date.
            return offset < 0 ? (year.map { "\($0)" }, cursor - index) : nil
        }
        return Self.dayOrMonth(year: year, month: month, in: scalars, from: index, cursor: cursor)
    }

    /// The date of `month` in `year` (nil when unknown) with the day written at `cursor`, or the month alone with any
    /// part of it (`底`, `中旬`) skipped; the length counts from `index`, where the expression starts.
    private static func dayOrMonth(
        year: Int?,
        month: Int,
        in scalars: [Unicode.Scalar],
        from index: Int,
        cursor: Int
    ) -> Reading {
        var cursor = cursor
        if let day = Self.dayOfMonth(scalars, &cursor) {
            return (year.map { WrittenDate.format(year: $0, month: month, day: day) }, cursor - index)
        }
        Self.skipPartOfMonth(scalars, &cursor)
        // `2025年1月份招商引资项目集中签约`, `7月份集中开工仪式`: a month naming a batch of projects dates no event.
        if cursor + 1 < scalars.count, scalars[cursor] == "份",
            Self.batchWords.longestMatch(in: scalars, from: cursor + 1) != nil
        {
            return (nil, cursor + 1 - index)
        }
        return (year.map { WrittenDate.format(year: $0, month: month) }, cursor - index)
    }

    /// Words after `N月份` that make the month the name of a batch of projects rather than when something happened.
    private static let batchWords = ScalarTrie<Bool>(words: [
        "招商", "集中", "重点项目", "重大项目", "开工项目", "签约项目", "投产项目", "竣工项目",
    ])

    /// `昨(4)日`: yesterday with its day of the month in brackets, read as that day.
    private func yesterdayByNumber(in scalars: [Unicode.Scalar], at index: Int) -> Reading? {
        guard scalars[index] == "昨", index + 4 < scalars.count, Self.openBrackets.contains(scalars[index + 1]) else {
            return nil
        }
        var cursor = index + 2
        guard let day = Self.number(scalars, &cursor), cursor + 1 < scalars.count,
            Self.closeBrackets.contains(scalars[cursor]), scalars[cursor + 1] == "日", (1...31).contains(day)
        else { return nil }
        let length = cursor + 2 - index
        guard let year = self.year, let month = self.month else { return (nil, length) }
        var anchor = (year: year, month: month)
        if let published = self.day, day > published {
            anchor = WrittenDate.shifted(year: year, month: month, byMonths: -1)
        }
        return (WrittenDate.format(year: anchor.year, month: anchor.month, day: day), length)
    }

    private static let openBrackets = ScalarSet("(（".unicodeScalars)
    private static let closeBrackets = ScalarSet(")）".unicodeScalars)

    /// A day alone (`28日`, `二十五日`) at `index`, in the publication month or, when that would put it far ahead,
    /// the month before.
    ///
    /// `28日` after a digit is part of something else (`2028日`), and a Han day needs two scalars (`二十五日`) —
    /// `一日` and `十日内` are durations more often than dates.
    private func dayAlone(in scalars: [Unicode.Scalar], at index: Int) -> Reading? {
        if index > 0, scalars[index - 1].isASCIIDigit { return nil }
        var cursor = index
        guard let day = Self.dayOfMonth(scalars, &cursor) else { return nil }
        if !scalars[index].isASCIIDigit {
            guard cursor - index >= 3, cursor >= scalars.count || !Self.durationAfter.contains(scalars[cursor]) else {
                return nil
            }
        }
        // `7号馆`, `3号线`, `1号楼`: a number of a hall, a line or a building, no day.
        if scalars[cursor - 1] == "号", cursor < scalars.count, Self.numberedThings.contains(scalars[cursor]) {
            return nil
        }
        // A day alone is read in the story's month: the dateline's (`8月18日报道…18日上午` on a page of 14
        // September), else the publication's.
        guard let year = self.year, let month = self.month else { return (nil, cursor - index) }
        var anchor = (year: year, month: month)
        var reference = self.day
        if let dateline = self.dateline {
            anchor = (year, dateline.month)
            reference = dateline.day
        }
        // `31日` in a month of thirty days is the month before's.
        if let reference,
            day - reference > Self.daysAheadMeaningLastMonth
                || day > WrittenDate.daysIn(year: anchor.year, month: anchor.month)
        {
            anchor = WrittenDate.shifted(year: anchor.year, month: anchor.month, byMonths: -1)
        }
        return (WrittenDate.format(year: anchor.year, month: anchor.month, day: day), cursor - index)
    }

    /// Whether a date expression may start with `scalar`: an ASCII digit, a Han digit, 十, or the first scalar of
    /// a relative word (今 去 前 明 昨 上 本 下 这).
    package static func mayStart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39: true
        // 今 去 前 明 昨 上 本 下 这
        case 0x4ECA, 0x53BB, 0x524D, 0x660E, 0x6628, 0x4E0A, 0x672C, 0x4E0B, 0x8FD9: true
        // 〇 零 一 二 三 四 五 六 七 八 九 十
        case 0x3007, 0x96F6, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341: true
        default: false
        }
    }

    /// A cheap look at the scalars after `index`: most Han digits (`一批`, `三个`) and most relative-looking
    /// scalars (`上午`, `下一步`) open no date, and the full reading is skipped for them.
    private static func mayOpenDate(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index < scalars.count else { return false }
        let first = scalars[index]
        if first.isASCIIDigit { return true }
        guard index + 1 < scalars.count else { return false }
        let second = scalars[index + 1]
        switch first {
        case "今": return second == "年" || second == "天" || second == "日"
        case "去": return second == "年"
        case "前": return second == "年" || second == "天"
        case "明": return second == "年" || second == "天"
        case "昨": return second == "天" || second == "日" || second == "(" || second == "（"
        case "上", "下": return second == "月" || second == "个"
        case "本": return second == "月"
        case "这": return second == "个"
        default:
            // A Han number: a date unit within the next four scalars (`二〇二四年`, `十二月`, `二十五日`).
            var cursor = index + 1
            while cursor < scalars.count, cursor - index <= 4 {
                switch scalars[cursor] {
                case "年", "月", "日", "号": return true
                default: cursor += 1
                }
            }
            return false
        }
    }

    /// Years written relative to the publication year.
    private static let relativeYears: [([Unicode.Scalar], Int)] = [("今年", 0), ("去年", -1), ("前年", -2), ("明年", 1)]
        .map { (Array($0.0.unicodeScalars), $0.1) }
    /// Months written relative to the publication month.
    private static let relativeMonths: [([Unicode.Scalar], Int)] = [
        ("上个月", -1), ("上月", -1), ("本月", 0), ("这个月", 0), ("下个月", 1), ("下月", 1),
    ].map { (Array($0.0.unicodeScalars), $0.1) }
    /// Days written relative to the publication day.
    private static let widget = Array("是:".unicodeScalars)
    private static let widgetWide = Array("是：".unicodeScalars)
    private static let relativeDays: [([Unicode.Scalar], Int)] = [
        ("昨天", -1), ("昨日", -1), ("前天", -2), ("今天", 0), ("今日", 0), ("明天", 1),
    ].map { (Array($0.0.unicodeScalars), $0.1) }
    /// After a Han number of days, these make it a duration (`十日内`, `二十日左右`, `十五日以来`).
    private static let durationAfter = ScalarSet("内左以来后前间".unicodeScalars)
    /// What a number with 号 names when it is no day: halls, lines, buildings, gates, berths, wells, documents.
    private static let numberedThings = ScalarSet("馆楼线院厅机车地厂桥台门窗文令码站口仓库井塔罐泊位展".unicodeScalars)

    private static func match(_ words: [([Unicode.Scalar], Int)], in scalars: [Unicode.Scalar], at index: Int)
        -> (offset: Int, length: Int)?
    {
        for (word, offset) in words where scalars.has(word, at: index) { return (offset, word.count) }
        return nil
    }

    /// `2021年` or `二〇二一年` (four Han digits), 1950–2099.
    private static func year(_ scalars: [Unicode.Scalar], _ cursor: inout Int) -> Int? {
        var at = cursor
        var value = 0
        var digits = 0
        while at < scalars.count, digits < 4, let digit = Self.yearDigit(scalars[at]) {
            value = value * 10 + digit
            digits += 1
            at += 1
        }
        guard digits == 4, at < scalars.count, scalars[at] == "年", (1950...2099).contains(value) else { return nil }
        cursor = at + 1
        return value
    }

    /// `4月` or `十二月`.
    private static func month(_ scalars: [Unicode.Scalar], _ cursor: inout Int) -> Int? {
        var at = cursor
        guard let value = Self.number(scalars, &at), at < scalars.count, scalars[at] == "月", (1...12).contains(value)
        else { return nil }
        cursor = at + 1
        return value
    }

    /// `25日`, `25号` or `二十五日`.
    private static func dayOfMonth(_ scalars: [Unicode.Scalar], _ cursor: inout Int) -> Int? {
        var at = cursor
        guard let value = Self.number(scalars, &at), at < scalars.count, scalars[at] == "日" || scalars[at] == "号",
            (1...31).contains(value)
        else { return nil }
        cursor = at + 1
        return value
    }

    /// Skips `底`, `末`, `初`, `中旬`, `上旬`, `下旬` after a month: the record keeps the month.
    private static func skipPartOfMonth(_ scalars: [Unicode.Scalar], _ cursor: inout Int) {
        guard cursor < scalars.count else { return }
        switch scalars[cursor] {
        case "底", "末", "初": cursor += 1
        case "上", "中", "下":
            if cursor + 1 < scalars.count && scalars[cursor + 1] == "旬" { cursor += 2 }
        default: break
        }
    }

    /// A number of at most two places: ASCII digits, or Han digits with `十` (`五`, `十二`, `二十五`).
    private static func number(_ scalars: [Unicode.Scalar], _ cursor: inout Int) -> Int? {
        guard cursor < scalars.count else { return nil }
        if scalars[cursor].isASCIIDigit {
            var value = 0
            var digits = 0
            while cursor < scalars.count, scalars[cursor].isASCIIDigit, digits < 4 {
                value = value * 10 + Int(scalars[cursor].value - 48)
                digits += 1
                cursor += 1
            }
            return value
        }
        var value = 0
        var pending: Int?
        var read = 0
        while cursor < scalars.count, read < 3 {
            if scalars[cursor] == "十" {
                guard value == 0 else { return nil }
                value = (pending ?? 1) * 10
                pending = nil
            } else if !scalars[cursor].isASCIIDigit, let digit = Self.yearDigit(scalars[cursor]), digit > 0 {
                guard pending == nil else { return nil }
                pending = digit
            } else {
                break
            }
            read += 1
            cursor += 1
        }
        return read > 0 ? value + (pending ?? 0) : nil
    }

    /// A digit as written in a year: ASCII, or one of 〇零一二三四五六七八九.
    private static func yearDigit(_ scalar: Unicode.Scalar) -> Int? {
        if scalar.isASCIIDigit { return Int(scalar.value - 48) }
        switch scalar.value {
        case 0x3007, 0x96F6: return 0  // 〇 零
        case 0x4E00: return 1  // 一
        case 0x4E8C: return 2  // 二
        case 0x4E09: return 3  // 三
        case 0x56DB: return 4  // 四
        case 0x4E94: return 5  // 五
        case 0x516D: return 6  // 六
        case 0x4E03: return 7  // 七
        case 0x516B: return 8  // 八
        case 0x4E5D: return 9  // 九
        default: return nil
        }
    }
}
