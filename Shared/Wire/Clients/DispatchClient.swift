import DiaoyanModels

/// A client of a normalizer's dispatch port (role `extractor`).
package struct DispatchClient: PortClient {
    private let connection: WireClient

    package init(_ connection: WireClient) {
        self.connection = connection
    }

    /// Leases up to `max` documents, waiting up to the request's `wait_ms` for some to arrive.
    ///
    /// - Parameter grace: how much longer than `wait_ms` to wait for the answer. Default 30 s.
    package func pull(_ request: PullRequest, grace: Duration = .seconds(30)) async throws -> LeaseGrant {
        let wait = Duration.milliseconds(Int64(max(request.waitMilliseconds ?? 0, 0)))
        return try await self.connection.send(request, timeout: wait + grace)
    }

    /// Closes leased documents whose records the aggregator has committed. `timeout` defaults to 1 minute.
    package func confirm(_ request: ConfirmRequest, timeout: Duration? = .seconds(60)) async throws -> ConfirmAck {
        try await self.connection.send(request, timeout: timeout)
    }
}
