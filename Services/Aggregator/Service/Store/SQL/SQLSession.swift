/// A connection inside one transaction (or one read), on which the store's SQL runs the same way on SQLite and
/// PostgreSQL.
///
/// Statements are written once, in the SQL both speak (`?` placeholders, `ON CONFLICT DO NOTHING`, `RETURNING`,
/// every subquery in FROM aliased); a session rewrites what its database needs (PostgreSQL's `$1…`). Sessions are
/// synchronous: SQLite's run inside GRDB's transaction closures, PostgreSQL's on a thread of their own.
package protocol SQLSession {
    var dialect: SQLDialect { get }
    /// Runs a statement that returns no rows.
    func execute(_ sql: String, _ arguments: [SQLValue]) throws
    /// Runs a query and returns all its rows.
    func rows(_ sql: String, _ arguments: [SQLValue]) throws -> [SQLRow]
    /// Runs a statement that returns no rows with the values of `rows` bound in order, row after row (a multi-row
    /// insert, ``insert(into:_:suffix:)``).
    func execute(_ sql: String, rows: ArraySlice<[SQLValue]>) throws
}

extension SQLSession {
    /// The rows' values as one list.
    package func execute(_ sql: String, rows: ArraySlice<[SQLValue]>) throws {
        try self.execute(sql, rows.flatMap { $0 })
    }

    /// Runs a statement with Swift values bound.
    package func execute(_ sql: String, _ arguments: any SQLBindable...) throws {
        try self.execute(sql, arguments.map(\.sqlValue))
    }

    /// Runs a query with Swift values bound.
    package func rows(_ sql: String, _ arguments: any SQLBindable...) throws -> [SQLRow] {
        try self.rows(sql, arguments.map(\.sqlValue))
    }
}
