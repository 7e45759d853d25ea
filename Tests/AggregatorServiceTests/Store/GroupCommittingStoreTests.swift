import AggregatorService
import DiaoyanModels
import Foundation
import Synchronization
import Testing

/// Submissions that arrive while a commit runs share the next transaction, and each caller is answered with its
/// own records' results, as separate commits in arrival order would answer.
@Suite struct GroupCommittingStoreTests {
    @Test(arguments: StoreBackend.available)
    func concurrentSubmissionsShareTransactionsAndKeepTheirOwnResults(_ backend: StoreBackend) async throws {
        var archive = try SyntheticArchive(seed: 5)
        let records = archive.next(200).map(\.record)
        try await backend.withStore("grouped") { store in
            let counted = CommitCountingStore(store)
            let grouped = GroupCommittingStore(counted)
            // 40 submissions of 10 records; each overlaps the previous one by 5, so 205 ids arrive twice or once.
            let submissions = (0..<40).map { index in Array(records[(index * 5)..<min(index * 5 + 10, records.count)]) }
            let answers = try await withThrowingTaskGroup(of: (Int, [SubmitAck.Result]).self) { group in
                for (index, submission) in submissions.enumerated() {
                    group.addTask { (index, try await grouped.commit(submission, contexts: [:])) }
                }
                return try await group.reduce(into: [Int: [SubmitAck.Result]]()) { $0[$1.0] = $1.1 }
            }
            for (index, submission) in submissions.enumerated() {
                #expect(answers[index]?.map(\.id) == submission.map(\.id))
            }
            let stored = answers.values.flatMap { $0 }.filter { $0.status == .stored }.map(\.id)
            #expect(stored.count == Set(records.map(\.id)).count)
            #expect(Set(stored) == Set(records.map(\.id)))
            #expect(try await grouped.stats(StatsRequest(metric: .documents)).total == Double(records.count))
            #expect(counted.commits < submissions.count)
        }
    }
}

/// Counts the commits that reach the store it wraps (a real one).
private final class CommitCountingStore: RecordStore {
    private let store: any RecordStore
    private let count = Mutex(0)

    init(_ store: any RecordStore) {
        self.store = store
    }

    var commits: Int { self.count.withLock { $0 } }

    func commit(_ records: [ExtractionRecord], contexts: [String: RecordContext]) async throws -> [SubmitAck.Result] {
        self.count.withLock { $0 += 1 }
        return try await self.store.commit(records, contexts: contexts)
    }

    func stats(_ request: StatsRequest, fromFacts: Bool) async throws -> StatsResult {
        try await self.store.stats(request, fromFacts: fromFacts)
    }

    func projects(_ request: ProjectsRequest) async throws -> ProjectsResult {
        try await self.store.projects(request)
    }

    func document(id: String) async throws -> ExtractionRecord? {
        try await self.store.document(id: id)
    }
}
