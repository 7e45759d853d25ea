import Foundation

/// Renaming the items of a store written before ``StoryItems``: each story's item, and its events' and figures'
/// items, from the story's id to its number (`v10`).
extension StoryItems {
    /// Makes `tally_items` again with every story's items named after its number, a thousand rows at a time, in
    /// the caller's transaction; the members are copied as they are.
    static func renameStored(_ session: any SQLSession) throws {
        let numbers = try Self.storedNumbers(session)
        try StoreSchema.run(
            TallyItems.definition.replacingOccurrences(of: "tally_items (", with: "tally_items_v10 ("),
            on: session
        )
        var last = ""
        while true {
            let rows = try session.rows(
                "SELECT item, members FROM tally_items WHERE item > ? ORDER BY item LIMIT 1000",
                last
            )
            guard let end = rows.last?.text("item") else { break }
            try session.insert(
                into: "tally_items_v10(item, members)",
                rows.compactMap { row in
                    guard let item = row.text("item"), let members = row.blob("members") else { return nil }
                    return [.text(Self.renamed(item, numbers: numbers)), .blob(members)]
                }
            )
            last = end
        }
        try session.execute("DROP TABLE tally_items", [])
        try session.execute("ALTER TABLE tally_items_v10 RENAME TO tally_items", [])
    }

    /// `item` named after its story's number when it is a story's item (the story's id or key, or that and `|`
    /// and what follows), else as it is.
    static func renamed(_ item: String, numbers: [String: Int64]) -> String {
        if let number = numbers[item] { return Self.name(number) }
        guard let bar = item.utf8.firstIndex(of: UInt8(ascii: "|")),
            let number = numbers[String(item[..<bar])]
        else { return item }
        return Self.name(number) + item[bar...]
    }

    /// Every stored story's number (``StoryItems``), by story.
    private static func storedNumbers(_ session: any SQLSession) throws -> [String: Int64] {
        var numbers: [String: Int64] = [:]
        for row in try session.rows("SELECT story, min(number) AS number FROM documents GROUP BY story", []) {
            guard let story = row.text("story"), let number = row.integer("number") else { continue }
            numbers[story] = number
        }
        for row in try session.rows(
            """
            SELECT s.id AS story, s.number AS number
            FROM (SELECT DISTINCT story FROM documents) AS d JOIN documents s ON s.id = d.story
            """,
            []
        ) {
            guard let story = row.text("story"), let number = row.integer("number") else { continue }
            numbers[story] = number
        }
        return numbers
    }
}
