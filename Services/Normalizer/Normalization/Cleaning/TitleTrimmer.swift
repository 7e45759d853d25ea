import DiaoyanText

/// Cuts what a site writes around a headline on the same line: a date or a label before it (`06.15 `, `原标题:`,
/// `正在阅读:`), a column's tag (`【头条】`, `[田东县]`, `《直通县市》`, `视频丨`, `聚焦|`), a content farm's lead-in
/// (`环球消息!`), and after it a bar, a photo mark or a farm's tail (` |`, `(图)`, `-环球热议`, `_锦州_合作`), or the
/// headline told twice.
///
/// Only page furniture goes: a subtitle after `——` stays, it may carry the article's figures.
package enum TitleTrimmer {
    /// The part of `line` that is the headline; the whole line when nothing is cut. What is cut leaves at least
    /// ``shortestTitle`` scalars.
    package static func kept(_ line: [Unicode.Scalar]) -> Range<Int> {
        var start = 0
        var end = line.count
        while let next = Self.leadEnd(line, from: start, to: end), end - next >= Self.shortestTitle {
            start = next
        }
        while let next = Self.tailStart(line, from: start, to: end), next - start >= Self.shortestTitle {
            end = next
        }
        return start..<end
    }

    /// The fewest scalars a headline keeps.
    private static let shortestTitle = 6

    /// Where a lead-in starting at `start` ends (spaces after it skipped); nil without one.
    private static func leadEnd(_ line: [Unicode.Scalar], from start: Int, to end: Int) -> Int? {
        guard start < end else { return nil }
        var next: Int?
        if let label = Self.labels.longestMatch(in: line, from: start) {
            next = start + label.length
        } else if let close = Self.tagEnd(line, from: start, to: end) {
            next = close
        } else if let bar = Self.columnBar(line, from: start, to: end) {
            next = bar
        } else if Self.isShortDate(line, at: start) {
            next = start + 5
        } else if line[start] == "•" {
            next = start + 1
        } else if let farm = Self.farmLead(line, from: start, to: end) {
            next = farm
        }
        guard var skipped = next else { return nil }
        while skipped < end, line[skipped] == " " { skipped += 1 }
        return skipped
    }

    /// `【头条】`, `[吉安大小事]`, `《直通县市》`: a short bracketed tag opening the line; its end.
    private static func tagEnd(_ line: [Unicode.Scalar], from start: Int, to end: Int) -> Int? {
        guard let close = Self.tagPairs[line[start]] else { return nil }
        let limit = min(end, start + Self.longestTag + 2)
        guard let at = (start + 1..<limit).first(where: { line[$0] == close }) else { return nil }
        return at + 1
    }

    /// `视频丨`, `聚焦|`, `大招商 招好商|`: a column's name before a bar; where the headline starts.
    private static func columnBar(_ line: [Unicode.Scalar], from start: Int, to end: Int) -> Int? {
        let limit = min(end, start + Self.longestColumn + 1)
        guard let bar = (start..<limit).first(where: { Self.bars.contains(line[$0]) }), bar > start else { return nil }
        return bar + 1
    }

    /// `06.15 `: a month and day a list page writes before its headlines.
    private static func isShortDate(_ line: [Unicode.Scalar], at start: Int) -> Bool {
        guard start + 5 < line.count else { return false }
        let digits = [0, 1, 3, 4].allSatisfy { line[start + $0].isASCIIDigit }
        return digits && line[start + 2] == "." && line[start + 5] == " "
    }

    /// `环球消息!`, `每日热闻!`: four Han ending in a farm's word and an exclamation mark; where the headline starts.
    private static func farmLead(_ line: [Unicode.Scalar], from start: Int, to end: Int) -> Int? {
        guard start + 5 <= end, Self.exclamations.contains(line[start + 4]),
            line[start..<(start + 4)].allSatisfy(\.isHan),
            Self.farmWords.hasMatch(in: line, endingAt: start + 4, notBefore: start + 2)
        else { return nil }
        return start + 5
    }

    /// Where a tail ending at `end` starts (spaces before it included); nil without one.
    private static func tailStart(_ line: [Unicode.Scalar], from start: Int, to end: Int) -> Int? {
        var cut: Int?
        if let mark = Self.tails.longestMatch(in: line, endingAt: end) {
            cut = end - mark.length
        } else if Self.bars.contains(line[end - 1]) {
            cut = end - 1
        } else if let farm = Self.farmTail(line, from: start, to: end) {
            cut = farm
        } else if let underscore = Self.tagsTail(line, from: start, to: end) {
            cut = underscore
        } else if let repeated = Self.repetition(line, from: start, to: end) {
            cut = repeated
        } else if let byline = Self.bylineTail(line, from: start, to: end) {
            cut = byline
        }
        guard var trimmed = cut else { return nil }
        while trimmed > start, line[trimmed - 1] == " " { trimmed -= 1 }
        return trimmed
    }

    /// ` 来源:某网 作者:某某 时间:`: a byline's fields after a space; where they start.
    private static func bylineTail(_ line: [Unicode.Scalar], from start: Int, to end: Int) -> Int? {
        for index in start..<end where line[index] == " " {
            if Self.bylineLabels.longestMatch(in: line, from: index + 1) != nil { return index }
        }
        return nil
    }

    private static let bylineLabels = ScalarTrie<Bool>(words: [
        "来源:", "来源：", "作者:", "作者：", "发布时间:", "发布时间：", "时间:", "时间：", "编辑:", "编辑：",
    ])

    /// `-环球热议`, `-世界播报`: a dash and up to six Han ending in a farm's word.
    private static func farmTail(_ line: [Unicode.Scalar], from start: Int, to end: Int) -> Int? {
        guard Self.farmWords.hasMatch(in: line, endingAt: end, notBefore: end - 2) else { return nil }
        let limit = max(start, end - 7)
        guard let dash = (limit..<end).last(where: { line[$0] == "-" }),
            line[(dash + 1)..<end].allSatisfy(\.isHan)
        else { return nil }
        return dash
    }

    /// `_锦州_锦州市_合作`: keywords a site glues after the headline with underscores.
    private static func tagsTail(_ line: [Unicode.Scalar], from start: Int, to end: Int) -> Int? {
        guard let first = (start..<end).first(where: { line[$0] == "_" }), end - first <= Self.longestTags
        else { return nil }
        return first
    }

    /// Where the headline starts again after a space (`…1878亿元 湘潭经开区四季度…`); nil when it does not.
    private static func repetition(_ line: [Unicode.Scalar], from start: Int, to end: Int) -> Int? {
        let probe = Self.repeatedProbe
        guard end - start > 2 * probe else { return nil }
        for space in (start + probe)..<(end - probe) where line[space] == " " {
            if line[(space + 1)..<(space + 1 + probe)].elementsEqual(line[start..<(start + probe)]) { return space }
        }
        return nil
    }

    private static let labels = ScalarTrie<Bool>(words: [
        "原题:", "原题：", "原标题:", "原标题：", "标题:", "标题：", "正在阅读:", "正在阅读：", "题目:", "题目：",
        // A disclosure table's cell writes its label glued (`标题市人大视察…`).
        "标题",
        // A repost's mark (`转载 某区重大项目今日开工`).
        "转载 ", "转载:", "转载：", "【转载】",
    ])
    private static let tagPairs: [Unicode.Scalar: Unicode.Scalar] = ["【": "】", "[": "]", "《": "》", "〖": "〗"]
    private static let longestTag = 10
    private static let longestColumn = 12
    private static let longestTags = 24
    private static let repeatedProbe = 8
    private static let bars = ScalarSet("|｜丨".unicodeScalars)
    private static let exclamations = ScalarSet("!！".unicodeScalars)
    /// The last words of a content farm's lead-ins and tails (`环球消息`, `每日热闻`, `环球热议`, `世界播报`).
    private static let farmWords = ScalarTrie<Bool>(endingWords: [
        "消息", "讯息", "热闻", "精选", "快讯", "热议", "播报", "头条", "资讯", "热点", "关注", "看点",
    ])
    /// Marks after a headline that are no part of it: a photo or a gallery.
    private static let tails = ScalarTrie<Bool>(endingWords: ["(图)", "（图）", "(组图)", "（组图）", "(附图)", "（附图）"])
}
