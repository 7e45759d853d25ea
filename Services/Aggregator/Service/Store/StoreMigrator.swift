/// Applies the migrations of ``StoreSchema`` a database has not seen, each in its own transaction, and records
/// each in the dialect's migrations table (GRDB's own on SQLite, so files of earlier releases continue where they
/// stopped).
enum StoreMigrator {
    /// The migrations `transaction` must still apply, in order. `transaction` runs its body in one transaction.
    static func migrate(_ transaction: ((any SQLSession) throws -> Void) throws -> Void) throws {
        for migration in StoreSchema.migrations {
            try transaction { session in
                let table = session.dialect.migrationsTable
                try session.execute("CREATE TABLE IF NOT EXISTS \(table) (identifier TEXT NOT NULL PRIMARY KEY)", [])
                let applied = try session.rows("SELECT identifier FROM \(table) WHERE identifier = ?", migration.identifier)
                guard applied.isEmpty else { return }
                try migration.apply(session)
                try session.execute("INSERT INTO \(table)(identifier) VALUES (?)", migration.identifier)
            }
        }
    }
}
