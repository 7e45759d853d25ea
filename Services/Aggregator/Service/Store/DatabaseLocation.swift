/// Where an aggregator keeps its records, parsed from `--database`.
///
/// `sqlite:PATH` (relative or absolute, `sqlite://` also accepted) is the embedded default.
package enum DatabaseLocation: Sendable, Hashable {
    case sqlite(path: String)

    /// Why a `--database` value was not understood.
    package enum Error: Swift.Error, Hashable, CustomStringConvertible {
        case unsupported(String)
        case emptyPath(String)

        package var description: String {
            switch self {
            case .unsupported(let text): "'\(text)' is not a database location this build supports (use sqlite:PATH)"
            case .emptyPath(let text): "'\(text)' names no file (use sqlite:PATH)"
            }
        }
    }

    /// Parses `sqlite:PATH` or `sqlite://PATH`.
    package init(parsing text: String) throws(Error) {
        guard text.hasPrefix("sqlite:") else { throw .unsupported(text) }
        var path = String(text.dropFirst("sqlite:".count))
        if path.hasPrefix("//") { path.removeFirst(2) }
        guard !path.isEmpty else { throw .emptyPath(text) }
        self = .sqlite(path: path)
    }
}
