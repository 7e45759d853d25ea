import DiaoyanModels
import DiaoyanText

/// The fifth pass, **headline**: finds the title at the top of the cleaned lines.
///
/// The headline is the first of the top lines, above the first sentence, that reads as one and shares words with the
/// rest of the document (``HeadlineJudge``); the menus, widgets and site names above it are passed over. It takes up
/// to three short lines (at most 64 scalars, 引题, 主题, 副题) that end no sentence, up to a blank line, a header line
/// (publication stamp, source, dateline), boilerplate or the line before it told again; they join with single
/// spaces into the title. A headline that would take every line is none: the document is then all body. A stamp
/// after the headline gives the publication date, and a site's words around it (``TitleTrimmer``) are cut; both go
/// to `removed`. The pass only marks the lines; the body filter passes over them and the assembly pass puts them
/// first.
package struct HeadlinePass: NormalizationPass {
    /// The most lines a headline takes, and the most lines of page chrome looked past when no line reads as one.
    private static let maximumLines = 3
    /// The longest line a headline takes, in scalars.
    private static let maximumLength = 64
    private static let sentenceEnds = ScalarSet("。！？.!?;；".unicodeScalars)
    /// How headlines that exclaim end (`…15个项目集中开工!`), and the longest line taken so.
    private static let exclamations = ScalarSet("！？!?".unicodeScalars)
    private static let longestExclamation = 48

    package init() {}

    package var name: String { "headline" }

    /// - Complexity: O(n) over the lines' scalars.
    package func apply(to draft: inout NormalizationDraft) {
        let lines = draft.lines
        let top = Self.topLines(in: lines)
        let pairs = HeadlineJudge.PairCounts(candidates: top.map { lines[$0].scalars }, lines: lines.map(\.scalars)) {
            !Self.isRemoved($0)
        }
        let start =
            Self.headlineStart(in: lines, top: top, pairs: pairs)
            ?? lines.prefix(Self.maximumLines).firstIndex { BoilerplateClassifier.classify($0.scalars) == nil } ?? 0
        var headline = Self.headlineLines(from: start, in: lines, pairs: pairs)
        if start + headline.count == lines.count {
            headline = []
        }
        if let last = headline.indices.last {
            headline[last] = Self.withoutStamp(lines[start + last].scalars, of: headline[last], into: &draft)
        }
        let starts = headline.indices.map { position in
            Self.trim(&headline[position], of: lines[start + position].scalars, into: &draft)
        }
        if !headline.isEmpty {
            Self.cutForeignTag(of: &headline[headline.count - 1], pairs: pairs, into: &draft)
        }
        draft.headline = NormalizationDraft.Headline(start: start, lines: headline, starts: starts)
    }

    /// The lines of the headline starting at `start`: each a headline line on its form and its words, the second
    /// and third opening with no site label (a body line `原标题:…` is no part of the headline).
    private static func headlineLines(
        from start: Int,
        in lines: [NormalizationDraft.Line],
        pairs: HeadlineJudge.PairCounts
    ) -> [String] {
        var headline: [String] = []
        for index in start..<min(start + Self.maximumLines, lines.count) {
            let string = lines[index].string
            if index > start && lines[index].blankBefore { break }
            guard Self.mayBelongToHeadline(lines[index].scalars, string),
                HeadlineJudge.mayBeHeadline(lines[index].scalars),
                Self.sharesWords(lines[index].scalars, pairs),
                index == start || TitleTrimmer.kept(lines[index].scalars).lowerBound == 0
            else { break }
            if index > start && (headline.contains(string) || string == headline.joined(separator: " ")) { break }
            // `李某宣布开工`: a second line saying who came and what they did is a subtitle.
            if index > start && PeopleSubtitle.isOne(lines[index].scalars) { break }
            headline.append(string)
        }
        return headline
    }

    /// `string` (the headline's last line, `line` as written) without a page's stamp glued to it (`…开工仪式2021/4/9`,
    /// `…新热潮 2025-05-08 00:30:00 网络`): the stamp gives the publication date and goes to `removed`.
    private static func withoutStamp(
        _ line: [Unicode.Scalar],
        of string: String,
        into draft: inout NormalizationDraft
    ) -> String {
        guard let stamp = DocumentHeader.trailingStamp(line) ?? DocumentHeader.stampAfterTitle(line) else {
            return string
        }
        var titleEnd = stamp.start
        while titleEnd > 0, line[titleEnd - 1] == " " { titleEnd -= 1 }
        draft.published = draft.published ?? stamp.date
        draft.removed.append(.init(kind: "header", text: line.string(stamp.start..<line.count)))
        return line.string(0..<titleEnd)
    }

    /// Cuts a content farm's tag spaced off at the title's end (`…集中开工 天天快资讯`, `…全力冲刺 焦点热门`): two to
    /// six Han scalars whose word pairs the document writes nowhere else. A figure or a statement after a space
    /// shares the article's words (`总投资近30亿`) and stays. (A tag opening the title cannot be told this way from a
    /// kicker, `喜讯!`, `峡江:`: those stay.)
    private static func cutForeignTag(
        of string: inout String,
        pairs: HeadlineJudge.PairCounts,
        into draft: inout NormalizationDraft
    ) {
        let line = Array(string.unicodeScalars)
        guard let space = line.lastIndex(of: " ") else { return }
        let tag = (space + 1)..<line.count
        var end = space
        while end > 0, line[end - 1] == " " { end -= 1 }
        guard (2...6).contains(tag.count), line[tag].allSatisfy(\.isHan), end >= 8,
            pairs.sharedShare(of: Array(line[tag])) == 0
        else { return }
        draft.removed.append(.init(kind: "chrome", text: line.string(tag)))
        string = line.string(0..<end)
    }

    /// Cuts a site's words around the headline line `string` (`line` as written, `string` its head): `【头条】…`,
    /// `…(图)` go to `removed` as page chrome. Returns how many of the line's first scalars the line leaves out.
    private static func trim(
        _ string: inout String,
        of line: [Unicode.Scalar],
        into draft: inout NormalizationDraft
    ) -> Int {
        let end = string.unicodeScalars.count
        let kept = TitleTrimmer.kept(Array(line[0..<end]))
        guard kept != 0..<end else { return 0 }
        for cut in [0..<kept.lowerBound, kept.upperBound..<end] where !cut.isEmpty {
            draft.removed.append(.init(kind: "chrome", text: line.string(cut)))
        }
        string = line.string(kept)
        return kept.lowerBound
    }

    /// The first of the top lines, above the first sentence, that looks like a headline and shares words with the
    /// rest of the document (``HeadlineJudge``): the page's menus, widgets and site names above it are passed over.
    /// Lines the body filter removes (boilerplate, header fields) are passed over uncounted, so the same lines are
    /// looked at when the normalized text is normalized again.
    private static func headlineStart(
        in lines: [NormalizationDraft.Line],
        top: [Int],
        pairs: HeadlineJudge.PairCounts
    ) -> Int? {
        for index in top.prefix(Self.linesLookedAt) {
            guard Self.isHeadlineLine(lines[index]), Self.sharesWords(lines[index].scalars, pairs) else { continue }
            // A lead-in line right above (`聚焦新能源产业` over the main title) belongs to the headline too.
            var first = index
            while first > 0, index - first < Self.maximumLines - 1, !lines[first].blankBefore,
                Self.isHeadlineLine(lines[first - 1]), Self.sharesWords(lines[first - 1].scalars, pairs)
            {
                first -= 1
            }
            return first
        }
        return nil
    }

    /// The indices of the top lines the body filter keeps, up to the first sentence: where a headline is looked for,
    /// and the candidates of ``HeadlineJudge/PairCounts`` (a lead-in or a second line included).
    private static func topLines(in lines: [NormalizationDraft.Line]) -> [Int] {
        var top: [Int] = []
        for index in lines.indices where top.count < Self.linesLookedAt + Self.maximumLines {
            let line = lines[index].scalars
            if Self.isRemoved(line) { continue }
            if line.count > Self.maximumLength || line.last == "。" { break }
            top.append(index)
        }
        return top
    }

    /// Whether the body filter takes `scalars` away whatever else is around it: boilerplate, a header, a stamp.
    private static func isRemoved(_ scalars: [Unicode.Scalar]) -> Bool {
        if BoilerplateClassifier.classify(scalars) != nil { return true }
        // Header lines are short (``DocumentHeader/fields(_:)`` reads at most 80 scalars).
        guard scalars.count <= Self.longestHeader else { return false }
        let string = scalars.string(0..<scalars.count)
        return DocumentHeader.fields(string) != nil || DocumentHeader.publicationStamp(string) != nil
    }

    /// The longest line read as header fields.
    private static let longestHeader = 80

    /// Whether `line` shares enough of its words with the rest of the document (``HeadlineJudge``). Every line
    /// after the first is held to it too. A document with nothing else to compare takes the line on its form.
    private static func sharesWords(_ line: [Unicode.Scalar], _ pairs: HeadlineJudge.PairCounts) -> Bool {
        guard let share = pairs.sharedShare(of: line) else { return true }
        return share >= HeadlineJudge.leastSharedPairs
    }

    /// Whether `line` may be a line of a headline, by its form and its words alone.
    private static func isHeadlineLine(_ line: NormalizationDraft.Line) -> Bool {
        BoilerplateClassifier.classify(line.scalars) == nil && HeadlineJudge.mayBeHeadline(line.scalars)
            && Self.mayBelongToHeadline(line.scalars, line.string)
    }

    /// How many top lines are looked at for the headline.
    private static let linesLookedAt = 12

    /// Whether `line` (its scalars, and as `string`) may be a line of the headline: short, no sentence end, no
    /// header, no boilerplate and no part of a stamp split over lines (`2015` / `03/30`).
    private static func mayBelongToHeadline(_ line: [Unicode.Scalar], _ string: String) -> Bool {
        guard line.count <= Self.maximumLength, let last = line.last,
            !Self.sentenceEnds.contains(last)
                || line.count <= Self.longestExclamation && Self.exclamations.contains(last)
        else {
            return false
        }
        let head = DocumentHeader.withoutTrailingAddress(line, string).string
        return DocumentHeader.publicationStamp(head) == nil && DocumentHeader.sourceName(head) == nil
            && DocumentHeader.fields(head) == nil && BoilerplateClassifier.classify(line) == nil
            && DocumentHeader.dateline(string) == nil && !line.allSatisfy(\.isASCIIDigit)
            && DocumentHeader.monthAndDay(line) == nil
    }
}
