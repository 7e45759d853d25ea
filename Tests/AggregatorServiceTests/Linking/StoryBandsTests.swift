import DiaoyanText
import GRDB
import Logging
import TestSupport
import Testing

@testable import AggregatorService

/// The band keys of the latest stories wait in `story_bands_recent`, move to `story_bands_middle` together and
/// from there to `story_bands` (``StoryLinker/storeRoots(_:session:mergeEvery:largeEvery:)``): a new document finds
/// a story's first document whichever table holds its keys, and a merge loses and doubles no row.
@Suite struct StoryBandsTests {
    /// A signature of 128 values drawn from `seed` (distinct seeds share no band key in practice).
    private static func signature(_ seed: UInt32) throws -> MinHashSignature {
        var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 | 1
        let values = (0..<128).map { _ -> UInt32 in
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return UInt32(truncatingIfNeeded: state >> 16)
        }
        return try #require(MinHashSignature(values: values))
    }

    /// `signature(seed)` with the first band's values of every other such signature: all of them share that band's
    /// key, and a new one agrees with them on those values only.
    private static func sharingFirstBand(_ seed: UInt32) throws -> MinHashSignature {
        var values = try Self.signature(seed).values
        values.replaceSubrange(0..<MinHashSignature.rowsPerBand, with: [7, 77, 777, 7_777])
        return try #require(MinHashSignature(values: values))
    }

    /// Stores `count` story roots named `s<n>` (their documents too, signed `signature(n)`), `batch` a commit,
    /// merging the recent keys every `mergeEvery` and the middle ones every `largeEvery`.
    private static func storeRoots(
        _ count: Int,
        batch: Int,
        mergeEvery: Int64,
        largeEvery: Int64,
        session: any SQLSession,
        signature: (UInt32) throws -> MinHashSignature = Self.signature
    ) throws {
        for start in stride(from: 0, to: count, by: batch) {
            let roots = try (start..<min(start + batch, count)).map { index in
                (document: "s\(index)", signature: try signature(UInt32(index)))
            }
            for root in roots {
                try session.execute(
                    "INSERT INTO documents(id, source, story, record, stored_at, signature) VALUES (?, ?, ?, ?, 0, ?)",
                    [.text(root.document), .text("src"), .text(root.document), .blob([0]), .blob(root.signature.bytes)]
                )
            }
            try StoryLinker.storeRoots(roots, session: session, mergeEvery: mergeEvery, largeEvery: largeEvery)
        }
    }

    private func withSession(_ body: (GRDBSession) throws -> Void) throws {
        let queue = try DatabaseQueue()
        try StoreMigrator.migrate { transaction in try queue.write { try transaction(GRDBSession(database: $0)) } }
        try queue.write { try body(GRDBSession(database: $0)) }
    }

    @Test func bandsMoveToTheLargeTableEveryFewStoriesAndAreFoundInBoth() throws {
        try self.withSession { try Self.expectMergesAndLookups($0) }
    }

    /// The same statements on PostgreSQL, in a transaction of the store's writer.
    @Test(.enabled(if: ThrowawayPostgres.isAvailable))
    func bandsMoveAndAreFoundOnPostgreSQL() async throws {
        let url = try await ThrowawayPostgres.start().createDatabase("bands")
        let store = try await PostgresRecordStore.connect(url: url, logger: Logger(label: "test"))
        try await store.blocking { try store.transaction { try Self.expectMergesAndLookups($0) } }
    }

    /// A key that more than ``SharedBandRows/least`` roots of the large table share has its rows kept once read,
    /// with their roots' sketches; a linker given them links as one reading the table, and finds them once the table
    /// has lost them.
    @Test func aKeyManyRootsShareKeepsItsLargeTableRowsAndLinksTheSame() throws {
        try self.withSession { session in
            // Roots 1…32 end in the large table (moved at 16 and 32), 33…36 in the middle one.
            let count = SharedBandRows.least + 4
            try Self.storeRoots(
                count,
                batch: 4,
                mergeEvery: 4,
                largeEvery: 16,
                session: session,
                signature: Self.sharingFirstBand
            )
            let key = try Self.sharingFirstBand(0).bandKeys[0]
            let new = [try Self.sharingFirstBand(5), try Self.sharingFirstBand(1_000)]
            var sketches = StoryBandFilter(capacity: 1, version: 0)
            for index in 0..<count {
                sketches.insert(root: Int64(index + 1), signature: try Self.sharingFirstBand(UInt32(index)))
            }
            let filter = sketches
            func links(_ shared: inout SharedBandRows?) throws -> [String] {
                var linker = try StoryLinker(signatures: new, session: session, filter: filter, shared: &shared)
                return [
                    linker.link("copy-of-5", signature: new[0], fallback: ""),
                    linker.link("new", signature: new[1], fallback: ""),
                ]
            }
            var none: SharedBandRows?
            #expect(try links(&none) == ["s5", "new"])
            var shared: SharedBandRows? = SharedBandRows()
            #expect(try links(&shared) == ["s5", "new"])
            #expect(shared?.numbers(key) == Array(1...Int64(2 * 16)))
            #expect(shared?.count == 1, "the other keys have a row each")
            // The kept rows are what links now: the large table's rows gone, the copy still finds its root there.
            try session.execute("DELETE FROM story_bands", [])
            #expect(try links(&shared) == ["s5", "new"])
            var fresh: SharedBandRows? = SharedBandRows()
            #expect(try links(&fresh) == ["copy-of-5", "new"])
        }
    }

    /// Stores fourteen roots in commits of three, merging the recent keys every four and the middle ones every
    /// eight, and finds them in all three tables.
    private static func expectMergesAndLookups(_ session: any SQLSession) throws {
        try Self.storeRoots(14, batch: 3, mergeEvery: 4, largeEvery: 8, session: session)
        // Roots 1…14 stored in commits of 3: the recent keys move to the middle after the commits that pass 4, 8
        // and 12 (roots 4…6, 7…9, 10…12), the middle ones to the large table after the one that passes 8.
        let numbers = try StoryLinker.bandTables.map { table in
            try session.rows("SELECT DISTINCT number FROM \(table) ORDER BY number", []).compactMap {
                $0.integer("number")
            }
        }
        #expect(numbers == [Array(1...9), [10, 11, 12], [13, 14]])
        let rows = try session.rows(
            "SELECT " + StoryLinker.bandTables.map { "(SELECT count(*) FROM \($0))" }.joined(separator: " + ")
                + " AS n",
            []
        )
        let distinct = try (0..<14).map { Set(try Self.signature(UInt32($0)).bandKeys).count }.reduce(0, +)
        #expect(rows.first?.integer("n") == Int64(distinct))
        var linker = try StoryLinker(
            signatures: [
                try Self.signature(2), try Self.signature(10), try Self.signature(13), try Self.signature(99),
            ],
            session: session
        )
        #expect(linker.link("copy-of-2", signature: try Self.signature(2), fallback: "") == "s2")
        #expect(linker.link("copy-of-10", signature: try Self.signature(10), fallback: "") == "s10")
        #expect(linker.link("copy-of-13", signature: try Self.signature(13), fallback: "") == "s13")
        #expect(linker.link("new", signature: try Self.signature(99), fallback: "") == "new")
    }
}
