import DiaoyanModels
import Foundation
import Logging

/// A failure inside a service, reported under a fresh correlation id: the details go to the service's log, the
/// peer gets only the id to quote.
///
/// ```
/// peer:  {"code":"internal","message":"internal error, see the aggregator's log for 3f9c2a7e","ref":"…"}
/// log:   error "query failed" error.correlation_id=3f9c2a7e error=<the Swift error>
/// ```
package struct CorrelatedFailure: Sendable {
    /// The id shared by the log line and the answer: the first 8 hex digits of a random UUID.
    package let correlationID: String
    /// The service whose log holds the details (`aggregator`, `normalizer`).
    package let service: String

    package init(service: String) {
        self.correlationID = String(UUID().uuidString.lowercased().prefix(8))
        self.service = service
    }

    /// The `internal` answer naming the correlation id and nothing else about the failure.
    package func errorBody(ref: String? = nil) -> ErrorBody {
        ErrorBody(
            code: .internal,
            message: "internal error, see the \(self.service)'s log for \(self.correlationID)",
            ref: ref
        )
    }

    /// Logs `error` at error level with the correlation id in `error.correlation_id`.
    package func log(_ message: Logger.Message, error: any Error, logger: Logger) {
        logger.error(
            message,
            metadata: ["error.correlation_id": "\(self.correlationID)", "error": "\(String(reflecting: error))"]
        )
    }
}
