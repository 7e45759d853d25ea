import AggregatorService
import DiaoyanModels
import DiaoyanText
import Foundation
import GRDB
import TestSupport
import Testing

@testable import AggregatorService

/// The filter of stored band keys (``StoryBandFilter``) never hides a stored key: not its own inserts, not the
/// keys another connection stored in the same file since it was built, and not those of the roots stored after the
/// copy kept in the file (`StoryBandFilter+Stored`) was written.
@Suite struct StoryBandFilterTests {
    @Test func everyInsertedKeyIsFoundAndFewOthersAre() {
        var filter = StoryBandFilter(capacity: 100_000, version: 0)
        var state: UInt64 = 7
        let keys = (0..<100_000).map { _ -> Int64 in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int64(bitPattern: state >> 1)
        }
        for key in keys { filter.insert(key) }
        #expect(keys.allSatisfy { filter.mightContain($0) })
        let absent = (0..<100_000).filter { filter.mightContain(-Int64($0) - 1) }.count
        #expect(absent < 3_000, "about 1 % of absent keys pass")
        #expect(!filter.isFull)
        filter.insert(1)
        #expect(filter.isFull)
    }

    /// Two stores on one file (as a restarted aggregator beside one not yet gone): a reprint committed through the
    /// second joins the story the first stored after the second had built its filter.
    @Test func anotherConnectionsBandsAreFound() async throws {
        let folder = try TemporaryDirectory("band-filter")
        defer { folder.remove() }
        let path = folder.file("records.sqlite").path
        let (first, second) = (try SQLiteRecordStore(path: path), try SQLiteRecordStore(path: path))
        var values = (0..<128).map { UInt32($0 * 7_919 % 65_521) }
        let place = Place(path: "江苏省/南通市/如东县", code: "320623", level: .county)
        func record(_ id: String) -> ExtractionRecord {
            ExtractionRecord(id: id, source: "\(id).txt", title: id, published: "2025-01-01", places: [.init(place)])
        }
        // The second store builds its filter now, with nothing stored.
        _ = try await second.commit([record("other")], contexts: [:])
        _ = try await first.commit([record("a")], contexts: ["a": RecordContext(signature: values, amountProjects: [])])
        values[3] += 1
        _ = try await second.commit(
            [record("b")],
            contexts: ["b": RecordContext(signature: values, amountProjects: [])]
        )
        let stories = try await second.stats(StatsRequest(metric: .stories))
        #expect(stories.total == 2, "b joins a's story; `other` is a story of its own")
    }

