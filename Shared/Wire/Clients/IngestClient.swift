import DiaoyanModels

/// A client of a normalizer's ingest port (role `client`).
package struct IngestClient: PortClient {
    private let connection: WireClient

    package init(_ connection: WireClient) {
        self.connection = connection
    }

    /// Hands documents to the normalizer; the answer comes once the accepted ones are durable.
    ///
    /// - Parameter timeout: how long to wait for the answer. Default 10 minutes: above its high-water mark the
    ///   normalizer holds a request until extractors make room.
    /// - Returns: one result per document, in request order.
    package func ingest(_ request: IngestRequest, timeout: Duration? = .seconds(600)) async throws -> IngestAck {
        try await self.connection.send(request, timeout: timeout)
    }
}

extension IngestClient {
    /// The normalizer's status: readiness, outbox depth, leases in flight, connected extractors. Default 30 s.
    package func status(timeout: Duration? = .seconds(30)) async throws -> StatusResult {
        try await self.connection.send(StatusRequest(), timeout: timeout)
    }
}
