import DiaoyanModels
import DiaoyanNormalization
import DiaoyanWire
import GRDB
import Logging
import NormalizerService
import TestSupport
import Testing

@Suite(.timeLimit(.minutes(1))) struct IngestResponderTests {
    @Test func answersAnIngestThroughTheTypedClient() async throws {
        try await NormalizerPorts.with { ports in
            let ack = try await ports.withIngestClient { client in
                try await client.ingest(
                    IngestRequest(documents: [
                        IncomingDocument(source: "a.txt", text: "哈尔滨市阿城区调研"),
                        IncomingDocument(source: "b.txt", text: "哈尔滨市阿城区调研"),
                    ])
                )
            }
            #expect(ack.results.map(\.status) == [.accepted, .duplicate])
            #expect(ack.results[0].id == ack.results[1].id)
            #expect(ports.writer.openCount == 1)
        }
    }

    @Test func answersAFailedCommitAsInternalWithACorrelationID() async throws {
        let recorder = RecordingLogHandler.Recorder()
        try await NormalizerPorts.with(logger: recorder.logger()) { ports in
            try await DatabaseQueue(path: ports.outboxPath).write { db in
                try db.execute(
                    sql: """
                        CREATE TRIGGER refuse BEFORE INSERT ON documents
                        BEGIN SELECT RAISE(ABORT, 'disk on fire'); END
                        """
                )
            }
            let ack = try await ports.withIngestClient {
                try await $0.ingest(
                    IngestRequest(documents: [
                        IncomingDocument(source: "a.txt", text: "哈尔滨市阿城区调研"),
                        IncomingDocument(source: "empty.txt"),
                    ])
                )
            }
            #expect(ack.results.map(\.status) == [.rejected, .rejected])
            #expect(ack.results[1].error?.code == .badRequest)
            let error = try #require(ack.results[0].error)
            #expect(error.code == .internal)
            #expect(!error.message.contains("fire"))
            let logged = try #require(recorder.all.first { $0.message == "ingest not committed" })
            let correlationID = try #require(logged.metadata["error.correlation_id"]).description
            #expect(error.message == "internal error, see the normalizer's log for \(correlationID)")
            #expect(logged.metadata["error"]?.description.contains("disk on fire") == true)
        }
    }
}
