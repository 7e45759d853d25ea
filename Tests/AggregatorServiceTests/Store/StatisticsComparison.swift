import AggregatorService
import DiaoyanModels
import Testing

/// Compares what two stores answer: every metric by every dimension and under none.
enum StatisticsComparison {
    /// Expects the same rows and totals from both stores for every metric by every dimension (and its total).
    static func expectSame(_ one: any RecordStore, _ other: any RecordStore) async throws {
        for metric in StatsMetric.allCases {
            for dimension in [nil] + StatsDimension.allCases.map(Optional.some) {
                let request = StatsRequest(metric: metric, by: dimension)
                let (mine, theirs) = (try await one.stats(request), try await other.stats(request))
                let label = "\(metric) by \(dimension?.rawValue ?? "-")"
                #expect(Self.rows(mine) == Self.rows(theirs), "\(label)")
                #expect(mine.total.map(Self.rounded) == theirs.total.map(Self.rounded), "\(label)")
            }
        }
    }

    /// Rows by key and unit, values rounded to a millionth (sums are added in another order).
    static func rows(_ result: StatsResult) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: result.rows.map { ("\($0.key)|\($0.unit ?? "")", Self.rounded($0.value)) })
    }

    private static func rounded(_ value: Double) -> Double {
        (value * 1e6).rounded() / 1e6
    }
}
