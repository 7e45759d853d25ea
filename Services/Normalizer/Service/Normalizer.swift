import DiaoyanModels
import DiaoyanNormalization
import DiaoyanRuntime
import DiaoyanWire
import Foundation
import Logging
import ServiceLifecycle

/// Assembles a normalizer: outbox, group-commit writer, ingest port and dispatch port.
package enum Normalizer {
    /// Opens the outbox, binds both ports and returns the services to run, in start order.
    ///
    /// Each bound port is announced on standard output as a ``ListeningAnnouncement`` line when `announce` is set.
    package static func makeServices(
        _ configuration: NormalizerConfiguration,
        identity: TLSIdentity,
        announce: Bool = true,
        logger: Logger
    ) async throws -> [any Service] {
        try await Self.assemble(configuration, identity: identity, announce: announce, logger: logger).services
    }

    /// ``makeServices(_:identity:announce:logger:)`` with the ``NormalizerProbe`` that reports on them (for the
    /// operations port and `status`).
    package static func assemble(
        _ configuration: NormalizerConfiguration,
        identity: TLSIdentity,
        announce: Bool = true,
        logger: Logger
    ) async throws -> (services: [any Service], probe: NormalizerProbe) {
        let (store, writer) = try await Self.openOutbox(configuration, logger: logger)
        let normalizer = try DocumentNormalizer()
        let ingest = try await WireServer.bind(
            .init(
                name: "ingest",
                endpoint: configuration.ingest,
                allowedRoles: [.client],
                limits: configuration.limits
            ),
            identity: identity
        )
        let dispatch = try await WireServer.bind(
            .init(
                name: "dispatch",
                endpoint: configuration.dispatch,
                allowedRoles: [.extractor],
                limits: configuration.limits
            ),
            identity: identity
        )
        if announce {
            ListeningAnnouncement(name: "ingest", address: ingest.localAddress).print()
            ListeningAnnouncement(name: "dispatch", address: dispatch.localAddress).print()
        }
        let probe = NormalizerProbe(store: store, writer: writer, dispatch: dispatch.limiter)
        var ingestRouter = IngestResponder(
            normalizer: normalizer,
            writer: writer,
            configuration: configuration,
            logger: logger
        ).router
        ingestRouter.route(StatusRequest.self) { _ in await probe.status() }
        let services: [any Service] = [
            writer,
            OutboxRetention(store: store, retention: configuration.retention, logger: logger),
            WireService(listener: ingest, responder: ingestRouter, logger: logger),
            WireService(
                listener: dispatch,
                responder: DispatchResponder(store: store, writer: writer, configuration: configuration, logger: logger)
                    .router,
                logger: logger
            ),
        ]
        return (services, probe)
    }

    /// Opens (or creates) the outbox in the data folder and its group-commit writer.
    private static func openOutbox(
        _ configuration: NormalizerConfiguration,
        logger: Logger
    ) async throws -> (OutboxStore, OutboxWriter) {
        try FileManager.default.createDirectory(atPath: configuration.dataDirectory, withIntermediateDirectories: true)
        let path = URL(fileURLWithPath: configuration.dataDirectory).appendingPathComponent("outbox.sqlite").path
        let store = try OutboxStore(path: path)
        let open = try await store.counts().open
        logger.info("outbox open", metadata: ["path": "\(path)", "documents.open": "\(open)"])
        let writer = OutboxWriter(
            store: store,
            openDocuments: open,
            highWaterMark: configuration.highWaterMark,
            logger: logger
        )
        return (store, writer)
    }
}
