/// Tells page furniture from article text, one line at a time.
///
/// The rules, in the order they are tried (the first that fits names the kind):
/// - `seo_list`: three or more `|` separators (`湘西| 启东市| 维西|…`), the link lists sites append for search engines;
/// - `editor`: a line that starts (after an opening bracket) with 责编, 责任编辑, 编辑, 审核, 校对 or 监制;
/// - `icp`: an ICP licence or 公安备案 number;
/// - `copyright`: 版权所有, 版权声明, Copyright, ©, reprint notices and disclaimers (转载…, 侵犯了您的);
/// - `url`: nothing but a web address;
/// and, on lines of at most 120 scalars only:
/// - `chrome`: breadcrumbs (当前位置…), print and close buttons, previous/next links;
/// - `footer`: site navigation and sponsor lines (网站地图, 联系我们, 主办单位, 举报电话…);
/// - `phone`: hotlines and lines carrying a phone number (ten digits or more);
/// - `wechat`: WeChat and contact solicitations (微信号, 公众号, 请说明您的需求…);
/// - `share`: share widgets (分享到, 扫一扫, 二维码, 点赞 在看 转发).
/// Reporter and photographer bylines are article text and never match. A line longer than
/// ``longestFurniture`` that tells sentences is article text with furniture glued to it (a page scraped onto one
/// line that opens with `责任编辑：…` or closes with a disclaimer): it is never removed whole. A digit run is a phone
/// number only in a phone's shape: ten digits or more that no unit or currency follows (`12000000000元` is money).
/// A line is scanned once, on its scalars, against one trie of every cue word.
import DiaoyanText

