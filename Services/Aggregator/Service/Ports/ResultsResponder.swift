import DiaoyanModels
import DiaoyanWire
import Logging

/// Serves the results port: commits extractors' records and acknowledges only after the commit.
///
/// A record without an id, or of another record schema than this build's, is answered `bad_request` and nothing
/// of the submission is stored; a failed commit is a failure of the aggregator, answered
/// `internal` with a correlation id (see ``WireRouter``).
package struct ResultsResponder: Sendable {
    /// Why a submission is refused.
    package enum Error: Swift.Error, Hashable, WireResponseError {
        /// A record has an empty id.
        case emptyID(source: String)
        /// A record follows another version of the record's shape than this aggregator stores.
        case unsupportedSchema(source: String, schema: Int, supported: Int)

        package var errorBody: ErrorBody {
            switch self {
            case .emptyID(let source): ErrorBody(code: .badRequest, message: "record from '\(source)' has an empty id")
            case .unsupportedSchema(let source, let schema, let supported):
                ErrorBody(
                    code: .badRequest,
                    message:
                        "record from '\(source)' has schema \(schema); this aggregator stores schema \(supported): run extractors and aggregator of one release"
                )
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

    /// The results port's router: `submit`.
    package var router: WireRouter {
        var router = WireRouter(port: "results", service: "aggregator", logger: self.logger)
        router.route(SubmitRequest.self) { request in
            try await self.metrics.committing { try await self.submit(request) }
        }
        return router
    }

    package func submit(_ request: SubmitRequest) async throws -> SubmitAck {
        if let empty = request.records.first(where: { $0.id.isEmpty }) {
            throw Error.emptyID(source: empty.source)
        }
        if let other = request.records.first(where: { $0.schema != ExtractionRecord.currentSchema }) {
            throw Error.unsupportedSchema(
                source: other.source,
                schema: other.schema,
                supported: ExtractionRecord.currentSchema
            )
        }
        let results = try await self.store.commit(request.records, contexts: request.contexts ?? [:])
        self.logger.debug("records committed", metadata: ["records": "\(results.count)"])
        return SubmitAck(results: results)
    }
}
