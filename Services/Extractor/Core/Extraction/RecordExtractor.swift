import DiaoyanModels

/// Extracts DESIGN.md's extraction record from one normalized document.
///
/// The extractor service and `diaoyan extract` both run this; it holds only immutable lexicons.
package struct RecordExtractor: Sendable {
    package init() {}

    /// The facts found in `document`.
    package func extract(_ document: NormalizedDocument) -> ExtractionRecord {
        ExtractionRecord(
            id: document.id,
            source: document.source,
            title: document.title,
            published: document.published,
            script: document.script
        )
    }
}
