import DiaoyanModels
import DiaoyanObservability
import DiaoyanWire

/// What a running aggregator reports about itself: `/readyz`'s check and the answer to a `status` request.
package struct AggregatorProbe: Sendable {
    private let store: any RecordStore
    private let results: ConnectionLimiter

    /// - Parameter results: the results port's connections: one per extractor session.
    package init(store: any RecordStore, results: ConnectionLimiter) {
        self.store = store
        self.results = results
    }

    /// Ready when the store answers a count of documents.
    package var readiness: [ReadinessCheck] {
        Self.readiness(of: self.store)
    }

    /// The checks `/readyz` asks of an aggregator over `store`: that it answers a count of documents.
    package static func readiness(of store: any RecordStore) -> [ReadinessCheck] {
        [
            ReadinessCheck(name: "store") {
                _ = try await store.stats(StatsRequest(metric: .documents)); return true
            }
        ]
    }

    /// The `status` answer.
    package func status() async -> StatusResult {
        let documents = try? await self.store.stats(StatsRequest(metric: .documents))
        return StatusResult(
            service: "aggregator",
            ready: documents != nil,
            connectedExtractors: self.results.openConnections,
            storedDocuments: (documents?.total).map { Int($0) }
        )
    }
}
