import Foundation
import GRDB

/// An ``SQLSession`` over a GRDB connection, inside one of GRDB's read or write closures. Statements are prepared
/// once per connection and reused (GRDB's statement cache): preparing costs more than running most of them; the
/// long multi-row statements of a commit are the exception (see ``longestCached``).
struct GRDBSession: SQLSession {
    let database: Database

    var dialect: SQLDialect { .sqlite }

    func execute(_ sql: String, _ arguments: [SQLValue]) throws {
        try self.statement(sql).execute(arguments: Self.arguments(arguments))
    }

    /// Reads the rows through a cursor over the statement (GRDB copies each row, its column names included,
    /// when asked for all rows at once: most of the time of a statistic of thousands of rows).
    func rows(_ sql: String, _ arguments: [SQLValue]) throws -> [SQLRow] {
        let statement = try self.statement(sql)
        let columns = statement.columnNames
        let cursor = try Row.fetchCursor(statement, arguments: Self.arguments(arguments))
        var rows: [SQLRow] = []
        while let row = try cursor.next() {
            rows.append(
                SQLRow(columns: columns, values: (0..<columns.count).map { Self.value(row[$0] as DatabaseValue) })
            )
        }
        return rows
    }

    /// Longest statement kept prepared. The store's multi-row statements come in a bounded number of shapes (row
    /// and value counts are powers of two, see ``SQLSession/insert(into:_:suffix:)``) and stay prepared; a longer
    /// one, which no statement of the store is, is prepared each time rather than grow the cache.
    private static let longestCached = 1 << 20

    private func statement(_ sql: String) throws -> Statement {
        sql.utf8.count <= Self.longestCached
            ? try self.database.cachedStatement(sql: sql) : try self.database.makeStatement(sql: sql)
    }

    /// The values as GRDB's, converted straight to `DatabaseValue` (no existential box per value).
    private static func arguments(_ values: [SQLValue]) -> StatementArguments {
        StatementArguments(
            values.map { value -> DatabaseValue in
                switch value {
                case .null: .null
                case .integer(let integer): integer.databaseValue
                case .real(let real): real.databaseValue
                case .text(let text): text.databaseValue
                case .blob(let bytes): Data(bytes).databaseValue
                }
            }
        )
    }

    private static func value(_ value: DatabaseValue) -> SQLValue {
        switch value.storage {
        case .null: .null
        case .int64(let integer): .integer(integer)
        case .double(let real): .real(real)
        case .string(let text): .text(text)
        case .blob(let data): .blob(Array(data))
        }
    }
}
