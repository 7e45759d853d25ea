import GRDB
import GRDBSQLite

extension GRDBSession {
    /// The id, reversed key and path of every stored project whose reversed key (`rkey`, `v18`) is a prefix of
    /// `reversed` at least `shortest` bytes long, or starts with `reversed`: one forward walk of `projects_rkey`
    /// from the shortest such prefix, seeking past what cannot match.
    ///
    /// An entry that is neither shares a first `l` bytes with `reversed` and differs at byte `l`. When its byte is
    /// the greater, every entry after it is greater than `reversed` and every entry that starts with it, and the
    /// walk ends; when the smaller, no prefix of `reversed` lies between it and `reversed`'s prefix that ends with
    /// the scalar holding byte `l`, and the walk seeks there. A key of 15 scalars took 10 point lookups (one a
    /// joinable suffix) and a range; the walk seeks four or five times into the 100,000-record store. Reversed keys
    /// compare as SQLite compares them (`BINARY`, UTF-8 bytes in scalar order).
    ///
    /// `visit` gets each entry's id, reversed key and path (nil for `NULL`) as the statement's column bytes, valid
    /// only during the call, so a caller that wants few of the entries turns none of the others into strings (on a
    /// generated corpus a new key's walk meets the same stored keys in many counties, and most of them do not pass
    /// ``ProjectCandidateFilter``).
    func walkProjectsByReversedKey(
        _ reversed: [UInt8],
        shortest: Int,
        visit: (Int64, UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>?) -> Void
    ) throws {
        let statement = try self.statement("SELECT id, rkey, path FROM projects WHERE rkey >= ? AND rkey < ?")
        let upper = reversed + [0xF4, 0x8F, 0xBF, 0xBF]  // U+10FFFF: above every scalar that can follow
        var lower = min(shortest, reversed.count)
        walk: while true {
            let handle = try Self.prepareBinding(statement, count: 2)
            reversed[..<lower].withUnsafeBufferPointer { Self.bindText($0, at: 1, to: handle) }
            upper.withUnsafeBufferPointer { Self.bindText($0, at: 2, to: handle) }
            let cursor = try Row.fetchCursor(statement)
            var next: Int?
            while try cursor.next() != nil {
                let count = Int(sqlite3_column_bytes(handle, 1))
                guard let text = sqlite3_column_text(handle, 1) else { continue }
                let entry = UnsafeBufferPointer(start: text, count: count)
                var shared = 0
                while shared < count, shared < reversed.count, entry[shared] == reversed[shared] { shared += 1 }
                if shared == count || shared == reversed.count {
                    let path = sqlite3_column_text(handle, 2).map {
                        UnsafeBufferPointer(start: $0, count: Int(sqlite3_column_bytes(handle, 2)))
                    }
                    visit(sqlite3_column_int64(handle, 0), entry, path)
                    continue
                }
                guard entry[shared] < reversed[shared] else { break walk }
                var end = shared + 1
                while end < reversed.count, reversed[end] & 0xC0 == 0x80 { end += 1 }
                next = end
                break
            }
            guard let next else { break }
            lower = next
        }
        sqlite3_reset(statement.sqliteStatement)
    }
}
