import DiaoyanModels

/// Finds the project each report of a commit belongs to, across articles, and keeps each project's name, place
/// and stage up to date with its reports (``ProjectState``).
///
/// A report joins a project whose ``ProjectNameKey`` is the same project's (``ProjectNameKey/isSameProject``) and
/// whose place is compatible (equal, one inside the other, or unknown); among several, the one with the same key,
/// then the deepest place, then the oldest. Otherwise it starts a new project. The stored projects a commit's
/// reports could join are read once, before linking (by the keys' suffixes and by the reversed keys' prefix
/// ranges, both indexed); projects the commit creates or changes are linked against as they are then.
struct ProjectLinker {
    /// Every project linked against, by id.
    private(set) var projects: [Int64: ProjectState] = [:]
    /// Project ids by key, and by every suffix of a key long enough to join (``ProjectNameKey/shortestJoinable``).
    private var byKey: [String: [Int64]] = [:]
    private var bySuffix: [String: [Int64]] = [:]
    private var nextID: Int64

    /// Reports whose candidates one statement reads.
    private static let keysPerStatement = 50

    /// Reads the stored projects any of `keys` could join, and where new project ids start.
    init(keys: [String], session: any SQLSession) throws {
        self.nextID = (try session.rows("SELECT max(id) AS id FROM projects").first?.integer("id") ?? 0) + 1
        let columns = "id, key, name, path, code, level, park, stage, stage_date"
        let unique = Array(Set(keys))
        for start in stride(from: 0, to: unique.count, by: Self.keysPerStatement) {
            let slice = unique[start..<min(start + Self.keysPerStatement, unique.count)]
            // Both lists padded to a power of two (repeating their last item changes nothing): few statement shapes.
            let suffixes = StatementShape.padded(Array(Set(slice.flatMap(ProjectNameKey.joinableSuffixes))))
            let keys = StatementShape.padded(Array(slice))
            let ranges = Array(
                repeating: "UNION SELECT \(columns) FROM projects WHERE rkey >= ? AND rkey < ?",
                count: keys.count
            )
            let rows = try session.rows(
                "SELECT \(columns) FROM projects WHERE key IN ("
                    + Array(repeating: "?", count: suffixes.count).joined(separator: ", ") + ") "
                    + ranges.joined(separator: " "),
                suffixes.map { .text($0) }
                    + keys.flatMap { key -> [SQLValue] in
                        let reversed = ProjectNameKey.reversed(key)
                        return [.text(reversed), .text(reversed + "\u{10FFFF}")]
                    }
            )
            for project in rows.compactMap(ProjectState.init(row:)) where self.projects[project.id] == nil {
                self.remember(project)
            }
        }
    }

    /// The id of the project a report of `name` with `key` at `place` belongs to, created when none matches; the
    /// report is absorbed into the project's state.
    mutating func link(key: String, name: String, stage: Stage, date: String?, place: Place?) -> Int64 {
        let candidates = Set(
            ProjectNameKey.joinableSuffixes(key).flatMap { self.byKey[$0] ?? [] } + (self.bySuffix[key] ?? [])
                + (self.byKey[key] ?? [])
        )
        let best = candidates.compactMap { self.projects[$0] }
            .filter {
                ProjectNameKey.isSameProject(key, $0.key) && ProjectNameKey.isCompatible(place?.path, $0.place?.path)
            }
            .max { Self.rank($0, key: key) < Self.rank($1, key: key) }
        let id: Int64
        if let best {
            id = best.id
        } else {
            id = self.nextID
            self.nextID += 1
            self.remember(ProjectState(id: id, key: key))
        }
        self.projects[id]?.absorb(name: name, stage: stage, date: date, place: place)
        return id
    }

    /// The projects reports of this commit changed, by id.
    var touched: [ProjectState] {
        self.projects.values.filter(\.isTouched).sorted { $0.id < $1.id }
    }

    private mutating func remember(_ project: ProjectState) {
        self.projects[project.id] = project
        self.byKey[project.key, default: []].append(project.id)
        let scalars = Array(project.key.unicodeScalars)
        for start in scalars.indices.dropFirst() where scalars.count - start >= ProjectNameKey.shortestJoinable {
            self.bySuffix[String(String.UnicodeScalarView(scalars[start...])), default: []].append(project.id)
        }
    }

    /// Orders candidates: same key first, then the deeper place (the longer path: Han characters and `/`, counted
    /// in scalars), then the older project (smaller id).
    private static func rank(_ project: ProjectState, key: String) -> (Int, Int, Int64) {
        (
            project.key.utf8.elementsEqual(key.utf8) ? 1 : 0, project.place?.path.unicodeScalars.count ?? 0,
            -project.id
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
