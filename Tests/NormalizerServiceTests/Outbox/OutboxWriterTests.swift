import DiaoyanModels
import DiaoyanNormalization
import DiaoyanWire
import Foundation
import GRDB
import Logging
import NormalizerService
import TestSupport
import Testing

@Suite struct OutboxWriterTests {
    /// Runs a writer while `body` runs.
    private func withWriter(
        path: String,
        _ body: (OutboxStore, OutboxWriter) async throws -> Void
    ) async throws {
        let store = try OutboxStore(path: path)
        let writer = OutboxWriter(store: store, openDocuments: 0, logger: Logger(label: "test"))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await writer.run() }
            defer { group.cancelAll() }
            try await body(store, writer)
        }
    }

    @Test func groupsConcurrentAppendsAndAnswersEachCallerInOrder() async throws {
        let folder = try TemporaryDirectory("writer")
        defer { folder.remove() }
        try await self.withWriter(path: folder.file("outbox.sqlite").path) { store, writer in
            let outcomes = try await withThrowingTaskGroup(of: (Int, [OutboxStore.AppendOutcome]).self) { group in
                for caller in 0..<40 {
                    group.addTask {
                        let texts = ["共享", "调用者\(caller)-甲", "调用者\(caller)-乙"]
                        let documents = texts.map {
                            NormalizedDocument(id: DocumentNormalizer.documentID(of: $0), source: "\(caller)", text: $0)
                        }
                        return (caller, try await writer.append(documents))
                    }
                }
                return try await group.reduce(into: [Int: [OutboxStore.AppendOutcome]]()) { $0[$1.0] = $1.1 }
            }
            #expect(outcomes.count == 40)
            // Exactly one caller got the shared document accepted; everyone's own documents were accepted.
            #expect(outcomes.values.count { $0[0] == .accepted } == 1)
            #expect(outcomes.values.allSatisfy { $0[1] == .accepted && $0[2] == .accepted })
            #expect(writer.openCount == 81)
            #expect(try await store.counts().open == 81)
        }
    }

    @Test func acknowledgesOnlyWhatAnotherConnectionCanAlreadyRead() async throws {
        let folder = try TemporaryDirectory("writer")
        defer { folder.remove() }
        let path = folder.file("outbox.sqlite").path
        try await self.withWriter(path: path) { _, writer in
            let text = "确认之前已落盘"
            let id = DocumentNormalizer.documentID(of: text)
            let outcome = try await writer.append([NormalizedDocument(id: id, source: "x", text: text)])
            #expect(outcome == [.accepted])
            // A separate SQLite connection, as a process restarted after a crash would open, sees the row.
            let independent = try DatabaseQueue(path: path)
            let found = try await independent.read { db in
                try String.fetchOne(db, sql: "SELECT id FROM documents WHERE id = ?", arguments: [id])
            }
            #expect(found == id)
        }
    }

    @Test func ingestResponderAcknowledgesDurablyAndRejectsBadDocumentsAlone() async throws {
        let folder = try TemporaryDirectory("ingest")
        defer { folder.remove() }
        let path = folder.file("outbox.sqlite").path
        try await self.withWriter(path: path) { _, writer in
            let configuration = NormalizerConfiguration(
                ingest: Endpoint(host: "127.0.0.1", port: 0),
                dispatch: Endpoint(host: "127.0.0.1", port: 0),
                dataDirectory: folder.path,
                limits: WireLimits(maximumDocumentBytes: 64)
            )
            let responder = IngestResponder(
                normalizer: try DocumentNormalizer(),
                writer: writer,
                configuration: configuration,
                logger: Logger(label: "test")
            )
            let request = IngestRequest(documents: [
                IncomingDocument(source: "good.txt", text: "哈尔滨市阿城区调研"),
                IncomingDocument(source: "big.txt", text: String(repeating: "大", count: 40)),
                IncomingDocument(source: "empty.txt"),
                IncomingDocument(source: "bad64.txt", bytesBase64: "***"),
                IncomingDocument(source: "again.txt", text: "哈尔滨市阿城区调研"),
            ])
            let ack = await responder.ingest(request)
            #expect(ack.results.map(\.source) == ["good.txt", "big.txt", "empty.txt", "bad64.txt", "again.txt"])
            #expect(ack.results.map(\.status) == [.accepted, .rejected, .rejected, .rejected, .duplicate])
            #expect(ack.results[1].error?.code == .documentTooLarge)
            #expect(ack.results[2].error?.code == .badRequest)
            #expect(ack.results[0].id == ack.results[4].id)
            let stored = try await DatabaseQueue(path: path).read { db in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM documents")
            }
            #expect(stored == 1)
        }
    }
}
