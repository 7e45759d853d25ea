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
        highWaterMark: Int = 1000,
        _ body: (OutboxStore, OutboxWriter) async throws -> Void
    ) async throws {
        let store = try OutboxStore(path: path)
        let writer = OutboxWriter(
            store: store,
            openDocuments: 0,
            highWaterMark: highWaterMark,
            logger: Logger(label: "test")
        )
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

    private func document(_ text: String) -> NormalizedDocument {
        NormalizedDocument(id: DocumentNormalizer.documentID(of: text), source: "\(text).txt", text: text)
    }

    @Test(.timeLimit(.minutes(1))) func waitForCapacityWakesWhenAConfirmLowersTheCount() async throws {
        let folder = try TemporaryDirectory("writer")
        defer { folder.remove() }
        try await self.withWriter(path: folder.file("outbox.sqlite").path, highWaterMark: 2) { _, writer in
            _ = try await writer.append([self.document("一"), self.document("二")])
            try await withThrowingTaskGroup(of: Int.self) { group in
                group.addTask {
                    try await writer.waitForCapacity()
                    return writer.openCount
                }
                try await eventually { writer.waiting.capacity == 1 }
                writer.didConfirm(1)
                #expect(try await group.next() == 1)
                #expect(writer.waiting.capacity == 0)
            }
        }
    }

    @Test(.timeLimit(.minutes(1))) func waitForCapacityThrowsWhenCancelled() async throws {
        let folder = try TemporaryDirectory("writer")
        defer { folder.remove() }
        try await self.withWriter(path: folder.file("outbox.sqlite").path, highWaterMark: 1) { _, writer in
            _ = try await writer.append([self.document("满")])
            let waiter = Task { try await writer.waitForCapacity() }
            try await eventually { writer.waiting.capacity == 1 }
            waiter.cancel()
            await #expect(throws: CancellationError.self) { try await waiter.value }
            #expect(writer.waiting.capacity == 0)
        }
    }

    @Test(.timeLimit(.minutes(1))) func waitForArrivalWakesOnlyOnACommitThatAcceptsSomething() async throws {
        let folder = try TemporaryDirectory("writer")
        defer { folder.remove() }
        try await self.withWriter(path: folder.file("outbox.sqlite").path) { _, writer in
            _ = try await writer.append([self.document("旧")])
            let generation = writer.arrivalGeneration
            try await withThrowingTaskGroup(of: UInt64.self) { group in
                group.addTask {
                    await writer.waitForArrival(after: generation)
                    return writer.arrivalGeneration
                }
                try await eventually { writer.waiting.arrival == 1 }
                // A commit of duplicates only accepts nothing: the waiter stays parked.
                #expect(try await writer.append([self.document("旧")]) == [.duplicate])
                #expect(writer.waiting.arrival == 1)
                _ = try await writer.append([self.document("新")])
                #expect(try await group.next() == generation + 1)
            }
        }
    }

    @Test(.timeLimit(.minutes(1))) func waitForArrivalReturnsWhenCancelled() async throws {
        let folder = try TemporaryDirectory("writer")
        defer { folder.remove() }
        try await self.withWriter(path: folder.file("outbox.sqlite").path) { _, writer in
            let generation = writer.arrivalGeneration
            let waiter = Task { await writer.waitForArrival(after: generation) }
            try await eventually { writer.waiting.arrival == 1 }
            waiter.cancel()
            await waiter.value
            #expect(writer.waiting.arrival == 0)
            #expect(writer.arrivalGeneration == generation)
        }
    }

    @Test(.timeLimit(.minutes(1))) func stoppingReleasesEveryWaiter() async throws {
        let folder = try TemporaryDirectory("writer")
        defer { folder.remove() }
        let store = try OutboxStore(path: folder.file("outbox.sqlite").path)
        let writer = OutboxWriter(store: store, openDocuments: 5, highWaterMark: 1, logger: Logger(label: "test"))
        let running = Task { try await writer.run() }
        let capacity = Task { try await writer.waitForCapacity() }
        let arrival = Task { await writer.waitForArrival(after: writer.arrivalGeneration) }
        try await eventually { writer.waiting == (capacity: 1, arrival: 1) }
        running.cancel()
        try await running.value
        await #expect(throws: CancellationError.self) { try await capacity.value }
        await arrival.value
        #expect(writer.waiting == (capacity: 0, arrival: 0))
        await #expect(throws: CancellationError.self) { try await writer.waitForCapacity() }
    }
}
