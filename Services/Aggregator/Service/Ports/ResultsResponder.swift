import DiaoyanModels
import DiaoyanWire
import Logging

/// Serves the results port: commits extractors' records and acknowledges only after the commit.
package struct ResultsResponder: WireResponder {
    private let store: any RecordStore
    private let logger: Logger

    package init(store: any RecordStore, logger: Logger) {
        self.store = store
        self.logger = logger
    }

    package func respond(to envelope: Envelope, from peer: PeerIdentity) async -> Message? {
        guard case .submit(let request) = envelope.message else {
            return envelope.rejection(port: "results")
        }
        if let empty = request.records.first(where: { $0.id.isEmpty }) {
            return .error(
                ErrorBody(code: .badRequest, message: "record from '\(empty.source)' has an empty id", ref: envelope.id)
            )
        }
        do {
            let results = try await self.store.commit(request.records)
            self.logger.debug("records committed", metadata: ["records": "\(results.count)"])
            return .submitAck(SubmitAck(results: results))
        } catch {
            self.logger.error("commit failed", metadata: ["error": "\(error)"])
            return .error(ErrorBody(code: .internal, message: "records not stored: \(error)", ref: envelope.id))
        }
    }
}
