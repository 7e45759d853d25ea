import DiaoyanModels
import Logging
import ServiceLifecycle
import Synchronization

/// Groups appends from every connection into shared transactions, so one fsync covers many documents.
///
/// Callers of ``append(_:)`` park until their documents are durable. While one transaction commits, new requests
/// queue; the next transaction takes everything queued (up to `maximumBatch` documents). Run it as a `Service`.
///
/// The writer also counts open documents (accepted, not yet confirmed) and commits that accepted something, and
/// lets callers wait on both without polling: ``waitForCapacity()`` until the count is below the high-water mark,
/// ``waitForArrival(after:)`` until the next accepting commit.
package final class OutboxWriter: Service, Sendable {
    private struct Request {
        var documents: [OutboxRow]
        var continuation: CheckedContinuation<[OutboxStore.AppendOutcome], any Error>
    }

    private struct State: ~Copyable {
        var requests: [Request] = []
        var stopped = false
        /// Documents accepted and not yet confirmed.
        var open: Int
        /// Commits that accepted at least one document.
        var arrivals: UInt64 = 0
        var nextWaiter: UInt64 = 0
        var capacityWaiters: [UInt64: CheckedContinuation<Void, any Error>] = [:]
        var arrivalWaiters: [UInt64: CheckedContinuation<Void, Never>] = [:]
    }

    private let store: OutboxStore
    private let highWaterMark: Int
    private let maximumBatch: Int
    private let logger: Logger
    private let state: Mutex<State>
    private let wakeUps: AsyncStream<Void>
    private let wake: AsyncStream<Void>.Continuation

    /// - Parameters:
    ///   - store: the outbox written to.
    ///   - openDocuments: documents the outbox holds open at start.
    ///   - highWaterMark: open documents at which ``waitForCapacity()`` starts to wait.
    ///   - maximumBatch: documents per transaction at most. Default 512.
    package init(
        store: OutboxStore,
        openDocuments: Int,
        highWaterMark: Int,
        maximumBatch: Int = 512,
        logger: Logger
    ) {
        self.store = store
        self.highWaterMark = highWaterMark
        self.maximumBatch = maximumBatch
        self.logger = logger
        self.state = Mutex(State(open: openDocuments))
        (self.wakeUps, self.wake) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Documents accepted and not yet confirmed, as this process has counted them.
    package var openCount: Int { self.state.withLock { $0.open } }

    /// Grows with every commit that accepted something; pass it to ``waitForArrival(after:)``.
    package var arrivalGeneration: UInt64 { self.state.withLock { $0.arrivals } }

    /// Callers parked in ``waitForCapacity()`` and ``waitForArrival(after:)`` right now.
    package var waiting: (capacity: Int, arrival: Int) {
        self.state.withLock { ($0.capacityWaiters.count, $0.arrivalWaiters.count) }
    }

    /// Records that `count` documents were confirmed done, waking capacity waiters once below the high-water mark.
    package func didConfirm(_ count: Int) {
        let woken = self.state.withLock { state -> [CheckedContinuation<Void, any Error>] in
            state.open -= count
            guard state.open < self.highWaterMark else { return [] }
            defer { state.capacityWaiters = [:] }
            return Array(state.capacityWaiters.values)
        }
        for continuation in woken {
            continuation.resume()
        }
    }

    /// Returns once fewer documents than the high-water mark are open; at once when that is already so.
    ///
    /// - Throws: `CancellationError` when the task is cancelled or the writer stops while waiting.
    package func waitForCapacity() async throws {
        let id = self.state.withLock { state in
            state.nextWaiter += 1
            return state.nextWaiter
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let ready = self.state.withLock { state -> Result<Void, any Error>? in
                    if state.open < self.highWaterMark { return .success(()) }
                    if state.stopped || Task.isCancelled { return .failure(CancellationError()) }
                    state.capacityWaiters[id] = continuation
                    return nil
                }
                if let ready { continuation.resume(with: ready) }
            }
        } onCancel: {
            let continuation = self.state.withLock { $0.capacityWaiters.removeValue(forKey: id) }
            continuation?.resume(throwing: CancellationError())
        }
    }

    /// Returns once a commit that accepted documents happened after `generation` (an ``arrivalGeneration`` read
    /// earlier); at once when one already has. Also returns when the task is cancelled or the writer stops.
    package func waitForArrival(after generation: UInt64) async {
        let id = self.state.withLock { state in
            state.nextWaiter += 1
            return state.nextWaiter
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let parked = self.state.withLock { state -> Bool in
                    guard state.arrivals == generation, !state.stopped, !Task.isCancelled else { return false }
                    state.arrivalWaiters[id] = continuation
                    return true
                }
                if !parked { continuation.resume() }
            }
        } onCancel: {
            let continuation = self.state.withLock { $0.arrivalWaiters.removeValue(forKey: id) }
            continuation?.resume()
        }
    }

    /// Appends `documents` in the next group commit and returns once they are durable.
    ///
    /// The documents are encoded here, in the caller's task, so the encoding of many connections' requests runs
    /// in parallel and the one commit task only writes.
    package func append(_ documents: [NormalizedDocument]) async throws -> [OutboxStore.AppendOutcome] {
        guard !documents.isEmpty else { return [] }
        let documents = documents.map(OutboxRow.init)
        return try await withCheckedThrowingContinuation { continuation in
            let accepted = self.state.withLock { state in
                guard !state.stopped else { return false }
                state.requests.append(Request(documents: documents, continuation: continuation))
                return true
            }
            if accepted {
                self.wake.yield()
            } else {
                continuation.resume(throwing: CancellationError())
            }
        }
    }

    package func run() async throws {
        for await _ in self.wakeUps.cancelOnGracefulShutdown() {
            while await self.commitQueued() {}
        }
        // Drain what arrived before shutdown, then refuse the rest and release every waiter.
        while await self.commitQueued() {}
        self.stop()
    }

    private func stop() {
        let (left, capacityWaiters, arrivalWaiters) = self.state.withLock { state in
            state.stopped = true
            defer {
                state.requests = []
                state.capacityWaiters = [:]
                state.arrivalWaiters = [:]
            }
            return (state.requests, Array(state.capacityWaiters.values), Array(state.arrivalWaiters.values))
        }
        for request in left {
            request.continuation.resume(throwing: CancellationError())
        }
        for continuation in capacityWaiters {
            continuation.resume(throwing: CancellationError())
        }
        for continuation in arrivalWaiters {
            continuation.resume()
        }
    }

    /// Commits one batch; false when the queue was empty.
    private func commitQueued() async -> Bool {
        let batch = self.state.withLock { state -> [Request] in
            var taken: [Request] = []
            var documents = 0
            while let first = state.requests.first,
                taken.isEmpty || documents + first.documents.count <= self.maximumBatch
            {
                taken.append(state.requests.removeFirst())
                documents += first.documents.count
            }
            return taken
        }
        guard !batch.isEmpty else { return false }
        do {
            let outcomes = try await self.store.append(rows: batch.flatMap(\.documents))
            self.didAccept(outcomes.count { $0 == .accepted })
            var offset = 0
            for request in batch {
                let count = request.documents.count
                request.continuation.resume(returning: Array(outcomes[offset..<offset + count]))
                offset += count
            }
            self.logger.trace(
                "group commit",
                metadata: ["documents": "\(outcomes.count)", "requests": "\(batch.count)"]
            )
        } catch {
            self.logger.error("outbox commit failed", metadata: ["error": "\(error)"])
            for request in batch {
                request.continuation.resume(throwing: error)
            }
        }
        return true
    }

    /// Counts `accepted` new open documents and, when there are any, wakes the arrival waiters.
    private func didAccept(_ accepted: Int) {
        guard accepted > 0 else { return }
        let woken = self.state.withLock { state -> [CheckedContinuation<Void, Never>] in
            state.open += accepted
            state.arrivals += 1
            defer { state.arrivalWaiters = [:] }
            return Array(state.arrivalWaiters.values)
        }
        for continuation in woken {
            continuation.resume()
        }
    }
}
