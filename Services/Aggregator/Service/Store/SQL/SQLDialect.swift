import Foundation

/// The two databases the store runs on, and what their table definitions differ in.
package enum SQLDialect: Sendable, Hashable {
    case sqlite, postgres

    /// The table that lists applied migrations: GRDB's name on SQLite, so files of earlier releases (which ran
    /// GRDB's migrator) are read as they are.
    var migrationsTable: String {
        switch self {
        case .sqlite: "grdb_migrations"
        case .postgres: "schema_migrations"
        }
    }

    /// Table definitions written for SQLite, in this database's types: on PostgreSQL `BLOB` is `BYTEA`, `REAL`
    /// `DOUBLE PRECISION`, `INTEGER` `BIGINT` (an `INTEGER PRIMARY KEY` a `BIGSERIAL`), text compares bytewise
    /// (`COLLATE "C"`, as SQLite does), which place-prefix ranges rely on, and `WITHOUT ROWID` is dropped.
    func definitions(_ sql: String) -> String {
        guard self == .postgres else { return sql }
        return sql.replacingOccurrences(of: "INTEGER PRIMARY KEY", with: "BIGSERIAL PRIMARY KEY")
            .replacingOccurrences(of: " INTEGER", with: " BIGINT")
            .replacingOccurrences(of: " REAL", with: " DOUBLE PRECISION")
            .replacingOccurrences(of: " BLOB", with: " BYTEA")
            .replacingOccurrences(of: " TEXT", with: " TEXT COLLATE \"C\"")
            .replacingOccurrences(of: " WITHOUT ROWID", with: "")
    }
}
