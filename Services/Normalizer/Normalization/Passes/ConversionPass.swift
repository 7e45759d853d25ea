import DiaoyanText

/// The third pass, **conversion**: notes the script the text is written in, then converts traditional characters
/// to simplified ones in mainland usage (`著力` → `着力`, while `乾安縣` keeps 乾).
///
/// The script is read here, after annotations are gone: it counts only Han characters (and other scalars from
/// U+3400 up that the tables know), and a dropped annotation holds none of them, so it is the script of the text as
/// written.
package struct ConversionPass: NormalizationPass {
    private let converter: SimplifiedConverter

    package init(converter: SimplifiedConverter) {
        self.converter = converter
    }

    package var name: String { "conversion" }

    /// Conversion keeps the length: phrase-table entries have equal lengths on both sides and characters map one
    /// to one, so scalar i of the result came from scalar i of its input and the origins stay as they are.
    ///
    /// - Complexity: O(n·k) for phrases of at most k scalars.
    package func apply(to draft: inout NormalizationDraft) {
        draft.script = self.converter.script(of: draft.scalars)
        let converted = self.converter.convert(draft.scalars)
        if converted.count != draft.origins.count {
            assertionFailure("traditional-to-simplified conversion changed the length")
            let origins = draft.origins
            let (before, after) = (origins.count, converted.count)
            draft.origins = (0..<after).map { origins[min($0 * before / after, before - 1)] }
        }
        draft.scalars = converted
    }
}
