/// `document_result` body: the stored extraction record itself, with no wrapper object around it.
package struct DocumentResult: Hashable, Sendable {
    package var record: ExtractionRecord

    package init(record: ExtractionRecord) {
        self.record = record
    }
}

extension DocumentResult: WireResponse {
    package static let type = "document_result"

    package init(from decoder: any Decoder) throws {
        self.record = try ExtractionRecord(from: decoder)
    }

    package func encode(to encoder: any Encoder) throws {
        try self.record.encode(to: encoder)
    }
}
