import DiaoyanText

/// The seventh pass, **dateline**: reads the publisher and the date from a dateline (`北国产业报3月8日讯`) in the
/// first four body paragraphs, when no header line gave them; a date with its time of day glued into one of those
/// paragraphs (`来源:光明网2026-03-04 18:12`) is the page's stamp and comes first.
///
/// A dateline names a month and a day; the year is the first one the body writes (`2024年`). A header fact already
/// found is never replaced, and the body is left as it is: the dateline is article text.
package struct DatelinePass: NormalizationPass {
    /// How many paragraphs at the top of the body may hold the dateline.
    private static let searchedParagraphs = 4

    package init() {}

    package var name: String { "dateline" }

    /// - Complexity: O(n) over the body's scalars.
    package func apply(to draft: inout NormalizationDraft) {
        let opening = draft.body.prefix(Self.searchedParagraphs).lazy.map(\.text)
        if draft.sourceName == nil, let named = opening.compactMap(DocumentHeader.datelineSource).first {
            draft.sourceName = named
        }
        if draft.published == nil, let stamp = opening.compactMap(DocumentHeader.stampedDate).first {
            draft.published = stamp
        }
        if draft.published == nil, let first = opening.compactMap(DocumentHeader.dateline).first,
            let year = DocumentHeader.firstYear(in: draft.body.map(\.text).joined(separator: "\n"))
        {
            draft.published = WrittenDate.format(year: year, month: first.month, day: first.day)
        }
    }
}
