import DiaoyanModels
import Foundation
import GRDB
import Logging
import TestSupport
import Testing

@testable import AggregatorService

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
            id: "a",
            source: "a.txt",
            title: "王兆力到阿城区调研",
            published: "2021-04-26",
            persons: [.init(name: "王兆力", role: .official)],
            places: [.init(acheng)],
            projects: [.init(name: "华明管业100万吨制管项目", stage: .underConstruction, place: .init(acheng, from: .story))],
            amounts: [.init(text: "100亿元", value: 1e10, currency: "CNY")]
        ),
        ExtractionRecord(
            id: "b",
            source: "b.txt",
            title: "华明管业项目投产",
            published: "2021-09-02",
            places: [.init(acheng)],
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
                    arguments: [
                        record.id, record.source, record.title, record.published, "2021-0\(4 + offset)",
                        "title:" + (record.title ?? ""), try encoder.encode(record), 1_700_000_000 + offset,
                    ]
                )
                try db.execute(
                    sql: "INSERT INTO projects(doc, idx, name, key, stage) VALUES (?, 0, ?, ?, ?)",
                    arguments: [
                        record.id, record.projects[0].name, record.projects[0].name, record.projects[0].stage.rawValue,
                    ]
                )
            }
        }
        try await Self.expectMigrated(try SQLiteRecordStore(path: path))
        let migrations = try await DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
        }
        #expect(
            migrations == [
                "v1", "v10", "v11", "v12", "v13", "v14", "v15", "v16", "v17", "v18", "v2", "v3", "v4", "v5", "v6", "v7",
                "v8", "v9",
            ]
        )
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
        let reprinted = ExtractionRecord(
            id: "c",
            source: "c.txt",
            title: "转载",
            published: "2021-04-27",
            places: [.init(Self.acheng)]
        )
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

    /// The fact tables of documents as `v3` to `v8` keep them (`doc` the document's id): each table's definition,
    /// its columns after `doc`, and its indexes.
    private static let textKeyedFacts: [(table: String, definition: String, columns: String, indexes: [String])] = [
        (
            "places",
            "doc TEXT NOT NULL, path TEXT NOT NULL, code TEXT, level TEXT, province TEXT, city TEXT, county TEXT, park TEXT",
            "path, code, level, province, city, county, park",
            [
                "places_doc ON places(doc)", "places_province ON places(province, doc)",
                "places_city ON places(city, doc)",
                "places_county ON places(county, doc)", "places_park ON places(park, doc)",
                "places_path ON places(path, doc)", "places_code ON places(code, doc)",
            ]
        ),
        (
            "reports",
            """
            doc TEXT NOT NULL, idx INTEGER NOT NULL, project INTEGER NOT NULL, name TEXT NOT NULL, stage TEXT NOT NULL,
            date TEXT, path TEXT, code TEXT, level TEXT, park TEXT, organization TEXT, PRIMARY KEY (doc, idx)
            """,
            "idx, project, name, stage, date, path, code, level, park, organization",
            ["reports_project ON reports(project, doc)", "reports_doc ON reports(doc, project, stage)"]
        ),
        (
            "quantities", "project INTEGER NOT NULL, doc TEXT NOT NULL, unit TEXT NOT NULL, value REAL NOT NULL",
            "project, unit, value", ["quantities_project ON quantities(project, unit, value)"]
        ),
        (
            "persons", "doc TEXT NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL", "name, role",
            ["persons_doc ON persons(doc, role, name)", "persons_name ON persons(role, name, doc)"]
        ),
        (
            "organizations", "doc TEXT NOT NULL, name TEXT NOT NULL", "name",
            ["organizations_doc ON organizations(doc)", "organizations_name ON organizations(name, doc)"]
        ),
        (
            "industries", "doc TEXT NOT NULL, industry TEXT NOT NULL", "industry",
            ["industries_doc ON industries(doc)", "industries_industry ON industries(industry, doc)"]
        ),
        (
            "events",
            "doc TEXT NOT NULL, idx INTEGER NOT NULL, story TEXT NOT NULL, key TEXT NOT NULL, type TEXT NOT NULL, date TEXT, month TEXT",
            "idx, story, key, type, date, month",
            ["events_doc ON events(doc)", "events_month ON events(month, story, key)"]
        ),
        (
            "amounts",
            "doc TEXT NOT NULL, idx INTEGER NOT NULL, project INTEGER, currency TEXT NOT NULL, value REAL NOT NULL",
            "idx, project, currency, value",
            ["amounts_doc ON amounts(doc)", "amounts_project ON amounts(project, currency, value)"]
        ),
    ]

    /// A file of the last release (`v8`: facts keyed by the documents' ids) migrates to `v9` (keyed by their
    /// numbers) and answers every statistic from its facts, filtered or not, and lists its projects, exactly as a
    /// store that never was `v8`, before and after more records arrive.
    @Test func aV8FileAnswersTheSameAfterV9() async throws {
        let folder = try TemporaryDirectory("migration-v9")
        defer { folder.remove() }
        let (migrated, fresh) = (folder.file("v8.sqlite").path, folder.file("fresh.sqlite").path)
        var archive = try SyntheticArchive(seed: 11)
        let (first, second) = (archive.next(150), archive.next(60))
        try await Self.commitInTwoBatches(first, to: [migrated, fresh]) { batch in
            Dictionary(batch.map { ($0.record.id, $0.context) }, uniquingKeysWith: { one, _ in one })
        }
        // As the last release left the file: every fact table's `doc` the document's id, no `number`, no `v9`.
        var script = ""
        for facts in Self.textKeyedFacts {
            script += """
                ALTER TABLE \(facts.table) RENAME TO \(facts.table)_v9;
                CREATE TABLE \(facts.table) (\(facts.definition));
                INSERT INTO \(facts.table)(doc, \(facts.columns))
                    SELECT d.id, \(facts.columns.split(separator: ",").map { "t." + $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ", "))
                    FROM \(facts.table)_v9 t JOIN documents d ON d.number = t.doc;
                DROP TABLE \(facts.table)_v9;

                """
            script += facts.indexes.map { "CREATE INDEX \($0);\n" }.joined()
        }
        script += """
            DROP INDEX documents_number; ALTER TABLE documents DROP COLUMN number;
            DELETE FROM grdb_migrations WHERE identifier = 'v9';
            """
        let downgrade = script
        try await DatabaseQueue(path: migrated).write { db in try db.execute(sql: downgrade) }
        let textKeyed = try await DatabaseQueue(path: migrated).read { db in
            try String.fetchOne(db, sql: "SELECT typeof(doc) FROM persons LIMIT 1")
        }
        #expect(textKeyed == "text")
        let stores = [try SQLiteRecordStore(path: migrated), try SQLiteRecordStore(path: fresh)]
        let numbered = try await DatabaseQueue(path: migrated).read { db in
            try Int.fetchAll(db, sql: "SELECT number FROM documents ORDER BY stored_at, id")
        }
        #expect(numbered == Array(1...150), "numbered in storing order")
        try await Self.expectSameFacts(stores[0], stores[1])
        for store in stores {
            let contexts = Dictionary(second.map { ($0.record.id, $0.context) }, uniquingKeysWith: { one, _ in one })
            _ = try await store.commit(second.map(\.record), contexts: contexts)
            #expect(try await store.stats(StatsRequest(metric: .documents)).total == 210)
        }
        try await Self.expectSameFacts(stores[0], stores[1])
        try await StatisticsComparison.expectSame(stores[0], stores[1])
    }

    /// A file of the last release (`v9`: a story's tally items named after its id) migrates to `v10` (named after
    /// its number): the same items and members as a store that never was `v9`, and after more records arrive —
    /// reprints of stored stories among them — the same items again and the same answers to every statistic.
    @Test func aV9FileCountsTheSameAfterV10() async throws {
        let folder = try TemporaryDirectory("migration-v10")
        defer { folder.remove() }
        let (migrated, fresh) = (folder.file("v9.sqlite").path, folder.file("fresh.sqlite").path)
        var archive = try SyntheticArchive(seed: 12)
        let (first, second) = (archive.next(150), archive.next(80))
        try await Self.commitInTwoBatches(first, to: [migrated, fresh], contexts: Self.contexts)
        // As the last release left the file: a story's items named after the story (the story of the document
        // its number names), no `v10`.
        try await DatabaseQueue(path: migrated).write { db in
            try db.execute(
                sql: """
                    UPDATE tally_items SET item = (SELECT story FROM documents
                        WHERE number = CAST(substr(tally_items.item, 2, 12) AS INTEGER)) || substr(item, 14)
                    WHERE item LIKE '~%';
                    DELETE FROM grdb_migrations WHERE identifier = 'v10'
                    """
            )
        }
        let byID = try await Self.tallyItems(migrated)
        #expect(!byID.keys.contains { $0.hasPrefix("~") } && byID.keys.contains { $0.hasPrefix("bench-12-") })
        let stores = [try SQLiteRecordStore(path: migrated), try SQLiteRecordStore(path: fresh)]
        #expect(try await Self.tallyItems(migrated) == (try await Self.tallyItems(fresh)))
        try await Self.commit([second[...]], to: stores)
        #expect(try await Self.tallyItems(migrated) == (try await Self.tallyItems(fresh)))
        try await StatisticsComparison.expectSame(stores[0], stores[1])
        try await Self.expectSameFacts(stores[0], stores[1])
    }

    /// A file of the last release (`v11`: a `tally_totals` row per metric and key) migrates to `v12` (a row per key,
    /// a column per metric): every statistic the same as from a store that never was `v11`, before and after more
    /// records arrive (reprints of stored stories and projects reported again among them).
    @Test func aV11FileAnswersTheSameAfterV12() async throws {
        let folder = try TemporaryDirectory("migration-v12")
        defer { folder.remove() }
        let (migrated, fresh) = (folder.file("v11.sqlite").path, folder.file("fresh.sqlite").path)
        var archive = try SyntheticArchive(seed: 13)
        let (first, second) = (archive.next(150), archive.next(80))
        try await Self.commitInTwoBatches(first, to: [migrated, fresh], contexts: Self.contexts)
        // As the last release left the file: a row per metric with a count, and its sum for a summed metric.
        let rows = TallyTotals.metrics.map { metric in
            let sum = metric.isSum ? TallyTotals.sumColumn(metric) : "0"
            let count = TallyTotals.countColumn(metric)
            return """
                SELECT '\(metric.rawValue)', dimension, key, unit, \(count), \(sum) FROM tally_key_totals
                WHERE \(count) <> 0 OR \(sum) <> 0
                """
        }
        let downgrade = """
            CREATE TABLE tally_totals (metric TEXT NOT NULL, dimension TEXT NOT NULL, key TEXT NOT NULL,
                unit TEXT NOT NULL, count INTEGER NOT NULL, sum REAL NOT NULL,
                PRIMARY KEY (metric, dimension, key, unit)) WITHOUT ROWID;
            INSERT INTO tally_totals(metric, dimension, key, unit, count, sum) \(rows.joined(separator: " UNION ALL "));
            DROP TABLE tally_key_totals;
            DELETE FROM grdb_migrations WHERE identifier = 'v12'
            """
        try await DatabaseQueue(path: migrated).write { db in try db.execute(sql: downgrade) }
        let perMetric = try await DatabaseQueue(path: migrated).read { db in
            try Int.fetchOne(db, sql: "SELECT count(DISTINCT metric) FROM tally_totals") ?? 0
        }
        #expect(perMetric == TallyTotals.metrics.count)
        let stores = [try SQLiteRecordStore(path: migrated), try SQLiteRecordStore(path: fresh)]
        let tables = try await DatabaseQueue(path: migrated).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE name LIKE 'tally_%totals' ORDER BY name")
        }
        #expect(tables == ["tally_key_totals"])
        try await StatisticsComparison.expectSame(stores[0], stores[1])
        try await Self.commit([second[...], first.prefix(40)], to: stores)
        try await StatisticsComparison.expectSame(stores[0], stores[1])
        try await Self.expectSameFacts(stores[0], stores[1])
    }

    /// A file of the last release (`v12`: the projects' key indexes without places) migrates to `v13` (each
    /// project's place in both): every statistic and the project listing the same as from a store that never was
    /// `v12`, before and after more records arrive (projects reported again among them). `v18` runs after it
    /// again, leaving one index of the reversed keys and places.
    @Test func aV12FileAnswersTheSameAfterV13() async throws {
        let folder = try TemporaryDirectory("migration-v13")
        defer { folder.remove() }
        let (migrated, fresh) = (folder.file("v12.sqlite").path, folder.file("fresh.sqlite").path)
        var archive = try SyntheticArchive(seed: 17)
        let (first, second) = (archive.next(150), archive.next(80))
        try await Self.commitInTwoBatches(first, to: [migrated, fresh], contexts: Self.contexts)
        let downgrade = """
            DROP INDEX projects_rkey;
            CREATE INDEX projects_key ON projects(key); CREATE INDEX projects_rkey ON projects(rkey);
            DELETE FROM grdb_migrations WHERE identifier IN ('v13', 'v18')
            """
        try await DatabaseQueue(path: migrated).write { db in try db.execute(sql: downgrade) }
        let stores = [try SQLiteRecordStore(path: migrated), try SQLiteRecordStore(path: fresh)]
        let columns = try await DatabaseQueue(path: migrated).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM pragma_index_info('projects_rkey') ORDER BY seqno")
        }
        #expect(columns == ["rkey", "path"], "as v18 left it")
        try await StatisticsComparison.expectSame(stores[0], stores[1])
        try await Self.commit([second[...], first.prefix(40)], to: stores)
        try await StatisticsComparison.expectSame(stores[0], stores[1])
        try await Self.expectSameFacts(stores[0], stores[1])
    }

    /// A file of the last release (`v13`: no middle tree of band keys) migrates to `v14` and, its keys left where
    /// they were, answers every statistic and listing as a store that never was `v13`, before and after more
    /// records arrive (reprints of stored stories among them) with the recent keys moved through the middle tree.
    @Test func aV13FileAnswersTheSameAfterV14() async throws {
        let folder = try TemporaryDirectory("migration-v14")
        defer { folder.remove() }
        let (migrated, fresh) = (folder.file("v13.sqlite").path, folder.file("fresh.sqlite").path)
        var archive = try SyntheticArchive(seed: 19)
        let (first, second) = (archive.next(150), archive.next(80))
        try await Self.commitInTwoBatches(first, to: [migrated, fresh], contexts: Self.contexts)
        let downgrade = "DROP TABLE story_bands_middle; DELETE FROM grdb_migrations WHERE identifier = 'v14'"
        try await DatabaseQueue(path: migrated).write { db in try db.execute(sql: downgrade) }
        let stores = [try SQLiteRecordStore(path: migrated), try SQLiteRecordStore(path: fresh)]
        try await StatisticsComparison.expectSame(stores[0], stores[1])
        for path in [migrated, fresh] {
            try await DatabaseQueue(path: path).write { db in
                try StoryLinker.moveBands(
                    from: "story_bands_recent",
                    to: "story_bands_middle",
                    session: GRDBSession(database: db)
                )
            }
        }
        try await Self.commit([second[...], first.prefix(40)], to: stores)
        try await StatisticsComparison.expectSame(stores[0], stores[1])
        try await Self.expectSameFacts(stores[0], stores[1])
    }

    /// A file of the last release (`v14`: indexes on the facts' values that no filtered statistic reads) migrates to
    /// `v15`, which drops them, and answers every statistic and listing — unfiltered and under each kind of filter —
    /// as a store that never had them, before and after more records arrive.
    @Test func aV14FileAnswersTheSameAfterV15() async throws {
        let folder = try TemporaryDirectory("migration-v15")
        defer { folder.remove() }
        let (migrated, fresh) = (folder.file("v14.sqlite").path, folder.file("fresh.sqlite").path)
        var archive = try SyntheticArchive(seed: 23)
        let (first, second) = (archive.next(150), archive.next(80))
        try await Self.commitInTwoBatches(first, to: [migrated, fresh], contexts: Self.contexts)
        let downgrade = """
            CREATE INDEX documents_published ON documents(published);
            CREATE INDEX documents_month ON documents(month, id);
            CREATE INDEX documents_source ON documents(source, id);
            CREATE INDEX places_province ON places(province, doc);
            CREATE INDEX places_city ON places(city, doc);
            CREATE INDEX places_county ON places(county, doc);
            CREATE INDEX places_park ON places(park, doc);
            CREATE INDEX events_month ON events(month, story, key);
            CREATE INDEX organizations_name ON organizations(name, doc);
            DELETE FROM grdb_migrations WHERE identifier = 'v15'
            """
        try await DatabaseQueue(path: migrated).write { db in try db.execute(sql: downgrade) }
        let stores = [try SQLiteRecordStore(path: migrated), try SQLiteRecordStore(path: fresh)]
        for path in [migrated, fresh] {
            let indexes = try await DatabaseQueue(path: path).read { db in
                try String.fetchAll(
                    db,
                    sql: """
                        SELECT name FROM sqlite_master WHERE name IN ('documents_published', 'documents_month',
                        'documents_source', 'places_province', 'places_city', 'places_county', 'places_park',
                        'events_month', 'organizations_name')
                        """
                )
            }
            #expect(indexes.isEmpty)
        }
        try await StatisticsComparison.expectSame(stores[0], stores[1])
        try await Self.expectSameFacts(stores[0], stores[1])
        try await Self.commit([second[...]], to: stores)
        try await StatisticsComparison.expectSame(stores[0], stores[1])
        try await Self.expectSameFacts(stores[0], stores[1])
    }

    /// A file of the last release (`v15`: no band filter kept in it) migrates to `v16`, which builds the filter and
    /// keeps it, current through the latest root; opened again, the store reads it and answers every statistic and
    /// listing as a store that always kept one, before and after more records arrive (reprints of stored stories
    /// among them: their roots' keys are found through the copy).
    @Test func aV15FileAnswersTheSameAfterV16() async throws {
        let folder = try TemporaryDirectory("migration-v16")
        defer { folder.remove() }
        let (migrated, fresh) = (folder.file("v15.sqlite").path, folder.file("fresh.sqlite").path)
        var archive = try SyntheticArchive(seed: 29)
        let (first, second) = (archive.next(150), archive.next(80))
        try await Self.commitInTwoBatches(first, to: [migrated, fresh], contexts: Self.contexts)
        let downgrade = "DROP TABLE story_band_filter; DELETE FROM grdb_migrations WHERE identifier = 'v16'"
        try await DatabaseQueue(path: migrated).write { db in try db.execute(sql: downgrade) }
        let stores = [try SQLiteRecordStore(path: migrated), try SQLiteRecordStore(path: fresh)]
        let (kept, latest) = try await DatabaseQueue(path: migrated).read { db in
            (
                try Int64.fetchOne(db, sql: "SELECT root FROM story_band_filter WHERE id = 1"),
                try Int64.fetchOne(db, sql: "SELECT max(number) FROM story_roots")
            )
        }
        #expect(kept != nil && kept == latest, "built and kept by the migration, through the latest root")
        try await StatisticsComparison.expectSame(stores[0], stores[1])
        try await Self.commit([second[...], first.prefix(40)], to: stores)
        try await StatisticsComparison.expectSame(stores[0], stores[1])
        try await Self.expectSameFacts(stores[0], stores[1])
    }

    /// A file of the last release (`v17`: an index of the projects' keys and one of their reversed keys with the
    /// keys) migrates to `v18` (one index, of the reversed keys and places) and answers every statistic and listing
    /// as a store that never was `v17`, before and after more records arrive (reprints among them, whose reports
    /// join stored projects through the index), with the same projects and reports.
    @Test func aV17FileAnswersTheSameAfterV18() async throws {
        let folder = try TemporaryDirectory("migration-v18")
        defer { folder.remove() }
        let (migrated, fresh) = (folder.file("v17.sqlite").path, folder.file("fresh.sqlite").path)
        var archive = try SyntheticArchive(seed: 37)
        let (first, second) = (archive.next(150), archive.next(80))
        try await Self.commitInTwoBatches(first, to: [migrated, fresh], contexts: Self.contexts)
        let downgrade = """
            DROP INDEX projects_rkey;
            CREATE INDEX projects_key ON projects(key, path); CREATE INDEX projects_rkey ON projects(rkey, key, path);
            DELETE FROM grdb_migrations WHERE identifier = 'v18'
            """
        try await DatabaseQueue(path: migrated).write { db in try db.execute(sql: downgrade) }
        let stores = [try SQLiteRecordStore(path: migrated), try SQLiteRecordStore(path: fresh)]
        for path in [migrated, fresh] {
            let (indexes, columns) = try await DatabaseQueue(path: path).read { db in
                (
                    try String.fetchAll(
                        db,
                        sql: "SELECT name FROM sqlite_master WHERE name IN ('projects_key', 'projects_rkey')"
                    ),
                    try String.fetchAll(db, sql: "SELECT name FROM pragma_index_info('projects_rkey') ORDER BY seqno")
                )
            }
            #expect(indexes == ["projects_rkey"] && columns == ["rkey", "path"], "\(path)")
        }
        try await StatisticsComparison.expectSame(stores[0], stores[1])
        try await Self.commit([second[...], first.prefix(40)], to: stores)
        try await StatisticsComparison.expectSame(stores[0], stores[1])
        try await Self.expectSameFacts(stores[0], stores[1])
        let projects = "SELECT id, key, rkey, name, path, stage, stage_date FROM projects ORDER BY id"
        let reports = "SELECT doc, idx, project, stage FROM reports ORDER BY doc, idx"
        let (mine, theirs) = (
            try await DatabaseQueue(path: migrated).read { db in
                (try Row.fetchAll(db, sql: projects), try Row.fetchAll(db, sql: reports))
            },
            try await DatabaseQueue(path: fresh).read { db in
                (try Row.fetchAll(db, sql: projects), try Row.fetchAll(db, sql: reports))
            }
        )
        #expect(mine.0 == theirs.0 && mine.1 == theirs.1)
        let joined = try await DatabaseQueue(path: fresh).read { db in
            try Int.fetchOne(
                db,
                sql:
                    "SELECT count(*) FROM reports WHERE doc > 150 AND project IN (SELECT project FROM reports WHERE doc <= 150)"
            )
        }
        #expect((joined ?? 0) > 0, "reports of the later records joined stored projects")
    }

    /// A PostgreSQL database of `v17` (the projects' two key indexes) migrates to `v18` (one, of the reversed keys
    /// and places) and answers every statistic and listing as one that never was `v17`, before and after more
    /// records arrive (reprints among them).
    @Test(.enabled(if: ThrowawayPostgres.isAvailable))
    func aV17DatabaseOnPostgreSQLAnswersTheSameAfterV18() async throws {
        var archive = try SyntheticArchive(seed: 41)
        let (first, second) = (archive.next(150), archive.next(80))
        let stores = try await Self.migratedAndFreshOnPostgres(
            filledWith: first,
            downgrade: """
                DROP INDEX projects_rkey;
                CREATE INDEX projects_key ON projects(key, path); CREATE INDEX projects_rkey ON projects(rkey, key, path);
                DELETE FROM schema_migrations WHERE identifier = 'v18'
                """
        )
        for store in stores {
            let indexes = try await Self.indexNames(of: store)
            #expect(indexes.filter { $0 == "projects_key" || $0 == "projects_rkey" } == ["projects_rkey"])
        }
        try await StatisticsComparison.expectSame(stores[0], stores[1])
        for store in stores {
            for batch in [second[...], first.prefix(40)] {
                _ = try await store.commit(batch.map(\.record), contexts: Self.contexts(batch))
            }
        }
        try await StatisticsComparison.expectSame(stores[0], stores[1])
        try await Self.expectSameFacts(stores[0], stores[1])
    }

    /// A PostgreSQL database of the last release (`v16`: the indexes `v17` drops) migrates and answers every
    /// statistic and listing — unfiltered and under each kind of filter — as one that never had them, before and
    /// after more records arrive.
    @Test(.enabled(if: ThrowawayPostgres.isAvailable))
    func aV16DatabaseOnPostgreSQLAnswersTheSameAfterV17() async throws {
        var archive = try SyntheticArchive(seed: 31)
        let (first, second) = (archive.next(150), archive.next(80))
        let dropped = ["documents_published", "documents_month", "documents_source", "places_province", "events_month"]
        let stores = try await Self.migratedAndFreshOnPostgres(
            filledWith: first,
            downgrade: """
                CREATE INDEX documents_published ON documents(published);
                CREATE INDEX documents_month ON documents(month, id);
                CREATE INDEX documents_source ON documents(source, id);
                CREATE INDEX places_province ON places(province, doc);
                CREATE INDEX events_month ON events(month, story, key);
                DELETE FROM schema_migrations WHERE identifier = 'v17'
                """
        )
        for store in stores {
            let indexes = try await Self.indexNames(of: store)
            #expect(Set(indexes).isDisjoint(with: dropped))
            #expect(indexes.contains("places_city") && indexes.contains("organizations_name"), "read by statistics")
        }
        try await StatisticsComparison.expectSame(stores[0], stores[1])
        try await Self.expectSameFacts(stores[0], stores[1])
        for store in stores { _ = try await store.commit(second.map(\.record), contexts: Self.contexts(second[...])) }
        try await StatisticsComparison.expectSame(stores[0], stores[1])
        try await Self.expectSameFacts(stores[0], stores[1])
    }

    /// Two PostgreSQL databases of a throwaway server filled alike with `records` (in two batches), the first taken
    /// back to the previous schema by `downgrade`, then both opened again: the first migrated, the second never
    /// behind.
    private static func migratedAndFreshOnPostgres(
        filledWith records: [(record: ExtractionRecord, context: RecordContext)],
        downgrade: String
    ) async throws -> [PostgresRecordStore] {
        let server = try await ThrowawayPostgres.start()
        let (migrated, fresh) = (try await server.createDatabase("migrated"), try await server.createDatabase("fresh"))
        for url in [migrated, fresh] {
            let store = try await PostgresRecordStore.connect(url: url, logger: Logger(label: "test"))
            for batch in [records[..<70], records[70...]] {
                _ = try await store.commit(batch.map(\.record), contexts: Self.contexts(batch))
            }
        }
        try await server.psql(downgrade, database: String(migrated.split(separator: "/").last!))
        var stores: [PostgresRecordStore] = []
        for url in [migrated, fresh] {
            stores.append(try await PostgresRecordStore.connect(url: url, logger: Logger(label: "test")))
        }
        return stores
    }

    /// The names of the indexes of `store`'s schema on PostgreSQL.
    private static func indexNames(of store: PostgresRecordStore) async throws -> [String] {
        try await store.blocking {
            var names: [String] = []
            try store.transaction { session in
                names = try session.rows("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()", [])
                    .compactMap { $0.text("indexname") }
            }
            return names
        }
    }

    /// Commits `records` to a new store at each of `paths`, in two batches (the first 70, then the rest).
    private static func commitInTwoBatches(
        _ records: [(record: ExtractionRecord, context: RecordContext)],
        to paths: [String],
        contexts: (ArraySlice<(record: ExtractionRecord, context: RecordContext)>) -> [String: RecordContext]
    ) async throws {
        for path in paths {
            let store = try SQLiteRecordStore(path: path)
            for batch in [records[..<70], records[70...]] {
                _ = try await store.commit(batch.map(\.record), contexts: contexts(batch))
            }
        }
    }

    /// Commits each of `batches` in turn to every one of `stores`, each with its contexts (``contexts(_:)``): more
    /// records arriving after a migration.
    private static func commit(
        _ batches: [ArraySlice<(record: ExtractionRecord, context: RecordContext)>],
        to stores: [SQLiteRecordStore]
    ) async throws {
        for store in stores {
            for batch in batches { _ = try await store.commit(batch.map(\.record), contexts: Self.contexts(batch)) }
        }
    }

    /// The contexts of `batch` but every seventh: those records keep their headline's key as their story.
    private static func contexts(_ batch: ArraySlice<(record: ExtractionRecord, context: RecordContext)>)
        -> [String: RecordContext]
    {
        var contexts: [String: RecordContext] = [:]
        for (offset, entry) in batch.enumerated() where offset % 7 != 3 { contexts[entry.record.id] = entry.context }
        return contexts
    }

    /// The tally items of the file at `path`, each with its members (in no order: they are written from sets).
    private static func tallyItems(_ path: String) async throws -> [String: Set<TallyMember>] {
        try await DatabaseQueue(path: path).read { db in
            var items: [String: Set<TallyMember>] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT item, members FROM tally_items") {
                let item: String = row["item"]
                items[item] = Set(try TallyItems.decode([UInt8](row["members"] as Data), item: item))
            }
            return items
        }
    }

    /// Every metric by every dimension from the fact tables, unfiltered and under each kind of filter, and the
    /// project listing, the same from both stores.
    private static func expectSameFacts(_ one: any RecordStore, _ other: any RecordStore) async throws {
        let official = try await one.stats(StatsRequest(metric: .officials, by: .official), fromFacts: true)
            .rows.first?.key
        let filters: [QueryFilter?] = [
            nil, QueryFilter(from: "2021", to: "2023-06"), QueryFilter(place: "黑龙江省"), QueryFilter(industry: .steel),
            QueryFilter(stage: .inProduction), QueryFilter(official: official),
        ]
        for filter in filters {
            for metric in StatsMetric.allCases {
                for dimension in [nil] + StatsDimension.allCases.map(Optional.some) {
                    let request = StatsRequest(metric: metric, by: dimension, filter: filter)
                    let mine = try await one.stats(request, fromFacts: true)
                    let theirs = try await other.stats(request, fromFacts: true)
                    let label = "\(metric) by \(dimension?.rawValue ?? "-") where \(String(describing: filter))"
                    #expect(StatisticsComparison.rows(mine) == StatisticsComparison.rows(theirs), "\(label)")
                    #expect(mine.total == theirs.total, "\(label)")
                }
            }
            let request = ProjectsRequest(filter: filter, limit: 500)
            #expect(try await one.projects(request) == (try await other.projects(request)))
        }
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
            let json = String(decoding: try encoder.encode(record), as: UTF8.self).replacingOccurrences(
                of: "'",
                with: "''"
            )
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
