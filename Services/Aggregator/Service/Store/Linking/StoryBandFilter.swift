import DiaoyanText

/// A Bloom filter over the stored story band keys (``StoryLinker/bandTables``): a commit looks up in
/// the tables only the band keys the filter says may be there.
///
/// Why: a commit looks up 32 band keys per new document, almost all of them stored nowhere (a key is shared only by
/// near-duplicates); the lookup was the store's costliest statement, some 0.1 ms a record in an empty store and
/// twice that with 100,000 records stored (8,192 index searches a fold of 256, on pages read from disk). The filter
/// answers "not there" for all but about 1 % of the absent keys.
///
/// It never answers "not there" for a stored key, as long as every key stored is added (``insert(_:)``) — keys of a
/// transaction that then rolls back stay in it, which only costs a lookup. It is built from the tables
/// (``build(_:version:)``) when there is none kept in the file (``load(_:version:)``), when another connection changed
/// the file (SQLite's `data_version`), and when it has filled to its planned size; 12 bits a key, three bits in one
/// 64-bit word. A copy is kept in the file (`v16`, `StoryBandFilter+Stored`) after a build and every
/// ``saveEvery`` roots, so that a process starting on a large store reads it instead of building it again.
///
/// Beside the keys it holds the sketches of the latest roots' signatures (``StorySketches``), built and kept up to
/// date with it: what a fold needs to know of the stored roots before it reads any of their rows.
struct StoryBandFilter {
    /// Bits per key the filter is sized for.
    private static let bitsPerKey = 12
    /// Keys planned for when the tables are read: room to grow by half before the next build.
    private static let headroom = 1.5

    private(set) var words: [UInt64]
    /// Keys added, and how many the size is planned for.
    private(set) var count: Int
    let capacity: Int
    /// The `data_version` of the writer's connection when the filter was last brought up to date.
    var version: Int64
    /// The latest story roots' signatures, four bits a value.
    private(set) var sketches = StorySketches()
    /// Roots added since the copy in the file was written (``needsSaving``); a built filter has none there yet.
    var unsaved = 0

    /// An empty filter planned for `capacity` keys, current as of `version`.
    init(capacity: Int, version: Int64) {
        self.capacity = max(capacity, 1 << 16)
        self.words = Array(repeating: 0, count: (self.capacity * Self.bitsPerKey + 63) / 64)
        self.count = 0
        self.version = version
    }

    /// A filter as it was kept (``words``, ``count``, ``capacity``, ``sketches``); nil when the words are not as many
    /// as `capacity` takes.
    init?(words: [UInt64], count: Int, capacity: Int, sketches: StorySketches, version: Int64) {
        guard capacity >= 1 << 16, words.count == (capacity * Self.bitsPerKey + 63) / 64 else { return nil }
        self.capacity = capacity
        self.words = words
        self.count = count
        self.sketches = sketches
        self.version = version
    }

    /// Whether the filter has taken as many keys as it was sized for (it should be built again, larger).
    var isFull: Bool { self.count > self.capacity }

    /// Reads every stored band key of the session's store into a new filter: each table stepped once in key order
    /// (its primary key's), a key shared by several stories added once.
    static func build(_ session: GRDBSession, version: Int64) throws -> StoryBandFilter {
        let tables = StoryLinker.bandTables
        var stored = 0
        for table in tables {
            stored += Int(try session.rows("SELECT count(*) AS n FROM \(table)", []).first?.integer("n") ?? 0)
        }
        var filter = StoryBandFilter(capacity: Int(Double(stored) * Self.headroom), version: version)
        for table in tables {
            var previous: Int64?
            try session.forEachInteger("SELECT key FROM \(table) ORDER BY key", []) { key in
                guard key != previous else { return }
                previous = key
                filter.insert(key)
            }
        }
        try filter.readSketches(session)
        filter.unsaved = Self.saveEvery
        return filter
    }

