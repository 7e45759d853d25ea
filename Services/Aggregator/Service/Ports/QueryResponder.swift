import DiaoyanModels
import DiaoyanWire
import Logging

/// Serves the query port: statistics, projects and single records.
///
/// A request the port cannot answer because of what it asks is answered `bad_request` (a filter date that is
/// not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; an unknown metric, dimension, order, industry or stage, with the valid
/// names listed) or `not_found`; a body that does not decode never gets here, the codec answers it `bad_json`. Any error from the store is a failure of the
/// aggregator, answered `internal` with a correlation id (see ``WireRouter``).
package struct QueryResponder: Sendable {
    /// Why a query is refused.
    package enum Error: Swift.Error, Hashable, WireResponseError {
        /// A filter date is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
        case invalidDate(field: String, value: String)
        /// No stored record has this id.
        case notFound(id: String)
        /// A metric, dimension, order, industry or stage that is not a valid name.
        case unknownName(UnknownName)
        /// A limit below one.
        case invalidLimit(Int)

        package var errorBody: ErrorBody {
            switch self {
            case .invalidDate(let field, let value):
                ErrorBody(
                    code: .badRequest,
                    message: "filter.\(field) must be YYYY, YYYY-MM or YYYY-MM-DD, got '\(value)'"
                )
            case .notFound(let id):
                ErrorBody(code: .notFound, message: "no document with id \(id)")
            case .unknownName(let name):
                ErrorBody(
                    code: .badRequest,
                    message: "unknown \(name.field) '\(name.value)'; valid: \(name.valid.joined(separator: ", "))"
                )
            case .invalidLimit(let limit):
                ErrorBody(code: .badRequest, message: "limit must be at least 1, got \(limit)")
            }
        }
    }

    private let store: any RecordStore
    private let logger: Logger
    private let metrics = AggregatorMetrics()

    package init(store: any RecordStore, logger: Logger) {
        self.store = store
        self.logger = logger
    }

    /// The query port's router: `stats`, `projects` and `document`.
    package var router: WireRouter {
        var router = WireRouter(port: "query", service: "aggregator", logger: self.logger)
        router.route(StatsRequest.self) { request in
            try await self.metrics.timing(request.metric.rawValue) { try await self.stats(request) }
        }
        router.route(ProjectsRequest.self) { request in
            try await self.metrics.timing("projects") { try await self.projects(request) }
        }
        router.route(DocumentRequest.self) { request in
            try await self.metrics.timing("document") { try await self.document(request) }
        }
        return router
    }

    package func stats(_ request: StatsRequest) async throws -> StatsResult {
        if let unknown = request.unknownNames.first { throw Error.unknownName(unknown) }
        if let limit = request.limit, limit < 1 { throw Error.invalidLimit(limit) }
        try Self.check(request.filter)
        return try await self.store.stats(request)
    }

    package func projects(_ request: ProjectsRequest) async throws -> ProjectsResult {
        if let unknown = request.filter?.unknownNames.first { throw Error.unknownName(unknown) }
        try Self.check(request.filter)
        return try await self.store.projects(request)
    }

    package func document(_ request: DocumentRequest) async throws -> DocumentResult {
        guard let record = try await self.store.document(id: request.id) else {
            throw Error.notFound(id: request.id)
        }
        return DocumentResult(record: record)
    }

    /// Refuses filter dates the store could only compare as text, so a typo does not quietly match nothing.
    private static func check(_ filter: QueryFilter?) throws(Error) {
        for (field, value) in [("from", filter?.from), ("to", filter?.to)] {
            guard let value else { continue }
            guard Self.isDate(value) else { throw .invalidDate(field: field, value: value) }
        }
    }

    /// Whether `text` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (ASCII digits).
    private static func isDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard [4, 7, 10].contains(bytes.count) else { return false }
        for (index, byte) in bytes.enumerated() {
            let expectsDash = index == 4 || index == 7
            guard expectsDash ? byte == UInt8(ascii: "-") : (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            else {
                return false
            }
        }
        return true
    }
}
