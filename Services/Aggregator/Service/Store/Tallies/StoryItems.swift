/// The names a story's counted items have in `tally_items` (``TallyItems``): the story itself, its events and its
/// figures of announced money are named after the story's number, the `documents.number` of its first document
/// (`~000000012345`, then `|` and the event's key or the figure for the items under it), not after its id.
///
/// Why: a story's id is its first document's id, a SHA-256 in hex, so every new story's items went to random
/// leaves of `tally_items` and a fold of a few hundred records rewrote nearly every page of the table (26 MB of
/// item rows written for 12,000 records at ~270 bytes each, on thousands of pages). Numbers only grow, so new
/// stories' items go in at one place of the tree, next to each other. The name is fixed-width (12 digits) so that
/// the databases' bytewise order of the names is the numbers' order.
///
/// A story's number: the number of the document whose id is the story (a story is named by the document that
/// started it), else — a record without a signature keeps its headline's key as its story (`title:…`, `id:…`) —
/// the least number of the documents of that story. Either way the number of the story's first stored document,
/// the same whichever commit asks, so a story keeps one item across commits, as it did by its id.
enum StoryItems {
    /// What sets a story's items apart from the other items (officials' names, `p` and a project's id): `~`
    /// starts no name, id or key the store writes.
    static let prefix = "~"

    /// The item of the story numbered `number`.
    static func name(_ number: Int64) -> String {
        let digits = String(number)
        return Self.prefix + String(repeating: "0", count: max(0, 12 - digits.count)) + digits
    }

    /// The story's number for each story of `stories`, the stories of a commit's documents (`ids`, numbered
    /// `numbers`, stored already in the caller's transaction), in order.
    static func numbers(
        stories: [String],
        ids: [String],
        numbers: [Int64],
        session: any SQLSession
    ) throws -> [Int64] {
        // Most stories of a commit start in it: named by a document of the commit.
        var known = Dictionary(zip(ids, numbers), uniquingKeysWith: { first, _ in first })
        let stored = Array(Set(stories.filter { known[$0] == nil }))
        if !stored.isEmpty {
            known.merge(try Self.stored(stored, session: session), uniquingKeysWith: { first, _ in first })
        }
        return stories.map { known[$0] ?? 0 }
    }

    /// The numbers of stored stories (``numbers(stories:ids:numbers:session:)``): by the document named as the
    /// story, else by the least number of the story's documents.
    static func stored(_ stories: [String], session: any SQLSession) throws -> [String: Int64] {
        var known: [String: Int64] = [:]
        for row in try session.rows("SELECT id, number FROM documents WHERE id IN ", in: stories.map { .text($0) }) {
            guard let id = row.text("id"), let number = row.integer("number") else { continue }
            known[id] = number
        }
        let headlines = stories.filter { known[$0] == nil }
        guard !headlines.isEmpty else { return known }
        // Every document of those stories (records without a signature are few), the least number kept.
        for row in try session.rows(
            "SELECT story, number FROM documents WHERE story IN ",
            in: headlines.map { .text($0) }
        ) {
            guard let story = row.text("story"), let number = row.integer("number") else { continue }
            known[story] = min(known[story] ?? number, number)
        }
        return known
    }
}
