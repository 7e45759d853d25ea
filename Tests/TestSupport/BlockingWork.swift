import Dispatch

/// Runs blocking work — a child process waited for, a server started and polled — on a Dispatch thread, never on
/// Swift's cooperative pool.
///
/// The test process has only as many cooperative threads as cores (two here). Work that blocks one of them stalls
/// every async test beside it: a TLS server in a wire test then does not start reading an accepted connection
/// before its handshake deadline, and the peer sees its connection closed. `initdb` and a PostgreSQL start took
/// 10 s and more under a load of 10, and did it with both threads waiting.
package enum BlockingWork {
    /// Runs `work` on a global Dispatch queue and returns its result.
    package static func run<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try work() })
            }
        }
    }
}
