import DiaoyanModels
import DiaoyanWire
import Logging

/// Serves the results port: commits extractors' records and acknowledges only after the commit.
///
/// A record without an id is answered `bad_request`; a failed commit is a failure of the aggregator, answered
/// `internal` with a correlation id (see ``WireRouter``).
package struct ResultsResponder: Sendable {
    /// Why a submission is refused.
    package enum Error: Swift.Error, Hashable, WireResponseError {
        /// A record has an empty id.
        case emptyID(source: String)

        package var errorBody: ErrorBody {
            switch self {
            case .emptyID(let source): ErrorBody(code: .badRequest, message: "record from '\(source)' has an empty id")
            }
        }
    }

    private let store: any RecordStore
    private let logger: Logger

    package init(store: any RecordStore, logger: Logger) {
        self.store = store
        self.logger = logger
    }

    /// The results port's router: `submit`.
    package var router: WireRouter {
        var router = WireRouter(port: "results", service: "aggregator", logger: self.logger)
        router.route(SubmitRequest.self, to: self.submit)
        return router
    }

    package func submit(_ request: SubmitRequest) async throws -> SubmitAck {
        if let empty = request.records.first(where: { $0.id.isEmpty }) {
            throw Error.emptyID(source: empty.source)
        }
        let results = try await self.store.commit(request.records)
        self.logger.debug("records committed", metadata: ["records": "\(results.count)"])
        return SubmitAck(results: results)
    }
}
