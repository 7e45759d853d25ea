import DiaoyanModels
import Foundation

/// What a record store does, written once over an ``SQLSession`` so SQLite and PostgreSQL run the same SQL.
enum StoreOperations {
    /// Stores each record not stored yet and writes the facts of all of them together; one result per record, in
    /// order (a record whose id is stored, or came earlier in `records`, is `duplicate`). Runs inside the caller's
    /// write transaction.
    static func commit(
        _ records: [(record: ExtractionRecord, json: [UInt8])],
        contexts: [String: RecordContext],
        storedAt: Int64,
        session: any SQLSession
    ) throws -> [SubmitAck.Result] {
        var bands: StoryBandFilter?
        return try Self.commit(records, contexts: contexts, storedAt: storedAt, session: session, bands: &bands)
    }

    /// The same, with the store's filter of band keys (``StoryBandFilter``).
    static func commit(
        _ records: [(record: ExtractionRecord, json: [UInt8])],
        contexts: [String: RecordContext],
        storedAt: Int64,
        session: any SQLSession,
        bands: inout StoryBandFilter?
    ) throws -> [SubmitAck.Result] {
        try Self.store(
            records.map { record, json in
                FactWriter.Document(record: record, context: contexts[record.id], json: json, storedAt: storedAt)
            },
            session: session,
            bands: &bands
        )
    }

    /// Stores each document whose id is not stored yet (nor earlier in `documents`) with the facts of all of them;
    /// one result per document, in order. Runs inside the caller's write transaction.
    static func store(_ documents: [FactWriter.Document], session: any SQLSession) throws -> [SubmitAck.Result] {
        var bands: StoryBandFilter?
        return try Self.store(documents, session: session, bands: &bands)
    }

    /// The same, with the store's filter of band keys (``StoryBandFilter``).
    static func store(
        _ documents: [FactWriter.Document],
        session: any SQLSession,
        bands: inout StoryBandFilter?
    ) throws -> [SubmitAck.Result] {
        var seen = try PendingRecords.storedIDs(documents.map(\.record.id), session: session)
        var fresh: [FactWriter.Document] = []
        let results = documents.map { document in
            guard seen.insert(document.record.id).inserted else {
                return SubmitAck.Result(id: document.record.id, status: .duplicate)
            }
            fresh.append(document)
            return SubmitAck.Result(id: document.record.id, status: .stored)
        }
        try FactWriter.write(fresh, session: session, bands: &bands)
        return results
    }

    /// Records encoded for storage (``StoredRecordJSON``).
    static func encoded(_ records: [ExtractionRecord]) throws -> [(record: ExtractionRecord, json: [UInt8])] {
        try StoredRecordJSON.encode(records)
    }

    /// Answers a statistics query: from the running tallies when it has no filter (unless `fromFacts`), else from
    /// the fact tables.
    static func stats(_ request: StatsRequest, fromFacts: Bool = false, session: any SQLSession) throws -> StatsResult {
        if !fromFacts, TallyQuery.answers(request) { return try TallyQuery.stats(request, session: session) }
        let query = StatsQuery(request)
        var rows: [StatsResult.Row] = []
        if let grouped = query.grouped {
            rows = try session.rows(grouped.sql, grouped.arguments).map { row in
                StatsResult.Row(key: row.text("key") ?? "", value: row.double("value") ?? 0, unit: row.text("unit"))
            }
        }
        let totals = try session.rows(query.total.sql, query.total.arguments)
            .map { StatsResult.Total(unit: $0.text("unit") ?? "", value: $0.double("value") ?? 0) }
        return query.result(rows: rows, totals: totals)
    }

    /// The stored JSON of a record.
    static func document(id: String, session: any SQLSession) throws -> [UInt8]? {
        try session.rows("SELECT record FROM documents WHERE id = ?", id).first?.blob("record")
    }
}
