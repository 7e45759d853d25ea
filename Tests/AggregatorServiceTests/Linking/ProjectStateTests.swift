import DiaoyanModels
import GRDB
import Testing

@testable import AggregatorService

/// A stored project's row is written only where a commit's reports changed it (``ProjectState/Change``): not at all
/// when a report only confirms it, without its place's columns (and so without their indexes' entries) when only
/// its name or stage moved, whole when its place did; and the row ends as if written whole every time.
@Suite struct ProjectStateTests {
    private static let nantong = Place(path: "江苏省/南通市", code: "320600", level: .city)
    private static let rudong = Place(path: "江苏省/南通市/如东县", code: "320623", level: .county)
    private static let name = "年产20万吨新型储能材料项目"

    private static func document(_ id: String, published: String, stage: Stage, at place: Place) -> FactWriter.Document
    {
        let record = ExtractionRecord(
            id: id,
            source: "\(id).txt",
            title: "标题\(id)",
            published: published,
            places: [.init(place)],
            projects: [
                .init(name: Self.name, stage: stage, place: .init(place, from: .mention), industries: [.newEnergy])
            ]
        )
        return FactWriter.Document(record: record, context: nil, json: [], storedAt: 0)
    }

    /// The updates of `projects` each commit made: every update, and those that set a column of the place.
    private struct Updates: Equatable {
        var rows: Int
        var places: Int
    }

    private static func commit(_ document: FactWriter.Document, _ queue: DatabaseQueue) throws -> Updates {
        try queue.write { database in
            try database.execute(sql: "DELETE FROM temp.updated")
            try FactWriter.write([document], session: GRDBSession(database: database))
            return Updates(
                rows: try Int.fetchOne(database, sql: "SELECT count(*) FROM temp.updated WHERE what = 'row'") ?? -1,
                places: try Int.fetchOne(database, sql: "SELECT count(*) FROM temp.updated WHERE what = 'place'") ?? -1
            )
        }
    }

    @Test func aStoredProjectsRowIsWrittenOnlyWhereItsReportsChangedIt() throws {
        let queue = try DatabaseQueue()
        try StoreMigrator.migrate { body in try queue.write { try body(GRDBSession(database: $0)) } }
        try queue.write { database in
            try database.execute(
                sql: """
                    CREATE TEMP TABLE updated (what TEXT NOT NULL);
                    CREATE TEMP TRIGGER row_updated AFTER UPDATE ON main.projects
                    BEGIN INSERT INTO updated VALUES ('row'); END;
                    CREATE TEMP TRIGGER place_updated
                    AFTER UPDATE OF path, code, level, province, city, county, park ON main.projects
                    BEGIN INSERT INTO updated VALUES ('place'); END;
                    """
            )
        }
        let created = try Self.commit(
            Self.document("a", published: "2025-01-01", stage: .signed, at: Self.nantong),
            queue
        )
        #expect(created == Updates(rows: 0, places: 0), "a new project is inserted")
        let confirmed = try Self.commit(
            Self.document("b", published: "2025-01-01", stage: .signed, at: Self.nantong),
            queue
        )
        #expect(confirmed == Updates(rows: 0, places: 0), "the same name, stage, date and place: nothing written")
        let advanced = try Self.commit(
            Self.document("c", published: "2025-02-01", stage: .groundbreaking, at: Self.nantong),
            queue
        )
        #expect(advanced == Updates(rows: 1, places: 0), "a later stage: the row without its place")
        let placed = try Self.commit(
            Self.document("d", published: "2025-03-01", stage: .groundbreaking, at: Self.rudong),
            queue
        )
        #expect(placed == Updates(rows: 1, places: 1), "a deeper place: the whole row")
        let row = try queue.read { database in
            try Row.fetchOne(
                database,
                sql:
                    "SELECT count(*) OVER () AS n, name, path, code, level, province, city, county, park, stage FROM projects"
            )
        }
        let stored = try #require(row)
        #expect(stored["n"] as Int == 1)
        #expect(stored["name"] as String == Self.name)
        #expect(stored["path"] as String == Self.rudong.path)
        #expect(stored["code"] as String == Self.rudong.code)
        #expect(stored["level"] as String == "county")
        #expect(stored["province"] as String == "江苏省")
        #expect(stored["city"] as String == "南通市")
        #expect(stored["county"] as String == "如东县")
        #expect(stored["park"] as String? == nil)
        #expect(stored["stage"] as String == Stage.groundbreaking.rawValue)
    }
}
