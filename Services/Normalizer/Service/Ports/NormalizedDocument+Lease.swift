import DiaoyanModels

extension NormalizedDocument {
    /// The document as an extractor reads it: everything but the normalizer's account of its work (`repairs`,
    /// `removed`, `source_map`), which stays in the outbox.
    ///
    /// That account is most of a traditional or annotated article's JSON (every converted character is a repair:
    /// about ten times the text), and no extraction step reads it; leaving it out of the lease spares the
    /// normalizer encoding and compressing it and the extractor inflating and decoding it.
    var leaseForm: NormalizedDocument {
        var lean = self
        lean.repairs = []
        lean.removed = []
        lean.sourceMap = SourceMap()
        return lean
    }
}
