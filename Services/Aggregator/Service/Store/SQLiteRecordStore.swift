import DiaoyanModels
import DiaoyanSQLite
import Foundation
import GRDB
import Synchronization

/// The aggregator's embedded store: one SQLite file (WAL, `synchronous=FULL` on its writer) holding each record as
/// JSON plus the fact tables statistics are computed from (``StoreSchema``). A commit links each new document to its
/// story and its projects to those of other articles (``FactWriter``) in the same transaction.
///
/// Records accepted for a later fold (``FoldingStore``) wait in a second file beside it, `PATH-inbox` (WAL,
/// `synchronous=FULL`, ``PendingRecords``): its own writer makes an acknowledgement durable while a fold holds the
/// store's.
package final class SQLiteRecordStore: RecordStore {
    /// Why the store could not be opened or used.
    package enum Error: Swift.Error, CustomStringConvertible {
        case cannotOpen(path: String, reason: String)
        case corruptRecord(id: String, reason: String)

        package var description: String {
            switch self {
            case .cannotOpen(let path, let reason): "cannot open \(path): \(reason)"
            case .corruptRecord(let id, let reason): "stored record \(id) cannot be decoded: \(reason)"
            }
        }
    }

    private let pool: DatabasePool
    private let inbox: DatabasePool
    /// The stored story band keys as a filter (``StoryBandFilter``), used and kept up to date only inside the
    /// writer's transactions; nil until the first.
    private let bands = Mutex<StoryBandFilter?>(nil)

    /// Opens the store named by a `--database` value of the form `sqlite:PATH`.
    package convenience init(url: String) throws {
        guard case .sqlite(let path) = try DatabaseLocation(parsing: url) else {
            throw DatabaseLocation.Error.unsupported(url)
        }
        try self.init(path: path)
    }

    /// Opens the store at `path`, creating its folder and file if needed, migrating an older file.
    ///
    /// - Parameter maximumPageCount: caps the file at that many pages (SQLite `max_page_count`); a write past
    ///   it fails with `SQLITE_FULL` like a full disk; a cap below the file's size (once migrated) is raised
    ///   to its size. Default nil: no cap.
    package init(path: String, maximumPageCount: Int? = nil) throws(Error) {
        do {
            WALWriteBuffer.install()
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            configuration.prepareDatabase { db in
                try Self.withoutSecureDelete(db)
                // Statement journals (a multi-row statement inside a transaction keeps the pages it changes, to undo
                // it alone) in memory: in files they were most of the bytes a commit wrote.
                try db.execute(sql: "PRAGMA temp_store = MEMORY")
                // 32 MiB of page cache for the writer: what a fold touches again (totals, the upper levels of every
                // tree, recent index pages) fits; the rest of a large store is read at random anyway, and 64 MiB
                // took the aggregator past 150 MB of RSS under `bench pipeline` at 10,000 articles.
                // Readers (statistics, listings, the accept path's lookups of stored ids) get 1 MiB each: GRDB opens
                // up to five, and each one's cache grew with the pages it had read, with the store (at 4 MiB the
                // aggregator's peak RSS under `bench pipeline` went 126 -> 140 MB from 20,000 to 30,000 articles; at
                // 1 MiB 128 -> 131, and every statistic of a 20,000-record store answers as fast).
                try db.execute(
                    sql: db.configuration.readonly ? "PRAGMA cache_size = -1024" : "PRAGMA cache_size = -32768"
                )
                // Checkpoint every 65,536 pages (256 MiB of WAL) rather than 1,000: a fold rewrites the same hot
                // pages (totals, the upper levels of every tree, recent index pages), and each checkpoint copies them
                // back once however often they changed. With 100,000 records stored a fold of 256 dirties some 13,000
                // pages, so at 8,192 every fold was followed by a checkpoint: 600 -> 706 records/s at 100,000. Into a
                // store of 100,000 generated articles the checkpoints write pages scattered over 1.2 GB and sync them
                // (486 of 4,758 samples over 12,000 articles at 32,768): 65,536 took 12,000 articles' CPU a record
                // 1.255 -> 1.170 ms (five rounds); 131,072 did not (1.266; presumably because a page's lookup in the
                // WAL's index probes one hash table per 4,096 frames).
                try db.execute(sql: "PRAGMA wal_autocheckpoint = 65536")
            }
            let pool = try Self.openPool(path: path, configuration: configuration)
            self.pool = pool
            var inboxConfiguration = Configuration()
            inboxConfiguration.busyMode = .timeout(10)
            inboxConfiguration.prepareDatabase { db in
                try Self.withoutSecureDelete(db)
                try db.execute(sql: "PRAGMA temp_store = MEMORY")
                // 512 KiB of page cache a connection instead of SQLite's 2 MiB: a record is written once and read
                // once, by the next fold, so what each of the inbox's connections cached was only held.
                try db.execute(sql: "PRAGMA cache_size = -512")
            }
            self.inbox = try Self.openPool(path: path + "-inbox", configuration: inboxConfiguration)
            try self.inbox.write { try $0.execute(sql: PendingRecords.definition) }
            try StoreMigrator.migrate { body in
                try pool.write { try body(GRDBSession(database: $0)) }
            }
            if let maximumPageCount {
                // The pool's single writer connection is the only one that grows the file.
                try pool.write { try $0.execute(sql: "PRAGMA max_page_count = \(maximumPageCount)") }
            }
        } catch {
            throw .cannotOpen(path: path, reason: String(describing: error))
        }
    }

    /// Opens a pool whose writer syncs the WAL at every commit (`synchronous=FULL`): an acknowledgement and the fold
    /// that removes a record from the inbox are on disk when their transactions end. Set after the pool opens, on
    /// its writer: GRDB's `DatabasePool` sets `synchronous=NORMAL` on the writer when it turns WAL on, after
    /// `prepareDatabase` ran, so a `FULL` set there was undone (the WAL was synced only at checkpoints: an
    /// acknowledged record could be lost with the machine's power, though not with the process).
    private static func openPool(path: String, configuration: Configuration) throws -> DatabasePool {
        let pool = try DatabasePool(path: path, configuration: configuration)
        try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") }
        return pool
    }

    /// Turns off SQLite's `secure_delete`, which Debian's and Ubuntu's `libsqlite3` build on by default: with it every
    /// page a delete frees (the inbox's folded records, a rewritten tally row's overflow pages) is zeroed and written
    /// to the WAL and back to the file, and deleted cells are zeroed in place. Nothing the store deletes is secret.
    private static func withoutSecureDelete(_ db: Database) throws {
        try db.execute(sql: "PRAGMA secure_delete = OFF")
    }

    /// The `synchronous` and `secure_delete` settings of the store's and the inbox's writer connections, as SQLite
    /// reports them (`2` is `FULL`).
    package func writerSettings() async throws -> (store: [Int], inbox: [Int]) {
        let read: @Sendable (Database) throws -> [Int] = { db in
            [
                try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1,
                try Int.fetchOne(db, sql: "PRAGMA secure_delete") ?? -1,
            ]
        }
        return (try await self.pool.writeWithoutTransaction(read), try await self.inbox.writeWithoutTransaction(read))
    }

    package func commit(_ records: [ExtractionRecord], contexts: [String: RecordContext]) async throws
        -> [SubmitAck.Result]
    {
        let encoded = try StoreOperations.encoded(records)
        let now = Int64(Date().timeIntervalSince1970)
        return try await self.pool.write { db in
            try self.withBands(GRDBSession(database: db)) { session, bands in
                try StoreOperations.commit(encoded, contexts: contexts, storedAt: now, session: session, bands: &bands)
            }
        }
    }

    package func accept(_ records: [ExtractionRecord], contexts: [String: RecordContext]) async throws
        -> [SubmitAck.Result]
    {
        let encoded = try StoreOperations.encoded(records)
        let now = Int64(Date().timeIntervalSince1970)
        let ids = records.map(\.id)
        let stored = try await self.pool.read { try PendingRecords.storedIDs(ids, session: GRDBSession(database: $0)) }
        return try await self.inbox.write { db in
            try PendingRecords.accept(
                encoded,
                contexts: contexts,
                storedAt: now,
                stored: stored,
                session: GRDBSession(database: db)
            )
        }
    }

    package func pendingHorizon() async throws -> Int64 {
        try await self.inbox.read { try PendingRecords.horizon(session: GRDBSession(database: $0)) }
    }

    /// Stores the records in the store's transaction, then removes them from the inbox: killed in between, the
    /// next fold finds them stored already and only removes them.
    package func fold(limit: Int, through horizon: Int64, known: [String: AcceptedRecord]) async throws -> Int {
        let rows = try await self.inbox.read {
            try PendingRecords.oldest(limit, through: horizon, session: GRDBSession(database: $0))
        }
        guard !rows.isEmpty else { return 0 }
        let documents = try PendingRecords.documents(rows, known: known)
        _ = try await self.pool.write { db in
            try self.withBands(GRDBSession(database: db)) { session, bands in
                try StoreOperations.store(documents, session: session, bands: &bands)
            }
        }
        try await self.inbox.write { try PendingRecords.remove(rows, session: GRDBSession(database: $0)) }
        return rows.count
    }

    package func stats(_ request: StatsRequest, fromFacts: Bool) async throws -> StatsResult {
        try await self.pool.read {
            try StoreOperations.stats(request, fromFacts: fromFacts, session: GRDBSession(database: $0))
        }
    }

    package func projects(_ request: ProjectsRequest) async throws -> ProjectsResult {
        try await self.pool.read { try ProjectListing(request).fetch(GRDBSession(database: $0)) }
    }

    package func document(id: String) async throws -> ExtractionRecord? {
        let bytes = try await self.pool.read {
            try StoreOperations.document(id: id, session: GRDBSession(database: $0))
        }
        guard let bytes else { return nil }
        do {
            return try StoredRecordJSON.decode(bytes)
        } catch {
            throw Error.corruptRecord(id: id, reason: String(describing: error))
        }
    }

    /// Runs `body` in the writer's transaction with the band filter brought up to date: at the first, the copy kept
    /// in the file with the roots stored since (``StoryBandFilter/load(_:version:)``); built from the tables when
    /// there is none to read, when another connection committed to the file since (its `data_version` moved: the
    /// filter would miss that connection's keys) or when it is full. A new copy is written in the same transaction
    /// after a build and every ``StoryBandFilter/saveEvery`` roots.
    private func withBands<Result: Sendable>(
        _ session: GRDBSession,
        _ body: (GRDBSession, inout StoryBandFilter?) throws -> Result
    ) throws -> Result {
        try self.bands.withLock { bands in
            let version = try StoryBandFilter.dataVersion(session)
            if bands == nil { bands = try StoryBandFilter.load(session, version: version) }
            if bands == nil || bands?.version != version || bands?.isFull == true {
                bands = try StoryBandFilter.build(session, version: version)
            }
            let result = try body(session, &bands)
            if bands?.needsSaving == true { try bands?.save(session) }
            return result
        }
    }
}
