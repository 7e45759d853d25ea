import GRDB
import Testing

@testable import AggregatorService

/// Values bound with SQLite's own calls and read back from its columns (``GRDBSession``): every kind of value round
/// trips, an empty text or blob stays empty (never NULL), a wrong number of values is refused, and a cached
/// statement whose last run failed runs again.
@Suite struct GRDBSessionTests {
    private func withSession(_ body: (GRDBSession) throws -> Void) throws {
        let queue = try DatabaseQueue()
        try queue.write { database in
            try database.execute(sql: "CREATE TABLE t (k INTEGER PRIMARY KEY, v)")
            try body(GRDBSession(database: database))
        }
    }

    @Test func everyKindOfValueRoundTrips() throws {
        let values: [SQLValue] = [
            .null, .integer(-42), .integer(Int64.max), .real(1.25e10), .text(""), .text("黑龙江省/哈尔滨市"),
            .blob([]), .blob([0, 1, 255]),
        ]
        try self.withSession { session in
            try session.insert(into: "t(k, v)", values.enumerated().map { [.integer(Int64($0.offset)), $0.element] })
            let read = try session.rows("SELECT v, typeof(v) AS kind FROM t ORDER BY k", [])
            #expect(read.map { $0.value("v") } == values)
            #expect(
                read.map { $0.text("kind") } == ["null", "integer", "integer", "real", "text", "text", "blob", "blob"]
            )
        }
    }

    @Test func aWrongNumberOfValuesIsRefused() throws {
        try self.withSession { session in
            #expect(throws: GRDBSession.Error.self) {
                try session.execute("INSERT INTO t(k, v) VALUES (?, ?)", [.integer(1)])
            }
            let stored = try session.rows("SELECT k FROM t", [])
            #expect(stored.isEmpty)
        }
    }

    @Test func aStatementThatFailedRunsAgain() throws {
        try self.withSession { session in
            let insert = "INSERT INTO t(k, v) VALUES (?, ?)"
            try session.execute(insert, [.integer(1), .text("a")])
            #expect(throws: (any Error).self) { try session.execute(insert, [.integer(1), .text("b")]) }
            try session.execute(insert, [.integer(2), .text("c")])
            let stored = try session.rows("SELECT v FROM t ORDER BY k", [])
            #expect(stored.map { $0.text("v") } == ["a", "c"])
        }
    }
}
