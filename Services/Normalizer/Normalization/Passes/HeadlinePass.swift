import DiaoyanModels
import DiaoyanText

/// The fifth pass, **headline**: finds the title at the top of the cleaned lines.
///
/// The headline is up to three short lines (at most 64 scalars) that do not end a sentence, after any page chrome
/// above them (at most the first three lines are passed over) and before a blank line. A line that is a header
/// (publication stamp, source, dateline), boilerplate, or the line before it told again ends it, and a headline
/// that would take every line is none: the document is then all body. Several lines (引题, 主题, 副题) join with
/// single spaces into the title. The pass only marks the lines; the body filter passes over them and the assembly
/// pass puts them first.
package struct HeadlinePass: NormalizationPass {
    /// The most lines a headline takes, and the most lines of page chrome looked past to find it.
    private static let maximumLines = 3
    /// The longest line a headline takes, in scalars.
    private static let maximumLength = 64
    private static let sentenceEnds = ScalarSet("。！？.!?;；".unicodeScalars)

    package init() {}

    package var name: String { "headline" }

    /// - Complexity: O(1) lines, each scanned in O(n).
    package func apply(to draft: inout NormalizationDraft) {
        let lines = draft.lines
        let start =
            lines.prefix(Self.maximumLines).firstIndex { BoilerplateClassifier.classify($0.scalars) == nil } ?? 0
        var title: String?
        var headline: [String] = []
        for index in start..<min(start + Self.maximumLines, lines.count) {
            let string = lines[index].string
            if index > start && lines[index].blankBefore { break }
            guard Self.mayBelongToHeadline(lines[index].scalars, string) else { break }
            if index > start && (string == title || string == headline.last) { break }
            title = title.map { $0 + " " + string } ?? string
            headline.append(string)
        }
        if start + headline.count == lines.count {
            headline = []
        }
        // `…开工仪式2021/4/9`: a page's stamp glued to the headline is its publication date, no part of the title.
        if let last = headline.indices.last, let stamp = DocumentHeader.trailingStamp(lines[start + last].scalars) {
            let scalars = lines[start + last].scalars
            var titleEnd = stamp.start
            while titleEnd > 0, scalars[titleEnd - 1] == " " { titleEnd -= 1 }
            headline[last] = scalars.string(0..<titleEnd)
            draft.published = draft.published ?? stamp.date
            draft.removed.append(.init(kind: "header", text: scalars.string(stamp.start..<scalars.count)))
        }
        draft.headline = NormalizationDraft.Headline(start: start, lines: headline)
    }

    /// Whether `line` (its scalars, and as `string`) may be a line of the headline: short, no sentence end, no
    /// header, no boilerplate and no part of a stamp split over lines (`2015` / `03/30`).
    private static func mayBelongToHeadline(_ line: [Unicode.Scalar], _ string: String) -> Bool {
        guard line.count <= Self.maximumLength, let last = line.last, !Self.sentenceEnds.contains(last) else {
            return false
        }
        let head = DocumentHeader.withoutTrailingAddress(line, string).string
        return DocumentHeader.publicationStamp(head) == nil && DocumentHeader.sourceName(head) == nil
            && DocumentHeader.fields(head) == nil && BoilerplateClassifier.classify(line) == nil
            && DocumentHeader.dateline(string) == nil && !line.allSatisfy(\.isASCIIDigit)
            && DocumentHeader.monthAndDay(line) == nil
    }
}
