import Synchronization

/// The documents an extractor may hold from one normalizer: taken before a pull, given back once the documents
/// are confirmed (or when a pull brings fewer than asked).
///
/// It is what keeps the pipelined puller within its credit: the next pull goes out while earlier batches are
/// still being extracted and submitted, but never for more than what is free. Waiting is a parked continuation,
/// woken by ``release(_:)``: nothing polls.
package final class CreditGate: Sendable {
    private struct State {
        var available: Int
        var waiter: (minimum: Int, continuation: CheckedContinuation<Int, any Error>)?
        /// Set by ``fail(_:)``: every wait ends with it.
        var failure: (any Error)?
    }

    private let state: Mutex<State>

    /// A gate holding `credit` free documents.
    package init(credit: Int) {
        self.state = Mutex(State(available: max(credit, 1)))
    }

    /// Documents free right now.
    package var available: Int { self.state.withLock { $0.available } }

    /// Waits until at least `minimum` documents are free, then takes all that are free and returns how many.
    /// One caller at a time (the puller).
    ///
    /// - Throws: `CancellationError` when the task is cancelled while waiting.
    package func takeAll(atLeast minimum: Int) async throws -> Int {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Int, any Error>) in
                let taken = self.state.withLock { state -> Result<Int, any Error>? in
                    if let failure = state.failure { return .failure(failure) }
                    if Task.isCancelled { return .failure(CancellationError()) }
                    guard state.available >= minimum else {
                        state.waiter = (minimum, continuation)
                        return nil
                    }
                    defer { state.available = 0 }
                    return .success(state.available)
                }
                if let taken { continuation.resume(with: taken) }
            }
        } onCancel: {
            let waiter = self.state.withLock { state in
                defer { state.waiter = nil }
                return state.waiter
            }
            waiter?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Ends the wait of the puller, now and for good, with `error`: a batch failed (the aggregator or the
    /// normalizer went away), its credit will never come back, and the session must end rather than wait for it.
    package func fail(_ error: any Error) {
        let waiter = self.state.withLock { state in
            if state.failure == nil { state.failure = error }
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.continuation.resume(throwing: error)
    }

    /// Gives `count` documents back; wakes the waiting puller once enough are free.
    package func release(_ count: Int) {
        guard count > 0 else { return }
        let woken = self.state.withLock { state -> (CheckedContinuation<Int, any Error>, Int)? in
            state.available += count
            guard let waiter = state.waiter, state.available >= waiter.minimum else { return nil }
            state.waiter = nil
            defer { state.available = 0 }
            return (waiter.continuation, state.available)
        }
        if let (continuation, taken) = woken { continuation.resume(returning: taken) }
    }
}
