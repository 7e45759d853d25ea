import DiaoyanModels
import DiaoyanObservability
import DiaoyanWire
import Metrics

/// What a running normalizer reports about itself: `/readyz`'s checks, the gauges `/metrics` samples, and the
/// answer to a `status` request.
///
/// The gauges are read from the outbox when asked (a scrape, a `status`), so ingest and dispatch do not keep them.
package struct NormalizerProbe: Sendable {
    private let store: OutboxStore
    private let writer: OutboxWriter
    private let dispatch: ConnectionLimiter
    private let depth = Gauge(label: MetricCatalog.outboxDepth.name)
    private let bytes = Gauge(label: MetricCatalog.outboxBytes.name)
    private let openDocuments = Gauge(label: MetricCatalog.outboxDocuments.name, dimensions: [("state", "open")])
    private let doneDocuments = Gauge(label: MetricCatalog.outboxDocuments.name, dimensions: [("state", "done")])
    private let retainedBodies = Gauge(label: MetricCatalog.outboxRetainedBodies.name)
    private let inFlight = Gauge(label: MetricCatalog.leasesInFlight.name)
    private let overdue = Gauge(label: MetricCatalog.leasesOverdue.name)

    /// - Parameter dispatch: the dispatch port's connections: one per extractor session.
    package init(store: OutboxStore, writer: OutboxWriter, dispatch: ConnectionLimiter) {
        self.store = store
        self.writer = writer
        self.dispatch = dispatch
    }

    /// Ready when the outbox answers a read.
    package var readiness: [ReadinessCheck] {
        let store = self.store
        return [
            ReadinessCheck(name: "outbox") {
                _ = try await store.counts(); return true
            }
        ]
    }

    /// Sets the outbox and lease gauges; a failed read leaves the gauges it feeds as they were.
    package func refresh() async {
        self.depth.record(self.writer.openCount)
        if let size = try? self.store.fileSize() { self.bytes.record(size) }
        if let inventory = try? await self.store.inventory() {
            self.openDocuments.record(inventory.open)
            self.doneDocuments.record(inventory.done)
            self.retainedBodies.record(inventory.retainedBodies)
        }
        guard let leases = try? await self.store.leaseCounts() else { return }
        self.inFlight.record(leases.inFlight)
        self.overdue.record(leases.overdue)
    }

    /// The `status` answer.
    package func status() async -> StatusResult {
        let leases = try? await self.store.leaseCounts()
        let ready = (try? await self.store.counts()) != nil
        return StatusResult(
            service: "normalizer",
            ready: ready,
            outboxDepth: self.writer.openCount,
            leasesInFlight: leases?.inFlight,
            connectedExtractors: self.dispatch.openConnections
        )
    }
}
