import DiaoyanModels
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
        try await Self.assemble(configuration, store: store, identity: identity, announce: announce, logger: logger)
            .services
    }

    /// ``makeServices(_:store:identity:announce:logger:)`` with the ``AggregatorProbe`` that reports on them (for
    /// the operations port and `status`).
    package static func assemble(
        _ configuration: AggregatorConfiguration,
        store: any RecordStore,
        identity: TLSIdentity,
        announce: Bool = true,
        logger: Logger
    ) async throws -> (services: [any Service], probe: AggregatorProbe) {
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
        // Submissions are acknowledged once durable as pending and folded into the facts many at a time; queries
        // wait for what was acknowledged before them (``FoldingStore``).
        let folding = FoldingStore(store)
        let probe = AggregatorProbe(store: folding, results: results.limiter)
        var queryRouter = QueryResponder(store: folding, logger: logger).router
        queryRouter.route(StatusRequest.self) { _ in await probe.status() }
        let services: [any Service] = [
            WireService(
                listener: results,
                responder: ResultsResponder(store: GroupCommittingStore(folding), logger: logger).router,
                logger: logger
            ),
            WireService(listener: query, responder: queryRouter, logger: logger),
        ]
        return (services, probe)
    }
}
