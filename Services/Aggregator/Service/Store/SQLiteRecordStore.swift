import DiaoyanModels
import Foundation
import GRDB

/// The aggregator's embedded store: one SQLite file (WAL, `synchronous=FULL`) holding each record as JSON plus
/// fact tables that statistics are computed from.
///
/// ```
/// documents(id PK, source, title, published, month, story, record)      one row per committed record
/// places(doc, path, code, level, province, city, county, park)
/// projects(doc, idx, name, key, stage, path, code, level, province, city, county, park, place_from, organization,
///     date)
/// project_industries(doc, idx, industry) · quantities(doc, idx, unit, value)
/// persons(doc, name, role) · organizations(doc, name) · industries(doc, industry)
/// events(doc, idx, type, date, month) · amounts(doc, currency, value)
/// ```
package final class SQLiteRecordStore: RecordStore {
    /// Why the store could not be opened or used.
    package enum Error: Swift.Error, CustomStringConvertible {
        case cannotOpen(path: String, reason: String)
        case corruptRecord(id: String, reason: String)

        package var description: String {
            switch self {
            case .cannotOpen(let path, let reason): "cannot open \(path): \(reason)"
            case .corruptRecord(let id, let reason): "stored record \(id) cannot be decoded: \(reason)"
            }
        }
    }

    private let pool: DatabasePool

    /// Opens the store named by a `--database` value (`sqlite:PATH`).
    package convenience init(url: String) throws {
        switch try DatabaseLocation(parsing: url) {
        case .sqlite(let path): try self.init(path: path)
        }
    }

    /// Opens (or creates) the SQLite file at `path`, creating its folder if needed.
    ///
    /// - Parameter maximumPageCount: caps the file at that many pages (SQLite `max_page_count`); a write past
    ///   it fails with `SQLITE_FULL` like a full disk; a cap below the file's size (once migrated) is raised
    ///   to its size. Default nil: no cap.
    package init(path: String, maximumPageCount: Int? = nil) throws(Error) {
        do {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA synchronous = FULL")
            }
            self.pool = try DatabasePool(path: path, configuration: configuration)
            try Self.migrator.migrate(self.pool)
            if let maximumPageCount {
                // The pool's single writer connection is the only one that grows the file.
                try self.pool.write { try $0.execute(sql: "PRAGMA max_page_count = \(maximumPageCount)") }
            }
        } catch {
            throw .cannotOpen(path: path, reason: String(describing: error))
        }
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE documents (
                        id TEXT PRIMARY KEY, source TEXT NOT NULL, title TEXT, published TEXT, month TEXT,
                        story TEXT NOT NULL, record BLOB NOT NULL, stored_at INTEGER NOT NULL);
                    CREATE TABLE places (doc TEXT NOT NULL, path TEXT NOT NULL, code TEXT, province TEXT, city TEXT,
                        county TEXT, park TEXT);
                    CREATE TABLE projects (doc TEXT NOT NULL, idx INTEGER NOT NULL, name TEXT NOT NULL,
                        key TEXT NOT NULL, stage TEXT NOT NULL, path TEXT, province TEXT, city TEXT, county TEXT,
                        park TEXT, organization TEXT, date TEXT, PRIMARY KEY (doc, idx));
                    CREATE TABLE project_industries (doc TEXT NOT NULL, idx INTEGER NOT NULL, industry TEXT NOT NULL);
                    CREATE TABLE quantities (doc TEXT NOT NULL, idx INTEGER NOT NULL, unit TEXT NOT NULL,
                        value REAL NOT NULL);
                    CREATE TABLE persons (doc TEXT NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL);
                    CREATE TABLE organizations (doc TEXT NOT NULL, name TEXT NOT NULL);
                    CREATE TABLE industries (doc TEXT NOT NULL, industry TEXT NOT NULL);
                    CREATE TABLE events (doc TEXT NOT NULL, idx INTEGER NOT NULL, type TEXT NOT NULL, date TEXT,
                        month TEXT);
                    CREATE TABLE amounts (doc TEXT NOT NULL, currency TEXT NOT NULL, value REAL NOT NULL);
                    CREATE INDEX places_doc ON places(doc);
                    CREATE INDEX projects_key ON projects(key);
                    CREATE INDEX project_industries_doc ON project_industries(doc, idx);
                    CREATE INDEX quantities_doc ON quantities(doc, idx);
                    CREATE INDEX persons_doc ON persons(doc);
                    CREATE INDEX persons_name ON persons(name, role);
                    CREATE INDEX organizations_doc ON organizations(doc);
                    CREATE INDEX industries_doc ON industries(doc);
                    CREATE INDEX events_doc ON events(doc);
                    CREATE INDEX amounts_doc ON amounts(doc);
                    CREATE INDEX documents_published ON documents(published);
                    """
            )
        }
        // Record schema 2: places carry their code and level, a project's place says where it came from.
        migrator.registerMigration("v2") { db in
            try db.execute(
                sql: """
                    ALTER TABLE places ADD COLUMN level TEXT;
                    ALTER TABLE projects ADD COLUMN code TEXT;
                    ALTER TABLE projects ADD COLUMN level TEXT;
                    ALTER TABLE projects ADD COLUMN place_from TEXT;
                    """
            )
        }
        return migrator
    }

    package func commit(_ records: [ExtractionRecord]) async throws -> [SubmitAck.Result] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let prepared = try records.map { ($0, FactRows($0), try encoder.encode($0)) }
        let now = Int64(Date().timeIntervalSince1970)
        return try await self.pool.write { db in
            var results: [SubmitAck.Result] = []
            for (record, facts, json) in prepared {
                try db.execute(
                    sql: """
                        INSERT OR IGNORE INTO documents(id, source, title, published, month, story, record, stored_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [record.id, record.source, record.title, record.published, facts.month, facts.story, json, now]
                )
                guard db.changesCount > 0 else {
                    results.append(.init(id: record.id, status: .duplicate))
                    continue
                }
                try Self.insertFacts(facts, document: record.id, db: db)
                results.append(.init(id: record.id, status: .stored))
            }
            return results
        }
    }

    private static func insertFacts(_ facts: FactRows, document id: String, db: Database) throws {
        for place in facts.places {
            try db.execute(
                sql: """
                    INSERT INTO places(doc, path, code, level, province, city, county, park)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    id, place.path, place.code, place.level.rawValue, place.province, place.city, place.county,
                    place.park,
                ]
            )
        }
        for project in facts.projects {
            try Self.insertProject(project, document: id, db: db)
        }
        for person in facts.persons {
            try db.execute(sql: "INSERT INTO persons(doc, name, role) VALUES (?, ?, ?)", arguments: [id, person.name, person.role])
        }
        for organization in facts.organizations {
            try db.execute(sql: "INSERT INTO organizations(doc, name) VALUES (?, ?)", arguments: [id, organization])
        }
        for industry in facts.industries {
            try db.execute(sql: "INSERT INTO industries(doc, industry) VALUES (?, ?)", arguments: [id, industry])
        }
        for event in facts.events {
            try db.execute(
                sql: "INSERT INTO events(doc, idx, type, date, month) VALUES (?, ?, ?, ?, ?)",
                arguments: [id, event.index, event.type, event.date, event.month]
            )
        }
        for amount in facts.amounts {
            try db.execute(
                sql: "INSERT INTO amounts(doc, currency, value) VALUES (?, ?, ?)",
                arguments: [id, amount.currency, amount.value]
            )
        }
    }

    /// One project's row, with its place as the record gave it, its industries and its quantities.
    private static func insertProject(_ project: FactRows.ProjectRow, document id: String, db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO projects(doc, idx, name, key, stage, path, code, level, province, city, county, park,
                    place_from, organization, date)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                id, project.index, project.name, project.key, project.stage, project.place?.path,
                project.place?.code, project.place?.level.rawValue, project.place?.province, project.place?.city,
                project.place?.county, project.place?.park, project.place?.from.rawValue, project.organization,
                project.date,
            ]
        )
        for industry in project.industries {
            try db.execute(
                sql: "INSERT INTO project_industries(doc, idx, industry) VALUES (?, ?, ?)",
                arguments: [id, project.index, industry]
            )
        }
        for quantity in project.quantities {
            try db.execute(
                sql: "INSERT INTO quantities(doc, idx, unit, value) VALUES (?, ?, ?, ?)",
                arguments: [id, project.index, quantity.unit, quantity.value]
            )
        }
    }

    package func stats(_ request: StatsRequest) async throws -> StatsResult {
        let query = StatsQuery(request)
        return try await self.pool.read { db in
            var rows: [StatsResult.Row] = []
            if let grouped = query.groupedSQL {
                rows = try Row.fetchAll(db, sql: grouped.sql, arguments: grouped.arguments).map { row in
                    StatsResult.Row(key: row["key"] ?? "", value: row["value"] ?? 0, unit: row["unit"])
                }
            }
            let total = try Double.fetchOne(db, sql: query.totalSQL.sql, arguments: query.totalSQL.arguments) ?? 0
            return StatsResult(metric: request.metric, by: request.by, rows: rows, total: total)
        }
    }

    package func projects(_ request: ProjectsRequest) async throws -> ProjectsResult {
        let limit = min(max(request.limit ?? 100, 1), 1000)
        let (condition, arguments) = StatsQuery.projectCondition(request.filter)
        return try await self.pool.read { db in
            let keys = try Row.fetchAll(
                db,
                sql: """
                    SELECT p.key AS key, min(coalesce(p.date, '9999')) AS first FROM projects p
                    JOIN documents d ON d.id = p.doc WHERE \(condition)
                    GROUP BY p.key ORDER BY first, p.key LIMIT ?
                    """,
                arguments: arguments + [limit]
            ).map { $0["key"] as String }
            var projects: [ProjectsResult.Project] = []
            for key in keys {
                let reports = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT p.doc AS doc, p.idx AS idx, p.name AS name, p.stage AS stage, p.date AS date,
                            p.path AS path, p.code AS code, p.level AS level, p.park AS park
                        FROM projects p WHERE p.key = ? ORDER BY coalesce(p.date, '9999'), p.doc
                        """,
                    arguments: [key]
                )
                let industries = try String.fetchAll(
                    db,
                    sql: """
                        SELECT DISTINCT i.industry FROM project_industries i JOIN projects p ON p.doc = i.doc AND p.idx = i.idx
                        WHERE p.key = ? ORDER BY i.industry
                        """,
                    arguments: [key]
                )
                let name = reports.map { $0["name"] as String }.max { $0.unicodeScalars.count < $1.unicodeScalars.count } ?? key
                let place = reports.compactMap(Self.place).max { $0.path.unicodeScalars.count < $1.path.unicodeScalars.count }
                projects.append(
                    ProjectsResult.Project(
                        name: name,
                        place: place,
                        industries: industries.compactMap(Industry.init(rawValue:)),
                        stages: reports.map {
                            ProjectsResult.StageReport(
                                stage: Stage(rawValue: $0["stage"]) ?? .unknown,
                                date: $0["date"],
                                document: $0["doc"]
                            )
                        }
                    )
                )
            }
            return ProjectsResult(projects: projects)
        }
    }

    /// The place a `projects` row holds, nil when the record gave the project none.
    private static func place(_ row: Row) -> Place? {
        guard let path: String = row["path"], let code: String = row["code"],
            let level = (row["level"] as String?).flatMap(Place.Level.init(rawValue:))
        else { return nil }
        return Place(path: path, code: code, level: level, park: row["park"])
    }

    package func document(id: String) async throws -> ExtractionRecord? {
        let data = try await self.pool.read { db in
            try Data.fetchOne(db, sql: "SELECT record FROM documents WHERE id = ?", arguments: [id])
        }
        guard let data else { return nil }
        do {
            return try JSONDecoder().decode(ExtractionRecord.self, from: data)
        } catch {
            throw Error.corruptRecord(id: id, reason: String(describing: error))
        }
    }
}
