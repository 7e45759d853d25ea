import DiaoyanModels
import Logging

/// A port's responder: hands each request type the port serves to a typed function and sends back its response.
///
/// ```swift
/// var router = WireRouter(port: "query", service: "aggregator", logger: logger)
/// router.route(StatsRequest.self) { try await store.stats($0) }
/// ```
///
/// A type the port does not route is answered `unknown_type` ("the query port does not handle 'ingest'"), a
/// routed type with a malformed body `bad_json`. A function that throws a ``WireResponseError`` has its
/// ``WireResponseError/errorBody`` sent; a store error that means the storage is full (see ``StorageFailure``) is
/// logged and answered `storage_full` (retryable); any other error is a failure of the service: it is logged
/// under a fresh correlation id and answered `internal` with only that id (see ``CorrelatedFailure``).
package struct WireRouter: WireResponder {
    private typealias Route = @Sendable (Envelope) async -> Message

    /// The port's name, as used in `unknown_type` answers.
    package let port: String
    /// The service named in `internal` answers.
    package let service: String
    private let logger: Logger
    private var routes: [String: Route] = [:]

    package init(port: String, service: String, logger: Logger) {
        self.port = port
        self.service = service
        self.logger = logger
    }

    /// Answers `Request` with `respond`.
    package mutating func route<Request: WireRequest>(
        _: Request.Type,
        to respond: @escaping @Sendable (Request) async throws -> Request.Response
    ) {
        let port = self.port
        let failure = self.failureReporter
        self.routes[Request.type] = { envelope in
            guard let request = envelope.message.payload(as: Request.self) else {
                return envelope.rejection(port: port)
            }
            do {
                return .body(try await respond(request))
            } catch {
                return .error(failure(error, envelope))
            }
        }
    }

    package func respond(to envelope: Envelope, from peer: PeerIdentity) async -> Message? {
        guard let route = self.routes[envelope.type] else {
            return envelope.rejection(port: self.port)
        }
        return await route(envelope)
    }

    /// Turns what a route threw into the body answered.
    private var failureReporter: @Sendable (any Error, Envelope) -> ErrorBody {
        let service = self.service
        let logger = {
            var logger = self.logger
            logger[metadataKey: "port.name"] = "\(self.port)"
            return logger
        }()
        return { error, envelope in
            if let known = error as? any WireResponseError {
                var body = known.errorBody
                body.ref = envelope.id
                return body
            }
            var requestLogger = logger
            requestLogger[metadataKey: "request.type"] = "\(envelope.type)"
            if StorageFailure.isFull(error) {
                requestLogger.warning("request failed: storage full", metadata: ["error": "\(error)"])
                return StorageFailure.errorBody(service: service, ref: envelope.id)
            }
            let failure = CorrelatedFailure(service: service)
            failure.log("request failed", error: error, logger: requestLogger)
            return failure.errorBody(ref: envelope.id)
        }
    }
}
