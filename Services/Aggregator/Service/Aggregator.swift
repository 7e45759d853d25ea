import DiaoyanRuntime
import DiaoyanWire
import Logging
import ServiceLifecycle

/// Assembles an aggregator over a record store: the results port and the query port.
package enum Aggregator {
    /// Binds both ports and returns the services to run.
    package static func makeServices(
        _ configuration: AggregatorConfiguration,
        store: any RecordStore,
        identity: TLSIdentity,
        announce: Bool = true,
        logger: Logger
    ) async throws -> [any Service] {
        let results = try await WireServer.bind(
            .init(
                name: "results",
                endpoint: configuration.results,
                allowedRoles: [.extractor],
                limits: configuration.limits
            ),
            identity: identity
        )
        let query = try await WireServer.bind(
            .init(name: "query", endpoint: configuration.query, allowedRoles: [.client], limits: configuration.limits),
            identity: identity
        )
        if announce {
            ListeningAnnouncement(name: "results", address: results.localAddress).print()
            ListeningAnnouncement(name: "query", address: query.localAddress).print()
        }
        return [
            WireService(
                listener: results,
                responder: ResultsResponder(store: store, logger: logger).router,
                logger: logger
            ),
            WireService(
                listener: query,
                responder: QueryResponder(store: store, logger: logger).router,
                logger: logger
            ),
        ]
    }
}
