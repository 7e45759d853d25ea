import DiaoyanModels
import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import PostgresNIO

/// The aggregator's store on PostgreSQL (`--database postgres://…`): the same tables and SQL as
/// ``SQLiteRecordStore``, so several aggregators can share one database.
///
/// One connection writes, under a lock in the process and a transaction-level advisory lock in the database, so
/// commits of several aggregators link stories and projects one after the other; reads spread over
/// ``readerCount`` more connections. Records accepted for a later fold (``FoldingStore``) go into `pending` on a
/// connection of their own, without the advisory lock, so acknowledging never waits for a fold. Statements block a
/// thread of NIO's thread pool, never an event loop.
package final class PostgresRecordStore: RecordStore {
    /// Why the store could not be reached or used.
    package enum Error: Swift.Error, CustomStringConvertible {
        case cannotConnect(url: String, reason: String)
        case corruptRecord(id: String, reason: String)

        package var description: String {
            switch self {
            case .cannotConnect(let url, let reason): "cannot use \(url): \(reason)"
            case .corruptRecord(let id, let reason): "stored record \(id) cannot be decoded: \(reason)"
            }
        }
    }

    /// Connections that serve reads.
    static let readerCount = 3
    /// The advisory lock every commit holds: one writer at a time across all aggregators of a database.
    static let commitLock: Int64 = 0x6469_616F_7961_6E

    private let writer: PostgresConnection
    private let inbox: PostgresConnection
    private let readers: [PostgresConnection]
    private let writeLock = NIOLock()
    private let inboxLock = NIOLock()
    private let nextReader = NIOLockedValueBox(0)
    private let logger: Logger

    private init(writer: PostgresConnection, inbox: PostgresConnection, readers: [PostgresConnection], logger: Logger) {
        self.writer = writer
        self.inbox = inbox
        self.readers = readers
        self.logger = logger
    }

    /// Connects to the database at `url` and applies the migrations it lacks.
    package static func connect(url: String, logger: Logger) async throws(Error) -> PostgresRecordStore {
        do {
            let location = try PostgresLocation(parsing: url)
            var connections: [PostgresConnection] = []
            for index in 0...(Self.readerCount + 1) {
                connections.append(
                    try await PostgresConnection.connect(
                        on: MultiThreadedEventLoopGroup.singleton.next(),
                        configuration: location.configuration,
                        id: index,
                        logger: logger
                    ).get()
                )
            }
            let store = PostgresRecordStore(
                writer: connections[0],
                inbox: connections[1],
                readers: Array(connections[2...]),
                logger: logger
            )
            try await store.blocking {
                try StoreMigrator.migrate { body in try store.transaction(body) }
            }
            return store
        } catch {
            throw .cannotConnect(url: url, reason: String(describing: error))
        }
    }

    /// Closes the connections; each stays alive until its close completes (postgres-nio requires a connection
    /// to be closed before it is released).
    deinit {
        for connection in [self.writer, self.inbox] + self.readers {
            connection.close().whenComplete { _ in withExtendedLifetime(connection) {} }
        }
    }

    package func commit(_ records: [ExtractionRecord], contexts: [String: RecordContext]) async throws
        -> [SubmitAck.Result]
    {
        let encoded = try StoreOperations.encoded(records)
        let now = Int64(Date().timeIntervalSince1970)
        return try await self.blocking {
            var results: [SubmitAck.Result] = []
            try self.transaction { session in
                results = try StoreOperations.commit(encoded, contexts: contexts, storedAt: now, session: session)
            }
            return results
        }
    }

    package func accept(_ records: [ExtractionRecord], contexts: [String: RecordContext]) async throws
        -> [SubmitAck.Result]
    {
        let encoded = try StoreOperations.encoded(records)
        let now = Int64(Date().timeIntervalSince1970)
        return try await self.blocking {
            try self.inboxLock.withLock {
                let session = PostgresSession(connection: self.inbox, logger: self.logger)
                try session.execute("BEGIN", [])
                do {
                    let stored = try PendingRecords.storedIDs(encoded.map(\.record.id), session: session)
                    let results = try PendingRecords.accept(
                        encoded,
                        contexts: contexts,
                        storedAt: now,
                        stored: stored,
                        session: session
                    )
                    try session.execute("COMMIT", [])
                    return results
                } catch {
                    try? session.execute("ROLLBACK", [])
                    throw error
                }
            }
        }
    }

    package func pendingHorizon() async throws -> Int64 {
        try await self.read { try PendingRecords.horizon(session: $0) }
    }

    /// Reads, stores and removes the pending records in one transaction under the commit lock: aggregators sharing
    /// the database fold one after the other, each taking what the last one left. A record another aggregator
    /// stored while this one accepted it is found stored and only removed.
    package func fold(limit: Int, through horizon: Int64, known: [String: AcceptedRecord]) async throws -> Int {
        try await self.blocking {
            var folded = 0
            try self.transaction { session in
                let rows = try PendingRecords.oldest(limit, through: horizon, session: session)
                guard !rows.isEmpty else { return }
                _ = try StoreOperations.store(try PendingRecords.documents(rows, known: known), session: session)
                try PendingRecords.remove(rows, session: session)
                folded = rows.count
            }
            return folded
        }
    }

    package func stats(_ request: StatsRequest, fromFacts: Bool) async throws -> StatsResult {
        try await self.read { try StoreOperations.stats(request, fromFacts: fromFacts, session: $0) }
    }

    package func projects(_ request: ProjectsRequest) async throws -> ProjectsResult {
        try await self.read { try ProjectListing(request).fetch($0) }
    }

    package func document(id: String) async throws -> ExtractionRecord? {
        guard let bytes = try await self.read({ try StoreOperations.document(id: id, session: $0) }) else { return nil }
        do {
            return try StoredRecordJSON.decode(bytes)
        } catch {
            throw Error.corruptRecord(id: id, reason: String(describing: error))
        }
    }

    /// Runs `body` in one transaction on the writer, holding the commit lock; rolls back if it throws.
    func transaction(_ body: (any SQLSession) throws -> Void) throws {
        try self.writeLock.withLock {
            let session = PostgresSession(connection: self.writer, logger: self.logger)
            try session.execute("BEGIN", [])
            do {
                try session.execute("SELECT pg_advisory_xact_lock(?)", Self.commitLock)
                try body(session)
                try session.execute("COMMIT", [])
            } catch {
                try? session.execute("ROLLBACK", [])
                throw error
            }
        }
    }

    /// Runs `body` on the next reader connection, on the thread pool.
    private func read<Result: Sendable>(_ body: @escaping @Sendable (any SQLSession) throws -> Result) async throws
        -> Result
    {
        let index = self.nextReader.withLockedValue { value in
            value = (value + 1) % self.readers.count
            return value
        }
        let session = PostgresSession(connection: self.readers[index], logger: self.logger)
        return try await self.blocking { try body(session) }
    }

    /// Runs blocking work on NIO's thread pool.
    func blocking<Result: Sendable>(_ body: @escaping @Sendable () throws -> Result) async throws -> Result {
        try await NIOThreadPool.singleton.runIfActive(body)
    }
}
