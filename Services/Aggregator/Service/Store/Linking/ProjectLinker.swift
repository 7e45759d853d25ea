import DiaoyanModels

/// Finds the project an article's report belongs to, across articles, and keeps each project's name, place and
/// stage up to date with its reports.
///
/// A report joins a stored project whose ``ProjectNameKey`` is the same project's (``ProjectNameKey/isSameProject``,
/// found by the key's suffixes and by the reversed key's prefix range, both indexed)
/// and whose place is compatible (equal, one inside the other, or unknown); among several, the one with the same
/// key, then the deepest place, then the oldest. Otherwise it starts a new project.
enum ProjectLinker {
    /// The id of the project `report` belongs to, creating it when no stored project matches.
    static func project(key: String, place: Place?, name: String, session: any SQLSession) throws -> Int64 {
        // Stored keys that are a suffix of this one, and stored keys this one is a suffix of: two index lookups.
        let suffixes = ProjectNameKey.joinableSuffixes(key)
        let reversed = ProjectNameKey.reversed(key)
        let candidates = try session.rows(
            """
            SELECT id, key, path FROM projects WHERE key IN (\(Array(repeating: "?", count: suffixes.count).joined(separator: ", ")))
            UNION SELECT id, key, path FROM projects WHERE rkey >= ? AND rkey < ?
            """,
            suffixes.map { .text($0) } + [.text(reversed), .text(reversed + "\u{10FFFF}")]
        )
        let matches = candidates.filter { row in
            ProjectNameKey.isSameProject(key, row.text("key") ?? "")
                && ProjectNameKey.isCompatible(place?.path, row.text("path"))
        }
        let best = matches.max { lhs, rhs in
            Self.rank(lhs, key: key) < Self.rank(rhs, key: key)
        }
        if let best, let id = best.integer("id") { return id }
        let inserted = try session.rows(
            "INSERT INTO projects(key, rkey, name) VALUES (?, ?, ?) RETURNING id",
            key, ProjectNameKey.reversed(key), name
        )
        guard let id = inserted.first?.integer("id") else { throw Error.noProjectID }
        return id
    }

    /// Why a project could not be linked.
    enum Error: Swift.Error {
        /// The database returned no id for a new project.
        case noProjectID
    }

    /// Orders candidates: same key first, then the deeper place, then the older project (smaller id).
    private static func rank(_ row: SQLRow, key: String) -> (Int, Int, Int64) {
        (row.text("key") == key ? 1 : 0, row.text("path")?.count ?? 0, -(row.integer("id") ?? 0))
    }

    /// Recomputes a project's name, place and stage from all its reports.
    ///
    /// The name is the longest one written (without stray punctuation around it); the place the deepest reported;
    /// the stage the latest known one by date, then by lifecycle order (`unknown` never counts).
    static func refresh(_ project: Int64, session: any SQLSession) throws {
        let reports = try session.rows(
            "SELECT name, stage, date, path, code, level, park FROM reports WHERE project = ?",
            project
        )
        let name = reports.map { ProjectName.clean($0.text("name") ?? "") }.max { ($0.count, $1) < ($1.count, $0) } ?? ""
        let place = reports.compactMap(Self.place).max { lhs, rhs in
            (lhs.path.count, lhs.park == nil ? 0 : 1) < (rhs.path.count, rhs.park == nil ? 0 : 1)
        }
        let stage = ProjectLifecycle.latest(
            reports.compactMap { row in row.text("stage").flatMap(Stage.init(rawValue:)).map { ($0, row.text("date")) } }
        )
        try session.execute(
            """
            UPDATE projects SET name = ?, path = ?, code = ?, level = ?, province = ?, city = ?, county = ?,
                park = ?, stage = ?, stage_date = ? WHERE id = ?
            """,
            name, place?.path, place?.code, place?.level.rawValue, place?.province, place?.city, place?.county,
            place?.park, stage?.stage.rawValue, stage?.date, project
        )
    }

    /// The place a `reports` or `projects` row holds, nil when the record gave the project none.
    static func place(_ row: SQLRow) -> Place? {
        guard let path = row.text("path"), let code = row.text("code"),
            let level = row.text("level").flatMap(Place.Level.init(rawValue:))
        else { return nil }
        return Place(path: path, code: code, level: level, park: row.text("park"))
    }
}
