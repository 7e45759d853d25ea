import DiaoyanText

/// Reads a header line (`发布时间：2023-06-08 09:30　来源：鹤城产业观察`) token by token for `DocumentHeader.fields`.
///
/// A token is a run between separators. The reader takes labelled fields (`来源：`, `作者：`, `发布时间：`), bare
/// dates, times, weekdays, page numbers, page widgets, a publisher's name beside the date and a few words of page
/// furniture; any other token means the line is no header.
struct HeaderFieldReader {
    private static let dateLabels = ["发布时间", "发布日期", "时间", "日期", "更新时间", "发稿时间"].map { Array($0.unicodeScalars) }
    /// Date labels forums and portals write without a colon (`发表于 2021-6-23 16:13:15`).
    private static let bareDateLabels = ["发表于", "发布于"].map { Array($0.unicodeScalars) }
    /// Words opening a byline written without a colon after the header's fields (`来源:浙江在线 记者 李选`).
    private static let bylineWords = ["记者", "通讯员", "本报记者"].map { Array($0.unicodeScalars) }
    private static let sourceLabels = ["文章来源", "信息来源", "来源", "稿源", "出处"].map { Array($0.unicodeScalars) }
    private static let authorLabels = ["作者", "记者"].map { Array($0.unicodeScalars) }
    /// Words opening a clock widget's line.
    private static let clockWords = ["现在时间是", "现在时间", "当前时间", "今天是"].map { Array($0.unicodeScalars) }
    private static let otherLabels = [
        "浏览次数", "阅读次数", "点击数", "点击量", "浏览量", "访问量", "阅读", "字号", "字体", "责任编辑", "责编", "编辑", "审核",
        "分享到",
    ].map { Array($0.unicodeScalars) }
    /// Short tokens a header line may carry besides its fields: WeChat's `原创`, an account or column name, a
    /// province, share targets (`微信 微博 QQ空间`), a column after the page (`第01版：要闻`).
    private static let maximumOtherTokens = 4
    /// What separates the parts of a header line: spaces, bars, slashes, colons, the brackets of `【来源：…】` and
    /// list bullets (`• 时间:2023-08-01`).
    private static let separators = ScalarSet(" |｜/:：【】[]•□■".unicodeScalars)
    /// The last scalar of a publisher's name standing alone (`台州日报`, `宜宾新闻网`, `新华社`, `某某客户端`).
    private static let publisherEnds = ScalarSet("报网台社刊端闻会局府".unicodeScalars)
    private static let weekdays = ScalarSet("一二三四五六日天".unicodeScalars)
    /// The font-size buttons some pages write as `- 小 + 大`.
    private static let widgetMarks = ScalarSet("-+".unicodeScalars)

    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var fields = DocumentHeader.Fields()
    /// A publisher's name standing beside the date, the source when no label names one.
    private var publisher: String?
    private var sawField = false
    /// Whether the last label was a font-size widget (`字体：`), whose buttons `大 中 小` follow.
    private var widget = false
    private var otherTokens = 0
    private var sawWeekday = false
    private var sawTime = false
    private var sawDateLabel = false

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// The fields of the line, or nil when it is no header line.
    ///
    /// - Complexity: O(n·k) for labels of at most k scalars.
    mutating func read() -> DocumentHeader.Fields? {
        // `现在时间是:2024年04月18日`: a clock widget shows the day the page was scraped, not published.
        if self.scalars.count <= 30, Self.clockWords.contains(where: { self.scalars.has($0, at: 0) }) {
            return DocumentHeader.Fields()
        }
        guard self.readTokens() else { return nil }
        // Furniture words only beside a date: without one, such a line may be a short headline.
        guard self.sawField, self.otherTokens == 0 || self.fields.published != nil else { return nil }
        var fields = self.fields
        if fields.sourceName == nil, fields.published != nil { fields.sourceName = self.publisher }
        // A date with a weekday, or a date alone on its line without a label (`2016年1月26号` above `当前位置：`), and
        // no time and no publisher: a site's calendar, good only when nothing else dates the page.
        let bare = !self.sawDateLabel && self.otherTokens == 0 && !fields.hasByline
        fields.isCalendar =
            (self.sawWeekday || bare) && !self.sawTime && fields.sourceName == nil && fields.published != nil
        return fields
    }

