import ClientCore
import DiaoyanModels
import Foundation
import TestSupport

/// The fault suite's closing count: what the aggregator and the outbox hold once the pipeline has settled,
/// against the documents the client saw acknowledged.
struct TrioCount {
    /// Acknowledged documents the aggregator does not hold.
    var lost: [String]
    /// Documents the aggregator counts more than once.
    var doubled: [String]
    /// The aggregator's `documents` total.
    var stored: Int
    /// The outbox's confirmed documents, as the normalizer's `/metrics` reports them.
    var outboxDone: Int
    /// The outbox's open documents (pending or leased), likewise.
    var outboxOpen: Int

    /// Waits until the aggregator holds `expected.count` documents and the outbox has nothing open (the
    /// normalizer must run with `--metrics`), then counts. Waits are bounded by `timeout` as a safety net only.
    static func settle(
        _ harness: TrioHarness,
        expected: Set<String>,
        timeout: Duration = .seconds(300)
    ) async throws -> TrioCount {
        let deadline = ContinuousClock.now + timeout
        _ = try await harness.waitForDocuments(expected.count, timeout: timeout)
        var outbox = try await Self.outbox(harness)
        while outbox.open > 0, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(200))
            outbox = try await Self.outbox(harness)
        }
        let bySource = try await harness.stats(StatsRequest(metric: .documents, by: .source))
        let counted = Dictionary(bySource.rows.map { ($0.key, $0.value) }, uniquingKeysWith: +)
        let total = try await harness.stats(StatsRequest(metric: .documents)).total ?? 0
        return TrioCount(
            lost: expected.subtracting(counted.keys).sorted(),
            doubled: counted.filter { $0.value > 1 }.keys.sorted(),
            stored: Int(total),
            outboxDone: outbox.done,
            outboxOpen: outbox.open
        )
    }

    /// The outbox's open and done documents from the running normalizer's `/metrics`.
    static func outbox(_ harness: TrioHarness) async throws -> (open: Int, done: Int) {
        let scrape = try await MetricsScrape(address: try await harness.trio.normalizer.waitForPort("metrics"))
        return (
            Int(scrape.value("diaoyan_outbox_documents", ["state": "open"]) ?? -1),
            Int(scrape.value("diaoyan_outbox_documents", ["state": "done"]) ?? -1)
        )
    }
}
