/// The fourth pass, **line cleaning**: splits the text into lines and tidies each one (see `LineCleaner`): full-width
/// letters and digits to half-width, white-space runs to one space, a lost-space `?` between Han characters back to
/// a space, no space just inside parentheses, ends trimmed.
///
/// Blank lines are dropped; the line after them notes that they were there. The text moves from `scalars` into
/// `lines`, and `origins` becomes the cleaned lines' origins, one line after another: a kept or width-folded scalar
/// keeps its origin, a space standing for a white-space run takes the origin of the run's first scalar, and each
/// line notes the origin of the line break after it.
package struct LineCleaningPass: NormalizationPass {
    package init() {}

    package var name: String { "line cleaning" }

    /// - Complexity: O(n).
    package func apply(to draft: inout NormalizationDraft) {
        let origins = draft.origins
        var lines: [NormalizationDraft.Line] = []
        var cleanedOrigins: [Int32] = []
        cleanedOrigins.reserveCapacity(origins.count)
        var sawBlank = false
        let rawLines = draft.scalars.split(
            omittingEmptySubsequences: false,
            whereSeparator: { $0 == "\n" || $0 == "\u{2029}" }
        )
        for raw in rawLines {
            let originStart = cleanedOrigins.count
            let line = LineCleaner.clean(
                raw,
                origins: origins[raw.startIndex..<raw.endIndex],
                appendingOriginsTo: &cleanedOrigins
            )
            if line.isEmpty {
                sawBlank = true
                continue
            }
            lines.append(
                NormalizationDraft.Line(
                    scalars: line,
                    originStart: originStart,
                    breakOrigin: raw.endIndex < origins.count ? origins[raw.endIndex] : origins.last ?? 0,
                    blankBefore: sawBlank
                )
            )
            sawBlank = false
        }
        draft.lines = lines
        draft.origins = cleanedOrigins
        draft.scalars = []
    }
}
