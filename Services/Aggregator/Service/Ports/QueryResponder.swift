import DiaoyanModels
import DiaoyanWire
import Logging

/// Serves the query port: statistics, projects and single records.
///
/// A record that is not stored is answered `not_found`; a body that does not decode (an unknown metric or
/// dimension) never gets here, the codec answers it `bad_json`. Any error from the store is a failure of the
/// aggregator, answered `internal` (see ``WireRouter``).
package struct QueryResponder: Sendable {
    /// Why a query is refused.
    package enum Error: Swift.Error, Hashable, WireResponseError {
        /// No stored record has this id.
        case notFound(id: String)

        package var errorBody: ErrorBody {
            switch self {
            case .notFound(let id):
                ErrorBody(code: .notFound, message: "no document with id \(id)")
            }
        }
    }

    private let store: any RecordStore
    private let logger: Logger

    package init(store: any RecordStore, logger: Logger) {
        self.store = store
        self.logger = logger
    }

    /// The query port's router: `stats`, `projects` and `document`.
    package var router: WireRouter {
        var router = WireRouter(port: "query", service: "aggregator", logger: self.logger)
        router.route(StatsRequest.self, to: self.stats)
        router.route(ProjectsRequest.self, to: self.projects)
        router.route(DocumentRequest.self, to: self.document)
        return router
    }

    package func stats(_ request: StatsRequest) async throws -> StatsResult {
        try await self.store.stats(request)
    }

    package func projects(_ request: ProjectsRequest) async throws -> ProjectsResult {
        try await self.store.projects(request)
    }

    package func document(_ request: DocumentRequest) async throws -> DocumentResult {
        guard let record = try await self.store.document(id: request.id) else {
            throw Error.notFound(id: request.id)
        }
        return DocumentResult(record: record)
    }
}
