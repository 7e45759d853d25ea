/// `status` body: a client (role `client`) asks a service how it is doing. Sent on the normalizer's ingest port
/// and the aggregator's query port; `diaoyan status` prints the answers.
package struct StatusRequest: Codable, Hashable, Sendable {
    package init() {}

}

/// `status_result` body: what one service reports about itself. Fields a service does not have are absent.
package struct StatusResult: Codable, Hashable, Sendable {
    /// `normalizer` or `aggregator`.
    package var service: String
    /// Whether every readiness check passes (what `/readyz` answers).
    package var ready: Bool
    /// Normalizer: documents not yet confirmed (pending or leased).
    package var outboxDepth: Int?
    /// Normalizer: documents leased to an extractor whose lease has not expired.
    package var leasesInFlight: Int?
    /// Connections open on the port extractors use (the normalizer's dispatch port, the aggregator's results port).
    package var connectedExtractors: Int?
    /// Aggregator: documents stored.
    package var storedDocuments: Int?

    package init(
        service: String,
        ready: Bool,
        outboxDepth: Int? = nil,
        leasesInFlight: Int? = nil,
        connectedExtractors: Int? = nil,
        storedDocuments: Int? = nil
    ) {
        self.service = service
        self.ready = ready
        self.outboxDepth = outboxDepth
        self.leasesInFlight = leasesInFlight
        self.connectedExtractors = connectedExtractors
        self.storedDocuments = storedDocuments
    }

    private enum CodingKeys: String, CodingKey {
        case service, ready
        case outboxDepth = "outbox_depth"
        case leasesInFlight = "leases_in_flight"
        case connectedExtractors = "connected_extractors"
        case storedDocuments = "stored_documents"
    }
}

extension StatusRequest: WireRequest {
    package typealias Response = StatusResult
    package static let type = "status"
    package static var absentBody: StatusRequest? { StatusRequest() }
}

extension StatusResult: WireResponse {
    package static let type = "status_result"
}
