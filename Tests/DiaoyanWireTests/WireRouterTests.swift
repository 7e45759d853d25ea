import DiaoyanModels
import DiaoyanWire
import Logging
import TestSupport
import Testing

/// Fails the way a store or a disk does: with details the peer must not see.
private struct DiskOnFire: Error, CustomStringConvertible {
    var description: String { "disk /dev/sda1 is on fire at sector 42" }
}

@Suite struct WireRouterTests {
    /// A query-like port: `stats` answers, `projects` refuses, `document` fails inside.
    private func router(logger: Logger) -> WireRouter {
        var router = WireRouter(port: "query", service: "aggregator", logger: logger)
        router.route(StatsRequest.self) { StatsResult(metric: $0.metric, by: $0.by, rows: [], total: 7) }
        router.route(ProjectsRequest.self) { _ in throw ErrorBody(code: .badRequest, message: "limit too large") }
        router.route(DocumentRequest.self) { _ in throw DiskOnFire() }
        return router
    }

    @Test func answersARoutedRequestWithItsTypedResponse() async throws {
        let certificates = try TestCertificates()
        defer { certificates.remove() }
        let result = try await LoopbackServer.with(
            self.router(logger: Logger(label: "test")),
            certificates: certificates
        ) {
            try await QueryClient.withConnection(
                to: $0,
                identity: try certificates.identity("client"),
                logger: Logger(label: "test")
            ) { try await $0.stats(StatsRequest(metric: .events, by: .month)) }
        }
        #expect(result == StatsResult(metric: .events, by: .month, rows: [], total: 7))
    }

    @Test func answersAnotherPortsRequestWithUnknownType() async throws {
        let certificates = try TestCertificates()
        defer { certificates.remove() }
        let error = try await LoopbackServer.with(
            self.router(logger: Logger(label: "test")),
            certificates: certificates
        ) {
            endpoint in
            try await IngestClient.withConnection(
                to: endpoint,
                identity: try certificates.identity("client"),
                logger: Logger(label: "test")
            ) { client in
                await #expect(throws: ErrorBody.self) {
                    try await client.ingest(IngestRequest(documents: []))
                }
            }
        }
        #expect(error?.code == .unknownType)
        #expect(error?.message == "the query port does not handle 'ingest'")
    }

    @Test func answersAWireResponseErrorWithItsOwnCode() async throws {
        let certificates = try TestCertificates()
        defer { certificates.remove() }
        let error = try await LoopbackServer.with(
            self.router(logger: Logger(label: "test")),
            certificates: certificates
        ) {
            endpoint in
            try await QueryClient.withConnection(
                to: endpoint,
                identity: try certificates.identity("client"),
                logger: Logger(label: "test")
            ) { client in
                await #expect(throws: ErrorBody.self) { try await client.projects(ProjectsRequest()) }
            }
        }
        #expect(error?.code == .badRequest)
        #expect(error?.message == "limit too large")
        #expect(error?.ref != nil)
    }

    @Test func answersAnyOtherFailureAsInternalWithOnlyACorrelationID() async throws {
        let certificates = try TestCertificates()
        defer { certificates.remove() }
        let recorder = RecordingLogHandler.Recorder()
        let error = try await LoopbackServer.with(self.router(logger: recorder.logger()), certificates: certificates) {
            endpoint in
            try await QueryClient.withConnection(
                to: endpoint,
                identity: try certificates.identity("client"),
                logger: Logger(label: "test")
            ) { client in
                await #expect(throws: ErrorBody.self) { try await client.document(DocumentRequest(id: "x")) }
            }
        }
        let body = try #require(error)
        #expect(body.code == .internal)
        #expect(!body.message.contains("fire"))
        let logged = try #require(recorder.all.first { $0.message == "request failed" })
        let correlationID = try #require(logged.metadata["error.correlation_id"]).description
        #expect(correlationID.count == 8)
        #expect(body.message == "internal error, see the aggregator's log for \(correlationID)")
        #expect(logged.level == .error)
        #expect(logged.metadata["error"]?.description.contains("fire") == true)
        #expect(logged.metadata["request.type"] == "document")
    }
}
