import DiaoyanObservability
import Metrics
import Synchronization

/// An extractor's metrics and its count of live pulling sessions (what its `/readyz` asks).
///
/// Counted per document and per batch; the extraction timer reads the clock twice per document, which is noise
/// next to the extraction itself (milliseconds).
package final class ExtractorMetrics: Sendable {
    private let extracted = Counter(label: MetricCatalog.documentsExtracted.name)
    private let duration = Timer(label: MetricCatalog.extractionDuration.name)
    private let connected = Meter(label: MetricCatalog.normalizersConnected.name)
    private let live = Atomic<Int>(0)

    package init() {}

    /// Pulling sessions that hold both their connections now.
    package var sessions: Int { self.live.load(ordering: .relaxed) }

    /// A session connected to a normalizer and the aggregator.
    package func sessionStarted() {
        self.live.add(1, ordering: .relaxed)
        self.connected.increment()
    }

    package func sessionEnded() {
        self.live.subtract(1, ordering: .relaxed)
        self.connected.decrement()
    }

    /// One document's extraction took `duration`.
    package func extracted(in duration: Duration) {
        self.duration.record(duration: duration)
    }

    /// A batch of `count` documents was submitted, committed and confirmed.
    package func completed(_ count: Int) {
        if count > 0 { self.extracted.increment(by: count) }
    }
}
