import DiaoyanModels

/// What a fold's reports say of the stored projects they could join, before any project's row is read: a stored
/// project is worth reading only when one of them names the same project (``ProjectNameKey/isSameProject``) at a
/// compatible place (``ProjectNameKey/isCompatible``) — its stored place, since a project not read joins nothing
/// and so keeps it.
///
/// Why: a generated corpus names the same `年产…项目` in many counties, and each report read the row of every
/// stored project of its key in its province (random pages of `projects`, some 17 % of the aggregator's samples at
/// 25,000 stored). The keys and places come from an index (`v13`), the rows only of the projects that pass.
struct ProjectCandidateFilter {
    /// The paths of the reports by their key (nil for a report without a place), each path once; keys by their
    /// UTF-8 bytes (``ByteKey``), like everything here.
    private var places: [ByteKey: [String?]] = [:]
    /// The reports' keys by each of their joinable suffixes (``ProjectNameKey/joinableSuffixes``), each key once.
    private var keysBySuffix: [ByteKey: [String]] = [:]

    /// The filter of reports with `keys` at `places` (pairwise).
    init(keys: [String], places: [Place?]) {
        for (key, place) in zip(keys, places) {
            let name = ByteKey(key)
            guard let known = self.places[name] else {
                self.places[name] = [place?.path]
                for suffix in ProjectNameKey.joinableSuffixes(key) {
                    self.keysBySuffix[ByteKey(suffix), default: []].append(key)
                }
                continue
            }
            if !known.contains(where: { Self.same($0, place?.path) }) { self.places[name]?.append(place?.path) }
        }
    }

    /// The places of the reports that name the project of each stored key asked about so far (``reporting(_:)``),
    /// each once: a fold meets one key in many places.
    private var reporting: [ByteKey: [String?]] = [:]

    /// Whether a report may join the stored project with `key` at `path`: one of them names the same project at a
    /// place compatible with `path`.
    mutating func mayJoin(key: String, path: String?) -> Bool {
        let name = ByteKey(key)
        return (self.reporting[name] ?? self.reporting(name)).contains { ProjectNameKey.isCompatible($0, path) }
    }

    /// The reversed key (UTF-8) ``mayJoin(reversedKey:path:)`` was last asked about, and its reports' places.
    private var lastReversed: [UInt8]?
    private var lastPlaces: [String?] = []

    /// ``mayJoin(key:path:)`` on a stored project's reversed key (`rkey`) and path as UTF-8 bytes, read in place
    /// from the index: a key becomes a string only when it differs from the one asked about before (the walk of
    /// `projects_rkey` meets a key's projects one after another, in many counties on a generated corpus).
    mutating func mayJoin(reversedKey: UnsafeBufferPointer<UInt8>, path: UnsafeBufferPointer<UInt8>?) -> Bool {
        if !(self.lastReversed?.elementsEqual(reversedKey) ?? false) {
            self.lastReversed = Array(reversedKey)
            let name = ByteKey(ProjectNameKey.reversed(String(decoding: reversedKey, as: UTF8.self)))
            self.lastPlaces = self.reporting[name] ?? self.reporting(name)
        }
        return self.lastPlaces.contains { Self.isCompatible($0, path) }
    }

    /// ``ProjectNameKey/isCompatible(_:_:)`` of a report's path and a stored one's UTF-8 bytes.
    private static func isCompatible(_ report: String?, _ stored: UnsafeBufferPointer<UInt8>?) -> Bool {
        guard let report, let stored else { return true }
        return report.utf8.withContiguousStorageIfAvailable { report in
            Self.isSameOrInside(report, stored) || Self.isSameOrInside(stored, report)
        } ?? ProjectNameKey.isCompatible(report, String(decoding: stored, as: UTF8.self))
    }

    /// Whether the path `inner` is `outer` or under it, by bytes.
    private static func isSameOrInside(_ inner: UnsafeBufferPointer<UInt8>, _ outer: UnsafeBufferPointer<UInt8>) -> Bool
    {
        guard inner.count >= outer.count, inner.prefix(outer.count).elementsEqual(outer) else { return false }
        return inner.count == outer.count || inner[outer.count] == UInt8(ascii: "/")
    }

    /// The places of the reports whose key names the project of stored `key` (``ProjectNameKey/isSameProject``):
    /// those that end with it, and those it ends with; kept for the next project of the key.
    private mutating func reporting(_ name: ByteKey) -> [String?] {
        let key = name.text
        var keys = (self.keysBySuffix[name] ?? []).filter { ProjectNameKey.isSameProject($0, key) }
        for suffix in ProjectNameKey.suffixes(key, from: 1)
        where self.places[ByteKey(suffix)] != nil && ProjectNameKey.isSameProject(suffix, key) {
            keys.append(suffix)
        }
        var places: [String?] = []
        for place in keys.flatMap({ self.places[ByteKey($0)] ?? [] })
        where !places.contains(where: { Self.same($0, place) }) {
            places.append(place)
        }
        self.reporting[name] = places
        return places
    }

    /// Whether two paths (nil: no place) have the same UTF-8 bytes.
    private static func same(_ one: String?, _ other: String?) -> Bool {
        guard let one, let other else { return one == nil && other == nil }
        return UTF8Identity.equal(one, other)
    }
}
