import DiaoyanModels

/// Finds the project each report of a commit belongs to, across articles, and keeps each project's name, place
/// and stage up to date with its reports (``ProjectState``).
///
/// A report joins a project whose ``ProjectNameKey`` is the same project's (``ProjectNameKey/isSameProject``) and
/// whose place is compatible (equal, one inside the other, or unknown); among several, the one with the same key,
/// then the deepest place, then the oldest. Otherwise it starts a new project. The stored projects a commit's
/// reports could join are read once, before linking (by the keys' suffixes and by the reversed keys' prefix
/// ranges, both from the index of reversed keys with the project's place, then by id those that pass
/// ``ProjectCandidateFilter``); projects the commit creates or changes are linked against as they are then.
struct ProjectLinker {
    /// Every project linked against, in the order first seen; the lookups below hold positions in it, so a report
    /// reads its candidates' keys and places in place instead of copying each candidate's state out of a
    /// dictionary (the copies, with their strings retained and released, were a fifth of linking).
    private var projects: [ProjectState] = []
    /// Positions in `projects` by key, and by every suffix of a key long enough to join
    /// (``ProjectNameKey/shortestJoinable``), each by the province of the project's place (``region(_:)``): a
    /// generated corpus names the same `年产…项目` in many counties, and every one of them was a candidate of
    /// every report of that key, a set that grew with the store (linking was a tenth of a fold at 10,000 records).
    /// Keys, suffixes and provinces by their UTF-8 bytes (``ByteKey``).
    private var byKey: [ByteKey: [ByteKey: [Int]]] = [:]
    private var bySuffix: [ByteKey: [ByteKey: [Int]]] = [:]
    /// Ids of the projects in `projects`, for a stored project read twice.
    private var known: Set<Int64> = []
    private var nextID: Int64

    /// Reports whose candidates one statement reads.
    private static let keysPerStatement = 50
    /// Projects one statement reads by id.
    private static let idsPerStatement = 512

    /// Reads the stored projects any of `keys` could join, and where new project ids start. `places` are the
    /// reports' places (pairwise with `keys`): a stored project's key and place are read first, from the key
    /// indexes alone (`v13`), and its row only when a report names the same project at a compatible place
    /// (``ProjectCandidateFilter``).
    init(keys: [String], places: [Place?], session: any SQLSession) throws {
        self.nextID = (try session.rows("SELECT max(id) AS id FROM projects").first?.integer("id") ?? 0) + 1
        var filter = ProjectCandidateFilter(keys: keys, places: places)
        var wanted: Set<Int64> = []
        let unique = Array(Set(keys))
        if let sqlite = session as? GRDBSession {
            // The index's bytes are filtered as they are; only a key not met before becomes a string.
            for key in unique {
                let (reversed, shortest) = Self.reversedBytes(key)
                try sqlite.walkProjectsByReversedKey(reversed, shortest: shortest) { id, rkey, path in
                    if !wanted.contains(id), filter.mayJoin(reversedKey: rkey, path: path) { wanted.insert(id) }
                }
            }
        } else {
            for start in stride(from: 0, to: unique.count, by: Self.keysPerStatement) {
                let slice = unique[start..<min(start + Self.keysPerStatement, unique.count)]
                for (id, key, path) in try Self.keyRows(of: slice, session: session)
                where !wanted.contains(id) && filter.mayJoin(key: key, path: path) {
                    wanted.insert(id)
                }
            }
        }
        let rows = try session.rows(
            "SELECT id, key, name, path, code, level, park, stage, stage_date FROM projects WHERE id IN ",
            in: wanted.sorted().map { .integer($0) },
            perStatement: Self.idsPerStatement
        )
        for row in rows {
            guard let project = ProjectState(row: row, place: Self.place(row)), !self.known.contains(project.id)
            else { continue }
            self.remember(project)
        }
    }

