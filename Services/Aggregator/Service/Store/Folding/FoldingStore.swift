import DiaoyanModels
import Synchronization

/// A ``RecordStore`` that acknowledges a submission as soon as its records are durable as pending
/// (``RecordStore/accept(_:contexts:)``) and folds them into the facts and tallies afterwards, everything pending in
/// one pass, a transaction per ``Configuration/foldLimit`` records.
///
/// Why: a transaction's cost is mostly the pages it dirties (each written to the WAL, the tallies' and indexes'
/// pages spread over the file), and most of them are shared by the records of one transaction. Committing each
/// submission on its own path let no transaction hold more records than the extractors had in flight (their
/// credit); folding what accumulated while the last fold ran lets the transactions grow with the load.
///
/// What it keeps:
/// - **Exactly once.** A record is acknowledged only once it is durable in `pending`; a fold stores records and
///   removes them from `pending` (in one transaction on PostgreSQL; on SQLite the store first, and a record found
///   stored is only removed), so killed at any moment, the next process folds what is left, each record once. A
///   store's pending records are folded when it opens.
/// - **Reads as if committed.** A statistic, a project listing or a document lookup waits until every record this
///   store acknowledged before the request arrived is folded, so it answers exactly what separate commits would
///   have stored (it waits at most for the running pass and the next). Records another aggregator on the same
///   PostgreSQL database acknowledged are counted once that aggregator's fold (or this one's) has taken them.
/// - **Bounded.** Accepting waits while ``Configuration/backlogLimit`` acknowledged records are not folded: memory
///   (the records are kept decoded until folded) and the reads' wait stay bounded. While folds fail (a full disk),
///   accepting fails with the fold's error and each read waiting fails with it; the fold is tried again after
///   ``Configuration/retryDelay``.
package final class FoldingStore: RecordStore {
    /// How folds run.
    package struct Configuration: Sendable {
        /// Records one fold transaction takes at most. Default 512: larger transactions share more pages but hold
        /// every row they write in memory until they run. With 100,000 records stored, 512 took 10,000 more in 0.75
        /// CPU-ms a record against 0.80 at 256 (`diaoyan bench aggregator --fold-limit`), peak RSS 135–147 MB against
        /// 122; 1,024 took it to 161 MB.
        package var foldLimit: Int
        /// Acknowledged records not folded yet at which accepting waits for a fold. Default 1,024.
        package var backlogLimit: Int
        /// Pause after a failed fold before the next try. Default 1 s.
        package var retryDelay: Duration

        package init(foldLimit: Int = 512, backlogLimit: Int = 1024, retryDelay: Duration = .seconds(1)) {
            self.foldLimit = foldLimit
            self.backlogLimit = backlogLimit
            self.retryDelay = retryDelay
        }
    }

    /// A read (or an accept waiting for room) waiting until the records up to an ordinal are folded.
    private struct Waiter {
        var through: Int
        var continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        /// Records this store acknowledged as stored: the ordinal of the last one.
        var accepted = 0
        /// Every record acknowledged up to this ordinal is folded; -1 until the first pass, which folds what an
        /// earlier process left pending, is over.
        var folded = -1
        /// A pass is due: something was acknowledged since the last pass began, or the store just opened.
        var due = true
        var folding = true
        var failure: (any Error)?
        var waiters: [Waiter] = []
        /// Acknowledged records, decoded, until folded; `order` holds their ordinals.
        var known: [String: AcceptedRecord] = [:]
        var order: [(ordinal: Int, id: String)] = []
    }

    private let store: any RecordStore
    private let state = Mutex(State())
    package let configuration: Configuration

    /// Wraps `store` and folds what it holds pending at once.
    package init(_ store: any RecordStore, configuration: Configuration = .init()) {
        self.store = store
        self.configuration = configuration
        Task { await self.foldWhileDue() }
    }

    /// Acknowledges `records` once they are durable as pending; one result per record, in order.
    package func commit(_ records: [ExtractionRecord], contexts: [String: RecordContext]) async throws
        -> [SubmitAck.Result]
    {
        let room = self.state.withLock { $0.accepted + records.count - self.configuration.backlogLimit }
        if room > 0 { try await self.waitUntilFolded(through: room) }
        if let failure = self.state.withLock({ $0.failure }) { throw failure }
        let results = try await self.store.accept(records, contexts: contexts)
        let added = Set(results.filter { $0.status == .stored }.map(\.id))
        let starts = self.state.withLock { state in
            for record in records where added.contains(record.id) && state.known[record.id] == nil {
                state.accepted += 1
                state.known[record.id] = AcceptedRecord(record: record, context: contexts[record.id])
                state.order.append((state.accepted, record.id))
            }
            state.due = true
            defer { state.folding = true }
            return !state.folding
        }
        if starts { Task { await self.foldWhileDue() } }
        return results
    }

    package func stats(_ request: StatsRequest, fromFacts: Bool) async throws -> StatsResult {
        try await self.settled()
        return try await self.store.stats(request, fromFacts: fromFacts)
    }

    package func projects(_ request: ProjectsRequest) async throws -> ProjectsResult {
        try await self.settled()
        return try await self.store.projects(request)
    }

    package func document(id: String) async throws -> ExtractionRecord? {
        try await self.settled()
        return try await self.store.document(id: id)
    }

    /// Returns once every record acknowledged so far is folded.
    package func settled() async throws {
        try await self.waitUntilFolded(through: self.state.withLock { $0.accepted })
    }

    private func waitUntilFolded(through ordinal: Int) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let ready = self.state.withLock { state in
                guard state.folded < ordinal else { return true }
                state.waiters.append(Waiter(through: ordinal, continuation: continuation))
                return false
            }
            if ready { continuation.resume() }
        }
    }

    /// Runs passes while one is due; a pass folds everything pending when it begins.
    private func foldWhileDue() async {
        while let target = self.nextPass() {
            do {
                try await self.pass()
                self.finish(target, failure: nil)
            } catch {
                self.finish(target, failure: error)
                try? await Task.sleep(for: self.configuration.retryDelay)
            }
        }
    }

    /// The ordinal the next pass covers, or nil (and folding stops) when none is due.
    private func nextPass() -> Int? {
        self.state.withLock { state in
            guard state.due else {
                state.folding = false
                return nil
            }
            state.due = false
            return state.accepted
        }
    }

    /// Folds the pending records up to the newest one now, a transaction per ``Configuration/foldLimit``.
    private func pass() async throws {
        let horizon = try await self.store.pendingHorizon()
        guard horizon > 0 else { return }
        while true {
            let known = self.state.withLock { $0.known }
            let folded = try await self.store.fold(limit: self.configuration.foldLimit, through: horizon, known: known)
            // What the fold allocated is free again: give its pages back rather than keep the largest fold's worth.
            MallocRelease.trim()
            if folded < self.configuration.foldLimit { return }
        }
    }

    /// After a pass: on success everything up to `target` is folded, the waiters it covers go on and its records are
    /// forgotten; on failure every waiter hears the error and another pass is due.
    private func finish(_ target: Int, failure: (any Error)?) {
        let (ready, failed) = self.state.withLock { state in
            state.failure = failure
            if let failure {
                state.due = true
                defer { state.waiters = [] }
                return ([Waiter](), state.waiters.map { ($0.continuation, failure) })
            }
            state.folded = max(state.folded, target)
            let dropped = state.order.prefix { $0.ordinal <= target }
            for entry in dropped { state.known[entry.id] = nil }
            state.order.removeFirst(dropped.count)
            let folded = state.folded
            let ready = state.waiters.filter { $0.through <= folded }
            state.waiters.removeAll { $0.through <= folded }
            return (ready, [])
        }
        for waiter in ready { waiter.continuation.resume() }
        for (continuation, error) in failed { continuation.resume(throwing: error) }
    }
}
