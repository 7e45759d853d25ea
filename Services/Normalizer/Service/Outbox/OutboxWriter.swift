import DiaoyanModels
import Logging
import ServiceLifecycle
import Synchronization

/// Groups appends from every connection into shared transactions, so one fsync covers many documents.
///
/// Callers of ``append(_:)`` park until their documents are durable. While one transaction commits, new requests
/// queue; the next transaction takes everything queued (up to `maximumBatch` documents). Run it as a `Service`.
package final class OutboxWriter: Service, Sendable {
    private struct Request {
        var documents: [NormalizedDocument]
        var continuation: CheckedContinuation<[OutboxStore.AppendOutcome], any Error>
    }

    private struct Queue: ~Copyable {
        var requests: [Request] = []
        var stopped = false
    }

    private let store: OutboxStore
    private let maximumBatch: Int
    private let logger: Logger
    private let queue = Mutex(Queue())
    private let wakeUps: AsyncStream<Void>
    private let wake: AsyncStream<Void>.Continuation
    private let openDocuments: Atomic<Int>
    private let arrivals = Atomic<UInt64>(0)

    /// - Parameters:
    ///   - store: the outbox written to.
    ///   - maximumBatch: documents per transaction at most. Default 512.
    package init(store: OutboxStore, openDocuments: Int, maximumBatch: Int = 512, logger: Logger) {
        self.store = store
        self.maximumBatch = maximumBatch
        self.logger = logger
        self.openDocuments = Atomic(openDocuments)
        (self.wakeUps, self.wake) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Documents accepted and not yet confirmed, as this process has counted them.
    package var openCount: Int { self.openDocuments.load(ordering: .relaxed) }

    /// Grows with every commit that accepted something; waiting dispatchers watch it.
    package var arrivalGeneration: UInt64 { self.arrivals.load(ordering: .acquiring) }

    /// Records that `count` documents were confirmed done.
    package func didConfirm(_ count: Int) {
        self.openDocuments.subtract(count, ordering: .relaxed)
    }

    /// Appends `documents` in the next group commit and returns once they are durable.
    package func append(_ documents: [NormalizedDocument]) async throws -> [OutboxStore.AppendOutcome] {
        guard !documents.isEmpty else { return [] }
        return try await withCheckedThrowingContinuation { continuation in
            let accepted = self.queue.withLock { queue in
                guard !queue.stopped else { return false }
                queue.requests.append(Request(documents: documents, continuation: continuation))
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
        // Drain what arrived before shutdown, then refuse the rest.
        while await self.commitQueued() {}
        let left = self.queue.withLock { queue in
            queue.stopped = true
            let left = queue.requests
            queue.requests = []
            return left
        }
        for request in left {
            request.continuation.resume(throwing: CancellationError())
        }
    }

    /// Commits one batch; false when the queue was empty.
    private func commitQueued() async -> Bool {
        let batch = self.queue.withLock { queue -> [Request] in
            var taken: [Request] = []
            var documents = 0
            while let first = queue.requests.first,
                taken.isEmpty || documents + first.documents.count <= self.maximumBatch
            {
                taken.append(queue.requests.removeFirst())
                documents += first.documents.count
            }
            return taken
        }
        guard !batch.isEmpty else { return false }
        do {
            let outcomes = try await self.store.append(batch.flatMap(\.documents))
            let accepted = outcomes.count { $0 == .accepted }
            if accepted > 0 {
                self.openDocuments.add(accepted, ordering: .relaxed)
                self.arrivals.add(1, ordering: .releasing)
            }
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
}
