import DiaoyanModels
import Synchronization

/// A ``RecordStore`` whose commits from concurrent callers share transactions: while one commit runs, the
/// submissions that arrive queue, and the next transaction stores all of them (up to ``maximumRecords``), each
/// caller answered with its own records' results once that transaction is durable.
///
/// A transaction costs about the same whatever its size (its pages, its fsync, its round trips), so several
/// extractors submitting at once are served by one commit instead of waiting for one each. Results are what
/// separate commits in arrival order would give: a record whose id another queued submission stored first is
/// `duplicate`. A failed transaction fails every submission in it. Queries go straight to the wrapped store.
package final class GroupCommittingStore: RecordStore {
    private struct Submission {
        var records: [ExtractionRecord]
        var contexts: [String: RecordContext]
        var continuation: CheckedContinuation<[SubmitAck.Result], any Error>
    }

    private struct State {
        var queue: [Submission] = []
        var committing = false
    }

    private let store: any RecordStore
    private let state = Mutex(State())
    /// Records one transaction takes at most (a submission is never split). Default 2,048.
    package let maximumRecords: Int

    package init(_ store: any RecordStore, maximumRecords: Int = 2048) {
        self.store = store
        self.maximumRecords = maximumRecords
    }

    package func commit(_ records: [ExtractionRecord], contexts: [String: RecordContext]) async throws
        -> [SubmitAck.Result]
    {
        try await withCheckedThrowingContinuation { continuation in
            let leads = self.state.withLock { state in
                state.queue.append(Submission(records: records, contexts: contexts, continuation: continuation))
                defer { state.committing = true }
                return !state.committing
            }
            // The submission that finds no commit running starts the drain; the others join its next transaction.
            if leads { Task { await self.drain() } }
        }
    }

    /// Commits queued submissions, a group per transaction, until none is left.
    private func drain() async {
        while let group = self.nextGroup() {
            var records: [ExtractionRecord] = []
            var contexts: [String: RecordContext] = [:]
            for submission in group {
                records += submission.records
                contexts.merge(submission.contexts) { first, _ in first }
            }
            do {
                var results = try await self.store.commit(records, contexts: contexts)[...]
                for submission in group {
                    submission.continuation.resume(returning: Array(results.prefix(submission.records.count)))
                    results = results.dropFirst(submission.records.count)
                }
            } catch {
                for submission in group { submission.continuation.resume(throwing: error) }
            }
        }
    }

    /// The submissions of the next transaction, oldest first; nil (and the drain ends) when none is queued.
    private func nextGroup() -> [Submission]? {
        self.state.withLock { state in
            guard !state.queue.isEmpty else {
                state.committing = false
                return nil
            }
            var count = 0
            var taken = 0
            for submission in state.queue {
                if taken > 0, count + submission.records.count > self.maximumRecords { break }
                count += submission.records.count
                taken += 1
            }
            defer { state.queue.removeFirst(taken) }
            return Array(state.queue.prefix(taken))
        }
    }

    package func stats(_ request: StatsRequest, fromFacts: Bool) async throws -> StatsResult {
        try await self.store.stats(request, fromFacts: fromFacts)
    }

    package func projects(_ request: ProjectsRequest) async throws -> ProjectsResult {
        try await self.store.projects(request)
    }

    package func document(id: String) async throws -> ExtractionRecord? {
        try await self.store.document(id: id)
    }
}
