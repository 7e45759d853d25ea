import DiaoyanModels

/// Where the aggregator keeps extraction records and answers queries from.
///
/// `commit` is idempotent by record id: committing a record whose id is already stored changes nothing and
/// reports `duplicate`. A commit returns only after its records are durable.
package protocol RecordStore: Sendable {
    /// Stores `records` in one transaction, each with its ``RecordContext`` when `contexts` has one for its id; one
    /// result per record, in order.
    func commit(_ records: [ExtractionRecord], contexts: [String: RecordContext]) async throws -> [SubmitAck.Result]
    /// Answers a statistics query; `fromFacts` computes it from the fact tables even when the running tallies
    /// could answer (the tests compare both).
    func stats(_ request: StatsRequest, fromFacts: Bool) async throws -> StatsResult
    /// Lists projects with their lifecycle.
    func projects(_ request: ProjectsRequest) async throws -> ProjectsResult
    /// The stored record with this id, if any.
    func document(id: String) async throws -> ExtractionRecord?

    /// Makes `records` durable as pending without storing their facts yet (``FoldingStore`` folds them later); one
    /// result per record, in order: `stored` for a record neither stored nor pending before, else `duplicate`.
    func accept(_ records: [ExtractionRecord], contexts: [String: RecordContext]) async throws -> [SubmitAck.Result]
    /// The newest pending record's sequence number, 0 when none is pending.
    func pendingHorizon() async throws -> Int64
    /// Stores the oldest pending records up to `horizon`, at most `limit`, with their facts and tallies in one
    /// transaction and removes them from pending; returns how many it took. `known` holds records decoded already.
    func fold(limit: Int, through horizon: Int64, known: [String: AcceptedRecord]) async throws -> Int
}

extension RecordStore {
    /// Answers a statistics query the fastest way.
    package func stats(_ request: StatsRequest) async throws -> StatsResult {
        try await self.stats(request, fromFacts: false)
    }

    /// A store that keeps nothing pending commits on accepting.
    package func accept(_ records: [ExtractionRecord], contexts: [String: RecordContext]) async throws
        -> [SubmitAck.Result]
    {
        try await self.commit(records, contexts: contexts)
    }

    package func pendingHorizon() async throws -> Int64 { 0 }

    package func fold(limit: Int, through horizon: Int64, known: [String: AcceptedRecord]) async throws -> Int { 0 }

    /// Stores records that came without contexts.
    package func commit(_ records: [ExtractionRecord]) async throws -> [SubmitAck.Result] {
        try await self.commit(records, contexts: [:])
    }
}
