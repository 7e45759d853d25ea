import AggregatorService
import DiaoyanModels
import Foundation
import GRDB
import Logging
import TestSupport
import Testing

/// A store file written by the previous release (schema `v2`, GRDB's migration table) opens, migrates to the
/// current schema and answers from the records it held.
@Suite struct StoreMigrationTests {
    /// The previous release's schema, exactly as it created it.
    private static let previousSchema = """
        CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
        INSERT INTO grdb_migrations VALUES ('v1'), ('v2');
        CREATE TABLE documents (
            id TEXT PRIMARY KEY, source TEXT NOT NULL, title TEXT, published TEXT, month TEXT,
            story TEXT NOT NULL, record BLOB NOT NULL, stored_at INTEGER NOT NULL);
        CREATE TABLE places (doc TEXT NOT NULL, path TEXT NOT NULL, code TEXT, province TEXT, city TEXT,
            county TEXT, park TEXT, level TEXT);
        CREATE TABLE projects (doc TEXT NOT NULL, idx INTEGER NOT NULL, name TEXT NOT NULL,
            key TEXT NOT NULL, stage TEXT NOT NULL, path TEXT, province TEXT, city TEXT, county TEXT,
            park TEXT, organization TEXT, date TEXT, code TEXT, level TEXT, place_from TEXT, PRIMARY KEY (doc, idx));
        CREATE TABLE project_industries (doc TEXT NOT NULL, idx INTEGER NOT NULL, industry TEXT NOT NULL);
        CREATE TABLE quantities (doc TEXT NOT NULL, idx INTEGER NOT NULL, unit TEXT NOT NULL, value REAL NOT NULL);
        CREATE TABLE persons (doc TEXT NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL);
        CREATE TABLE organizations (doc TEXT NOT NULL, name TEXT NOT NULL);
        CREATE TABLE industries (doc TEXT NOT NULL, industry TEXT NOT NULL);
        CREATE TABLE events (doc TEXT NOT NULL, idx INTEGER NOT NULL, type TEXT NOT NULL, date TEXT, month TEXT);
        CREATE TABLE amounts (doc TEXT NOT NULL, currency TEXT NOT NULL, value REAL NOT NULL);
        CREATE INDEX places_doc ON places(doc);
        CREATE INDEX projects_key ON projects(key);
        CREATE INDEX documents_published ON documents(published);
        """

    private static let acheng = Place(path: "黑龙江省/哈尔滨市/阿城区", code: "230112", level: .county)

    private static let records = [
        ExtractionRecord(
            id: "a", source: "a.txt", title: "王兆力到阿城区调研", published: "2021-04-26",
            persons: [.init(name: "王兆力", role: .official)], places: [.init(acheng)],
            projects: [.init(name: "华明管业100万吨制管项目", stage: .underConstruction, place: .init(acheng, from: .story))],
            amounts: [.init(text: "100亿元", value: 1e10, currency: "CNY")]
        ),
        ExtractionRecord(
            id: "b", source: "b.txt", title: "华明管业项目投产", published: "2021-09-02", places: [.init(acheng)],
            projects: [.init(name: "100万吨制管项目", stage: .inProduction, place: .init(acheng, from: .mention))]
        ),
    ]

