import GRDB
import Testing

@testable import AggregatorService

/// The walk of the reversed keys' index that reads a commit's candidate projects on SQLite
/// (``GRDBSession/walkProjectsByReversedKey(_:shortest:visit:)``) finds exactly the stored keys the statement it replaced found:
/// each a joinable suffix of the report's key (a prefix of its reversal, at least six scalars long) or ending with it.
@Suite struct ProjectKeyWalkTests {
    /// Keys that share endings at every length, with scalars of one to four UTF-8 bytes, and a combining mark.
    private static let stored: [String] = {
        let heads = ["", "华明管业", "阿城区", "甲", "乙丙", "🚀", "e\u{301}", "abc", "二期"]
        let tails = [
            "100万吨制管项目", "万吨制管项目", "制管项目", "年产5万吨锂电池隔膜项目", "锂电池隔膜项目", "项目", "储能项目",
            "一二三四五六", "一二三四五六七", "🚀火箭发动机项目", "期项目工程一二", "园建设项目", "产业园建设项目",
        ]
        return heads.flatMap { head in tails.map { head + $0 } }
    }()

    @Test func theWalkFindsTheSuffixesAndTheKeysThatEndWithTheKey() throws {
        let queue = try DatabaseQueue()
        try queue.write { database in
            try database.execute(sql: "CREATE TABLE projects (id INTEGER PRIMARY KEY, rkey TEXT NOT NULL, path TEXT)")
            try database.execute(sql: "CREATE INDEX projects_rkey ON projects(rkey, path)")
            let session = GRDBSession(database: database)
            for (offset, key) in Self.stored.enumerated() {
                // Every key twice, once without a place.
                try session.execute(
                    "INSERT INTO projects(id, rkey, path) VALUES (?, ?, ?), (?, ?, ?)",
                    [
                        .integer(Int64(2 * offset + 1)), .text(ProjectNameKey.reversed(key)), .text("黑龙江省"),
                        .integer(Int64(2 * offset + 2)), .text(ProjectNameKey.reversed(key)), .null,
                    ]
                )
            }
            let asked =
                Self.stored + Self.stored.map { "丁" + $0 } + Self.stored.map { String($0.dropFirst()) } + [
                    "", "目", "五六七", "不存在的项目名称", "\u{10FFFF}项目",
                ]
            for key in asked {
                let reversed = Array(ProjectNameKey.reversed(key).utf8)
                let shortest = Array(String(ProjectNameKey.reversed(key).unicodeScalars.prefix(6)).utf8).count
                var found: [Int64] = []
                try session.walkProjectsByReversedKey(reversed, shortest: shortest) { id, _, _ in found.append(id) }
                let expected = Self.stored.enumerated().filter { _, stored in
                    let storedReversed = Array(ProjectNameKey.reversed(stored).utf8)
                    return storedReversed.starts(with: reversed)
                        || (reversed.starts(with: storedReversed) && storedReversed.count >= shortest)
                }
                #expect(
                    found.sorted()
                        == expected.flatMap { [Int64(2 * $0.offset + 1), Int64(2 * $0.offset + 2)] }.sorted(),
                    "\(key)"
                )
            }
        }
    }
}
