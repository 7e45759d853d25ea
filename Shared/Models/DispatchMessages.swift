/// `pull` body: an extractor asks its normalizer for up to `max` documents (its credit).
///
/// When nothing is ready the normalizer holds the request for up to `waitMilliseconds` and then answers an empty
/// `lease`, so an idle extractor keeps its connection alive without spinning.
package struct PullRequest: Codable, Hashable, Sendable {
    package var max: Int
    package var waitMilliseconds: Int?

    package init(max: Int, waitMilliseconds: Int? = nil) {
        self.max = max
        self.waitMilliseconds = waitMilliseconds
    }

    private enum CodingKeys: String, CodingKey {
        case max
        case waitMilliseconds = "wait_ms"
    }
}

/// `lease` body: documents handed to one extractor until `leaseMilliseconds` pass without a `confirm`.
package struct LeaseGrant: Codable, Hashable, Sendable {
    package var documents: [NormalizedDocument]
    package var leaseMilliseconds: Int

    package init(documents: [NormalizedDocument], leaseMilliseconds: Int) {
        self.documents = documents
        self.leaseMilliseconds = leaseMilliseconds
    }

    private enum CodingKeys: String, CodingKey {
        case documents
        case leaseMilliseconds = "lease_ms"
    }
}

/// `confirm` body: documents whose records the aggregator has committed.
package struct ConfirmRequest: Codable, Hashable, Sendable {
    package var ids: [String]

    package init(ids: [String]) {
        self.ids = ids
    }
}

/// `confirm_ack` body.
package struct ConfirmAck: Codable, Hashable, Sendable {
    /// How many of the ids were still open and are now done.
    package var confirmed: Int

    package init(confirmed: Int) {
        self.confirmed = confirmed
    }
}

/// `submit` body: extraction records an extractor hands to the aggregator.
package struct SubmitRequest: Codable, Hashable, Sendable {
    package var records: [ExtractionRecord]
    /// What the extractor read off each record's text beyond the record, by record id; absent from older
    /// extractors (see ``RecordContext``).
    package var contexts: [String: RecordContext]?

    package init(records: [ExtractionRecord], contexts: [String: RecordContext]? = nil) {
        self.records = records
        self.contexts = contexts
    }
}

/// `submit_ack` body, sent only after the records are committed.
package struct SubmitAck: Codable, Hashable, Sendable {
    package struct Result: Codable, Hashable, Sendable {
        package enum Status: String, Codable, Sendable {
            case stored, duplicate
        }

        package var id: String
        package var status: Status

        package init(id: String, status: Status) {
            self.id = id
            self.status = status
        }
    }

    package var results: [Result]

    package init(results: [Result]) {
        self.results = results
    }
}

extension PullRequest: WireRequest {
    package typealias Response = LeaseGrant
    package static let type = "pull"
}

extension LeaseGrant: WireResponse {
    package static let type = "lease"
}

extension ConfirmRequest: WireRequest {
    package typealias Response = ConfirmAck
    package static let type = "confirm"
}

extension ConfirmAck: WireResponse {
    package static let type = "confirm_ack"
}

extension SubmitRequest: WireRequest {
    package typealias Response = SubmitAck
    package static let type = "submit"
}

extension SubmitAck: WireResponse {
    package static let type = "submit_ack"
}