    /// Reads every token of the line; false at the first one that fits no header field.
    private mutating func readTokens() -> Bool {
        while true {
            self.skipSeparators()
            guard self.index < self.scalars.count else { return true }
            if self.readLabelledField() { continue }
            if self.readsBylineToEnd() { return true }
            let labelled = self.label(Self.dateLabels) != nil || self.bareLabel(Self.bareDateLabels)
            self.skipSeparators()
            guard self.index < self.scalars.count else { return true }
            if let (date, end) = WrittenDate.absolute(self.scalars, from: self.index)
                ?? (labelled ? WrittenDate.shortYear(self.scalars, from: self.index) : nil)
            {
                if self.fields.published == nil { self.fields.published = date }
                self.sawDateLabel = self.sawDateLabel || labelled
                self.index = end
                self.sawField = true
                continue
            }
            guard self.readBareToken() else { return false }
        }
    }

    /// Reads a source, author or other label with what follows it; false when none is written at `index`.
    private mutating func readLabelledField() -> Bool {
        if self.label(Self.sourceLabels) != nil {
            self.skipSpaces()
            let end = self.tokenEnd()
            if end > self.index { self.fields.sourceName = self.scalars.string(self.index..<end) }
            self.index = end
            self.sawField = true
            return true
        }
        if self.label(Self.authorLabels) != nil {
            self.skipSpaces()
            // `作者: - 小 + 大`, `作者 : 浏览次数 : 8355`: no author, a widget or another label follows.
            if self.index < self.scalars.count, !Self.widgetMarks.contains(self.scalars[self.index]),
                !self.startsLabel()
            {
                self.fields.hasByline = true
            }
            return true
        }
        if let other = self.label(Self.otherLabels) {
            // `【字体：大 中 小】`, `字号：`: the size buttons follow as single scalars.
            self.widget = other.first == "字"
            self.skipSpaces()
            self.index = self.tokenEnd()
            return true
        }
        return false
    }

    /// Takes the rest of the line as a byline when a byline word without a colon opens the token at `index` after
    /// a header field (`2018-07-28 12:50 来源:浙江在线 记者 李选 通讯员 俞大庆`): the names are article facts, so
    /// the line is kept in the body.
    private mutating func readsBylineToEnd() -> Bool {
        guard self.sawField, self.bareLabel(Self.bylineWords) else { return false }
        self.fields.hasByline = true
        self.index = self.scalars.count
        return true
    }

    /// Reads one unlabelled token; false when it fits no header field.
    private mutating func readBareToken() -> Bool {
        let end = self.tokenEnd()
        let token = self.scalars[self.index..<end]
        defer { self.index = end }
        if Self.isTimeWeekdayOrPage(token) {
            if Self.isWeekday(token) { self.sawWeekday = true } else if token.last != "版" { self.sawTime = true }
            return true
        }
        if token.allSatisfy(Self.widgetMarks.contains) {
            self.widget = true
            return true
        }
        if self.widget, token.count == 1, let only = token.first, "大中小".unicodeScalars.contains(only) { return true }
        // `南海网 http://www.hinews.cn 时间:…`: the site's address beside its name (`http` is read as a word).
        if Self.isWebAddress(token) { return true }
        // `2012年11月07日 09:49 来源:西藏日报 王霞`: an author named bare beside the fields is a byline.
        if self.sawField || self.index > 0, Self.isPersonName(token) {
            self.fields.hasByline = true
            return true
        }
        // A publisher's name beside the date.
        if self.publisher == nil, (2...14).contains(token.count), token.allSatisfy(\.isHan), let last = token.last,
            Self.publisherEnds.contains(last)
        {
            self.publisher = self.scalars.string(self.index..<end)
            return true
        }
        // A few short words of page furniture, never a sentence (no Chinese punctuation fits a token).
        if token.count <= 10, token.allSatisfy({ $0.isHan || $0.isASCIILetter || $0.isASCIIDigit || $0 == "·" }),
            self.otherTokens < Self.maximumOtherTokens
        {
            self.otherTokens += 1
            return true
        }
        return false
    }

