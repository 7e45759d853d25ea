import DiaoyanModels

/// A client of an aggregator's results port (role `extractor`).
package struct ResultsClient: PortClient {
    private let connection: WireClient

    package init(_ connection: WireClient) {
        self.connection = connection
    }

    /// Submits extraction records; the answer comes only after they are committed. `timeout` defaults to 2 minutes.
    package func submit(_ request: SubmitRequest, timeout: Duration? = .seconds(120)) async throws -> SubmitAck {
        try await self.connection.send(request, timeout: timeout)
    }
}
