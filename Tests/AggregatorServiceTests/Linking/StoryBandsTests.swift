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

    /// Stores `count` story roots named `s<n>` (their documents too), `batch` a commit, merging the recent keys
    /// every `mergeEvery` and the middle ones every `largeEvery`.
    private static func storeRoots(
        _ count: Int,
        batch: Int,
        mergeEvery: Int64,
        largeEvery: Int64,
        session: any SQLSession
    ) throws {
        for start in stride(from: 0, to: count, by: batch) {
            let roots = try (start..<min(start + batch, count)).map { index in
                (document: "s\(index)", signature: try Self.signature(UInt32(index)))
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
