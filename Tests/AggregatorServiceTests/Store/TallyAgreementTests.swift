import AggregatorService
import DiaoyanModels
import Foundation
import Testing

/// The running tallies answer every unfiltered statistic exactly as the fact tables do: on 300 synthetic
/// records (reprints, projects reported again at later stages, sums in three currencies), every metric under
/// every dimension and under none.
@Suite struct TallyAgreementTests {
    @Test(arguments: StoreBackend.available)
    func tallieAndFactsAgreeOnEveryMetricAndDimension(_ backend: StoreBackend) async throws {
        try await backend.withStore("tallies") { store in
            var archive = try SyntheticArchive(seed: 7)
            for _ in 0..<3 {
                let batch = archive.next(100)
                let contexts = Dictionary(batch.map { ($0.record.id, $0.context) }, uniquingKeysWith: { first, _ in first })
                _ = try await store.commit(batch.map(\.record), contexts: contexts)
            }
            for metric in StatsMetric.allCases {
                for dimension in [nil] + StatsDimension.allCases.map(Optional.some) {
                    let request = StatsRequest(metric: metric, by: dimension)
                    let tallied = try await store.stats(request, fromFacts: false)
                    let counted = try await store.stats(request, fromFacts: true)
                    let label = "\(metric) by \(dimension?.rawValue ?? "-")"
                    #expect(Self.rows(tallied) == Self.rows(counted), "\(label)")
                    #expect(tallied.rows.count == counted.rows.count, "\(label)")
                    #expect(Self.close(tallied.total, counted.total), "\(label): \(String(describing: tallied.total)) vs \(String(describing: counted.total))")
                    #expect(Self.totals(tallied) == Self.totals(counted), "\(label)")
                }
            }
            #expect(try await store.stats(StatsRequest(metric: .documents)).total == 300)
        }
    }

    /// Rows by key and unit, values rounded to a millionth of their size (sums are added in another order).
    private static func rows(_ result: StatsResult) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: result.rows.map { ("\($0.key)|\($0.unit ?? "")", Self.rounded($0.value)) })
    }

    private static func totals(_ result: StatsResult) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: result.totals.map { ($0.unit, Self.rounded($0.value)) })
    }

    private static func rounded(_ value: Double) -> Double {
        guard value != 0 else { return 0 }
        let scale = pow(10, 6 - floor(log10(abs(value))))
        return (value * scale).rounded() / scale
    }

    private static func close(_ lhs: Double?, _ rhs: Double?) -> Bool {
        lhs.map(Self.rounded) == rhs.map(Self.rounded)
    }
}
