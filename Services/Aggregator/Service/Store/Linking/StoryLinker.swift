import DiaoyanText

/// Links new documents to the stories of stored near-duplicates: a reprint under another headline, with other
/// headers and footers or a sentence edited, is one story; a follow-up article about the same project is not.
///
/// Candidates are the documents that share a MinHash LSH band key with a new one (``MinHashSignature``): the
/// stored ones, found for a whole commit in one indexed lookup, and the commit's own earlier documents. The story
/// joined is that of the candidate whose signature agrees most, when it agrees on at least ``threshold`` of its
/// values. Otherwise the document starts a story of its own, named by its id.
///
/// Only a story's first document is a candidate (its band keys are the ones stored): a reprint stays close to the
/// article it reprints, and fifty reprints of one story would otherwise make every new one compare itself with
/// fifty stored signatures, the work growing with each reprint.
///
/// The band keys of the latest stories wait in a small table, `story_bands_recent`, and move in key order every
/// ``mergeEvery`` stories to `story_bands_middle` (`v14`), which moves to `story_bands` every ``largeEvery``; a
/// lookup reads all three. Band keys are hashes: inserted where they belong, a fold's 8,000 rows landed on
/// thousands of pages of a tree of 10,000 at 100,000 records (half of what the store's size added to a commit);
/// the small tree stays in the page cache, and a merge in key order writes each page of the tree it goes into once
/// for thousands of stories. But a merge of 4,096 stories' 131,072 keys still lands on nearly every leaf of that
/// tree, so merging straight into `story_bands` rewrote the whole of it every 4,096 stories (10,868 pages, 44 MB,
/// at 100,000 records: a fifth of the WAL a fold wrote there), a cost that grew with the store; the middle tree
/// holds at most ``largeEvery`` stories, and the large one is rewritten once per ``largeEvery``.
struct StoryLinker {
    /// The least estimated Jaccard similarity of two bodies' 5-scalar shingles for them to be one story.
    ///
    /// Measured on pairs built in `StoryLinkingTests`: a reprint with a new headline, a header, a footer and one
    /// sentence rewritten stays above 0.7; a follow-up article about the same project, sharing its name, place and
    /// figures, stays under 0.1. 0.5 sits between them with room on both sides.
    static let threshold = 0.5

    /// Candidates by number (their position here): each one's story.
    private var stories: [String] = []
    /// Stored candidates' numbers by their `story_roots.number`.
    private var stored: [Int64: Int] = [:]
    /// The numbers under each band key, stored candidates first (as read), then the commit's own roots as linked.
    private var bands: [Int64: [Int]] = [:]
    /// The signatures of the commit's own roots, by number: the only candidates whose signatures are kept.
    private var signatures: [Int: MinHashSignature] = [:]
    /// How much each stored candidate agrees with each new signature sharing a band key with it, by
    /// ``pair(_:_:)``: worked out as the candidate's row is read, so that no stored signature is kept (some 13,500
    /// a fold of 512 at 20,000 stored, 512 bytes each, held to the fold's end: a part of its peak that grew with the
    /// store).
    private var similarities: [Int64: Double] = [:]
    /// Signed documents linked so far: the position of the next one among the signatures given to `init`.
    private var linked = 0

    /// Stories whose band keys wait in `story_bands_recent` until they move to `story_bands_middle` together.
    static let mergeEvery: Int64 = 4096
    /// Stories whose band keys gather in `story_bands_middle` until they move to `story_bands` together (a multiple
    /// of ``mergeEvery``). Each merge rewrites about the whole of the tree it goes into, so the middle tree's size
    /// weighs against how often the large one is rewritten: at 100,000 records (some 11,000 pages of `story_bands`,
    /// an eighth of a page a story) 32,768 stories a middle tree cost some 0.4 + 0.3 pages written a story instead
    /// of 2.7.
    static let largeEvery: Int64 = 32_768

    /// The tables of band keys, oldest stories first: a key's rows read in this order come in number order.
    static let bandTables = ["story_bands", "story_bands_middle", "story_bands_recent"]

    /// Band keys one lookup reads (each list three times: once per table).
    private static let keysPerStatement = 512

