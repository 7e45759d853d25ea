import DiaoyanModels
import DiaoyanObservability
import Metrics

/// The normalizer's document counters, created once and shared by its ports: counted per answered batch, never
/// per byte, so they cost the data path nothing it would notice.
package struct NormalizerMetrics: Sendable {
    private let ingested = Counter(label: MetricCatalog.documentsIngested.name)
    private let acceptedAcks = Counter(
        label: MetricCatalog.documentsAcknowledged.name,
        dimensions: [("status", "accepted")]
    )
    private let duplicateAcks = Counter(
        label: MetricCatalog.documentsAcknowledged.name,
        dimensions: [("status", "duplicate")]
    )
    private let leased = Counter(label: MetricCatalog.documentsLeased.name)
    private let confirmed = Counter(label: MetricCatalog.documentsConfirmed.name)

    package init() {}

    /// Counts the answer to one ingest request: accepted, duplicate, and rejected by error code.
    package func record(_ ack: IngestAck) {
        var accepted = 0
        var duplicates = 0
        for result in ack.results {
            switch result.status {
            case .accepted: accepted += 1
            case .duplicate: duplicates += 1
            case .rejected:
                let code = result.error?.code.rawValue ?? "unknown"
                Counter(label: MetricCatalog.documentsRejected.name, dimensions: [("code", code)]).increment()
            }
        }
        if accepted > 0 {
            self.ingested.increment(by: accepted)
            self.acceptedAcks.increment(by: accepted)
        }
        if duplicates > 0 { self.duplicateAcks.increment(by: duplicates) }
    }

    /// Counts documents handed out in one lease.
    package func leased(_ count: Int) {
        if count > 0 { self.leased.increment(by: count) }
    }

    /// Counts documents a confirm closed.
    package func confirmed(_ count: Int) {
        if count > 0 { self.confirmed.increment(by: count) }
    }
}
