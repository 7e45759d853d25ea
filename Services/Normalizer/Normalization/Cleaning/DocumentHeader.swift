import DiaoyanText

/// Reads the header facts of an article: its publication date, the publisher line and the dateline.
package enum DocumentHeader {
    /// What a header line (`发布时间：2023-06-08 09:30　来源：鹤城产业观察`) says.
    package struct Fields: Hashable, Sendable {
        package var published: String?
        package var sourceName: String?
        /// Whether the line also names its author (`作者：本报记者 杨帆`): a byline is a fact, the line stays.
        package var hasByline: Bool
        /// Whether the date is a site's calendar widget (`2018年11月06日 星期二 您当前所在位置：首页`): a day and a
        /// weekday with no time and no publisher, the day the page was shown rather than written.
        package var isCalendar: Bool

        package init(
            published: String? = nil,
            sourceName: String? = nil,
            hasByline: Bool = false,
            isCalendar: Bool = false
        ) {
            self.published = published
            self.sourceName = sourceName
            self.hasByline = hasByline
            self.isCalendar = isCalendar
        }
    }

    /// The fields of `line` when it is a header line: nothing but labelled or bare dates, times, weekdays, page
    /// numbers, a source (labelled, or a publisher's name beside the date) and page widgets (`【字体：大 中 小】`).
    ///
    /// Handles `发布时间：2023-06-08 09:30　来源：鹤城产业观察`, `【来源：宜宾日报】【发布时间：2024-08-09】`,
    /// `台州日报 2025年01月10日 第2版`, `齐齐哈尔日报 | 2024-12-27 08:00`, `玉溪日报 2024年06月21日 星期五`.
    package static func fields(_ line: String) -> Fields? {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count <= 80 else { return nil }
        var reader = HeaderFieldReader(scalars)
        return reader.read()
    }

    /// `YYYY-MM-DD` when `line` is a publication stamp (`2021年04月26日09:29`, `2022-09-25 06:00`, day first
    /// `13.06.2016  18:06`), else nil.
    ///
    /// Only a line that is little more than the stamp counts, so dates inside sentences are left alone.
    package static func publicationStamp(_ line: String) -> String? {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count <= 40,
            let (date, end) = WrittenDate.absolute(scalars, from: 0) ?? WrittenDate.dayFirst(scalars, from: 0)
        else { return nil }
        let rest = scalars[end...].filter { !$0.isASCIIDigit && $0 != ":" && $0 != " " && $0 != "：" }
        return rest.count <= 12 ? date : nil
    }

    /// `YYYY-MM-DD` of a post's or a record's own date in `line`: a forum post's stamp (`发表于 2022-9-30 14:45:28 |
    /// 只看该作者`) or a disclosure table's cell (`主题分类其它 发布日期2023-08-23`): the date the page was written, which
    /// outranks any date read from the poster's profile or a page template's stamp.
    package static func postedDate(_ line: [Unicode.Scalar]) -> String? {
        var index = 0
        while index < min(line.count, Self.stampSearch) {
            guard let label = Self.postLabels.longestMatch(in: line, from: index) else {
                index += 1
                continue
            }
            var start = index + label.length
            while start < line.count, line[start] == " " || line[start] == ":" || line[start] == "：" { start += 1 }
            if let date = WrittenDate.absolute(line, from: start)?.0 { return date }
            // `发表于 农业2021-07-12`: the forum's section named between the label and the stamp.
            var section = start
            while section < line.count, section - start < 6, line[section].isHan { section += 1 }
            if section > start, let date = WrittenDate.absolute(line, from: section)?.0 { return date }
            index = start
        }
        return nil
    }

    /// `YYYY-MM-DD` of a date that closes `line`, nothing but spaces after it (`来源:某某网2023-10-19`): on a
    /// publisher's line, the day it posted.
    package static func closingDate(_ line: [Unicode.Scalar]) -> String? {
        var end = line.count
        while end > 0, line[end - 1] == " " { end -= 1 }
        for start in max(0, end - 11)..<end
        where line[start].isASCIIDigit && (start == 0 || !line[start - 1].isASCIIDigit) {
            if let (date, dateEnd) = WrittenDate.absolute(line, from: start), dateEnd == end { return date }
        }
        return nil
    }

    /// `YYYY-MM-DD` of a paper's print citation in `line` (`《某某日报》(2024年4月2日2版)`, `《 某某日报 》(2025年07月20日
    /// 01 版)`): the day the article was printed, which its reposts carry.
    package static func printedDate(_ line: [Unicode.Scalar]) -> String? {
        var index = 0
        while index < min(line.count, Self.stampSearch) {
            defer { index += 1 }
            guard line[index] == "》" else { continue }
            var start = index + 1
            while start < line.count, line[start] == " " { start += 1 }
            guard start < line.count, line[start] == "(" || line[start] == "（" else { continue }
            start += 1
            while start < line.count, line[start] == " " { start += 1 }
            guard let (date, end) = WrittenDate.absolute(line, from: start) else { continue }
            var close = end
            while close < line.count, close - end < 8, line[close] != ")" && line[close] != "）" { close += 1 }
            if close < line.count, line[(end)..<close].contains("版") { return date }
        }
        return nil
    }

    /// Labels of a post's or a record's own date.
    private static let postLabels = ScalarTrie<Bool>(words: ["发表于", "发布日期", "发文时间", "成文日期", "发布时间"])

    /// `YYYY-MM-DD` of the first date within the opening of `line` written with a time of day right after it
    /// (`来源:光明网2026-03-04 18:12`, `发布时间:2022-06-29 11:32:00来源:…`): a page's stamp glued to other header
    /// words, which ``publicationStamp(_:)`` and the header reader leave alone. A date with its time is hardly
    /// ever a sentence's.
    package static func stampedDate(_ line: String) -> String? {
        let scalars = Array(line.unicodeScalars.prefix(Self.stampSearch))
        for start in scalars.indices
        where scalars[start].isASCIIDigit && (start == 0 || !scalars[start - 1].isASCIIDigit) {
            guard let (date, end) = WrittenDate.absolute(scalars, from: start) else { continue }
            var index = end
            while index < scalars.count, scalars[index] == " " { index += 1 }
            if Self.opensTime(scalars, at: index) { return date }
        }
        return nil
    }

    /// Where the article's first sentence starts in a line of header fields glued to it (`发布时间:2023-12-27 14:27 |
    /// 来源:中国网 | 责任编辑:赵茜12月22日,筠连县…举行。`): after the last field, an editor's or author's name of two to
    /// four Han scalars that a date's digit follows; nil when the line is not such a one.
    package static func gluedArticleStart(_ line: [Unicode.Scalar]) -> Int? {
        guard line.count >= 40, line.prefix(Self.stampSearch).contains(where: { $0 == "|" || $0 == "｜" }) else {
            return nil
        }
        var start: Int?
        for label in Self.nameFieldLabels {
            guard let at = line.firstIndex(of: label) else { continue }
            var name = at + label.count
            while name < line.count, line[name] == " " { name += 1 }
            var end = name
            while end < line.count, line[end].isHan, end - name < 4 { end += 1 }
            guard (2...4).contains(end - name), end < line.count, line[end].isASCIIDigit else { continue }
            start = max(start ?? end, end)
        }
        guard let start, line.count - start >= 20, line[start...].contains("。") else { return nil }
        return start
    }

    /// Labels of the fields that name the page's editor or author.
    private static let nameFieldLabels: [[Unicode.Scalar]] = ["责任编辑:", "责任编辑：", "编辑:", "编辑：", "作者:", "作者："].map {
        Array($0.unicodeScalars)
    }

    /// A numeric date stamp (`2021/4/9`, `2023-06-08 09:30`) glued to the end of a headline line
    /// (`我区举行重点项目春季开工仪式2021/4/9`): where it starts in `line` and its `YYYY-MM-DD`. Dates written with
    /// 年月日 are left alone: a title may end with one of its own.
    package static func trailingStamp(_ line: [Unicode.Scalar]) -> (start: Int, date: String)? {
        // The line's tail of digits, separators and spaces: the stamp's date and any time of day.
        var start = line.count
        while start > 0, line[start - 1].isASCIIDigit || Self.stampMarks.contains(line[start - 1]) { start -= 1 }
        while start < line.count, !line[start].isASCIIDigit { start += 1 }
        guard start > 0, line.count - start <= 20, let (date, dateEnd) = WrittenDate.absolute(line, from: start),
            line[dateEnd...].allSatisfy({ $0.isASCIIDigit || $0 == ":" || $0 == " " })
        else { return nil }
        return (start, date)
    }

    private static let stampMarks = ScalarSet("-/.: ".unicodeScalars)

    /// Where a stamp with its time of day starts, and its date, when it follows a headline after a space with at most
    /// a few words of source after it (`…掀发展新热潮 2025-05-08 00:30:00 网络`); nil otherwise.
    package static func stampAfterTitle(_ line: [Unicode.Scalar]) -> (start: Int, date: String)? {
        for index in line.indices.dropFirst() where line[index - 1] == " " && line[index].isASCIIDigit {
            guard let (date, dateEnd) = WrittenDate.absolute(line, from: index) else { continue }
            var time = dateEnd
            while time < line.count, line[time] == " " { time += 1 }
            guard Self.opensTime(line, at: time) else { return nil }
            while time < line.count, line[time].isASCIIDigit || line[time] == ":" { time += 1 }
            guard line.count - time <= Self.sourceAfterStamp else { return nil }
            return (index, date)
        }
        return nil
    }

    /// The most scalars of source words a stamp after a headline takes after it.
    private static let sourceAfterStamp = 12

    /// `line` (its scalars, and as `string`) without a site's address written at its end, after a space or a field's
    /// colon (`来源:亳州新报 2014-04-28 16:19 https://www.yybnet.net/`, `消息来源:http://www.qhhb.gov.cn`): a header
    /// line is read for its fields without it. A line without one comes back as it is, nothing copied.
    package static func withoutTrailingAddress(_ line: [Unicode.Scalar], _ string: String) -> (
        scalars: [Unicode.Scalar], string: String
    ) {
        // An address holds no space: only the tail after the last space is looked at (most lines have none).
        let tail = (line.lastIndex(of: " ") ?? -1) + 1
        guard
            let start = (max(tail, 1)..<line.count).first(where: { index in
                (line[index] == "h" || line[index] == "w") && Self.beforeAddress.contains(line[index - 1])
                    && BoilerplateClassifier.urlPrefixes.contains { line.has($0, at: index) }
            })
        else { return (line, string) }
        var end = line[start - 1] == " " ? start - 1 : start
        while end > 0, line[end - 1] == " " { end -= 1 }
        return (Array(line[..<end]), line.string(0..<end))
    }

    private static let beforeAddress: Set<Unicode.Scalar> = [" ", ":", "："]

    /// How far into a line ``stampedDate(_:)`` looks.
    private static let stampSearch = 160

    /// Whether `HH:MM` (one or two digits, a colon, two digits) is written at `index`.
    private static func opensTime(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var cursor = index
        while cursor < scalars.count, scalars[cursor].isASCIIDigit, cursor - index < 2 { cursor += 1 }
        guard cursor > index, cursor + 2 < scalars.count, scalars[cursor] == ":" || scalars[cursor] == "：" else {
            return false
        }
        return scalars[cursor + 1].isASCIIDigit && scalars[cursor + 2].isASCIIDigit
    }

    /// `(month, day)` of a line that is nothing but `MM/DD` (`03/30`, `/ 09/16`): the second half of a stamp split
    /// after its year.
    package static func monthAndDay(_ line: [Unicode.Scalar]) -> (month: Int, day: Int)? {
        let digits = line.filter { $0 != " " }.drop { $0 == "/" }
        guard digits.count == 5, let slash = digits.firstIndex(of: "/"), slash == digits.startIndex + 2,
            let month = Int(String(String.UnicodeScalarView(digits.prefix(2)))),
            let day = Int(String(String.UnicodeScalarView(digits.suffix(2)))),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        return (month, day)
    }

    /// The publisher in a `来源:哈尔滨日报` line, or nil.
    package static func sourceName(_ line: String) -> String? {
        Self.source(of: line)?.name
    }

    /// The publisher in a `来源:哈尔滨日报` line, and whether the line says more after it (`来源：哈尔滨日报 记者
    /// 初霞`: a byline, which is a fact to keep), or nil.
    package static func source(of line: String) -> (name: String, saysMore: Bool)? {
        guard let first = line.unicodeScalars.first, "来稿文信".unicodeScalars.contains(first) else { return nil }
        for prefix in ["来源:", "来源：", "来源 :", "稿源:", "稿源：", "文章来源:", "文章来源：", "信息来源:", "信息来源："]
        where line.hasPrefix(prefix) {
            let rest = String(line.dropFirst(prefix.count)).trimmingSpaces()
            guard let cut = rest.firstIndex(where: { $0 == " " || $0 == "\t" }) else {
                return rest.isEmpty ? nil : (rest, false)
            }
            return (String(rest[..<cut]), true)
        }
        return nil
    }

    /// The publisher a dateline names: `黑龙江日报` in `黑龙江日报8月23日讯`.
    package static func datelineSource(_ line: String) -> String? {
        let scalars = Array(line.unicodeScalars.prefix(40))
        guard Self.dateline(line) != nil, scalars.firstIndex(of: ["日", "讯"]) != nil,
            let digit = scalars.firstIndex(where: \.isASCIIDigit)
        else { return nil }
        var start = digit
        while start > 0, scalars[start - 1].isHan, digit - start < 12 { start -= 1 }
        return digit - start >= 2 ? scalars.string(start..<digit) : nil
    }

    /// `(month, day)` of a dateline such as `黑龙江日报8月23日讯`, a wire story's `杭州2月21日电` or a broadcaster's
    /// `央广网银川1月19日消息`, near the start
    /// of a paragraph. Only a `讯` dateline names the publisher (``datelineSource(_:)``): before `电` stands a place.
    package static func dateline(_ line: String) -> (month: Int, day: Int)? {
        WrittenDate.dateline(Array(line.unicodeScalars.prefix(40)))
    }

    /// The first four-digit year (1950–2099) written in `text`, as `2024年` or a bare `2024` before Han text.
    package static func firstYear(in text: String) -> Int? {
        WrittenYear.first(in: Array(text.unicodeScalars), within: 1950...2099)
    }
}

extension String {
    /// The string without leading and trailing spaces.
    fileprivate func trimmingSpaces() -> String {
        String(self.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
