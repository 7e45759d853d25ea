import DiaoyanText

/// The band filter kept in the store's file (`v16`, one row of `story_band_filter`), so that a process starting on a
/// large store reads it instead of building it again.
///
/// Why: building the filter reads every stored band key and the latest roots' signatures, 0.37–0.41 s of CPU at
/// 100,000 records, once a process; in `bench aggregator` that was a tenth of what 5,000 more records cost there,
/// and in the trio some 0.07 ms a record of a run of 6,000.
///
/// The copy is current through the latest root stored when it was written (`root`): it is written in the writer's
/// transaction, after a build and once ``saveEvery`` roots were added since the last copy, so it commits or rolls
/// back with the roots it holds. A root's number is taken only once its row commits (a number of a rolled-back fold is
/// taken again by the next), so every root stored later has a larger number: reading the copy, then adding the keys
/// and sketches of the roots after `root` from their signatures in `story_roots`, gives a filter that hides no stored
/// key. A copy whose sizes do not agree, or a later root without a signature, makes the filter be built instead.
extension StoryBandFilter {
    /// Roots added between two copies written: each copy is some 12 MB at 100,000 records (about 3,000 pages,
    /// against ~15 pages a fold writes a record there; some 0.1 s of CPU to write), and a process starting reads at
    /// most this many roots' signatures after it.
    static let saveEvery = 8192

    /// The table of the copy (`v16`), SQLite only: one row, `id` 1; its blobs are the words little-endian.
    static let table = "story_band_filter"

    /// The copy's table (`v16`).
    static let definition = """
        CREATE TABLE story_band_filter (id INTEGER PRIMARY KEY, root INTEGER NOT NULL, capacity INTEGER NOT NULL,
            count INTEGER NOT NULL, words BLOB NOT NULL, sketch_numbers BLOB NOT NULL, sketch_words BLOB NOT NULL)
        """

    /// Whether enough roots were added since the copy in the file for a new one to be written (``save(_:)``).
    var needsSaving: Bool { self.unsaved >= Self.saveEvery }

    /// Writes the filter into `story_band_filter` as current through the latest stored root, in the session's
    /// transaction: the filter must hold every root stored (it is brought up to date at the start of the writer's
    /// transaction, and adds each root that transaction stores). The row is written with blobs of zeros of the
    /// right sizes, then each blob filled where it lies (``GRDBSession/writeWords(_:table:column:row:)``).
    mutating func save(_ session: GRDBSession) throws {
        let root = try Self.latestRoot(session)
        let numbers = self.sketches.numbers.map { UInt64(bitPattern: $0) }
        try session.execute(
            """
            INSERT INTO story_band_filter(id, root, capacity, count, words, sketch_numbers, sketch_words)
            VALUES (1, ?, ?, ?, zeroblob(?), zeroblob(?), zeroblob(?))
            ON CONFLICT (id) DO UPDATE SET root = excluded.root, capacity = excluded.capacity, count = excluded.count,
                words = excluded.words, sketch_numbers = excluded.sketch_numbers, sketch_words = excluded.sketch_words
            """,
            [
                .integer(root), .integer(Int64(self.capacity)), .integer(Int64(self.count)),
                .integer(Int64(self.words.count * 8)), .integer(Int64(numbers.count * 8)),
                .integer(Int64(self.sketches.words.count * 8)),
            ]
        )
        try session.writeWords(self.words, table: Self.table, column: "words", row: 1)
        try session.writeWords(numbers, table: Self.table, column: "sketch_numbers", row: 1)
        try session.writeWords(self.sketches.words, table: Self.table, column: "sketch_words", row: 1)
        self.unsaved = 0
    }

    /// The copy kept in the file, with the keys and sketches of every root stored after it added, current as of
    /// `version`; nil when there is none or it cannot be used (then the filter is built, ``build(_:version:)``).
    static func load(_ session: GRDBSession, version: Int64) throws -> StoryBandFilter? {
        let rows = try session.rows("SELECT root, capacity, count FROM \(Self.table) WHERE id = 1", [])
        guard let row = rows.first, let root = row.integer("root"), let capacity = row.integer("capacity"),
            let count = row.integer("count"),
            let words = try session.readWords(table: Self.table, column: "words", row: 1),
            let numbers = try session.readWords(table: Self.table, column: "sketch_numbers", row: 1),
            let sketchWords = try session.readWords(table: Self.table, column: "sketch_words", row: 1),
            let sketches = StorySketches(numbers: numbers.map { Int64(bitPattern: $0) }, words: sketchWords),
            var filter = StoryBandFilter(
                words: words,
                count: Int(count),
                capacity: Int(capacity),
                sketches: sketches,
                version: version
            )
        else { return nil }
        // A root whose signature does not decode leaves the copy unusable: the filter is built instead.
        var usable = true
        try Self.forEachRoot(after: root, through: try Self.latestRoot(session), in: session) { number, bytes in
            guard let signature = bytes.flatMap(MinHashSignature.init(bytes:)) else {
                usable = false
                return false
            }
            filter.insert(root: number, signature: signature)
            return true
        }
        return usable ? filter : nil
    }
}
