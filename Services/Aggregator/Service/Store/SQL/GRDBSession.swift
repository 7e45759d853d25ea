import Foundation
import GRDB
import GRDBSQLite

/// An ``SQLSession`` over a GRDB connection, inside one of GRDB's read or write closures. Statements are prepared
/// once per connection and reused (GRDB's statement cache): preparing costs more than running most of them; the
/// long multi-row statements of a commit are the exception (see ``longestCached``).
struct GRDBSession: SQLSession {
    let database: Database

    var dialect: SQLDialect { .sqlite }

    func execute(_ sql: String, _ arguments: [SQLValue]) throws {
        let statement = try self.statement(sql)
        try Self.bind(arguments, to: statement)
        try statement.execute()
    }

    /// Binds the rows' values where they are: flattened into one array first, each value was copied and retained
    /// once more (a few percent of a fold). Their texts and blobs are copied into one buffer for the statement's run
    /// and bound from there (`SQLITE_STATIC`); bound as transient, SQLite allocated a copy of each and freed it
    /// when GRDB cleared the statement's bindings before its next run (1.5–2 % of the aggregator's CPU in the trio,
    /// most of the binding's cost).
    func execute(_ sql: String, rows: ArraySlice<[SQLValue]>) throws {
        let statement = try self.statement(sql)
        let handle = try Self.prepareBinding(statement, count: rows.reduce(0) { $0 + $1.count })
        var bytes = 0
        for row in rows {
            for value in row { bytes += value.boundBytes }
        }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes, 1), alignment: 8)
        defer {
            // Nothing bound may point into the buffer once it is freed.
            sqlite3_clear_bindings(handle)
            buffer.deallocate()
        }
        var used = 0
        var index: CInt = 1
        for row in rows {
            for value in row {
                Self.bind(value, at: index, to: handle, copyingInto: buffer, used: &used)
                index += 1
            }
        }
        try statement.execute()
    }

    /// Reads the rows through a cursor over the statement (GRDB copies each row, its column names included,
    /// when asked for all rows at once: most of the time of a statistic of thousands of rows).
    func rows(_ sql: String, _ arguments: [SQLValue]) throws -> [SQLRow] {
        let statement = try self.statement(sql)
        try Self.bind(arguments, to: statement)
        let columns = statement.columnNames
        let handle = statement.sqliteStatement
        let cursor = try Row.fetchCursor(statement)
        var rows: [SQLRow] = []
        while try cursor.next() != nil {
            rows.append(SQLRow(columns: columns, values: (0..<CInt(columns.count)).map { Self.value(handle, $0) }))
        }
        return rows
    }

    /// Runs a query and hands `body` its first column of every row as an integer (NULL as 0), stepping the
    /// statement without making a row of values: reading 2.7 million story band keys as ``SQLRow``s (an array
    /// of values, the column looked up by name) took 0.8 s of CPU; stepped, about a quarter of it.
    func forEachInteger(_ sql: String, _ arguments: [SQLValue], _ body: (Int64) throws -> Void) throws {
        try self.step(sql, arguments) { handle in try body(sqlite3_column_int64(handle, 0)) }
    }

    /// Runs a query and hands `body` its first two columns of every row as integers (NULL as 0), stepping the
    /// statement as ``forEachInteger(_:_:_:)`` does.
    func forEachIntegerPair(_ sql: String, _ arguments: [SQLValue], _ body: (Int64, Int64) throws -> Void) throws {
        try self.step(sql, arguments) { handle in
            try body(sqlite3_column_int64(handle, 0), sqlite3_column_int64(handle, 1))
        }
    }

    /// Runs a query and hands `row` the statement's handle at every row, for its columns to be read in place.
    private func step(_ sql: String, _ arguments: [SQLValue], _ row: (SQLiteStatement) throws -> Void) throws {
        let statement = try self.statement(sql)
        try Self.bind(arguments, to: statement)
        let handle = statement.sqliteStatement
        let cursor = try Row.fetchCursor(statement)
        while try cursor.next() != nil {
            try row(handle)
        }
    }

    /// Longest statement kept prepared. The store's multi-row statements come in a bounded number of shapes (row
    /// and value counts are powers of two, see ``SQLSession/insert(into:_:suffix:)``) and stay prepared; a longer
    /// one, which no statement of the store is, is prepared each time rather than grow the cache.
    private static let longestCached = 1 << 20

    func statement(_ sql: String) throws -> Statement {
        sql.utf8.count <= Self.longestCached
            ? try self.database.cachedStatement(sql: sql) : try self.database.makeStatement(sql: sql)
    }

    /// Why values cannot be bound to a statement, or a blob written or read where it lies
    /// (`GRDBSession+Blobs`).
    enum Error: Swift.Error, CustomStringConvertible {
        case argumentCount(sql: String, expected: Int, given: Int)
        case blobNotOpened(table: String, column: String, row: Int64, code: CInt)
        case blobNotMoved(table: String, column: String, row: Int64, code: CInt)
        case blobSize(table: String, column: String, row: Int64, bytes: Int, expected: Int)

        var description: String {
            switch self {
            case .argumentCount(let sql, let expected, let given):
                "\(sql.prefix(80)): \(given) values for \(expected) placeholders"
            case .blobNotOpened(let table, let column, let row, let code):
                "\(table).\(column) of row \(row): cannot open the blob (SQLite \(code))"
            case .blobNotMoved(let table, let column, let row, let code):
                "\(table).\(column) of row \(row): cannot write or read the blob (SQLite \(code))"
            case .blobSize(let table, let column, let row, let bytes, let expected):
                "\(table).\(column) of row \(row): a blob of \(bytes) bytes, \(expected) expected"
            }
        }
    }

    /// SQLite copies what it is given (`SQLITE_TRANSIENT`): the values need not outlive the call.
    static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    /// Binds `values` with SQLite's own calls, in order: GRDB's `StatementArguments` (an array of `DatabaseValue`,
    /// built through a key path per value, then validated and copied again) took 5 % of a fold. GRDB is told the
    /// statement's arguments are bound (empty unchecked arguments reset it and clear its bindings), so its
    /// `execute()` and cursors only reset it before stepping.
    private static func bind(_ values: [SQLValue], to statement: Statement) throws {
        let handle = try Self.prepareBinding(statement, count: values.count)
        for (offset, value) in values.enumerated() {
            Self.bind(value, at: CInt(offset + 1), to: handle)
        }
    }

    /// Readies `statement` for `count` values bound with SQLite's calls and returns its handle; throws when it
    /// takes another number.
    static func prepareBinding(_ statement: Statement, count: Int) throws -> SQLiteStatement {
        let handle = statement.sqliteStatement
        // Clears the error a failed step left, which GRDB's own reset would trap on.
        sqlite3_reset(handle)
        statement.setUncheckedArguments(StatementArguments())
        let expected = Int(sqlite3_bind_parameter_count(handle))
        guard expected == count else {
            throw Error.argumentCount(sql: statement.sql, expected: expected, given: count)
        }
        return handle
    }

    /// Binds UTF-8 `bytes` as text; none as an empty text, not NULL (a nil address would bind NULL).
    static func bindText(_ bytes: UnsafeBufferPointer<UInt8>, at index: CInt, to handle: SQLiteStatement) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else {
            sqlite3_bind_text(handle, index, "", 0, Self.transient)
            return
        }
        base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
            _ = sqlite3_bind_text(handle, index, $0, CInt(bytes.count), Self.transient)
        }
    }

    /// Binds one value; an empty text or blob as an empty one, not NULL (a nil address would bind NULL).
    private static func bind(_ value: SQLValue, at index: CInt, to handle: SQLiteStatement) {
        switch value {
        case .null: sqlite3_bind_null(handle, index)
        case .integer(let integer): sqlite3_bind_int64(handle, index, integer)
        case .real(let real): sqlite3_bind_double(handle, index, real)
        case .text(var text):
            text.withUTF8 { Self.bindText($0, at: index, to: handle) }
        case .blob(let bytes):
            bytes.withUnsafeBytes { raw in
                guard let base = raw.baseAddress, !raw.isEmpty else {
                    sqlite3_bind_zeroblob(handle, index, 0)
                    return
                }
                sqlite3_bind_blob(handle, index, base, CInt(raw.count), Self.transient)
            }
        }
    }

    /// Binds one value, a non-empty text or blob as a copy at `used` in `buffer` (which must have room for it: see
    /// ``SQLValue/boundBytes``), bound static: SQLite reads it there until the bindings are cleared or replaced.
    private static func bind(
        _ value: SQLValue,
        at index: CInt,
        to handle: SQLiteStatement,
        copyingInto buffer: UnsafeMutableRawBufferPointer,
        used: inout Int
    ) {
        switch value {
        case .text(var text) where !text.isEmpty:
            let start = used
            text.withUTF8 { source in
                precondition(start + source.count <= buffer.count, "no room for a bound text")
                UnsafeMutableRawBufferPointer(rebasing: buffer[start..<(start + source.count)])
                    .copyMemory(from: UnsafeRawBufferPointer(source))
                used += source.count
            }
            sqlite3_bind_text(
                handle,
                index,
                (buffer.baseAddress! + start).assumingMemoryBound(to: CChar.self),
                CInt(used - start),
                nil
            )
        case .blob(let bytes) where !bytes.isEmpty:
            let start = used
            bytes.withUnsafeBytes { source in
                precondition(start + source.count <= buffer.count, "no room for a bound blob")
                UnsafeMutableRawBufferPointer(rebasing: buffer[start..<(start + source.count)]).copyMemory(from: source)
                used += source.count
            }
            sqlite3_bind_blob(handle, index, buffer.baseAddress! + start, CInt(used - start), nil)
        default: Self.bind(value, at: index, to: handle)
        }
    }

    /// The value of column `index` of the row `handle` stands on.
    private static func value(_ handle: SQLiteStatement, _ index: CInt) -> SQLValue {
        switch sqlite3_column_type(handle, index) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, index))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, index))
        case SQLITE_TEXT:
            guard let text = sqlite3_column_text(handle, index) else { return .text("") }
            let count = Int(sqlite3_column_bytes(handle, index))
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(handle, index))
            guard let blob = sqlite3_column_blob(handle, index), count > 0 else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: blob, count: count)))
        default: return .null
        }
    }
}

extension SQLValue {
    /// Bytes a text's UTF-8 or a blob takes when bound from a buffer (``GRDBSession``'s multi-row statements); 0 for
    /// other values.
    fileprivate var boundBytes: Int {
        switch self {
        case .text(let text): text.utf8.count
        case .blob(let bytes): bytes.count
        default: 0
        }
    }
}
