import DiaoyanModels

/// A record accepted by the store (durable in `pending`) with the context it came with, kept decoded in memory by
/// ``FoldingStore`` until it is folded, so a fold decodes only what an earlier process accepted.
package struct AcceptedRecord: Sendable {
    package var record: ExtractionRecord
    package var context: RecordContext?

    package init(record: ExtractionRecord, context: RecordContext?) {
        self.record = record
        self.context = context
    }
}
