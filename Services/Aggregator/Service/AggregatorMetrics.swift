import DiaoyanModels
import DiaoyanObservability
import Metrics

/// The aggregator's metrics: records stored, commit latency, query latency by metric.
///
/// Counted per submitted batch and per query; the ports' routers wrap their handlers in these, so neither the
/// handlers nor the store (SQLite or PostgreSQL) carry instrumentation.
package struct AggregatorMetrics: Sendable {
    private let stored = Counter(label: MetricCatalog.recordsStored.name)
    private let commits = Timer(label: MetricCatalog.commitDuration.name)

    package init() {}

    /// Runs a submission and records how long it took to commit; its newly stored records are counted (repeats
    /// are not). A submission that throws records nothing.
    package func committing(_ submit: () async throws -> SubmitAck) async rethrows -> SubmitAck {
        let start = ContinuousClock.now
        let ack = try await submit()
        self.commits.record(duration: ContinuousClock.now - start)
        let new = ack.results.count { $0.status == .stored }
        if new > 0 { self.stored.increment(by: new) }
        return ack
    }

    /// A query for `metric` (a stats metric, `projects` or `document`) was answered in `duration`.
    package func answered(_ metric: String, in duration: Duration) {
        // A small fixed set of label values (7 stats metrics + 2), so the lookup per query stays cheap.
        Timer(label: MetricCatalog.queryDuration.name, dimensions: [("metric", metric)])
            .record(duration: duration)
    }

    /// Runs `query` and records its duration under `metric`, whether it answers or throws.
    package func timing<Result>(_ metric: String, _ query: () async throws -> Result) async rethrows -> Result {
        let start = ContinuousClock.now
        defer { self.answered(metric, in: ContinuousClock.now - start) }
        return try await query()
    }
}
