import DiaoyanModels
import DiaoyanNormalization
import Foundation
import GRDB
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
        // Long enough that the next two leases (each an fsync'd write) run well inside it on a busy machine.
        let first = try await store.lease(limit: 3, for: .seconds(3))
        let second = try await store.lease(limit: 10, for: .seconds(60))
        #expect(first.count == 3)
        #expect(second.count == 2)
        #expect(Set(first.map(\.id)).isDisjoint(with: second.map(\.id)))
        #expect(try await store.lease(limit: 10, for: .seconds(60)).isEmpty)
        try await Task.sleep(for: .milliseconds(3100))
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