package enum BoilerplateClassifier {
    /// A family of cue words; a line's kind follows from which families it holds.
    private enum Cue: UInt16 {
        case copyright = 1, chrome = 2, footer = 4, phone = 8, wechat = 16, share = 32, icp = 64
    }

    /// The longest line page furniture fills on its own, in scalars; longer lines that tell sentences are text.
    package static let longestFurniture = 300

    private static let editorPrefixes: [[Unicode.Scalar]] = [
        "责编", "责任编辑", "编辑:", "编辑：", "审核:", "审核：", "校对:", "校对：", "监制:", "监制：", "编审:", "编审：",
    ].map { Array($0.unicodeScalars) }
    private static let chromePrefixes: [[Unicode.Scalar]] = [
        "当前位置", "您的位置", "您现在的位置", "您当前的位置", "首页 >", "首页>",
    ]
    .map { Array($0.unicodeScalars) }
    /// How a site's address opens (``DocumentHeader/withoutTrailingAddress(_:_:)`` reads them too).
    static let urlPrefixes: [[Unicode.Scalar]] = ["http://", "https://", "www."].map {
        Array($0.unicodeScalars)
    }

    private static let cues: ScalarTrie<UInt16> = {
        let families: [(Cue, [String])] = [
            (.icp, ["ICP", "icp备", "公安备案", "公网安备"]),
            (
                .copyright,
                [
                    "版权所有", "版权声明", "Copyright", "copyright", "COPYRIGHT", "©", "All Rights Reserved", "转载此文",
                    "转载请注明", "侵犯了您的", "未经授权禁止", "转载目的", "本文转自", "版权问题", "不代表本站", "如有侵权", "禁止转载",
                ]
            ),
            (
                .chrome,
                [
                    "打印本页", "关闭窗口", "阅读原文", "【打印】", "【关闭】", "上一篇", "下一篇", "返回顶部", "【字号", "字号:", "字号：", "收藏本页", "返回首页",
                    // A site's search box (`新闻搜索:`).
                    "新闻搜索", "站内搜索", "全站搜索",
                ]
            ),
            (
                .footer,
                [
                    "网站地图", "联系我们", "关于我们", "举报电话", "举报邮箱", "不良信息举报", "免责声明", "豁免条款", "主办单位",
                    "承办单位", "技术支持", "网站简介", "广告服务", "友情链接",
                ]
            ),
            (.phone, ["热线", "电话:", "电话：", "联系电话", "手机:", "手机：", "Tel", "TEL"]),
            (.wechat, ["微信号", "微信:", "微信：", "加微信", "公众号", "请说明您的", "联系人", "招商顾问", "关注微信", "添加微信"]),
            (.share, ["分享到", "扫一扫", "二维码", "推送至手机", "点赞 在看", "在看 转发", "朋友圈"]),
        ]
        var trie = ScalarTrie<UInt16>()
        for (cue, words) in families {
            for word in words { trie.insert(word.unicodeScalars, cue.rawValue) { $0 | $1 } }
        }
        return trie
    }()

    /// The kind of boilerplate a line is, or nil for article text.
    package static func classify(_ line: String) -> String? {
        Self.classify(Array(line.unicodeScalars))
    }

    /// The kind of boilerplate a line (its scalars) is, or nil for article text.
    package static func classify(_ line: [Unicode.Scalar]) -> String? {
        var cues: UInt16 = 0
        var bars = 0
        for index in line.indices {
            let scalar = line[index]
            if scalar == "|" || scalar == "｜" { bars += 1 }
            guard Self.cues.mayStart(with: scalar) else { continue }
            for match in Self.cues.matches(in: line, from: index) { cues |= match.value }
        }
        func has(_ cue: Cue) -> Bool { cues & cue.rawValue != 0 }
        if line.count > Self.longestFurniture && Self.tellsSentences(line) { return nil }
        if bars >= 3 { return has(.footer) ? "footer" : "seo_list" }
        var opening = 0
        while opening < line.count, "(（[【".unicodeScalars.contains(line[opening]) { opening += 1 }
        if Self.editorPrefixes.contains(where: { line.has($0, at: opening) }), !Self.namesAnAuthor(line) {
            return "editor"
        }
        if has(.icp) { return "icp" }
        if has(.copyright) { return "copyright" }
        if Self.urlPrefixes.contains(where: { line.has($0, at: 0) }) && !line.contains(" ") { return "url" }
        if Self.epaperDate(line) != nil { return "chrome" }
        guard line.count <= 120, !Self.isProse(line) else { return nil }
        if Self.chromePrefixes.contains(where: { line.has($0, at: 0) }) || has(.chrome) || Self.isNavigation(line) {
            return "chrome"
        }
        if has(.footer) { return "footer" }
        if has(.phone) || Self.phoneRun(in: line) >= 10 { return "phone" }
        if has(.wechat) { return "wechat" }
        if has(.share) { return "share" }
        return nil
    }

    /// The date of an e-paper article's properties when `line` is what its page left of them, scraped as text: the
    /// date, page numbers, the paper's name and the article's file (`2024-12-25 1 1 某某日报 content_69678.htm 1 标题`),
    /// often closed by `/enpproperty-->`; nil for any other line.
    package static func epaperDate(_ line: [Unicode.Scalar]) -> String? {
        var start = 0
        if line.has(Self.commentClose, at: 0) { start = Self.commentClose.count }
        while start < line.count, line[start] == " " { start += 1 }
        guard line.count - start >= 10, line[start].isASCIIDigit,
            line.indices.contains(where: { line.has(Self.pageFile, at: $0) || line.has(Self.enpProperty, at: $0) }),
            let (date, end) = WrittenDate.absolute(line, from: start), end - start == 10
        else { return nil }
        return date
    }

    private static let commentClose = Array("-->".unicodeScalars)
    private static let pageFile = Array(".htm".unicodeScalars)
    private static let enpProperty = Array("enpproperty".unicodeScalars)

    /// Whether `line` also names the article's author (`编辑:某某 作者:某某 某某`): a byline is a fact, so the line
    /// is no editor's credit alone.
    private static func namesAnAuthor(_ line: [Unicode.Scalar]) -> Bool {
        line.indices.contains { index in Self.authorLabels.contains { line.has($0, at: index) } }
    }

    private static let authorLabels: [[Unicode.Scalar]] = ["作者:", "作者：", "记者:", "记者：", " 记者 "].map {
        Array($0.unicodeScalars)
    }

    /// Whether `line` is a site's navigation: a breadcrumb of short steps (`地方网 > 安徽 > 亳州市 > 蒙城新闻 > 正文`),
    /// a menu of channels sharing their last word (`亳州新闻 蒙城新闻 涡阳新闻 利辛新闻`) or a channel's name alone
    /// (`新闻中心`).
    static func isNavigation(_ line: [Unicode.Scalar]) -> Bool {
        if line.count <= 4, Self.channels.contains(line) { return true }
        // Split only lines that can be navigation: two step marks, or two spaces.
        var marks = 0
        var spaces = 0
        for scalar in line {
            if scalar == ">" || scalar == "＞" { marks += 1 } else if scalar == " " { spaces += 1 }
        }
        if marks >= 2 {
            let steps = line.split { $0 == ">" || $0 == "＞" }.map { $0.filter { $0 != " " } }
            if steps.count >= 3, steps.allSatisfy({ (1...Self.longestStep).contains($0.count) }) { return true }
        }
        guard spaces >= 2 else { return false }
        let items = line.split(separator: " ")
        guard items.count >= 3,
            items.allSatisfy({ (3...Self.longestStep).contains($0.count) && $0.allSatisfy(\.isHan) })
        else { return false }
        let channel = items[0].suffix(2)
        return items.allSatisfy { $0.suffix(2).elementsEqual(channel) }
    }

    /// A channel's name standing alone on its line.
    private static let channels: Set<[Unicode.Scalar]> = Set(
        ["新闻中心", "新闻频道", "新闻首页", "首页", "正文"].map { Array($0.unicodeScalars) }
    )

    /// The longest step of a breadcrumb or item of a menu, in scalars.
    private static let longestStep = 8

    /// Whether `line` opens a list of other articles (`相关阅读：`, `【相关阅读】`, `往期推荐`).
    package static func isRelatedListHeading(_ line: [Unicode.Scalar]) -> Bool {
        var start = 0
        var end = line.count
        while start < end, "【[「(（".unicodeScalars.contains(line[start]) { start += 1 }
        while end > start, "】]」)）:：".unicodeScalars.contains(line[end - 1]) { end -= 1 }
        guard end - start <= 6 else { return false }
        return Self.relatedHeadings.contains(Array(line[start..<end]))
    }

    /// Whether `line` reads as one listed headline: short, no sentence end (`· 金坛区动力电池产业链再添新成员`).
    package static func isListedHeadline(_ line: [Unicode.Scalar]) -> Bool {
        guard line.count <= 40, let last = line.last else { return false }
        return !"。！？!?；;".unicodeScalars.contains(last)
    }

    private static let relatedHeadings: Set<[Unicode.Scalar]> = Set(
        [
            "相关阅读", "相关链接", "相关新闻", "相关报道", "相关文章", "推荐阅读", "阅读推荐", "延伸阅读", "更多阅读", "往期推荐",
            "往期回顾", "猜你喜欢", "热点推荐", "精彩推荐", "热门推荐", "新闻推荐", "相关推荐", "推荐内容", "精选推荐", "图文推荐",
            "今日推荐", "最新更新", "最新文章", "最新资讯", "最新新闻", "最新发布", "最新相关", "新闻热点", "热门文章", "更多资讯",
            "热门排行", "新闻排行", "点击排行", "阅读排行", "招标排行",
        ].map { Array($0.unicodeScalars) }
    )

    /// Whether `line` is a sentence of article text: it ends with 。, has a clause break and at least 16 Han
    /// characters, and carries no phone-number-like digit run. Such a line keeps 热线 or 二维码 as words.
    private static func isProse(_ line: [Unicode.Scalar]) -> Bool {
        guard line.last == "。", line.contains("，") || line.contains(",") else { return false }
        let han = line.reduce(0) { $0 + ((0x4E00...0x9FFF).contains($1.value) ? 1 : 0) }
        return han >= 16 && Self.phoneRun(in: line) < 7
    }

    /// Whether `line` holds at least two sentence ends: text, not a label or a notice of one sentence.
    private static func tellsSentences(_ line: [Unicode.Scalar]) -> Bool {
        var ends = 0
        for scalar in line where scalar == "。" || scalar == "！" || scalar == "？" {
            ends += 1
            if ends >= 2 { return true }
        }
        return false
    }

    /// The most ASCII digits in a run that only spaces and hyphens interrupt (a phone number's shape), counting
    /// only runs that no Han character, decimal point, `%` or letter follows and no decimal point precedes: a
    /// number with a unit (`12000000000元`, `3.5亿`, `1090万千瓦`) is no phone number.
    private static func phoneRun(in line: [Unicode.Scalar]) -> Int {
        var longest = 0
        var current = 0
        var start = 0
        var lastDigit = 0
        func close() {
            let next = lastDigit + 1 < line.count ? line[lastDigit + 1] : nil
            if current > 0 && Self.endsPhone(line, before: start, after: next) { longest = max(longest, current) }
            current = 0
        }
        var index = 0
        while index < line.count {
            let scalar = line[index]
            defer { index += 1 }
            // `2014-04-28 16:19`: a date and time, not a phone number.
            if scalar.isASCIIDigit, current == 0, let end = Self.dashedDateEnd(at: index, in: line) {
                index = end - 1
                continue
            }
            if scalar.isASCIIDigit {
                if current == 0 { start = index }
                current += 1
                lastDigit = index
            } else if scalar != "-" && scalar != " " {
                close()
            }
        }
        close()
        return longest
    }

    /// Where a `YYYY-MM-DD` date written at `start` ends, nil when none is: the dashes a phone number's digits may
    /// hold would run its digits together with the time after it.
    private static func dashedDateEnd(at start: Int, in line: [Unicode.Scalar]) -> Int? {
        guard start + 4 < line.count, line[start + 4] == "-" else { return nil }
        return WrittenDate.absolute(line, from: start)?.1
    }

    /// Whether a digit run starting at `start` and followed by `next` may be a phone number.
    private static func endsPhone(_ line: [Unicode.Scalar], before start: Int, after next: Unicode.Scalar?) -> Bool {
        if start > 0, line[start - 1] == "." || line[start - 1] == "．" { return false }
        guard let next else { return true }
        if next.isHan || next == "." || next == "．" || next == "%" || next == "％" { return false }
        return !(("a"..."z").contains(next) || ("A"..."Z").contains(next))
    }
}
