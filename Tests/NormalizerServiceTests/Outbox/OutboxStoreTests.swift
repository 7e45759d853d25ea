import DiaoyanModels
import DiaoyanNormalization
import DiaoyanSQLite
import Foundation
import GRDB
import GRDBSQLite
import NormalizerService
import TestSupport
import Testing

@Suite struct OutboxStoreTests {
    private func document(_ text: String, source: String = "a.txt") -> NormalizedDocument {
        NormalizedDocument(id: DocumentNormalizer.documentID(of: text), source: source, text: text)
    }

    @Test func acceptsOnceAndAnswersDuplicateAfterwards() async throws {
        let folder = try TemporaryDirectory("outbox")
        defer { folder.remove() }
        let store = try OutboxStore(path: folder.file("outbox.sqlite").path)
        let first = self.document("一")
        #expect(try await store.append([first, self.document("二")]) == [.accepted, .accepted])
        #expect(try await store.append([first]) == [.duplicate])
        // A repeat inside one batch is a duplicate too.
        let third = self.document("三")
        #expect(try await store.append([third, third]) == [.accepted, .duplicate])
        #expect(try await store.counts().open == 3)
    }

    /// GRDB's pool sets `synchronous=NORMAL` on its writer when it turns WAL on, after the configuration's
    /// `prepareDatabase`: an acknowledgement is durable only if the outbox sets `FULL` again afterwards.
    @Test func theWriterSyncsEveryCommit() async throws {
        let folder = try TemporaryDirectory("outbox")
        defer { folder.remove() }
        let store = try OutboxStore(path: folder.file("outbox.sqlite").path)
        #expect(try await store.writerSynchronous() == 2)
    }

    /// The outbox's commits write their WAL frames through ``WALWriteBuffer`` (gathered, one `pwrite` per 64 KiB).
    @Test func theOutboxWritesItsFramesGathered() async throws {
        let folder = try TemporaryDirectory("outbox")
        defer { folder.remove() }
        _ = try OutboxStore(path: folder.file("outbox.sqlite").path)
        let name = sqlite3_vfs_find(nil).flatMap { $0.pointee.zName.map { String(cString: $0) } }
        #expect(name == WALWriteBuffer.name)
    }

    /// Ubuntu's `libsqlite3` turns `secure_delete` on by default; the outbox turns it off (emptied bodies were
    /// zeroed and written twice).
    @Test func theWriterDoesNotZeroWhatItDeletes() async throws {
        let folder = try TemporaryDirectory("outbox")
        defer { folder.remove() }
        let store = try OutboxStore(path: folder.file("outbox.sqlite").path)
        #expect(try await store.writerSecureDelete() == 0)
    }

    @Test func dropsTheBodiesOfConfirmedDocumentsAndShrinksTheFile() async throws {
        let folder = try TemporaryDirectory("outbox")
        defer { folder.remove() }
        let store = try OutboxStore(path: folder.file("outbox.sqlite").path)
        let filler = String(repeating: "青禾新材料年产五万吨项目今年投产。", count: 2_000)
        let documents = (0..<60).map { self.document("\($0)" + filler) }
        _ = try await store.append(documents)
        let leased = try await store.lease(limit: 50, for: .seconds(60))
        #expect(try await store.confirm(ids: leased.map(\.id)) == 50)
        let before = try store.fileSize()

        // Nothing is due yet: confirmed a moment ago, the cutoff lies before.
        #expect(try await store.dropBodies(doneBefore: 0) == 0)
        let future = Int64(Date().timeIntervalSince1970 * 1000) + 60_000
        #expect(try await store.dropBodies(doneBefore: future) == 50)
        #expect(try await store.dropBodies(doneBefore: future) == 0)
        #expect(try store.fileSize() < before / 2, "the freed pages go back to the file system")

        // The ids stay: a repeat is still a duplicate; the ten never confirmed keep their bodies.
        #expect(try await store.append([documents[0]]) == [.duplicate])
        let open = try await store.lease(limit: 100, for: .seconds(60))
        #expect(open.map(\.id) == documents[50...].map(\.id))
        #expect(open.allSatisfy { $0.text.hasSuffix(filler) })
    }

    @Test func keepsDocumentsAcrossReopening() async throws {
        let folder = try TemporaryDirectory("outbox")
        defer { folder.remove() }
        let path = folder.file("outbox.sqlite").path
        do {
            let store = try OutboxStore(path: path)
            _ = try await store.append([self.document("持久")])
        }
        let reopened = try OutboxStore(path: path)
        #expect(try await reopened.append([self.document("持久")]) == [.duplicate])
        #expect(try await reopened.lease(limit: 10, for: .seconds(60)).map(\.text) == ["持久"])
    }

    @Test func leasesEachDocumentOnceUntilTheLeaseExpires() async throws {
        let folder = try TemporaryDirectory("outbox")
        defer { folder.remove() }
        let store = try OutboxStore(path: folder.file("outbox.sqlite").path)
        _ = try await store.append((1...5).map { self.document("文档\($0)") })
        // Long enough that the next two leases (each an fsync'd write) run well inside it on a busy machine: at a
        // load of 13 on two cores they once took more than 3 s.
        let first = try await store.lease(limit: 3, for: .seconds(10))
        let second = try await store.lease(limit: 10, for: .seconds(60))
        #expect(first.count == 3)
        #expect(second.count == 2)
        #expect(Set(first.map(\.id)).isDisjoint(with: second.map(\.id)))
        #expect(try await store.lease(limit: 10, for: .seconds(60)).isEmpty)
        try await Task.sleep(for: .milliseconds(10_100))
        let again = try await store.lease(limit: 10, for: .seconds(60))
        #expect(Set(again.map(\.id)) == Set(first.map(\.id)))
    }

    @Test func confirmedDocumentsAreNeverHandedOutAgain() async throws {
        let folder = try TemporaryDirectory("outbox")
        defer { folder.remove() }
        let store = try OutboxStore(path: folder.file("outbox.sqlite").path)
        _ = try await store.append([self.document("甲"), self.document("乙")])
        let leased = try await store.lease(limit: 10, for: .milliseconds(100))
        #expect(try await store.confirm(ids: leased.map(\.id)) == 2)
        #expect(try await store.confirm(ids: leased.map(\.id) + ["unknown"]) == 0)
        try await Task.sleep(for: .milliseconds(150))
        #expect(try await store.lease(limit: 10, for: .seconds(60)).isEmpty)
        let counts = try await store.counts()
        #expect(counts.open == 0)
        #expect(counts.done == 2)
        // Done documents still count as duplicates.
        #expect(try await store.append([self.document("甲")]) == [.duplicate])
    }
}
