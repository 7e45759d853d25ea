import DiaoyanModels
import DiaoyanText

/// The key that tells whether two articles name one project: the ``NameKey`` of its name without the place or
/// company written in front of it.
///
/// `阿城区华明管业100万吨制管项目`, `华明管业100万吨制管项目` (with 华明管业 the project's organization) and
/// `100万吨制管项目` all have the key `100万吨制管项目`. Phases stay in the key, so `一期` and `二期` are two projects.
/// When the company is not known as one (the record names no such organization), ``isSameProject(_:_:)`` still
/// joins a key to the same key with a prefix in front.
enum ProjectNameKey {
    /// Scalars the shorter key must have for a prefixed key to join it (`项目` alone joins nothing).
    static let shortestJoinable = 6

    /// The key of a project `name` placed at `place`, with `organizations` the companies the article names.
    static func key(name: String, place: Place?, organizations: [String]) -> String {
        Self.key(name: name, place: place, organizationForms: Self.organizationForms(organizations))
    }

    /// The same, with `forms` the ``organizationForms(_:)`` of the article's companies: read once for all the
    /// projects of an article (each company's name key, twice, was most of the key's cost).
    static func key(name: String, place: Place?, organizationForms forms: [String]) -> String {
        var key = NameKey.of(name)
        let places = Self.placeNames(place)
        var stripped = true
        while stripped {
            stripped = false
            for prefix in places + forms where Self.canStrip(prefix, from: key) {
                key = String(key.dropFirst(prefix.count))
                stripped = true
                break
            }
        }
        return key
    }

    /// The key's scalars in reverse order (an indexed column): the keys that end with a key are a prefix range of it.
    static func reversed(_ key: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(key.utf8.count)
        for scalar in key.unicodeScalars.reversed() { bytes.append(contentsOf: scalar.utf8) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The key's suffixes that could be a stored project's whole key: the key itself and every shorter suffix of at
    /// least ``shortestJoinable`` scalars.
    static func joinableSuffixes(_ key: String) -> [String] {
        Self.suffixes(key, from: 0)
    }

    /// The suffixes of `key` that start at its scalar `first` or later and keep at least ``shortestJoinable``
    /// scalars (`key` itself when it is that short and `first` is 0), each copied from the key's UTF-8 at once
    /// (building them scalar by scalar was most of reading a commit's candidate projects).
    static func suffixes(_ key: String, from first: Int) -> [String] {
        let starts = Array(key.unicodeScalars.indices)
        guard starts.count > Self.shortestJoinable else { return first == 0 ? [key] : [] }
        guard first <= starts.count - Self.shortestJoinable else { return [] }
        return starts[first...(starts.count - Self.shortestJoinable)].map { String(key.unicodeScalars[$0...]) }
    }

    /// Whether two keys name one project: equal, or one is the other with a prefix (a company, a place) that holds
    /// no phase (`期`).
    ///
    /// Compared by UTF-8 bytes and counted in scalars (keys are ``NameKey``s: no white space, nothing that
    /// combines), since a fold asks it of every candidate of every report and `String`'s own comparisons normalize.
    static func isSameProject(_ lhs: String, _ rhs: String) -> Bool {
        if lhs.utf8.elementsEqual(rhs.utf8) { return true }
        let (short, long) = lhs.utf8.count < rhs.utf8.count ? (lhs, rhs) : (rhs, lhs)
        let cut = long.utf8.count - short.utf8.count
        guard cut > 0, short.unicodeScalars.count >= Self.shortestJoinable,
            long.utf8.dropFirst(cut).elementsEqual(short.utf8)
        else { return false }
        return !Self.containsPhase(long.utf8.prefix(cut))
    }

    /// Whether the places of two reports can be one project's: either unknown, equal, or one inside the other.
    static func isCompatible(_ lhs: String?, _ rhs: String?) -> Bool {
        guard let lhs, let rhs else { return true }
        return Self.isSameOrInside(lhs, rhs) || Self.isSameOrInside(rhs, lhs)
    }

    /// Whether `inner` is the path `outer` or a path under it, by UTF-8 bytes.
    private static func isSameOrInside(_ inner: String, _ outer: String) -> Bool {
        let (inner, outer) = (inner.utf8, outer.utf8)
        guard inner.count >= outer.count, inner.starts(with: outer) else { return false }
        return inner.count == outer.count || inner.dropFirst(outer.count).first == UInt8(ascii: "/")
    }

    /// `期` in UTF-8; a match in valid UTF-8 starts on a scalar (its lead byte is no continuation byte).
    private static let phase = Array("期".utf8)

    private static func containsPhase(_ bytes: Substring.UTF8View) -> Bool {
        var window = bytes[...]
        while window.count >= Self.phase.count {
            if window.starts(with: Self.phase) { return true }
            window = window.dropFirst()
        }
        return false
    }

    private static func canStrip(_ prefix: String, from key: String) -> Bool {
        prefix.count >= 2 && key.hasPrefix(prefix) && key.count - prefix.count >= 4
    }

    /// The names on the place's path, full and without their last character (`哈尔滨市`, `哈尔滨`).
    private static func placeNames(_ place: Place?) -> [String] {
        guard let place else { return [] }
        return place.path.split(separator: "/").flatMap { part -> [String] in
            let full = String(part)
            return part.count > 2 ? [full, String(part.dropLast())] : [full]
        }
    }

    /// Each organization's key, and its short form without the legal suffix (`华明管业有限公司` → `华明管业`).
    static func organizationForms(_ organizations: [String]) -> [String] {
        let suffixes = ["股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "集团", "公司"]
        return organizations.flatMap { name -> [String] in
            let key = NameKey.of(name)
            guard let suffix = suffixes.first(where: { key.hasSuffix($0) }) else { return [key] }
            return [key, String(key.dropLast(suffix.count))]
        }
        .sorted { $0.count > $1.count }
    }
}