    /// The id, key and path of every stored project whose key is a joinable suffix of one of `keys`
    /// (``ProjectNameKey/joinableSuffixes``) or ends with one of them, both from the index of reversed keys (`v18`):
    /// the reversals of the suffixes, and a prefix range of each key's reversal, in one statement (PostgreSQL, a
    /// round trip away). The key is the reversed key read backwards (`key`, which a row holds). SQLite walks the
    /// index once a key instead (``GRDBSession/walkProjectsByReversedKey(_:shortest:visit:)``), its entries
    /// filtered as bytes.
    private static func keyRows(of keys: ArraySlice<String>, session: any SQLSession) throws -> [(
        id: Int64, key: String, path: String?
    )] {
        // Both lists padded to a power of two (repeating their last item changes nothing): few statement shapes.
        let suffixes = StatementShape.padded(Array(Set(keys.flatMap(ProjectNameKey.joinableSuffixes))))
        let keys = StatementShape.padded(Array(keys))
        let ranges = Array(
            repeating: "UNION SELECT id, rkey, path FROM projects WHERE rkey >= ? AND rkey < ?",
            count: keys.count
        )
        let rows = try session.rows(
            "SELECT id, rkey, path FROM projects WHERE rkey IN ("
                + Array(repeating: "?", count: suffixes.count).joined(separator: ", ") + ") "
                + ranges.joined(separator: " "),
            suffixes.map { .text(ProjectNameKey.reversed($0)) }
                + keys.flatMap { key -> [SQLValue] in
                    let reversed = ProjectNameKey.reversed(key)
                    return [.text(reversed), .text(reversed + "\u{10FFFF}")]
                }
        )
        return rows.compactMap { row in
            guard let id = row.integer("id"), let reversed = row.text("rkey") else { return nil }
            return (id, ProjectNameKey.reversed(reversed), row.text("path"))
        }
    }

    /// The UTF-8 bytes of `key` reversed (``ProjectNameKey/reversed(_:)``), and how many of them its first scalars
    /// take, as many as a joinable suffix has.
    private static func reversedBytes(_ key: String) -> (reversed: [UInt8], shortest: Int) {
        let reversed = Array(ProjectNameKey.reversed(key).utf8)
        var shortest = 0
        var scalars = 0
        while shortest < reversed.count, scalars < ProjectNameKey.shortestJoinable {
            shortest += 1
            while shortest < reversed.count, reversed[shortest] & 0xC0 == 0x80 { shortest += 1 }
            scalars += 1
        }
        return (reversed, shortest)
    }

    /// The id of the project a report of `name` with `key` at `place` belongs to, created when none matches; the
    /// report is absorbed into the project's state.
    mutating func link(key: String, name: String, stage: Stage, date: String?, place: Place?) -> Int64 {
        var best: (position: Int, rank: (Int, Int, Int64))?
        var seen: Set<Int> = []
        let regions =
            ProjectNameKey.joinableSuffixes(key).map { self.byKey[ByteKey($0)] } + [self.bySuffix[ByteKey(key)]]
        for candidates in regions.flatMap({ Self.compatibleRegions($0, of: place) }) {
            for position in candidates where seen.insert(position).inserted {
                guard ProjectNameKey.isSameProject(key, self.projects[position].key),
                    ProjectNameKey.isCompatible(place?.path, self.projects[position].place?.path)
                else { continue }
                let rank = Self.rank(self.projects[position], key: key)
                if best.map({ $0.rank < rank }) ?? true { best = (position, rank) }
            }
        }
        let position: Int
        if let best {
            position = best.position
        } else {
            position = self.projects.count
            self.remember(ProjectState(id: self.nextID, key: key))
            self.nextID += 1
        }
        self.projects[position].absorb(name: name, stage: stage, date: date, place: place)
        return self.projects[position].id
    }

    /// The projects reports of this commit changed, by id.
    var touched: [ProjectState] {
        self.projects.filter(\.isTouched).sorted { $0.id < $1.id }
    }

    private mutating func remember(_ project: ProjectState) {
        let position = self.projects.count
        self.projects.append(project)
        self.known.insert(project.id)
        let region = ByteKey(Self.region(project.place))
        self.byKey[ByteKey(project.key), default: [:]][region, default: []].append(position)
        for suffix in ProjectNameKey.suffixes(project.key, from: 1) {
            self.bySuffix[ByteKey(suffix), default: [:]][region, default: []].append(position)
        }
    }

    /// The first name on a place's path (its province), `""` for no place. Two places can be one project's
    /// (``ProjectNameKey/isCompatible(_:_:)``: equal, or one inside the other) only if they share it, or one of
    /// them is unknown.
    private static func region(_ place: Place?) -> String {
        guard let path = place?.path else { return "" }
        guard let slash = path.utf8.firstIndex(of: UInt8(ascii: "/")) else { return path }
        return String(path[..<slash])
    }

    /// The lists of `regions` a report at `place` may join: its province's and the unknown places' (the
    /// compatibility test still runs on each); all of them for a report without a place.
    private static func compatibleRegions(_ regions: [ByteKey: [Int]]?, of place: Place?) -> [[Int]] {
        guard let regions else { return [] }
        guard place != nil else { return Array(regions.values) }
        let region = Self.region(place)
        return [regions[ByteKey(region)] ?? [], region.isEmpty ? [] : regions[ByteKey("")] ?? []]
    }

    /// Orders candidates: same key first, then the deeper place (the longer path: Han characters and `/`, counted
    /// in scalars), then the older project (smaller id).
    private static func rank(_ project: borrowing ProjectState, key: String) -> (Int, Int, Int64) {
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
