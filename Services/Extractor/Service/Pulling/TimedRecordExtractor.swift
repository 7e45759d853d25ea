import DiaoyanExtraction
import DiaoyanModels

/// A ``RecordExtractor`` that records how long each document's extraction takes
/// (`diaoyan_extraction_duration_seconds`).
///
/// The puller extracts through it exactly as through the extractor itself, so the timing stays out of the
/// puller's batch logic. It reads the clock twice per document: noise next to an extraction's milliseconds.
package struct TimedRecordExtractor: Sendable {
    private let extractor: RecordExtractor
    private let metrics: ExtractorMetrics

    package init(_ extractor: RecordExtractor, metrics: ExtractorMetrics) {
        self.extractor = extractor
        self.metrics = metrics
    }

    /// The record of `document`, as ``RecordExtractor/extract(_:)`` makes it.
    package func extract(_ document: NormalizedDocument) -> ExtractionRecord {
        let start = ContinuousClock.now
        let record = self.extractor.extract(document)
        self.metrics.extracted(in: ContinuousClock.now - start)
        return record
    }
}
