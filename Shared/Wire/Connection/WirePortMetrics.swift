import DiaoyanModels
import DiaoyanObservability
import Metrics

/// The metrics every port keeps: open connections, failed handshakes by reason, error answers by code.
///
/// Created once per port when it binds. Everything here is counted per connection or per request, never per
/// byte; with no metrics backend bootstrapped each call does nothing.
package struct WirePortMetrics: Sendable {
    /// The port's name, the `port` label.
    package let port: String
    private let openConnections: Meter
    private let handshakeFailures: [HandshakeFailureReason: Counter]

    package init(port: String) {
        self.port = port
        self.openConnections = Meter(label: MetricCatalog.openConnections.name, dimensions: [("port", port)])
        self.handshakeFailures = Dictionary(
            uniqueKeysWithValues: HandshakeFailureReason.allCases.map { reason in
                let dimensions = [("port", port), ("reason", reason.rawValue)]
                return (reason, Counter(label: MetricCatalog.handshakeFailures.name, dimensions: dimensions))
            }
        )
    }

    /// A connection was accepted (counted until ``connectionClosed()``).
    package func connectionOpened() {
        self.openConnections.increment()
    }

    package func connectionClosed() {
        self.openConnections.decrement()
    }

    /// A handshake failed with `error`.
    package func handshakeFailed(_ error: any Error) {
        self.handshakeFailures[HandshakeFailureReason(error)]?.increment()
    }

    /// The port answered a request or a connection with an `error` frame of `code`.
    package func rejected(_ code: ErrorBody.Code) {
        // The code set is open (ErrorBody.Code), so the counter is looked up per rejection: rejections are rare.
        Counter(
            label: MetricCatalog.requestsRejected.name,
            dimensions: [("port", self.port), ("code", code.rawValue)]
        ).increment()
    }
}
