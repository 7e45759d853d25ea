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
        let batch = try SyntheticBatch(seed: 11, count: 300)
        let (records, contexts) = (batch.records, batch.contexts)
        try await backend.withStore("together") { together in
            // The first record again at the end: a duplicate inside the commit.
            let results = try await together.commit(records + [records[0]], contexts: contexts)
            #expect(results.filter { $0.status == .stored }.count == Set(records.map(\.id)).count)
            #expect(results.last?.status == .duplicate)
            try await backend.withStore("apart") { apart in
                for record in records { _ = try await apart.commit([record], contexts: contexts) }
                try await StatisticsComparison.expectSame(together, apart)
                let listed = ProjectsRequest(limit: 1000)
                #expect(try await together.projects(listed).projects.count > 50)
                #expect(try await Self.projects(together.projects(listed)) == Self.projects(apart.projects(listed)))
            }
        }
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
