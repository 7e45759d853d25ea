import AggregatorService
import DiaoyanWire
import Foundation
import Logging
import TestSupport

/// An aggregator's SQLite store with its query and results ports on loopback TLS, while a test body runs.
struct AggregatorPorts {
    let certificates: TestCertificates
    let store: SQLiteRecordStore
    let databasePath: String
    let query: Endpoint
    let results: Endpoint

    /// Runs both ports over a fresh store while `body` runs, then stops them and removes their files.
    ///
    /// - Parameter fullStore: cap the store file at its size once created (SQLite `max_page_count`), so that any
    ///   write needing a new page fails with `SQLITE_FULL`, as on a full disk.
    static func with(
        fullStore: Bool = false,
        logger: Logger = Logger(label: "test"),
        _ body: (AggregatorPorts) async throws -> Void
    ) async throws {
        let folder = try TemporaryDirectory("aggregator-ports")
        let certificates = try TestCertificates()
        defer {
            folder.remove()
            certificates.remove()
        }
        let path = folder.file("records.sqlite").path
        // A cap below the file's size is raised to its size by SQLite.
        let store = try SQLiteRecordStore(path: path, maximumPageCount: fullStore ? 1 : nil)
        let query = QueryResponder(store: store, logger: logger).router
        let results = ResultsResponder(store: store, logger: logger).router
        try await LoopbackServer.with(query, certificates: certificates, roles: [.client]) { query in
            try await LoopbackServer.with(results, certificates: certificates, roles: [.extractor]) { results in
                try await body(
                    AggregatorPorts(
                        certificates: certificates,
                        store: store,
                        databasePath: path,
                        query: query,
                        results: results
                    )
                )
            }
        }
    }

    /// Runs `body` with a query client (role `client`).
    func withQueryClient<Result: Sendable>(_ body: (QueryClient) async throws -> Result) async throws -> Result {
        try await QueryClient.withConnection(
            to: self.query,
            identity: try self.certificates.identity("client"),
            logger: Logger(label: "test"),
            body
        )
    }

    /// Runs `body` with a results client (role `extractor`).
    func withResultsClient<Result: Sendable>(_ body: (ResultsClient) async throws -> Result) async throws -> Result {
        try await ResultsClient.withConnection(
            to: self.results,
            identity: try self.certificates.identity("extractor"),
            logger: Logger(label: "test"),
            body
        )
    }
}
