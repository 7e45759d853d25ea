import DiaoyanObservability
import DiaoyanWire
import Logging
import Metrics
import Prometheus
import ServiceLifecycle

/// The operations port of a service, as `main` wires it from ``CommonOptions/metrics``.
///
/// Metrics are recorded only when `--metrics` is given: without it swift-metrics keeps its no-op backend and the
/// counters on the data path cost a call that does nothing.
package struct OpsPort: Sendable {
    /// The registry `/metrics` prints; every swift-metrics handle created after ``bootstrap(_:)`` lands in it.
    package let registry: PrometheusCollectorRegistry
    private let endpoint: Endpoint

    /// Bootstraps swift-metrics with a ``PrometheusBackend`` when `endpoint` is set; nil when it is not.
    ///
    /// Call it once, from `main`, before any service creates its metrics.
    package static func bootstrap(_ endpoint: Endpoint?) -> OpsPort? {
        guard let endpoint else { return nil }
        let backend = PrometheusBackend()
        MetricsSystem.bootstrap(backend)
        return OpsPort(registry: backend.registry, endpoint: endpoint)
    }

    /// Binds the port, announces it on standard output (`{"listening":"metrics",…}`) and returns its service.
    package func makeService(
        readiness: [ReadinessCheck],
        refreshers: [@Sendable () async -> Void] = [],
        logger: Logger
    ) async throws -> any Service {
        let configuration = OpsConfiguration(
            host: self.endpoint.host,
            port: self.endpoint.port,
            registry: self.registry,
            readiness: readiness,
            refreshers: refreshers
        )
        let server = try await OpsHTTPServer.bind(configuration, logger: logger)
        ListeningAnnouncement(name: "metrics", address: server.localAddress).print()
        return server
    }
}