    @Test func aPreviousReleasesFileMigratesAndKeepsItsRecords() async throws {
        let folder = try TemporaryDirectory("migration")
        defer { folder.remove() }
        let path = folder.file("records.sqlite").path
        let encoder = JSONEncoder()
        try await DatabaseQueue(path: path).write { db in
            try db.execute(sql: Self.previousSchema)
            for (offset, record) in Self.records.enumerated() {
                // Rows as the previous release wrote them: the record's JSON, a headline story, its old facts.
                try db.execute(
                    sql: "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    arguments: [record.id, record.source, record.title, record.published, "2021-0\(4 + offset)",
                        "title:" + (record.title ?? ""), try encoder.encode(record), 1_700_000_000 + offset]
                )
                try db.execute(
                    sql: "INSERT INTO projects(doc, idx, name, key, stage) VALUES (?, 0, ?, ?, ?)",
                    arguments: [record.id, record.projects[0].name, record.projects[0].name, record.projects[0].stage.rawValue]
                )
            }
        }
        try await Self.expectMigrated(try SQLiteRecordStore(path: path))
        let migrations = try await DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
        }
        #expect(migrations == ["v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8"])
    }

    /// A file of the last release (`v7`: every story's band keys in `story_bands`) migrates to `v8` and a reprint
    /// of a story it holds still joins that story: the same answers as a store that never was `v7`.
    @Test func aV7FileKeepsItsStoriesAfterV8() async throws {
        let folder = try TemporaryDirectory("migration-v8")
        defer { folder.remove() }
        let (migrated, fresh) = (folder.file("v7.sqlite").path, folder.file("fresh.sqlite").path)
        var values = (0..<128).map { UInt32($0 * 7_919 % 65_521) }
        let original = RecordContext(signature: values, amountProjects: [nil])
        values[5] += 1
        let reprint = RecordContext(signature: values, amountProjects: [nil])
        let reprinted = ExtractionRecord(id: "c", source: "c.txt", title: "转载", published: "2021-04-27", places: [.init(Self.acheng)])
        for path in [migrated, fresh] {
            _ = try await SQLiteRecordStore(path: path).commit([Self.records[0]], contexts: ["a": original])
        }
        // As the last release left the file: the recent band keys in `story_bands`, no `v8`.
        try await DatabaseQueue(path: migrated).write { db in
            try db.execute(
                sql: """
                    INSERT INTO story_bands(key, number) SELECT key, number FROM story_bands_recent;
                    DROP TABLE story_bands_recent; DELETE FROM grdb_migrations WHERE identifier = 'v8'
                    """
            )
        }
        var stores: [SQLiteRecordStore] = []
        for path in [migrated, fresh] {
            let store = try SQLiteRecordStore(path: path)
            _ = try await store.commit([reprinted], contexts: ["c": reprint])
            #expect(try await store.stats(StatsRequest(metric: .stories)).total == 1, "the reprint joins the story")
            #expect(try await store.stats(StatsRequest(metric: .documents)).total == 2)
            stores.append(store)
        }
        try await StatisticsComparison.expectSame(stores[0], stores[1])
    }

    /// The same on PostgreSQL: the previous schema as `v1` and `v2` create it there, its rows, then a store.
    @Test(.enabled(if: ThrowawayPostgres.isAvailable))
    func aPreviousSchemaOnPostgreSQLMigratesAndKeepsItsRecords() async throws {
        let server = try await ThrowawayPostgres.start()
        let url = try await server.createDatabase("migration")
        let database = String(url.split(separator: "/").last!)
        let encoder = JSONEncoder()
        var script = Self.previousSchema
            .replacingOccurrences(of: "grdb_migrations", with: "schema_migrations")
            .replacingOccurrences(of: " BLOB", with: " BYTEA")
            .replacingOccurrences(of: " REAL", with: " DOUBLE PRECISION")
            .replacingOccurrences(of: " INTEGER", with: " BIGINT")
        for (offset, record) in Self.records.enumerated() {
            let json = String(decoding: try encoder.encode(record), as: UTF8.self).replacingOccurrences(of: "'", with: "''")
            script += """
                INSERT INTO documents VALUES ('\(record.id)', '\(record.source)', '\(record.title ?? "")', '\(record.published ?? "")',
                    '2021-0\(4 + offset)', 'title:\(record.title ?? "")', convert_to('\(json)', 'UTF8'), \(1_700_000_000 + offset));
                INSERT INTO projects(doc, idx, name, key, stage) VALUES ('\(record.id)', 0, '\(record.projects[0].name)',
                    '\(record.projects[0].name)', '\(record.projects[0].stage.rawValue)');

                """
        }
        try await server.psql(script, database: database)
        try await Self.expectMigrated(try await PostgresRecordStore.connect(url: url, logger: Logger(label: "test")))
    }

    /// What a migrated store answers.
    private static func expectMigrated(_ store: any RecordStore) async throws {
        #expect(try await store.stats(StatsRequest(metric: .documents)).total == 2)
        // Rebuilt from the records: the two reports are one project, at its latest stage.
        let byStage = try await store.stats(StatsRequest(metric: .projects, by: .stage))
        #expect(byStage.rows.map(\.key) == ["in_production"])
        #expect(byStage.total == 1)
        // Money stored before contexts existed is the story's.
        #expect(try await store.stats(StatsRequest(metric: .announcedInvestment)).total == 1e10)
        #expect(try await store.stats(StatsRequest(metric: .investment)).total == 0)
        #expect(try await store.commit([Self.records[0]]).map(\.status) == [.duplicate])
        #expect(try await store.document(id: "b") == Self.records[1])
    }
}
