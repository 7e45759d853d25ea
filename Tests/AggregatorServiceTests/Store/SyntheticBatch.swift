import AggregatorService
import DiaoyanModels

/// Records of a ``SyntheticArchive`` with the contexts an extractor would send beside them, as the store tests
/// commit them.
struct SyntheticBatch {
    let records: [ExtractionRecord]
    let contexts: [String: RecordContext]

    /// The first `count` records of the archive of `seed`.
    init(seed: UInt64, count: Int) throws {
        var archive = try SyntheticArchive(seed: seed)
        let batch = archive.next(count)
        self.records = batch.map(\.record)
        self.contexts = Dictionary(batch.map { ($0.record.id, $0.context) }, uniquingKeysWith: { first, _ in first })
    }
}
