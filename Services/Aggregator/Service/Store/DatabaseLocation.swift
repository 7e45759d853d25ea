import Logging

/// Where an aggregator keeps its records, parsed from `--database`.
///
/// `sqlite:PATH` (relative or absolute, `sqlite://` also accepted) is the embedded default;
/// `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE` (or `postgresql://`) a PostgreSQL database that several
/// aggregators may share.
package enum DatabaseLocation: Sendable, Hashable {
    case sqlite(path: String)
    case postgres(url: String)

    /// Why a `--database` value was not understood.
    package enum Error: Swift.Error, Hashable, CustomStringConvertible {
        case unsupported(String)
        case emptyPath(String)

        package var description: String {
            switch self {
            case .unsupported(let text):
                "'\(text)' is not a database location this build supports (use sqlite:PATH or postgres://USER@HOST/DATABASE)"
            case .emptyPath(let text): "'\(text)' names no file (use sqlite:PATH)"
            }
        }
    }

    /// Parses `sqlite:PATH`, `sqlite://PATH`, `postgres://…` or `postgresql://…`.
    package init(parsing text: String) throws(Error) {
        if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
            self = .postgres(url: text)
            return
        }
        guard text.hasPrefix("sqlite:") else { throw .unsupported(text) }
        var path = String(text.dropFirst("sqlite:".count))
        if path.hasPrefix("//") { path.removeFirst(2) }
        guard !path.isEmpty else { throw .emptyPath(text) }
        self = .sqlite(path: path)
    }

    /// Opens the store this location names, migrating it to the current schema.
    package func open(logger: Logger) async throws -> any RecordStore {
        switch self {
        case .sqlite(let path): try SQLiteRecordStore(path: path)
        case .postgres(let url): try await PostgresRecordStore.connect(url: url, logger: logger)
        }
    }
}
