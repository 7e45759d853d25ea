import AggregatorService
import DiaoyanModels
import DiaoyanWire
import GRDB
import Logging
import TestSupport
import Testing

@Suite struct ResultsResponderTests {
    @Test func commitsSubmittedRecordsThroughTheTypedClient() async throws {
        try await AggregatorPorts.with { ports in
            let records = [ExtractionRecord(id: "a", source: "a.txt"), ExtractionRecord(id: "b", source: "b.txt")]
            let (first, again) = try await ports.withResultsClient { client in
                (
                    try await client.submit(SubmitRequest(records: records)),
                    try await client.submit(SubmitRequest(records: [records[0]]))
                )
            }
            #expect(first.results == [.init(id: "a", status: .stored), .init(id: "b", status: .stored)])
            #expect(again.results == [.init(id: "a", status: .duplicate)])
            #expect(try await ports.store.document(id: "b") == records[1])
        }
    }

    @Test func refusesARecordWithoutAnID() async throws {
        try await AggregatorPorts.with { ports in
            let error = try await ports.withResultsClient { client in
                await #expect(throws: ErrorBody.self) {
                    try await client.submit(SubmitRequest(records: [ExtractionRecord(id: "", source: "x.txt")]))
                }
            }
            #expect(error?.code == .badRequest)
            #expect(error?.message == "record from 'x.txt' has an empty id")
        }
    }

    @Test func refusesARecordOfAnotherSchemaAndStoresNothingOfTheSubmission() async throws {
        try await AggregatorPorts.with { ports in
            let current = ExtractionRecord(id: "a", source: "a.txt")
            let older = ExtractionRecord(id: "b", source: "b.txt", schema: 1)
            let error = try await ports.withResultsClient { client in
                await #expect(throws: ErrorBody.self) {
                    try await client.submit(SubmitRequest(records: [current, older]))
                }
            }
            #expect(error?.code == .badRequest)
            #expect(error?.message.contains("record from 'b.txt' has schema 1") == true)
            #expect(try await ports.store.document(id: "a") == nil)
        }
    }

    @Test func answersAFailedCommitAsInternalWithACorrelationID() async throws {
        let recorder = RecordingLogHandler.Recorder()
        try await AggregatorPorts.with(logger: recorder.logger()) { ports in
            try await DatabaseQueue(path: ports.databasePath).write { db in
                try db.execute(
                    sql: """
                        CREATE TRIGGER refuse BEFORE INSERT ON documents
                        BEGIN SELECT RAISE(ABORT, 'disk on fire'); END
                        """
                )
            }
            let error = try await ports.withResultsClient { client in
                await #expect(throws: ErrorBody.self) {
                    try await client.submit(SubmitRequest(records: [ExtractionRecord(id: "a", source: "a.txt")]))
                }
            }
            let body = try #require(error)
            let logged = try #require(recorder.all.first { $0.message == "request failed" })
            let correlationID = try #require(logged.metadata["error.correlation_id"]).description
            #expect(body.code == .internal)
            #expect(body.message == "internal error, see the aggregator's log for \(correlationID)")
            #expect(logged.metadata["error"]?.description.contains("disk on fire") == true)
            #expect(logged.metadata["port.name"] == "results")
        }
    }

    @Test func answersAFullStoreAsRetryableStorageFullAndStoresNothing() async throws {
        try await AggregatorPorts.with(fullStore: true) { ports in
            let records = (0..<200).map {
                ExtractionRecord(id: "r\($0)", source: "\($0)-" + String(repeating: "黑龙江省哈尔滨市", count: 40) + ".txt")
            }
            let error = try await ports.withResultsClient { client in
                await #expect(throws: ErrorBody.self) {
                    try await client.submit(SubmitRequest(records: records))
                }
            }
            #expect(error?.code == .storageFull)
            #expect(error?.retryable == true)
            #expect(error?.message == "the aggregator's storage is full; nothing was stored, retry later")
            #expect(try await ports.store.document(id: "r0") == nil)
        }
    }
}
