/// The second pass, **annotations**: drops pinyin readings glued after Han characters (`項(xiàng)目` → `項目`).
///
/// A parenthesis is dropped only when it holds one of the readings of the character before it, so `(黑龙江)` or
/// `(一期)` stay (see `PinyinAnnotationStripper`). Each dropped annotation is listed in `repairs`; kept scalars keep
/// their origins.
package struct AnnotationPass: NormalizationPass {
    private let stripper: PinyinAnnotationStripper

    package init(stripper: PinyinAnnotationStripper) {
        self.stripper = stripper
    }

    package var name: String { "annotations" }

    /// - Complexity: O(n).
    package func apply(to draft: inout NormalizationDraft) {
        let stripped = self.stripper.strip(draft.scalars, origins: draft.origins)
        draft.scalars = stripped.scalars
        draft.origins = stripped.origins
        draft.repairs += stripped.repairs
    }
}
