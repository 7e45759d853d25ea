import DiaoyanModels
import Foundation

/// A normalized document encoded for the outbox: its JSON body made once, by the ingest request that normalized
/// it, so the group commit (one task for every connection) only writes bytes.
package struct OutboxRow: Sendable {
    package var id: String
    package var source: String
    /// The document's JSON, as stored in `documents.body`.
    package var body: Data
    /// The document itself, kept for the lease cache (``LeaseCache``): a document leased soon after it arrived is
    /// handed out without reading and decoding its body.
    package var document: NormalizedDocument

    /// Encodes `document` (``OutboxBodyWriter``).
    package init(_ document: NormalizedDocument) {
        self.id = document.id
        self.source = document.source
        self.body = Data(OutboxBodyWriter.encode(document))
        self.document = document
    }
}
