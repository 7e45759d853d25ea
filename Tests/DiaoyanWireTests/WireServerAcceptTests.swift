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
        // The server's deadline, 4 s: short enough to wait out twice, long enough for a TLS handshake on a loaded
        // machine (500 ms was exceeded once at load 20, 2 s at load 15). The client waits as long as it needs: the
        // test is about the server.
        let limits = WireLimits(handshakeTimeout: .seconds(4))
        let clientLimits = WireLimits(handshakeTimeout: .seconds(30))
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
                try await QueryClient.withConnection(
                    to: endpoint,
                    identity: client,
                    limits: clientLimits,
                    logger: logger
                ) {
                    try await $0.stats(StatsRequest(metric: .documents), timeout: .seconds(30))
                }
            }
            // The server takes no connection for more than two handshake deadlines, as a busy one would not.
            try await Task.sleep(for: .seconds(9))
            group.addTask { try await WireServer.run(listener, responder: router, logger: logger) }
            defer { group.cancelAll() }
            #expect(try await answer.value.total == 42)
        }
    }
}
