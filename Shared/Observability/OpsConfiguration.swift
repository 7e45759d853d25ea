import Prometheus

/// How a service's operations port runs: where it listens, what `/metrics` prints, what `/readyz` asks.
package struct OpsConfiguration: Sendable {
    /// Host to bind (`0.0.0.0` in a container so the kubelet and Prometheus reach it). No default: the
    /// `--metrics HOST:PORT` flag gives it.
    package var host: String
    /// Port to bind; 0 picks a free one (announced on standard output).
    package var port: Int
    /// The registry `/metrics` prints, filled through ``PrometheusBackend``.
    package var registry: PrometheusCollectorRegistry
    /// Asked in order by `/readyz`. Default none: ready once the port listens.
    package var readiness: [ReadinessCheck]
    /// Run before each `/metrics` answer to set gauges read from state (outbox depth, leases), so nothing on the
    /// data path has to keep them current. Default none.
    package var refreshers: [@Sendable () async -> Void]
    /// How long one connection may stay open; then it is closed, answered or not, so idle or slow clients
    /// cannot pile up. Default 30 s (a scrape or a probe takes milliseconds).
    package var connectionDeadline: Duration

    package init(
        host: String,
        port: Int,
        registry: PrometheusCollectorRegistry,
        readiness: [ReadinessCheck] = [],
        refreshers: [@Sendable () async -> Void] = [],
        connectionDeadline: Duration = .seconds(30)
    ) {
        self.host = host
        self.port = port
        self.registry = registry
        self.readiness = readiness
        self.refreshers = refreshers
        self.connectionDeadline = connectionDeadline
    }
}