    /// Roots whose signatures one statement of ``forEachRoot(after:through:in:_:)`` reads.
    private static let rootsPerStatement: Int64 = 4096

    /// Reads the sketches of the latest ``StorySketches/capacity`` roots.
    private mutating func readSketches(_ session: GRDBSession) throws {
        let last = try Self.latestRoot(session)
        try Self.forEachRoot(after: max(last - Int64(StorySketches.capacity), 0), through: last, in: session) {
            number,
            signature in
            if let signature { self.sketches.insert(number, stored: signature) }
            return true
        }
    }

    /// Calls `body` with the number and the stored signature of every root numbered after `start` up to `last`, in
    /// number order, a range of numbers a statement (each statement's rows let go before the next: 512 bytes a
    /// signature); `body` returns false to stop.
    static func forEachRoot(
        after start: Int64,
        through last: Int64,
        in session: GRDBSession,
        _ body: (Int64, [UInt8]?) throws -> Bool
    ) throws {
        var start = start
        while start < last {
            let end = min(start + Self.rootsPerStatement, last)
            let rows = try session.rows(
                "SELECT number, signature FROM story_roots WHERE number > ? AND number <= ?",
                [.integer(start), .integer(end)]
            )
            for row in rows {
                guard let number = row.integer("number") else { continue }
                if try !body(number, row.blob("signature")) { return }
            }
            start = end
        }
    }

    /// The largest `story_roots.number`, 0 when none is stored.
    static func latestRoot(_ session: any SQLSession) throws -> Int64 {
        try session.rows("SELECT max(number) AS number FROM story_roots", []).first?.integer("number") ?? 0
    }

    /// Adds a story root stored as `number`: its band keys and its signature's sketch.
    mutating func insert(root number: Int64, signature: MinHashSignature) {
        for key in signature.bandKeys { self.insert(key) }
        self.sketches.insert(number, signature: signature)
        self.unsaved += 1
    }

    /// The writer connection's `data_version`: it changes when another connection commits to the file.
    static func dataVersion(_ session: any SQLSession) throws -> Int64 {
        try session.rows("PRAGMA data_version", []).first?.values.first.flatMap { value in
            if case .integer(let version) = value { return version }
            return nil
        } ?? 0
    }

    mutating func insert(_ key: Int64) {
        let (word, mask) = self.probe(key)
        self.words[word] |= mask
        self.count += 1
    }

    /// False only for a key never inserted.
    func mightContain(_ key: Int64) -> Bool {
        let (word, mask) = self.probe(key)
        return self.words[word] & mask == mask
    }

    /// The word of `key`'s three bits and the bits. The word follows the key's order (a band key is its band's
    /// number above a 32-bit hash, 37 bits in all, uniform within a band: their place in that range, scaled to the
    /// words), so a build, which adds the stored keys in key order, sweeps the words once from first to last instead
    /// of missing the cache at every key (a SplitMix64 mix chose the word before: 2.7 million keys at 100,000
    /// records took 0.4 s of CPU, most of it waiting for memory); a mix of the key picks the three bits in it. All
    /// three in one word: one cache miss a lookup, at some 1.5 % of absent keys passing instead of 1.1 %.
    private func probe(_ key: Int64) -> (word: Int, mask: UInt64) {
        let position = UInt64(bitPattern: key) << Self.unusedKeyBits
        let word = Int(position.multipliedFullWidth(by: UInt64(self.words.count)).high)
        let bits = Self.mix(UInt64(bitPattern: key))
        let mask: UInt64 = 1 << (bits & 63) | 1 << (bits >> 6 & 63) | 1 << (bits >> 12 & 63)
        return (word, mask)
    }

    /// The high bits of an `Int64` a band key leaves at zero (``MinHashSignature/bandKeys``: 5 bits of band, 32 of
    /// hash); a key beyond that range (none is) still falls on some word.
    private static let unusedKeyBits: UInt64 = 27

    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
