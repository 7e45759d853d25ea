/// `ingest` body: documents a client hands to the normalizer.
package struct IngestRequest: Codable, Hashable, Sendable {
    package var documents: [IncomingDocument]

    package init(documents: [IncomingDocument]) {
        self.documents = documents
    }
}

/// One document of an `ingest` request: either `text`, or `bytes_base64` with an optional `charset`.
package struct IncomingDocument: Codable, Hashable, Sendable {
    package var source: String
    /// A caller-chosen id; when absent the id is the SHA-256 of the normalized text.
    package var id: String?
    package var text: String?
    package var bytesBase64: String?
    /// `utf-8`, `gb18030`, `gbk`, `big5`…; detected when absent.
    package var charset: String?

    package init(source: String, id: String? = nil, text: String? = nil, bytesBase64: String? = nil, charset: String? = nil) {
        self.source = source
        self.id = id
        self.text = text
        self.bytesBase64 = bytesBase64
        self.charset = charset
    }

    private enum CodingKeys: String, CodingKey {
        case source, id, text
        case bytesBase64 = "bytes_base64"
        case charset
    }
}

/// `ingest_ack` body: one result per document, in request order.
package struct IngestAck: Codable, Hashable, Sendable {
    package var results: [IngestResult]

    package init(results: [IngestResult]) {
        self.results = results
    }
}

/// What became of one ingested document.
package struct IngestResult: Codable, Hashable, Sendable {
    package enum Status: String, Codable, Sendable {
        /// Committed durably to the outbox.
        case accepted
        /// Already in the outbox; nothing changed.
        case duplicate
        /// Refused; `error` says why.
        case rejected
    }

    package var source: String
    package var id: String?
    package var status: Status
    package var error: ErrorBody?

    package init(source: String, id: String?, status: Status, error: ErrorBody? = nil) {
        self.source = source
        self.id = id
        self.status = status
        self.error = error
    }
}

extension IngestRequest: WireRequest {
    package typealias Response = IngestAck
    package static let type = "ingest"
}

extension IngestAck: WireResponse {
    package static let type = "ingest_ack"
}
