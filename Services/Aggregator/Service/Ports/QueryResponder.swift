import DiaoyanModels
import DiaoyanWire
import Logging

/// Serves the query port: statistics, projects and single records.
package struct QueryResponder: WireResponder {
    private let store: any RecordStore
    private let logger: Logger

    package init(store: any RecordStore, logger: Logger) {
        self.store = store
        self.logger = logger
    }

    package func respond(to envelope: Envelope, from peer: PeerIdentity) async -> Message? {
        do {
            switch envelope.message {
            case .stats(let request):
                return .statsResult(try await self.store.stats(request))
            case .projects(let request):
                return .projectsResult(try await self.store.projects(request))
            case .document(let request):
                guard let record = try await self.store.document(id: request.id) else {
                    return .error(ErrorBody(code: .notFound, message: "no document with id \(request.id)", ref: envelope.id))
                }
                return .documentResult(record)
            default:
                return envelope.rejection(port: "query")
            }
        } catch {
            self.logger.notice("query failed", metadata: ["error": "\(error)"])
            return .error(ErrorBody(code: .badRequest, message: "\(error)", ref: envelope.id))
        }
    }
}