    /// Loads the stored story roots that share a band key with any of `signatures` — the signed documents to be
    /// linked, in the order ``link(_:signature:fallback:)`` will be asked about them —, their stories and signatures
    /// read from `story_roots` (`v11`) rather than from the documents' rows; with a `filter`, only the keys it says
    /// may be stored are looked up, and only the roots its sketches (``StorySketches``) say may reach the
    /// threshold with a new signature sharing one of their keys are read.
    init(signatures: [MinHashSignature], session: any SQLSession, filter: StoryBandFilter? = nil) throws {
        var sharing: [Int64: [Int]] = [:]
        for (position, signature) in signatures.enumerated() {
            for key in Set(signature.bandKeys) where filter?.mightContain(key) ?? true {
                sharing[key, default: []].append(position)
            }
        }
        // The new signatures' sketches one after another, and the stored roots' (read once, not for every row).
        let sketches = filter.map { _ in signatures.flatMap { StorySketches.sketch($0.values) } }
        let stored = filter?.sketches
        // The band rows first (their keys' index alone), in the order the join of both tables read them; a row
        // is kept when its root may reach the threshold with one of the new signatures sharing its key.
        var kept: [(key: Int64, root: Int64)] = []
        // A key's rows come one after another (each table's by key): its positions are looked up once.
        var last: (key: Int64, positions: [Int])?
        try Self.forEachBandRow(of: sharing.keys.sorted(), session: session) { key, root in
            if let stored, let sketches {
                if last?.key != key { last = (key, sharing[key] ?? []) }
                if !stored.mayReach(root, any: last?.positions ?? [], of: sketches) { return }
            }
            kept.append((key, root))
        }
        let roots = try Self.roots(Set(kept.map(\.root)), session: session)
        for (key, root) in kept {
            // A root met under an earlier key is the same row again: its signature is compared once with each new
            // signature.
            guard let number = self.stored[root] ?? self.storedCandidate(root, roots[root]) else { continue }
            for position in sharing[key] ?? [] where self.similarities[Self.pair(position, number)] == nil {
                guard let stored = roots[root]?.signature else { break }
                self.similarities[Self.pair(position, number)] = signatures[position].similarity(toStored: stored)
            }
            self.bands[key, default: []].append(number)
        }
    }

    /// Calls `body` with the key and root number of every row of the band tables (``bandTables``) under `keys`
    /// (sorted): each table's rows by key, oldest table first, a statement's keys at a time.
    private static func forEachBandRow(
        of keys: [Int64],
        session: any SQLSession,
        _ body: (Int64, Int64) -> Void
    ) throws {
        for start in stride(from: 0, to: keys.count, by: Self.keysPerStatement) {
            // Padded to a power of two (a repeated key changes nothing): few statement shapes.
            let slice = StatementShape.padded(Array(keys[start..<min(start + Self.keysPerStatement, keys.count)]))
            let list = "(" + Array(repeating: "?", count: slice.count).joined(separator: ", ") + ")"
            let sql = Self.bandTables.map { "SELECT key, number FROM \($0) WHERE key IN \(list)" }
                .joined(separator: " UNION ALL ")
            let arguments = Array(repeating: slice, count: Self.bandTables.count).flatMap { $0 }.map {
                SQLValue.integer($0)
            }
            if let sqlite = session as? GRDBSession {
                // Stepped, no row of values made: on a generated corpus the boilerplate's band keys are shared by
                // hundreds of roots (146 keys of `story_bands` by more than 100 each in a store of 100,000
                // articles); there the keys of 300 roots met 79,115 rows of others, of which the sketches passed 46.
                try sqlite.forEachIntegerPair(sql, arguments, body)
                continue
            }
            for row in try session.rows(sql, arguments) {
                guard let key = row.integer("key"), let root = row.integer("number") else { continue }
                body(key, root)
            }
        }
    }

    /// The story and stored signature of each of `numbers` in `story_roots`, read in number order.
    private static func roots(
        _ numbers: Set<Int64>,
        session: any SQLSession
    ) throws -> [Int64: (story: String?, signature: [UInt8]?)] {
        var roots: [Int64: (story: String?, signature: [UInt8]?)] = [:]
        let rows = try session.rows(
            "SELECT number, story, signature FROM story_roots WHERE number IN ",
            in: numbers.sorted().map { .integer($0) },
            perStatement: Self.keysPerStatement
        )
        for row in rows {
            guard let number = row.integer("number") else { continue }
            roots[number] = (row.text("story"), row.blob("signature"))
        }
        return roots
    }

    /// Makes the candidate of a stored root, nil when it is not stored or has no story or a signature of the wrong
    /// size.
    private mutating func storedCandidate(_ root: Int64, _ row: (story: String?, signature: [UInt8]?)?) -> Int? {
        guard let story = row?.story, row?.signature?.count == MinHashSignature.permutations * 4 else { return nil }
        let number = self.add(story: story)
        self.stored[root] = number
        return number
    }

    /// Numbers the next candidate, of `story`.
    private mutating func add(story: String) -> Int {
        self.stories.append(story)
        return self.stories.count - 1
    }

    /// The key of a new signature's (by its position) similarity to a candidate.
    private static func pair(_ position: Int, _ number: Int) -> Int64 { Int64(position) << 32 | Int64(number) }

