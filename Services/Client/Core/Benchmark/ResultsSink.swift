import DiaoyanModels
import DiaoyanWire
import Logging
import NIOCore
import Synchronization

/// A results port that answers every `submit` with `stored` at once, storing nothing, and notes when each
/// document's record arrived.
///
/// `diaoyan bench pipeline --results sink` points the extractors at it to measure the normalizer and the
/// extractors without the aggregator's commit (which the real aggregator does first). Real TLS, real framing:
/// only the store is left out.
package final class ResultsSink: Sendable {
    private struct State {
        var arrivals: [String: ContinuousClock.Instant] = [:]
        var waiter: (count: Int, continuation: CheckedContinuation<Void, Never>)?
    }

    private let state = Mutex(State())
    private let listener: WireServer.Listener

    /// The bound address, `host:port`.
    package var address: String { "127.0.0.1:\(self.listener.localAddress.port ?? 0)" }

    /// Binds a loopback port with `identity` (a `service` certificate of the deployment).
    package init(identity: TLSIdentity) async throws {
        self.listener = try await WireServer.bind(
            .init(name: "results", endpoint: Endpoint(host: "127.0.0.1", port: 0), allowedRoles: [.extractor]),
            identity: identity
        )
    }

    /// Serves until the task is cancelled.
    package func run(logger: Logger) async throws {
        var router = WireRouter(port: "results", service: "bench-sink", logger: logger)
        router.route(SubmitRequest.self) { request in self.receive(request) }
        try await WireServer.run(self.listener, responder: router, logger: logger)
    }

    private func receive(_ request: SubmitRequest) -> SubmitAck {
        let now = ContinuousClock.now
        let woken = self.state.withLock { state -> CheckedContinuation<Void, Never>? in
            for record in request.records where state.arrivals[record.id] == nil {
                state.arrivals[record.id] = now
            }
            guard let waiter = state.waiter, state.arrivals.count >= waiter.count else { return nil }
            state.waiter = nil
            return waiter.continuation
        }
        woken?.resume()
        return SubmitAck(results: request.records.map { .init(id: $0.id, status: .stored) })
    }

    /// When each document's record first arrived.
    package var arrivals: [String: ContinuousClock.Instant] { self.state.withLock { $0.arrivals } }

    /// Returns once records of at least `count` distinct documents have arrived.
    package func waitFor(_ count: Int) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let ready = self.state.withLock { state -> Bool in
                if state.arrivals.count >= count { return true }
                state.waiter = (count, continuation)
                return false
            }
            if ready { continuation.resume() }
        }
    }
}
