import DiaoyanModels
import Foundation

/// Fills a store with a ``SyntheticArchive`` through its real commit path, then times every single-dimension
/// statistic: the figures `diaoyan bench aggregator` prints.
package struct StoreBenchmark: Sendable {
    /// One statistic's latencies.
    package struct QueryTiming: Codable, Hashable, Sendable {
        package var metric: StatsMetric
        package var by: StatsDimension
        package var p50Milliseconds: Double
        package var p99Milliseconds: Double
        package var rows: Int

        private enum CodingKeys: String, CodingKey {
            case metric, by, rows
            case p50Milliseconds = "p50_ms"
            case p99Milliseconds = "p99_ms"
        }
    }

    /// Records stored.
    package var records: Int
    /// Records per commit, as an extractor's credit sends them.
    package var batch: Int
    /// Runs of each query.
    package var repeats: Int
    /// The archive's seed: another seed adds other documents to a store filled before.
    package var seed: UInt64
    /// How the commit path folds (the aggregator's own configuration unless told otherwise).
    package var folding: FoldingStore.Configuration

    package init(
        records: Int = 100_000,
        batch: Int = 32,
        repeats: Int = 50,
        seed: UInt64 = 2026,
        folding: FoldingStore.Configuration = .init()
    ) {
        self.records = records
        self.batch = batch
        self.repeats = repeats
        self.seed = seed
        self.folding = folding
    }

    /// Commits the archive in batches through the aggregator's commit path (a ``FoldingStore`` over `store`:
    /// acknowledged once pending, folded many batches at a time); returns records committed per second. `progress`
    /// hears, about every 10,000 records, how many are stored and the commit rate over those last ones (how the rate
    /// holds as the store grows). A record counts as committed once it is folded, and the rate is over the wall
    /// clock, since folds run beside the commits.
    package func fill(
        _ unfolded: any RecordStore,
        progress: (_ stored: Int, _ recentRate: Double) -> Void = { _, _ in }
    ) async throws -> Double {
        let store = FoldingStore(unfolded, configuration: self.folding)
        var archive = try SyntheticArchive(seed: self.seed)
        let clock = ContinuousClock()
        var elapsed = Duration.zero
        var done = 0
        var interval = (records: 0, start: clock.now)
        while done < self.records {
            let batch = archive.next(min(self.batch, self.records - done))
            let contexts = Dictionary(batch.map { ($0.record.id, $0.context) }, uniquingKeysWith: { first, _ in first })
            _ = try await store.commit(batch.map(\.record), contexts: contexts)
            interval.records += batch.count
            done += batch.count
            if interval.records >= 10_000 || done == self.records {
                try await store.settled()
                let spent = interval.start.duration(to: clock.now)
                elapsed += spent
                progress(done, Double(interval.records) / Self.seconds(spent))
                interval = (0, clock.now)
            }
        }
        return Double(done) / Self.seconds(elapsed)
    }

    /// Times every metric grouped by every dimension, `repeats` runs each (after one unmeasured run).
    package func time(_ store: any RecordStore) async throws -> [QueryTiming] {
        let clock = ContinuousClock()
        var timings: [QueryTiming] = []
        for metric in StatsMetric.allCases {
            for dimension in StatsDimension.allCases {
                let request = StatsRequest(metric: metric, by: dimension)
                let rows = try await store.stats(request).rows.count
                var samples: [Double] = []
                for _ in 0..<self.repeats {
                    samples.append(Self.seconds(try await clock.measure { _ = try await store.stats(request) }) * 1000)
                }
                samples.sort()
                timings.append(
                    QueryTiming(
                        metric: metric,
                        by: dimension,
                        p50Milliseconds: samples[samples.count / 2],
                        p99Milliseconds: samples[
                            min(samples.count - 1, Int((Double(samples.count) * 0.99).rounded(.up)) - 1)
                        ],
                        rows: rows
                    )
                )
            }
        }
        return timings
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
