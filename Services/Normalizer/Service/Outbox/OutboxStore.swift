import DiaoyanModels
import DiaoyanObservability
import DiaoyanSQLite
import DiaoyanWire
import Foundation
import GRDB
import GRDBSQLite
import Metrics

/// The normalizer's durable outbox: every accepted document, its lease, and whether it is done.
///
/// One SQLite file in WAL mode with `synchronous=FULL`: a document is on disk before ``append(_:)`` returns.
/// Documents stay after they are done so that a repeat is still recognised as a duplicate; their bodies are
/// dropped once they have been done for the retention time (``dropBodies(doneBefore:)``), and the file gives the
/// space back (incremental auto-vacuum).
///
/// ```
/// documents(seq INTEGER PK, id TEXT UNIQUE, source TEXT, body BLOB, state INT, lease_until INT, attempts INT,
///           created_at INT, done_at INT)
/// state: 0 pending · 1 leased (until lease_until, ms since 1970) · 2 done (at done_at; body empty once dropped)
/// ```
package final class OutboxStore: Sendable {
    /// Why the outbox could not be used.
    package enum Error: Swift.Error, CustomStringConvertible {
        case cannotOpen(path: String, reason: String)
        case corruptRow(id: String, reason: String)

        package var description: String {
            switch self {
            case .cannotOpen(let path, let reason): "cannot open outbox \(path): \(reason)"
            case .corruptRow(let id, let reason): "outbox row \(id) cannot be decoded: \(reason)"
            }
        }
    }

    /// The outcome of appending one document.
    package enum AppendOutcome: Sendable, Hashable {
        case accepted
        case duplicate
    }

    private enum State: Int {
        case pending = 0
        case leased = 1
        case done = 2
    }

    private let pool: DatabasePool
    package let path: String
    /// Recently accepted documents, so leasing them reads no body (see ``LeaseCache``).
    private let cache = LeaseCache()
    /// Counts leases found expired when their documents are handed out again (metrics only).
    private let expiredLeases = Counter(label: MetricCatalog.leasesExpired.name)

    /// Opens (or creates) the outbox at `path`.
    ///
    /// - Parameter maximumPageCount: caps the file at that many pages (SQLite `max_page_count`); a write past
    ///   it fails with `SQLITE_FULL` like a full disk; a cap below the file's size (once migrated) is raised
    ///   to its size. Default nil: no cap.
    package init(path: String, maximumPageCount: Int? = nil) throws(Error) {
        self.path = path
        do {
            // A commit's WAL frames gathered and written 64 KiB at a time rather than two `pwrite`s a frame (a
            // document's body is several pages); written before the commit's sync, so an acknowledgement is as
            // durable as before.
            WALWriteBuffer.install()
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            configuration.prepareDatabase { db in
                // Debian's and Ubuntu's `libsqlite3` zero every page and cell a statement frees
                // (`SQLITE_SECURE_DELETE`): the bodies `dropBodies` empties were zeroed page by page and written to
                // the WAL and back to the file. Nothing the outbox deletes is secret.
                try db.execute(sql: "PRAGMA secure_delete = OFF")
            }
            self.pool = try DatabasePool(path: path, configuration: configuration)
            // On the writer, after the pool opened: GRDB's `DatabasePool` sets `synchronous = NORMAL` on its writer
            // when it turns WAL on, after the configuration's `prepareDatabase`, so a `FULL` set there was undone
            // and the WAL was synced only at checkpoints (an acknowledged document could be lost with the
            // machine's power, though not with the process).
            try self.pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") }
            try Self.useIncrementalVacuum(self.pool)
            var migrator = DatabaseMigrator()
            migrator.registerMigration("v1") { db in
                try db.execute(
                    sql: """
                        CREATE TABLE documents (
                            seq INTEGER PRIMARY KEY AUTOINCREMENT,
                            id TEXT NOT NULL UNIQUE,
                            source TEXT NOT NULL,
                            body BLOB NOT NULL,
                            state INTEGER NOT NULL DEFAULT 0,
                            lease_until INTEGER NOT NULL DEFAULT 0,
                            attempts INTEGER NOT NULL DEFAULT 0,
                            created_at INTEGER NOT NULL
                        );
                        CREATE INDEX documents_open ON documents(state, seq) WHERE state < 2;
                        """
                )
            }
            migrator.registerMigration("v2") { db in
                try db.execute(sql: "ALTER TABLE documents ADD COLUMN done_at INTEGER")
            }
            try migrator.migrate(self.pool)
            // An outbox already migrated opens read-only without a write (a folder turned read-only after a clean
            // stop left no WAL behind): SQLite falls back to a read-only connection without an error, and even a
            // write lock is granted then. Asking the connection, and writing the file's header once (its unused
            // `user_version`, set to what it holds), makes that a clear error at start, not a failure at the first
            // document.
            try self.pool.write { db in
                if sqlite3_db_readonly(db.sqliteConnection, "main") == 1 {
                    throw DatabaseError(resultCode: .SQLITE_READONLY, message: "the outbox file cannot be written")
                }
                let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                try db.execute(sql: "PRAGMA user_version = \(version)")
            }
            if let maximumPageCount {
                // The pool's single writer connection is the only one that grows the file.
                try self.pool.write { try $0.execute(sql: "PRAGMA max_page_count = \(maximumPageCount)") }
            }
        } catch {
            throw .cannotOpen(path: path, reason: String(describing: error))
        }
    }

    /// Appends documents in one transaction; returns once the transaction is durable.
    ///
    /// A document whose id is already in the outbox (or earlier in `documents`) is a duplicate and changes nothing.
    /// - Returns: one outcome per document, in order.
    package func append(_ documents: [NormalizedDocument]) async throws -> [AppendOutcome] {
        try await self.append(rows: documents.map(OutboxRow.init))
    }

    /// Appends documents already encoded (``OutboxRow``) in one transaction; returns once it is durable.
    /// - Returns: one outcome per row, in order.
    package func append(rows: [OutboxRow]) async throws -> [AppendOutcome] {
        let now = Self.nowMilliseconds()
        let outcomes = try await self.pool.write { db in
            var outcomes: [AppendOutcome] = []
            outcomes.reserveCapacity(rows.count)
            let statement = try db.cachedStatement(
                sql: "INSERT OR IGNORE INTO documents(id, source, body, created_at) VALUES (?, ?, ?, ?)"
            )
            for row in rows {
                try statement.execute(arguments: [row.id, row.source, row.body, now])
                outcomes.append(db.changesCount > 0 ? .accepted : .duplicate)
            }
            return outcomes
        }
        self.cache.insert(zip(rows, outcomes).compactMap { $1 == .accepted ? $0.document : nil })
        return outcomes
    }

    /// Leases up to `limit` documents that are pending or whose lease expired, oldest first.
    ///
    /// Documents still in the lease cache are handed out as they were accepted; only the others' bodies are read
    /// and decoded.
    /// - Parameter duration: how long the lease lasts before the documents may be handed out again.
    package func lease(limit: Int, for duration: Duration) async throws -> [NormalizedDocument] {
        guard limit > 0 else { return [] }
        let now = Self.nowMilliseconds()
        let until = now + duration.wholeMilliseconds
        let cache = self.cache
        let leased: [(id: String, document: NormalizedDocument?, body: Data?)] = try await self.pool.write { db in
            // Pending documents and expired leases, each read in `seq` order off the open-documents index, the
            // oldest `limit` of both. One query with `state = 0 OR (…)` was planned as a scan of the whole table in
            // `seq` order, through every confirmed document's row before the first open one: with 3,000 documents
            // done, half the normalizer's CPU went to reading their pages.
            let pending = try Row.fetchAll(
                db,
                sql: "SELECT seq, id, state FROM documents WHERE state < 2 AND state = 0 ORDER BY seq LIMIT ?",
                arguments: [limit]
            )
            let expiredRows = try Row.fetchAll(
                db,
                sql: """
                    SELECT seq, id, state FROM documents WHERE state < 2 AND state = 1 AND lease_until <= ?
                    ORDER BY seq LIMIT ?
                    """,
                arguments: [now, limit]
            )
            let rows =
                expiredRows.isEmpty
                ? pending
                : Array((pending + expiredRows).sorted { ($0["seq"] as Int64) < ($1["seq"] as Int64) }.prefix(limit))
            let update = try db.cachedStatement(
                sql: "UPDATE documents SET state = 1, lease_until = ?, attempts = attempts + 1 WHERE seq = ?"
            )
            let body = try db.cachedStatement(sql: "SELECT body FROM documents WHERE seq = ?")
            var expired = 0
            let ids: [String] = rows.map { $0["id"] }
            let cached = cache.take(ids)
            var leased: [(id: String, document: NormalizedDocument?, body: Data?)] = []
            leased.reserveCapacity(rows.count)
            for (row, document) in zip(rows, cached) {
                let seq: Int64 = row["seq"]
                try update.execute(arguments: [until, seq])
                expired += (row["state"] as Int) == State.leased.rawValue ? 1 : 0
                let stored = document == nil ? try Data.fetchOne(body, arguments: [seq]) : nil
                leased.append((row["id"], document, stored))
            }
            if expired > 0 { self.expiredLeases.increment(by: expired) }
            return leased
        }
        let decoder = JSONDecoder()
        return try leased.map { id, document, body in
            if let document { return document }
            do {
                // The byte-level reader first (JSONDecoder was a fifth of the normalizer's CPU once 10,000 documents
                // queued behind the extractors and most leases came from the table); JSONDecoder for the rest.
                if let body, let document = try? NormalizedDocument(jsonBytes: [UInt8](body)) { return document }
                return try decoder.decode(NormalizedDocument.self, from: body ?? Data())
            } catch {
                throw Error.corruptRow(id: id, reason: String(describing: error))
            }
        }
    }

    /// Marks documents done. Ids that are unknown or already done are ignored.
    /// - Returns: how many documents changed to done.
    package func confirm(ids: [String]) async throws -> Int {
        guard !ids.isEmpty else { return 0 }
        return try await self.pool.write { db in
            let statement = try db.cachedStatement(
                sql: "UPDATE documents SET state = 2, done_at = ? WHERE id = ? AND state < 2"
            )
            let now = Self.nowMilliseconds()
            var changed = 0
            for id in ids {
                try statement.execute(arguments: [now, id])
                changed += db.changesCount
            }
            return changed
        }
    }

    /// Empties the bodies of documents done before `cutoff` (ms since 1970) and gives the freed pages back to the
    /// file system. Their ids stay, so a repeat is still a duplicate.
    /// - Returns: how many bodies were dropped.
    package func dropBodies(doneBefore cutoff: Int64) async throws -> Int {
        let dropped = try await self.pool.write { db in
            try db.execute(
                sql: "UPDATE documents SET body = X'' WHERE state = 2 AND done_at < ? AND length(body) > 0",
                arguments: [cutoff]
            )
            return db.changesCount
        }
        if dropped > 0 {
            try await self.pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA incremental_vacuum")
                // The shrink reaches the file at a checkpoint; do it now rather than at the next automatic one.
                try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            }
        }
        return dropped
    }

    /// The writer connection's `synchronous` setting as SQLite reports it (`2` is `FULL`).
    package func writerSynchronous() async throws -> Int {
        try await self.pool.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA synchronous") ?? -1 }
    }

    /// The writer connection's `secure_delete` setting as SQLite reports it (`0` is off).
    package func writerSecureDelete() async throws -> Int {
        try await self.pool.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA secure_delete") ?? -1 }
    }

    /// The outbox's size on disk in bytes: the file and its write-ahead log.
    package func fileSize() throws -> Int {
        try [self.path, self.path + "-wal"].reduce(0) { total, path in
            guard FileManager.default.fileExists(atPath: path) else { return total }
            return total + ((try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
        }
    }

    /// Turns on incremental auto-vacuum: for a new file before its first table, for an older one by one full vacuum.
    private static func useIncrementalVacuum(_ pool: DatabasePool) throws {
        try pool.writeWithoutTransaction { db in
            guard try Int.fetchOne(db, sql: "PRAGMA auto_vacuum") != 2 else { return }
            try db.execute(sql: "PRAGMA auto_vacuum = INCREMENTAL")
            try db.execute(sql: "VACUUM")
        }
    }

    /// Counts documents by state.
    package func counts() async throws -> (open: Int, done: Int) {
        try await self.pool.read { db in
            let open = try Int.fetchOne(db, sql: "SELECT count(*) FROM documents WHERE state < 2") ?? 0
            let done = try Int.fetchOne(db, sql: "SELECT count(*) FROM documents WHERE state = 2") ?? 0
            return (open, done)
        }
    }

    /// What the outbox holds, for the metrics: documents not yet confirmed, confirmed ones (kept for duplicate
    /// detection), and of those the ones whose body the retention time has not dropped yet.
    package struct Inventory: Sendable, Hashable {
        package var open: Int
        package var done: Int
        package var retainedBodies: Int
    }

    /// Counts documents by state and the confirmed ones that still hold their body (one pass over the table; a
    /// blob's length is read from its row header, not its pages).
    package func inventory() async throws -> Inventory {
        try await self.pool.read { db in
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT coalesce(sum(state < 2), 0) AS open, coalesce(sum(state = 2), 0) AS done,
                        coalesce(sum(state = 2 AND length(body) > 0), 0) AS retained
                    FROM documents
                    """
            )
            return Inventory(open: row?["open"] ?? 0, done: row?["done"] ?? 0, retainedBodies: row?["retained"] ?? 0)
        }
    }

    /// Counts leased documents: those whose lease still runs, and those whose lease expired unconfirmed and that
    /// wait to be handed out again.
    package func leaseCounts() async throws -> (inFlight: Int, overdue: Int) {
        let now = Self.nowMilliseconds()
        return try await self.pool.read { db in
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT coalesce(sum(lease_until > ?), 0) AS running, coalesce(sum(lease_until <= ?), 0) AS overdue
                    FROM documents WHERE state < 2 AND state = 1
                    """,
                arguments: [now, now]
            )
            return (row?["running"] ?? 0, row?["overdue"] ?? 0)
        }
    }

    /// Milliseconds until the earliest current lease expires, or nil when nothing is leased.
    package func earliestLeaseExpiry() async throws -> Int64? {
        try await self.pool.read { db in
            // `state < 2` lets the planner read the open-documents index rather than the table.
            try Int64.fetchOne(db, sql: "SELECT min(lease_until) FROM documents WHERE state < 2 AND state = 1")
        }.map { $0 - Self.nowMilliseconds() }
    }

    private static func nowMilliseconds() -> Int64 {
        Int64(Date().timeIntervalSince1970 * 1000)
    }
}
