import AggregatorService
import Foundation
import Logging
import TestSupport
import Testing

/// The databases the store's tests run against: every store test takes one as its argument, so SQLite and
/// PostgreSQL answer the same tests.
enum StoreBackend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    /// SQLite always; PostgreSQL where it is installed, and always in CI (a server that cannot start fails there).
    static var available: [StoreBackend] {
        ThrowawayPostgres.isAvailable ? [.sqlite, .postgres] : [.sqlite]
    }

    var testDescription: String { self.rawValue }

    /// Runs `body` with a fresh, empty store of this backend, then removes it.
    func withStore(_ label: String, _ body: (any RecordStore) async throws -> Void) async throws {
        switch self {
        case .sqlite:
            let folder = try TemporaryDirectory(label)
            defer { folder.remove() }
            try await body(try SQLiteRecordStore(path: folder.file("records.sqlite").path))
        case .postgres:
            let url = try await ThrowawayPostgres.start().createDatabase(label)
            try await body(try await PostgresRecordStore.connect(url: url, logger: Logger(label: "test")))
        }
    }
}
