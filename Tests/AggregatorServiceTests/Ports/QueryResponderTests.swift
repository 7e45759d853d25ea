import AggregatorService
import DiaoyanModels
import DiaoyanWire
import GRDB
import Logging
import TestSupport
import Testing

@Suite struct QueryResponderTests {
    private let record = ExtractionRecord(
        id: "a",
        source: "a.txt",
        title: "王兆力到阿城区调研",
        published: "2021-04-26",
        persons: [.init(name: "王兆力", titles: ["哈尔滨市委书记"], role: .official)],
        places: [.init(Place(path: "黑龙江省/哈尔滨市/阿城区", code: "230112", level: .county))],
        projects: [.init(name: "华明管业100万吨制管项目", stage: .underConstruction, industries: [.steel])],
        industries: [.steel]
    )

    @Test func answersStatsProjectsAndDocumentsThroughTheTypedClient() async throws {
        try await AggregatorPorts.with { ports in
            _ = try await ports.store.commit([self.record])
            try await ports.withQueryClient { client in
                let stats = try await client.stats(StatsRequest(metric: .documents, by: .province))
                #expect(stats.total == 1)
                #expect(stats.rows.map(\.key) == ["黑龙江省"])
                let projects = try await client.projects(ProjectsRequest(filter: QueryFilter(from: "2021")))
                #expect(projects.projects.map(\.name) == ["华明管业100万吨制管项目"])
                #expect(try await client.document(DocumentRequest(id: "a")) == self.record)
            }
        }
    }

    @Test func answersAMissingDocumentWithNotFound() async throws {
        try await AggregatorPorts.with { ports in
            let error = try await ports.withQueryClient { client in
                await #expect(throws: ErrorBody.self) { try await client.document(DocumentRequest(id: "nope")) }
            }
            #expect(error?.code == .notFound)
            #expect(error?.message == "no document with id nope")
        }
    }

    @Test func answersABadFilterDateWithBadRequest() async throws {
        try await AggregatorPorts.with { ports in
            let error = try await ports.withQueryClient { client in
                await #expect(throws: ErrorBody.self) {
                    try await client.stats(StatsRequest(metric: .documents, filter: QueryFilter(from: "2021-4")))
                }
            }
            #expect(error?.code == .badRequest)
            #expect(error?.message == "filter.from must be YYYY, YYYY-MM or YYYY-MM-DD, got '2021-4'")
        }
    }

    @Test func answersAnotherPortsRequestWithUnknownType() async throws {
        try await AggregatorPorts.with { ports in
            let error = try await IngestClient.withConnection(
                to: ports.query,
                identity: try ports.certificates.identity("client"),
                logger: Logger(label: "test")
            ) { client in
                await #expect(throws: ErrorBody.self) {
                    try await client.ingest(IngestRequest(documents: [IncomingDocument(source: "a.txt", text: "文")]))
                }
            }
            #expect(error?.code == .unknownType)
            #expect(error?.message == "the query port does not handle 'ingest'")
        }
    }

    @Test func answersAFailingStoreAsInternalWithACorrelationID() async throws {
        let recorder = RecordingLogHandler.Recorder()
        try await AggregatorPorts.with(logger: recorder.logger()) { ports in
            _ = try await ports.store.commit([self.record])
            // Real SQLite failures: a table the statistics need is gone, a stored record is not JSON.
            try await DatabaseQueue(path: ports.databasePath).write { db in
                try db.execute(sql: "DROP TABLE tally_key_totals")
                try db.execute(sql: "UPDATE documents SET record = x'00ff' WHERE id = 'a'")
            }
            let errors = try await ports.withQueryClient { client -> [ErrorBody?] in
                let stats = await #expect(throws: ErrorBody.self) {
                    try await client.stats(StatsRequest(metric: .documents, by: .province))
                }
                let document = await #expect(throws: ErrorBody.self) {
                    try await client.document(DocumentRequest(id: "a"))
                }
                return [stats, document]
            }
            let logged = recorder.all.filter { $0.message == "request failed" }
            let correlationIDs = logged.compactMap { $0.metadata["error.correlation_id"]?.description }
            #expect(correlationIDs.count == 2)
            #expect(errors.allSatisfy { $0?.code == .internal })
            #expect(
                Set(errors.compactMap { $0?.message })
                    == Set(correlationIDs.map { "internal error, see the aggregator's log for \($0)" })
            )
            #expect(
                logged.contains {
                    $0.metadata["error"]?.description.contains("no such table: tally_key_totals") == true
                }
            )
            #expect(logged.contains { $0.metadata["error"]?.description.contains("cannot be decoded") == true })
        }
    }
}
