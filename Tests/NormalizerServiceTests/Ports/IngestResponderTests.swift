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

    @Test func refusesADocumentThatNormalizesToNothingAndAcceptsTheOthers() async throws {
        try await NormalizerPorts.with { ports in
            let ack = try await ports.withIngestClient { client in
                try await client.ingest(
                    IngestRequest(documents: [
                        IncomingDocument(source: "footer.txt", text: "版权所有 青禾融媒\n责任编辑：林一\n"),
                        IncomingDocument(source: "blank.txt", text: " \n\n "),
                        IncomingDocument(source: "story.txt", text: "该项目总投资12000000000元。"),
                    ])
                )
            }
            #expect(ack.results.map(\.status) == [.rejected, .rejected, .accepted])
            #expect(ack.results[0].error?.code == .emptyDocument)
            #expect(ack.results[0].error?.retryable == false)
            #expect(ack.results[0].error?.message.contains("copyright") == true)
            #expect(ack.results[1].error?.code == .emptyDocument)
            #expect(ports.writer.openCount == 1)
        }
    }

    @Test func waitsAboveTheHighWaterMarkUntilAConfirmMakesRoom() async throws {
        try await NormalizerPorts.with(highWaterMark: 1) { ports in
            let first = try await ports.withIngestClient {
                try await $0.ingest(IngestRequest(documents: [IncomingDocument(source: "1.txt", text: "第一篇")]))
            }
            #expect(first.results.map(\.status) == [.accepted])
            try await withThrowingTaskGroup(of: IngestAck.self) { group in
                group.addTask {
                    try await ports.withIngestClient {
                        try await $0.ingest(IngestRequest(documents: [IncomingDocument(source: "2.txt", text: "第二篇")]))
                    }
                }
                try await eventually { ports.writer.waiting.capacity == 1 }
                let confirmed = try await ports.withDispatchClient { client in
                    let grant = try await client.pull(PullRequest(max: 8))
                    return try await client.confirm(ConfirmRequest(ids: grant.documents.map(\.id)))
                }
                #expect(confirmed.confirmed == 1)
                let second = try await group.next()
                #expect(second?.results.map(\.status) == [.accepted])
            }
        }
    }

    @Test func answersBusyWhenCancelledWhileWaitingForRoom() async throws {
        try await NormalizerPorts.with(highWaterMark: 1) { ports in
            _ = try await ports.writer.append([NormalizedDocument(id: "x", source: "x.txt", text: "已满")])
            let responder = IngestResponder(
                normalizer: try DocumentNormalizer(),
                writer: ports.writer,
                configuration: ports.configuration,
                logger: Logger(label: "test")
            )
            let waiting = Task {
                await responder.ingest(IngestRequest(documents: [IncomingDocument(source: "y.txt", text: "等待")]))
            }
            try await eventually { ports.writer.waiting.capacity == 1 }
            waiting.cancel()
            let ack = await waiting.value
            #expect(ack.results.map(\.status) == [.rejected])
            #expect(ack.results.first?.error?.code == .busy)
            #expect(ports.writer.waiting.capacity == 0)
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

    @Test func answersAFullOutboxAsRetryableStorageFullAndAcknowledgesNothing() async throws {
        try await NormalizerPorts.with(fullOutbox: true) { ports in
            // Far more than the file's free space: the insert needs new pages, which the cap refuses.
            let large = String(repeating: "哈尔滨市阿城区召开项目推进会议。", count: 4_000)
            let ack = try await ports.withIngestClient {
                try await $0.ingest(
                    IngestRequest(documents: [
                        IncomingDocument(source: "large.txt", text: large),
                        IncomingDocument(source: "empty.txt"),
                    ])
                )
            }
            #expect(ack.results.map(\.status) == [.rejected, .rejected])
            let error = try #require(ack.results[0].error)
            #expect(error.code == .storageFull)
            #expect(error.retryable)
            #expect(error.message == "the normalizer's storage is full; nothing was stored, retry later")
            #expect(ack.results[1].error?.code == .badRequest)
            #expect(ack.results[1].error?.retryable == false)
            #expect(try await ports.store.counts().open == 0)
            #expect(ports.writer.openCount == 0)
        }
    }
}
