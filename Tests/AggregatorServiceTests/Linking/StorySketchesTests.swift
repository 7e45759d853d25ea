import AggregatorService
import DiaoyanModels
import DiaoyanText
import Foundation
import GRDB
import TestSupport
import Testing

@testable import AggregatorService

/// The sketches of stored roots (``StorySketches``) pass every root that can reach the threshold with a new
/// signature and hardly any that cannot; a root without a sketch always passes, and a number taken again gets the
/// new root's sketch.
@Suite struct StorySketchesTests {
    /// A signature of `values` (128 of them).
    static func signature(_ values: [UInt32]) throws -> MinHashSignature {
        try #require(
            MinHashSignature(bytes: values.flatMap { value in (0..<4).map { UInt8(value >> ($0 * 8) & 0xFF) } })
        )
    }

    /// 128 pseudo-random values from `seed`.
    static func values(_ seed: UInt64) -> [UInt32] {
        var state = seed
        return (0..<128).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt32(truncatingIfNeeded: state >> 33)
        }
    }

    @Test func aRootThatCanReachTheThresholdAlwaysPasses() throws {
        var sketches = StorySketches()
        let stored = Self.values(1)
        sketches.insert(7, signature: try Self.signature(stored))
        for equal in stride(from: 0, through: 128, by: 4) {
            // The first `equal` values agree, the rest are another text's.
            let other = Self.values(2)
            let new = try Self.signature(Array(stored.prefix(equal)) + Array(other.dropFirst(equal)))
            let similarity = new.similarity(to: try Self.signature(stored))
            let passes = sketches.mayReach(7, StorySketches.sketch(new.values))
            if similarity >= StoryLinker.threshold { #expect(passes, "\(equal) equal values") }
            if equal <= 40 { #expect(!passes, "\(equal) equal values: about 8 more nibbles agree by chance") }
        }
    }

    @Test func aRootWithoutASketchPassesAndANumberTakenAgainIsRenewed() throws {
        var sketches = StorySketches()
        let first = try Self.signature(Self.values(3))
        let second = try Self.signature(Self.values(4))
        #expect(sketches.mayReach(9, StorySketches.sketch(second.values)), "nothing held")
        sketches.insert(9, signature: first)
        #expect(!sketches.mayReach(9, StorySketches.sketch(second.values)))
        #expect(sketches.mayReach(9 + Int64(StorySketches.capacity), StorySketches.sketch(second.values)))
        sketches.insert(9, stored: second.storedBytes)
        #expect(sketches.mayReach(9, StorySketches.sketch(second.values)))
        #expect(!sketches.mayReach(9, StorySketches.sketch(first.values)))
    }

    /// Asked about several new sketches at once (one after another in one array), a root passes when it passes with
    /// any of them alone, and an unknown root always passes.
    @Test func severalSketchesAnswerAsEachAlone() throws {
        var sketches = StorySketches()
        let stored = Self.values(6)
        sketches.insert(11, signature: try Self.signature(stored))
        let news = try (0..<6).map { index in
            let equal = [0, 40, 64, 96, 20, 128][index]
            return try Self.signature(
                Array(stored.prefix(equal)) + Array(Self.values(UInt64(20 + index)).dropFirst(equal))
            )
        }
        let flat = news.flatMap { StorySketches.sketch($0.values) }
        for positions in [[0], [1], [2], [3], [4], [5], [0, 1], [0, 4], [1, 2], [4, 3, 0], [0, 1, 4], []] {
            let alone = positions.contains { sketches.mayReach(11, StorySketches.sketch(news[$0].values)) }
            #expect(sketches.mayReach(11, any: positions, of: flat) == alone, "\(positions)")
            #expect(sketches.mayReach(12, any: positions, of: flat), "\(positions): no sketch held")
        }
        #expect(!sketches.mayReach(11, any: [0, 1, 4], of: flat))
        #expect(sketches.mayReach(11, any: [0, 5], of: flat))
    }

    /// A store's filter reads the sketches of its stored roots: a reprint of a stored story still joins it, through
    /// a store opened again (the filter built from the file).
    @Test func aReopenedStoreStillJoinsAReprint() async throws {
        let folder = try TemporaryDirectory("story-sketches")
        defer { folder.remove() }
        let path = folder.file("records.sqlite").path
        var values = Self.values(5)
        let place = Place(path: "江苏省/南通市/如东县", code: "320623", level: .county)
        func record(_ id: String) -> ExtractionRecord {
            ExtractionRecord(id: id, source: "\(id).txt", title: id, published: "2025-01-01", places: [.init(place)])
        }
        do {
            let store = try SQLiteRecordStore(path: path)
            for (index, id) in ["a", "b", "c"].enumerated() {
                let context = RecordContext(signature: Self.values(UInt64(10 + index)), amountProjects: [])
                _ = try await store.commit([record(id)], contexts: [id: context])
            }
            _ = try await store.commit(
                [record("d")],
                contexts: ["d": RecordContext(signature: values, amountProjects: [])]
            )
        }
        let store = try SQLiteRecordStore(path: path)
        for index in stride(from: 0, to: 60, by: 3) { values[index] &+= 1 }
        _ = try await store.commit([record("e")], contexts: ["e": RecordContext(signature: values, amountProjects: [])])
        let stories = try await store.stats(StatsRequest(metric: .stories))
        #expect(stories.total == 4, "e (108 of 128 values equal) joins d's story")
    }
}