    /// Built from the tables (stepped in key order, a key of several stories added once), the filter holds every
    /// stored key of both tables.
    @Test func aBuiltFilterHoldsEveryStoredKey() throws {
        let queue = try DatabaseQueue()
        var keys: [Int64] = []
        try queue.write { db in
            try Self.createRootsAndBands(db, rootColumns: "number INTEGER PRIMARY KEY, signature BLOB")
            var state: UInt64 = 3
            for number in 0..<3_000 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                // A band key: the band's number above a 32-bit hash (``MinHashSignature/bandKeys``).
                let key = Int64(number % 32) << 32 | Int64(state >> 32)
                keys.append(key)
                let table = StoryLinker.bandTables[number % 3]
                try db.execute(
                    sql: "INSERT INTO \(table)(key, number) VALUES (?, ?), (?, ?)",
                    arguments: [key, number, key, number + 5_000]
                )
            }
        }
        let filter = try queue.write { try StoryBandFilter.build(GRDBSession(database: $0), version: 0) }
        #expect(keys.allSatisfy { filter.mightContain($0) })
        // Absent keys spread over the band keys' range (a band's number above a 32-bit hash), as stored ones are.
        #expect((0..<10_000).filter { filter.mightContain((Int64($0) &* 13_743_895_347) & (1 << 37 - 1)) }.count < 300)
        #expect(!filter.isFull)
    }

    /// A copy written and read again, with roots stored after it, holds every stored root's keys and the same
    /// sketches as a filter built from the tables; a copy whose sizes do not agree is not used.
    @Test func aKeptFilterWithTheRootsSinceAnswersAsABuiltOne() throws {
        let queue = try DatabaseQueue()
        var signatures: [MinHashSignature] = []
        func store(_ count: Int, _ db: Database) throws {
            for _ in 0..<count {
                let signature = try StorySketchesTests.signature(StorySketchesTests.values(UInt64(signatures.count)))
                signatures.append(signature)
                let number = Int64(signatures.count)
                try db.execute(
                    sql: "INSERT INTO story_roots(number, doc, signature) VALUES (?, ?, ?)",
                    arguments: [number, "d\(number)", Data(signature.storedBytes)]
                )
                for key in Set(signature.bandKeys) {
                    try db.execute(
                        sql: "INSERT INTO story_bands_recent(key, number) VALUES (?, ?)",
                        arguments: [key, number]
                    )
                }
            }
        }
        try queue.write { db in
            try Self.createRootsAndBands(db, rootColumns: "number INTEGER PRIMARY KEY, doc TEXT, signature BLOB")
            try db.execute(sql: StoryBandFilter.definition)
            try store(300, db)
            var kept = try StoryBandFilter.build(GRDBSession(database: db), version: 0)
            #expect(kept.needsSaving, "a built filter is written")
            try kept.save(GRDBSession(database: db))
            #expect(!kept.needsSaving)
            try store(200, db)
        }
        let (loaded, built) = try queue.write { db in
            let session = GRDBSession(database: db)
            return (try StoryBandFilter.load(session, version: 4), try StoryBandFilter.build(session, version: 4))
        }
        let filter = try #require(loaded)
        #expect(filter.version == 4)
        #expect(signatures.allSatisfy { $0.bandKeys.allSatisfy(filter.mightContain) })
        #expect(filter.sketches.numbers == built.sketches.numbers)
        #expect(filter.sketches.words == built.sketches.words)
        #expect(filter.unsaved == 200, "the roots read after the copy count toward the next one")
        try queue.write { db in
            try db.execute(sql: "UPDATE story_band_filter SET capacity = capacity * 2")
            #expect(try StoryBandFilter.load(GRDBSession(database: db), version: 4) == nil)
        }
    }

    /// A store opened again reads the copy its file keeps (written when the file was made, before any root) and the
    /// roots stored since: a reprint committed through it joins a story the first store stored.
    @Test func aReopenedStoreReadsTheKeptFilterAndTheRootsSince() async throws {
        let folder = try TemporaryDirectory("band-filter-kept")
        defer { folder.remove() }
        let path = folder.file("records.sqlite").path
        var values = (0..<128).map { UInt32($0 * 7_919 % 65_521) }
        let place = Place(path: "江苏省/南通市/如东县", code: "320623", level: .county)
        func record(_ id: String) -> ExtractionRecord {
            ExtractionRecord(id: id, source: "\(id).txt", title: id, published: "2025-01-01", places: [.init(place)])
        }
        do {
            let store = try SQLiteRecordStore(path: path)
            _ = try await store.commit(
                [record("a")],
                contexts: ["a": RecordContext(signature: values, amountProjects: [])]
            )
        }
        let kept = try await DatabaseQueue(path: path).read { db in
            try Int64.fetchOne(db, sql: "SELECT root FROM story_band_filter WHERE id = 1")
        }
        #expect(kept == 0, "written by the migration, not again for one root")
        values[3] += 1
        let store = try SQLiteRecordStore(path: path)
        _ = try await store.commit([record("b")], contexts: ["b": RecordContext(signature: values, amountProjects: [])])
        #expect(try await store.stats(StatsRequest(metric: .stories)).total == 1, "b joins a's story")
    }

    @Test func aFilterIsWrittenAgainEverySoManyRoots() throws {
        var filter = StoryBandFilter(capacity: 1 << 20, version: 0)
        let signature = try StorySketchesTests.signature(StorySketchesTests.values(1))
        for number in 1..<StoryBandFilter.saveEvery { filter.insert(root: Int64(number), signature: signature) }
        #expect(!filter.needsSaving)
        filter.insert(root: Int64(StoryBandFilter.saveEvery), signature: signature)
        #expect(filter.needsSaving)
    }

    /// The story roots' table with `rootColumns` and the three band tables, as the store defines them.
    static func createRootsAndBands(_ db: Database, rootColumns: String) throws {
        try db.execute(sql: "CREATE TABLE story_roots (\(rootColumns))")
        for table in StoryLinker.bandTables {
            try db.execute(
                sql:
                    "CREATE TABLE \(table) (key INTEGER NOT NULL, number INTEGER NOT NULL, PRIMARY KEY (key, number)) WITHOUT ROWID"
            )
        }
    }
}
