import DiaoyanModels
import DiaoyanWire
import Logging
import NIOCore
import TestSupport
import Testing

/// A server whose tasks are late to take a connection still completes the peer's handshake in time.
///
/// Reproduces the flaky "connection closed / reset" of the wire and responder tests under load: there the
/// cooperative pool was busy for seconds (two threads; a blocking wait or CPU-bound tests on both), no task took
/// the accepted connections, the server did not read them, and the clients' handshake deadlines closed them. Here
/// the server's accept loop simply starts more than two handshake deadlines late.
@Suite struct WireServerAcceptTests {
    @Test func completesTheHandshakeBeforeATaskTakesTheConnection() async throws {
        let certificates = try TestCertificates()
        defer { certificates.remove() }
        let logger = Logger(label: "test")
        // 2 s: short enough to wait out, long enough for a TCP connect on a loaded machine (the client's connect
        // timeout is its handshake timeout; 500 ms was exceeded once at load 20).
        let limits = WireLimits(handshakeTimeout: .seconds(2))
        let listener = try await WireServer.bind(
            .init(
                name: "test",
                endpoint: Endpoint(host: "127.0.0.1", port: 0),
                allowedRoles: [.client],
                limits: limits
            ),
            identity: try certificates.identity("normalizer")
        )
        let endpoint = Endpoint(host: "127.0.0.1", port: listener.localAddress.port!)
        let router = {
            var router = WireRouter(port: "test", service: "test", logger: logger)
            router.route(StatsRequest.self) { StatsResult(metric: $0.metric, by: nil, rows: [], total: 42) }
            return router
        }()

        try await withThrowingTaskGroup(of: Void.self) { group in
            let client = try certificates.identity("client")
            let answer = Task {
                try await QueryClient.withConnection(to: endpoint, identity: client, limits: limits, logger: logger) {
                    try await $0.stats(StatsRequest(metric: .documents), timeout: .seconds(30))
                }
            }
            // The server takes no connection for more than two handshake deadlines, as a busy one would not.
            try await Task.sleep(for: .seconds(5))
            group.addTask { try await WireServer.run(listener, responder: router, logger: logger) }
            defer { group.cancelAll() }
            #expect(try await answer.value.total == 42)
        }
    }
}
