import Logging
import ServiceLifecycle
import UnixSignals

/// Runs a service's parts until SIGTERM or SIGINT, then shuts them down gracefully in reverse start order.
package enum ServiceRunner {
    /// Runs `services` as one group; returns after a clean shutdown, throws if a service fails.
    package static func run(_ services: [any Service], logger: Logger) async throws {
        let group = ServiceGroup(
            configuration: .init(
                // Named by type: the default name is `"\(service)"`, which walks every stored property by reflection,
                // and an extractor's service holds its lexicons (a second of CPU at every start).
                services: services.map {
                    ServiceGroupConfiguration.ServiceConfiguration(service: $0, serviceName: "\(type(of: $0))")
                },
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger
            )
        )
        try await group.run()
        logger.info("stopped")
    }
}
