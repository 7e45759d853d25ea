import DiaoyanModels
import DiaoyanObservability
import Metrics

/// The aggregator's metrics: records stored, commit latency, query latency by metric.
///
/// Counted per submitted batch and per query; the ports call these around the store, so the store itself (SQLite
/// or PostgreSQL) carries no instrumentation.
package struct AggregatorMetrics: Sendable {
    private let stored = Counter(label: MetricCatalog.recordsStored.name)
    private let commits = Timer(label: MetricCatalog.commitDuration.name)

    package init() {}

    /// A batch was committed in `duration`; its new records are counted (repeats are not).
    package func committed(_ results: [SubmitAck.Result], in duration: Duration) {
        self.commits.record(duration: duration)
        let new = results.count { $0.status == .stored }
        if new > 0 { self.stored.increment(by: new) }
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
