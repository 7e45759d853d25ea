import DiaoyanWire
import Logging
import NIOCore

/// A real TLS port on 127.0.0.1, serving one responder while a test body runs.
package enum LoopbackServer {
    /// Binds port 0 with the `normalizer` certificate of `certificates`, serves `responder` while `body` runs with
    /// the bound endpoint, then stops the port.
    ///
    /// - Parameter roles: the roles allowed on the port. Default every role.
    package static func with<Result: Sendable>(
        _ responder: some WireResponder,
        certificates: TestCertificates,
        roles: Set<PeerRole> = [.client, .extractor, .service],
        limits: WireLimits = .init(),
        logger: Logger = Logger(label: "test"),
        _ body: (Endpoint) async throws -> Result
    ) async throws -> Result {
        let listener = try await WireServer.bind(
            .init(name: "test", endpoint: Endpoint(host: "127.0.0.1", port: 0), allowedRoles: roles, limits: limits),
            identity: try certificates.identity("normalizer")
        )
        let endpoint = Endpoint(host: "127.0.0.1", port: listener.localAddress.port!)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await WireServer.run(listener, responder: responder, logger: logger) }
            defer { group.cancelAll() }
            return try await body(endpoint)
        }
    }
}
