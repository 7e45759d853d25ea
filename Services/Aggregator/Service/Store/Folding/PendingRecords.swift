import DiaoyanModels
import DiaoyanText
import Foundation

/// Records accepted but not folded yet: the `pending` table, written by ``accept(_:contexts:storedAt:stored:session:)``
/// when a submission is acknowledged and emptied by the fold that stores its records with their facts and
/// tallies (``FoldingStore``). On SQLite it lives in a file of its own beside the store (its inbox), so accepting
/// never waits for a fold to release the store's one writer; on PostgreSQL in the store's database (``StoreSchema``
/// `v5`).
///
/// ```
/// pending(seq INTEGER PRIMARY KEY, id TEXT UNIQUE, record BLOB, context BLOB, signature BLOB, stored_at INTEGER)
/// ```
/// `seq` orders the records as they were accepted; a fold takes the oldest first. `record` is the record's JSON as
/// `documents` stores it, `context` its ``RecordContext`` as JSON without the signature, which is `signature`'s
/// bytes (``MinHashSignature/bytes``: 128 numbers in JSON cost more to write than the rest of the context).
enum PendingRecords {
    /// The table, for SQLite's inbox file and PostgreSQL's `v5` (in SQLite's types, see ``SQLDialect``).
    static let definition = """
        CREATE TABLE IF NOT EXISTS pending (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, record BLOB NOT NULL,
            context BLOB, signature BLOB, stored_at INTEGER NOT NULL)
        """

    /// One pending record as a fold reads it.
    struct Row {
        var seq: Int64
        var id: String
        var storedAt: Int64
        var record: [UInt8]
        var context: [UInt8]?
        var signature: [UInt8]?
    }

    /// Why a pending record cannot be folded.
    enum Error: Swift.Error, CustomStringConvertible {
        case corrupt(id: String, reason: String)

        var description: String {
            switch self {
            case .corrupt(let id, let reason): "pending record \(id) cannot be decoded: \(reason)"
            }
        }
    }

    /// Ids among `ids` that are stored already (in `documents`).
    static func storedIDs(_ ids: [String], session: any SQLSession) throws -> Set<String> {
        Set(
            try session.rows("SELECT id FROM documents WHERE id IN ", in: ids.map { .text($0) }).compactMap {
                $0.text("id")
            }
        )
    }

    /// Adds each record to `pending` unless its id is in `stored`, pending already, or earlier in `records`; one
    /// result per record, in order: `stored` for each one added, `duplicate` for the others.
    static func accept(
        _ records: [(record: ExtractionRecord, json: [UInt8])],
        contexts: [String: RecordContext],
        storedAt: Int64,
        stored: Set<String>,
        session: any SQLSession
    ) throws -> [SubmitAck.Result] {
        var seen = stored
        var rows: [[SQLValue]] = []
        for (record, json) in records where seen.insert(record.id).inserted {
            var context = contexts[record.id]
            let signature = context?.signature.flatMap(MinHashSignature.init(values:))?.storedBytes
            context?.signature = nil
            rows.append([
                .text(record.id), .blob(json), try context.map { .blob(try $0.jsonBytes(capacity: 256)) } ?? .null,
                signature.map { .blob($0) } ?? .null, .integer(storedAt),
            ])
        }
        var added = Set(
            try session.insert(
                into: "pending(id, record, context, signature, stored_at)",
                rows,
                suffix: "ON CONFLICT (id) DO NOTHING RETURNING id"
            ).compactMap { $0.text("id") }
        )
        return records.map { record, _ in
            SubmitAck.Result(id: record.id, status: added.remove(record.id) != nil ? .stored : .duplicate)
        }
    }

    /// The newest pending record's `seq`, 0 when none is pending: a fold pass takes the records up to it.
    static func horizon(session: any SQLSession) throws -> Int64 {
        try session.rows("SELECT max(seq) AS seq FROM pending").first?.integer("seq") ?? 0
    }

    /// The oldest `limit` pending records up to `horizon`.
    static func oldest(_ limit: Int, through horizon: Int64, session: any SQLSession) throws -> [Row] {
        try session.rows(
            "SELECT seq, id, stored_at, record, context, signature FROM pending WHERE seq <= ? ORDER BY seq LIMIT ?",
            horizon,
            limit
        ).map { row in
            Row(
                seq: row.integer("seq") ?? 0,
                id: row.text("id") ?? "",
                storedAt: row.integer("stored_at") ?? 0,
                record: row.blob("record") ?? [],
                context: row.blob("context"),
                signature: row.blob("signature")
            )
        }
    }

    /// The documents a fold stores for `rows`, with the accepted bytes as their stored JSON: decoded already when
    /// ``FoldingStore`` holds them (`known`, the records this process accepted), else decoded here.
    static func documents(_ rows: [Row], known: [String: AcceptedRecord]) throws -> [FactWriter.Document] {
        try rows.map { row in
            if let accepted = known[row.id] {
                return FactWriter.Document(
                    record: accepted.record,
                    context: accepted.context,
                    json: row.record,
                    storedAt: row.storedAt
                )
            }
            do {
                let record = try StoredRecordJSON.decode(row.record)
                var context = try row.context.map { try StoredRecordJSON.decodeContext($0) }
                context?.signature = row.signature.flatMap(MinHashSignature.init(bytes:))?.values
                return FactWriter.Document(record: record, context: context, json: row.record, storedAt: row.storedAt)
            } catch {
                throw Error.corrupt(id: row.id, reason: String(describing: error))
            }
        }
    }

    /// Removes folded records from `pending`.
    static func remove(_ rows: [Row], session: any SQLSession) throws {
        try session.execute("DELETE FROM pending WHERE seq IN ", in: rows.map { .integer($0.seq) })
    }
}
