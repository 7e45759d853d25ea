import DiaoyanNormalization
import DiaoyanWire
import Foundation
import Logging
import NormalizerService
import TestSupport

/// A normalizer's outbox, group-commit writer and both ports on loopback TLS, running while a test body runs.
struct NormalizerPorts {
    let folder: TemporaryDirectory
    let certificates: TestCertificates
    let configuration: NormalizerConfiguration
    let store: OutboxStore
    let writer: OutboxWriter
    let ingest: Endpoint
    let dispatch: Endpoint

    var outboxPath: String { self.folder.file("outbox.sqlite").path }

    /// Runs the normalizer's pieces while `body` runs, then stops them and removes their files.
    ///
    /// - Parameter fullOutbox: cap the outbox file at its size once created (SQLite `max_page_count`), so that any
    ///   write needing a new page fails with `SQLITE_FULL`, as on a full disk.
    static func with(
        fullOutbox: Bool = false,
        highWaterMark: Int = 100_000,
        maximumPullWaitMilliseconds: Int = 20_000,
        logger: Logger = Logger(label: "test"),
        _ body: (NormalizerPorts) async throws -> Void
    ) async throws {
        let folder = try TemporaryDirectory("normalizer-ports")
        let certificates = try TestCertificates()
        defer {
            folder.remove()
            certificates.remove()
        }
        let configuration = NormalizerConfiguration(
            ingest: Endpoint(host: "127.0.0.1", port: 0),
            dispatch: Endpoint(host: "127.0.0.1", port: 0),
            dataDirectory: folder.path,
            maximumPullWaitMilliseconds: maximumPullWaitMilliseconds,
            highWaterMark: highWaterMark
        )
        // A cap below the file's size is raised to its size by SQLite.
        let store = try OutboxStore(path: folder.file("outbox.sqlite").path, maximumPageCount: fullOutbox ? 1 : nil)
        let writer = OutboxWriter(store: store, openDocuments: 0, highWaterMark: highWaterMark, logger: logger)
        let ingest = IngestResponder(
            normalizer: try DocumentNormalizer(),
            writer: writer,
            configuration: configuration,
            logger: logger
        )
        let dispatch = DispatchResponder(store: store, writer: writer, configuration: configuration, logger: logger)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await writer.run() }
            defer { group.cancelAll() }
            try await LoopbackServer.with(ingest.router, certificates: certificates, roles: [.client]) { ingest in
                try await LoopbackServer.with(dispatch.router, certificates: certificates, roles: [.extractor]) {
                    try await body(
                        NormalizerPorts(
                            folder: folder,
                            certificates: certificates,
                            configuration: configuration,
                            store: store,
                            writer: writer,
                            ingest: ingest,
                            dispatch: $0
                        )
                    )
                }
            }
        }
    }

    /// Runs `body` with an ingest client (role `client`).
    func withIngestClient<Result: Sendable>(_ body: (IngestClient) async throws -> Result) async throws -> Result {
        try await IngestClient.withConnection(
            to: self.ingest,
            identity: try self.certificates.identity("client"),
            logger: Logger(label: "test"),
            body
        )
    }

    /// Runs `body` with a dispatch client (role `extractor`).
    func withDispatchClient<Result: Sendable>(_ body: (DispatchClient) async throws -> Result) async throws -> Result {
        try await DispatchClient.withConnection(
            to: self.dispatch,
            identity: try self.certificates.identity("extractor"),
            logger: Logger(label: "test"),
            body
        )
    }
}

/// Waits, yielding, until `condition` holds: for a test to know another task has parked.
func eventually(_ condition: () -> Bool) async throws {
    while !condition() {
        try await Task.sleep(for: .milliseconds(2))
    }
}