    /// Whether `token` is a person's name standing alone: two or three Han scalars the name model reads as a name,
    /// not opening with a pair words use (`打印`, `关闭`, `要闻` are page furniture).
    private static func isPersonName(_ token: ArraySlice<Unicode.Scalar>) -> Bool {
        guard (2...3).contains(token.count), token.allSatisfy(\.isHan), let model = try? PersonNameModel.shared(),
            let bigrams = try? HanBigramModel.shared()
        else { return false }
        let first = token.startIndex
        return model.isName(token) && bigrams.score(token[first], token[first + 1]) < Self.wordPair
    }

    /// ln(1 + frequency) of a pair jieba's words use about 50 times (`打印`, `关闭`): a word, no name.
    private static let wordPair: Float = 4

    /// Whether `token` is a host name (`www.hinews.cn`): ASCII letters, digits, dots and hyphens, with a dot.
    private static func isWebAddress(_ token: ArraySlice<Unicode.Scalar>) -> Bool {
        token.count <= 40 && token.contains(".")
            && token.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit || $0 == "." || $0 == "-" }
    }

    /// Whether `token` is a time of day, a weekday or a page number.
    private static func isTimeWeekdayOrPage(_ token: ArraySlice<Unicode.Scalar>) -> Bool {
        // A time of day: 09:29, 10:05:36 (the colons are separators), 10时15分.
        if token.allSatisfy({ $0.isASCIIDigit || $0 == "时" || $0 == "分" || $0 == "秒" }) { return true }
        if Self.isWeekday(token) { return true }
        // 第2版, A03版.
        return token.count <= 6 && token.last == "版"
    }

    /// Whether `token` is a weekday: 星期五, 周五.
    private static func isWeekday(_ token: ArraySlice<Unicode.Scalar>) -> Bool {
        guard token.count <= 3, let last = token.last, Self.weekdays.contains(last) else { return false }
        return token.first == "星" || token.first == "周"
    }

    private mutating func skipSeparators() {
        while self.index < self.scalars.count, Self.separators.contains(self.scalars[self.index]) { self.index += 1 }
    }

    private mutating func skipSpaces() {
        while self.index < self.scalars.count, self.scalars[self.index] == " " { self.index += 1 }
    }

    /// The end of the token starting at `index`: the next separator, or the line's end.
    private func tokenEnd() -> Int {
        var end = self.index
        while end < self.scalars.count, !Self.separators.contains(self.scalars[end]) { end += 1 }
        return end
    }

    /// Whether one of `labels` is written at `index` as a whole token (a separator or the line's end after it);
    /// the label is then skipped.
    private mutating func bareLabel(_ labels: [[Unicode.Scalar]]) -> Bool {
        for label in labels where self.scalars.has(label, at: self.index) {
            let after = self.index + label.count
            guard after == self.scalars.count || Self.separators.contains(self.scalars[after]) else { continue }
            self.index = after
            return true
        }
        return false
    }

    /// Whether any header label with its colon is written at `index`.
    private func startsLabel() -> Bool {
        var probe = self
        return [Self.dateLabels, Self.sourceLabels, Self.authorLabels, Self.otherLabels].contains {
            probe.label($0) != nil
        }
    }

    /// The label of `labels` written at `index` with its colon (`时间：`, `时间 : `), which is then skipped.
    private mutating func label(_ labels: [[Unicode.Scalar]]) -> [Unicode.Scalar]? {
        for label in labels where self.scalars.has(label, at: self.index) {
            var after = self.index + label.count
            while after < self.scalars.count, self.scalars[after] == " " { after += 1 }
            guard after < self.scalars.count, self.scalars[after] == ":" || self.scalars[after] == "：" else { continue }
            self.index = after + 1
            return label
        }
        return nil
    }
}
