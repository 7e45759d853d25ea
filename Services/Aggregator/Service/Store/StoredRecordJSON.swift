import DiaoyanModels
import Foundation

/// The JSON a record is stored as (`documents.record`, `pending.record`) and read back from.
///
/// Written by ``JSONByteWriter`` (compact, slashes unescaped; the same values `JSONEncoder` writes) and read by
/// ``JSONByteReader``, falling back to `JSONDecoder` for anything that reader leaves alone (records stored by
/// earlier releases are `JSONEncoder`'s, with its key order: both read them). Encoding the records for the inbox
/// with `JSONEncoder` was a twelfth of the aggregator's CPU under `diaoyan bench pipeline`.
enum StoredRecordJSON {
    /// The record's stored JSON.
    static func encode(_ record: ExtractionRecord) throws -> [UInt8] {
        try record.jsonBytes(capacity: 4096)
    }

    /// Records with their stored JSON, in order.
    static func encode(_ records: [ExtractionRecord]) throws -> [(record: ExtractionRecord, json: [UInt8])] {
        try records.map { ($0, try Self.encode($0)) }
    }

    /// The record stored as `bytes`.
    static func decode(_ bytes: [UInt8]) throws -> ExtractionRecord {
        if let record = try? ExtractionRecord(jsonBytes: bytes) { return record }
        return try JSONDecoder().decode(ExtractionRecord.self, from: Data(bytes))
    }

    /// A context stored as `bytes` (``PendingRecords``: without its signature).
    static func decodeContext(_ bytes: [UInt8]) throws -> RecordContext {
        if let context = try? RecordContext(jsonBytes: bytes) { return context }
        return try JSONDecoder().decode(RecordContext.self, from: Data(bytes))
    }
}
