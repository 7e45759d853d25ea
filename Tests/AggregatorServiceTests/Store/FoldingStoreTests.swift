import AggregatorService
import DiaoyanModels
import Foundation
import Testing

/// Submissions acknowledged once pending and folded later store exactly what commits store; what is pending when a
/// process dies is folded, once, by the next.
@Suite struct FoldingStoreTests {
    @Test(arguments: StoreBackend.available)
    func foldedSubmissionsStoreWhatCommitsStore(_ backend: StoreBackend) async throws {
        let batch = try SyntheticBatch(seed: 13, count: 300)
        let (records, contexts) = (batch.records, batch.contexts)
        try await backend.withStore("folded") { store in
            let folding = FoldingStore(store, configuration: .init(foldLimit: 64, backlogLimit: 128))
            // 60 concurrent submissions of 10, each overlapping the previous by 5 (the last ones wrapping around).
            let submissions = (0..<60).map { index in (0..<10).map { records[(index * 5 + $0) % records.count] } }
            let answers = try await withThrowingTaskGroup(of: [SubmitAck.Result].self) { group in
                for submission in submissions {
                    group.addTask { try await folding.commit(submission, contexts: contexts) }
                }
                return try await group.reduce(into: []) { $0 += $1 }
            }
            let stored = answers.filter { $0.status == .stored }.map(\.id)
            #expect(stored.count == records.count)
            #expect(Set(stored) == Set(records.map(\.id)))
            try await backend.withStore("committed") { committed in
                _ = try await committed.commit(records, contexts: contexts)
                try await StatisticsComparison.expectSame(folding, committed)
            }
        }
    }

    @Test(arguments: StoreBackend.available)
    func pendingRecordsAreFoldedOnceByTheNextFolder(_ backend: StoreBackend) async throws {
        let batch = try SyntheticBatch(seed: 17, count: 60)
        let (records, contexts) = (batch.records, batch.contexts)
        try await backend.withStore("pending") { store in
            // Acknowledged, then the process died before folding: pending, not counted.
            let accepted = try await store.accept(Array(records[..<40]), contexts: contexts)
            #expect(accepted.allSatisfy { $0.status == .stored })
            #expect(try await store.stats(StatsRequest(metric: .documents)).total ?? 0 == 0)
            let again = try await store.accept(Array(records[30..<50]), contexts: contexts)
            #expect(again.filter { $0.status == .duplicate }.count == 10)
            // Died after storing the first 20 and before removing them from pending.
            _ = try await store.commit(Array(records[..<20]), contexts: contexts)
            let folding = FoldingStore(store)
            #expect(try await folding.stats(StatsRequest(metric: .documents)).total == 50)
            #expect(try await store.pendingHorizon() == 0)
            let late = try await folding.commit(Array(records[45...]), contexts: contexts)
            #expect(late.filter { $0.status == .stored }.count == 10)
            #expect(try await folding.stats(StatsRequest(metric: .documents)).total == 60)
            try await backend.withStore("all") { all in
                _ = try await all.commit(records, contexts: contexts)
                try await StatisticsComparison.expectSame(folding, all)
            }
        }
    }
}