    /// The story `document` belongs to, `fallback` when it has no signature; a signed document that starts a story
    /// becomes a candidate for the documents linked after it.
    mutating func link(_ document: String, signature: MinHashSignature?, fallback: String) -> String {
        guard let signature else { return fallback }
        let position = self.linked
        self.linked += 1
        let keys = signature.bandKeys
        var best: (similarity: Double, story: String)?
        // A document is never among the stored roots (a fold stores only documents not stored yet) nor twice in a
        // commit, so it never meets itself as a candidate.
        var seen: Set<Int> = []
        for number in keys.flatMap({ self.bands[$0] ?? [] }) where seen.insert(number).inserted {
            guard let similarity = self.similarity(of: signature, at: position, to: number) else { continue }
            if similarity >= Self.threshold, similarity > (best?.similarity ?? 0) {
                best = (similarity, self.stories[number])
            }
        }
        guard let story = best?.story else {
            let number = self.add(story: document)
            self.signatures[number] = signature
            for key in keys { self.bands[key, default: []].append(number) }
            return document
        }
        return story
    }

    /// How much `signature` (the new one at `position`) agrees with candidate `number`: worked out now for a root
    /// of this commit, read for a stored one.
    private func similarity(of signature: MinHashSignature, at position: Int, to number: Int) -> Double? {
        if let root = self.signatures[number] { return signature.similarity(to: root) }
        return self.similarities[Self.pair(position, number)]
    }

    /// Stores the band keys of signed documents that start a story, so later commits find them: each document
    /// gets the next number in `story_roots`, and its 32 band rows hold that number, not its id (a SHA-256 in
    /// hex): rows of some 14 bytes instead of 75. They go to `story_bands_recent`, all of which moves to
    /// `story_bands_middle` when the numbers pass a multiple of `mergeEvery`, and all of that to `story_bands` when
    /// they pass a multiple of `largeEvery`. The root's row holds its story (the document itself: a root starts its
    /// story) and signature, which is what a later fold reads of its candidates. Returns the first root's number
    /// (the others follow it in order).
    @discardableResult
    static func storeRoots(
        _ roots: [(document: String, signature: MinHashSignature)],
        session: any SQLSession,
        mergeEvery: Int64 = Self.mergeEvery,
        largeEvery: Int64 = Self.largeEvery
    ) throws -> Int64 {
        guard !roots.isEmpty else { return 0 }
        let first =
            (try session.rows("SELECT max(number) AS number FROM story_roots").first?.integer("number") ?? 0) + 1
        let numbered = roots.enumerated().map { (number: first + Int64($0.offset), root: $0.element) }
        // A root starts its story: the story is the document (`v11`).
        try session.insert(
            into: "story_roots(number, doc, story, signature)",
            numbered.map {
                [
                    .integer($0.number), .text($0.root.document), .text($0.root.document),
                    .blob($0.root.signature.storedBytes),
                ]
            }
        )
        // In key order: a fold's thousands of band rows then go into the tree from left to right, each statement's
        // rows next to each other, instead of at random pages.
        let bands = numbered.flatMap { number, root in root.signature.bandKeys.map { (key: $0, number: number) } }
            .sorted { ($0.key, $0.number) < ($1.key, $1.number) }
        try session.insert(
            into: "story_bands_recent(key, number)",
            bands.map { [.integer($0.key), .integer($0.number)] },
            suffix: "ON CONFLICT DO NOTHING"
        )
        let last = first + Int64(roots.count) - 1
        if last / mergeEvery > (first - 1) / mergeEvery {
            try Self.moveBands(from: "story_bands_recent", to: "story_bands_middle", session: session)
        }
        if last / largeEvery > (first - 1) / largeEvery {
            try Self.moveBands(from: "story_bands_middle", to: "story_bands", session: session)
        }
        return first
    }

    /// Moves the rows of band table `source` into `target`, in key order (numbers never repeat across the tables,
    /// so no row is there already), one band at a time (``MinHashSignature/bandKeys``: the band's number in the
    /// high 32 bits): SQLite keeps the pages a statement changes in a statement journal, in memory here, and one
    /// statement over all bands held some 30 MB of them at 100,000 records.
    static func moveBands(from source: String, to target: String, session: any SQLSession) throws {
        for band in Int64(0)..<Int64(MinHashSignature.bands) {
            let lowest = band == 0 ? Int64.min : band << 32
            let highest = band == Int64(MinHashSignature.bands) - 1 ? Int64.max : (band + 1) << 32 - 1
            try session.execute(
                """
                INSERT INTO \(target)(key, number) SELECT key, number FROM \(source)
                WHERE key >= ? AND key <= ? ORDER BY key, number
                """,
                [.integer(lowest), .integer(highest)]
            )
        }
        try session.execute("DELETE FROM \(source)", [])
    }
}
