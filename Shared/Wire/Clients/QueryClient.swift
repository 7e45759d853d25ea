import DiaoyanModels

/// A client of an aggregator's query port (role `client`).
package struct QueryClient: PortClient {
    private let connection: WireClient

    package init(_ connection: WireClient) {
        self.connection = connection
    }

    /// A statistic, grouped and filtered as asked. `timeout` defaults to 2 minutes.
    package func stats(_ request: StatsRequest, timeout: Duration? = .seconds(120)) async throws -> StatsResult {
        try await self.connection.send(request, timeout: timeout)
    }

    /// Projects with the stages articles reported for them. `timeout` defaults to 2 minutes.
    package func projects(_ request: ProjectsRequest, timeout: Duration? = .seconds(120)) async throws -> ProjectsResult
    {
        try await self.connection.send(request, timeout: timeout)
    }

    /// The stored extraction record of one document. `timeout` defaults to 1 minute.
    ///
    /// - Throws: ``ErrorBody`` with code `not_found` when the aggregator holds no such document.
    package func document(_ request: DocumentRequest, timeout: Duration? = .seconds(60)) async throws
        -> ExtractionRecord
    {
        try await self.connection.send(request, timeout: timeout).record
    }
}

extension QueryClient {
    /// The aggregator's status: readiness, stored documents, connected extractors. Default 30 s.
    package func status(timeout: Duration? = .seconds(30)) async throws -> StatusResult {
        try await self.connection.send(StatusRequest(), timeout: timeout)
    }
}
