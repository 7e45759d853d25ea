/// One named step of normalization: it reads a draft and rewrites the parts it owns.
///
/// `DocumentNormalizer` runs its passes in order over one `NormalizationDraft` per round. A pass keeps the draft's
/// `origins` in step with the scalars it keeps, so the finished text still leads back to the decoded input.
package protocol NormalizationPass: Sendable {
    /// A short name for the pass (`repair`, `line cleaning`), as the README and the tests call it.
    var name: String { get }

    /// Runs the pass over `draft`, in place.
    func apply(to draft: inout NormalizationDraft)
}
