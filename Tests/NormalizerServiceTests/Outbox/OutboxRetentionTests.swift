import DiaoyanModels
import Foundation
import Logging
import NormalizerService
import TestSupport
import Testing

@Suite struct OutboxRetentionTests {
    @Test func dropsWhatWasConfirmedLongerAgoThanTheRetention() async throws {
        let folder = try TemporaryDirectory("retention")
        defer { folder.remove() }
        let store = try OutboxStore(path: folder.file("outbox.sqlite").path)
        let documents = ["一", "二"].map { NormalizedDocument(id: $0, source: "\($0).txt", text: "项目\($0)期投产。") }
        _ = try await store.append(documents)
        _ = try await store.lease(limit: 1, for: .seconds(60))
        _ = try await store.confirm(ids: ["一"])

        let logger = Logger(label: "test")
        await OutboxRetention(store: store, retention: .seconds(3600), logger: logger).sweep()
        let future = Int64(Date().timeIntervalSince1970 * 1000) + 60_000
        #expect(try await store.dropBodies(doneBefore: future) == 1, "an hour's retention keeps the body")

        _ = try await store.confirm(ids: ["二"])
        await OutboxRetention(store: store, retention: .zero, logger: logger).sweep()
        #expect(try await store.dropBodies(doneBefore: future) == 0, "no retention drops it at the next sweep")
    }

    @Test func sweepsAQuarterOfTheRetentionApartWithinBounds() throws {
        let folder = try TemporaryDirectory("retention")
        defer { folder.remove() }
        let store = try OutboxStore(path: folder.file("outbox.sqlite").path)
        let logger = Logger(label: "test")
        #expect(OutboxRetention(store: store, retention: .seconds(24 * 3600), logger: logger).interval == .seconds(600))
        #expect(OutboxRetention(store: store, retention: .seconds(40), logger: logger).interval == .seconds(10))
        #expect(OutboxRetention(store: store, retention: .zero, logger: logger).interval == .seconds(1))
    }
}
