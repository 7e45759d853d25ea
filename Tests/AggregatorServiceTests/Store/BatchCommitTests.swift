import AggregatorService
import DiaoyanModels
import Foundation
import Testing

/// A commit writes its documents' facts together (one statement per table, stories and projects linked in
/// memory against what is stored and what the commit itself holds): committing 300 synthetic records at once must
/// store exactly what committing them one by one stores.
@Suite struct BatchCommitTests {
    @Test(arguments: StoreBackend.available)
    func oneCommitOfManyRecordsStoresWhatOneRecordPerCommitStores(_ backend: StoreBackend) async throws {
        var archive = try SyntheticArchive(seed: 11)
        let batch = archive.next(300)
        let contexts = Dictionary(batch.map { ($0.record.id, $0.context) }, uniquingKeysWith: { first, _ in first })
        let records = batch.map(\.record)
        try await backend.withStore("together") { together in
            // The first record again at the end: a duplicate inside the commit.
            let results = try await together.commit(records + [records[0]], contexts: contexts)
            #expect(results.filter { $0.status == .stored }.count == Set(records.map(\.id)).count)
            #expect(results.last?.status == .duplicate)
            try await backend.withStore("apart") { apart in
                for record in records { _ = try await apart.commit([record], contexts: contexts) }
                for metric in StatsMetric.allCases {
                    for dimension in [nil] + StatsDimension.allCases.map(Optional.some) {
                        let request = StatsRequest(metric: metric, by: dimension)
                        let label = "\(metric) by \(dimension?.rawValue ?? "-")"
                        #expect(
                            try await Self.rows(together.stats(request)) == Self.rows(apart.stats(request)),
                            "\(label)"
                        )
                    }
                }
                let listed = ProjectsRequest(limit: 1000)
                #expect(try await together.projects(listed).projects.count > 50)
                #expect(try await Self.projects(together.projects(listed)) == Self.projects(apart.projects(listed)))
            }
        }
    }

    /// Rows by key and unit, values rounded to a millionth (sums are added in another order).
    private static func rows(_ result: StatsResult) -> [String: Double] {
        Dictionary(
            uniqueKeysWithValues: result.rows.map { row in
                ("\(row.key)|\(row.unit ?? "")", (row.value * 1e6).rounded() / 1e6)
            }
        )
    }

    /// Projects as name, place, stage and lifecycle: ids may differ between the stores, nothing else.
    private static func projects(_ result: ProjectsResult) -> Set<String> {
        Set(
            result.projects.map { project in
                let stages = project.stages.map { "\($0.stage.rawValue)@\($0.date ?? "?")/\($0.document)" }
                return [project.name, project.place?.path ?? "", project.stage?.rawValue ?? ""].joined(separator: "|")
                    + stages.joined(separator: ",")
            }
        )
    }
}
