import DiaoyanModels
import Logging
import NIOCore

/// A typed client of one port over a ``WireClient`` connection: one method per request the port serves, each
/// returning that request's response.
package protocol PortClient: Sendable {
    /// Wraps an open connection; the caller keeps owning it.
    init(_ connection: WireClient)
}

extension PortClient {
    /// Connects to the port at `endpoint`, runs `body` with a client over the connection, then closes it.
    ///
    /// - Parameters:
    ///   - endpoint: the server; a DNS name is checked against the server certificate's names, an IP address
    ///     against its IP entries.
    ///   - identity: the certificate this side presents.
    package static func withConnection<Result: Sendable>(
        to endpoint: Endpoint,
        identity: TLSIdentity,
        limits: WireLimits = .init(),
        logger: Logger,
        _ body: (Self) async throws -> Result
    ) async throws -> Result {
        try await WireClient.withConnection(to: endpoint, identity: identity, limits: limits, logger: logger) {
            try await body(Self($0))
        }
    }

    /// Connects to an already-resolved address; `serverName` is the name checked in the server's certificate.
    package static func withConnection<Result: Sendable>(
        to address: SocketAddress,
        serverName: String?,
        identity: TLSIdentity,
        limits: WireLimits = .init(),
        logger: Logger,
        _ body: (Self) async throws -> Result
    ) async throws -> Result {
        try await WireClient.withConnection(
            to: address,
            serverName: serverName,
            identity: identity,
            limits: limits,
            logger: logger
        ) {
            try await body(Self($0))
        }
    }
}
