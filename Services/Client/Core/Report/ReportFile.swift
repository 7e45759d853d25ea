import DiaoyanModels
import DiaoyanWire
import Foundation

/// Writes the report of what an aggregator holds to one HTML file: what `diaoyan report` and
/// `diaoyan demo --report` share.
package struct ReportFile: Sendable {
    /// Why the report could not be written.
    package enum Error: Swift.Error, CustomStringConvertible {
        case notWritable(path: String, reason: String)

        package var description: String {
            switch self {
            case .notWritable(let path, let reason): "cannot write the report to \(path): \(reason)"
            }
        }
    }

    package var path: URL
    package var filter: QueryFilter?

    package init(path: URL, filter: QueryFilter? = nil) {
        self.path = path
        self.filter = filter
    }

    /// Asks `client` for the report's data and writes the page (atomically: a reader never sees half a file).
    /// Returns the data it drew.
    @discardableResult
    package func write(from client: QueryClient) async throws -> ReportData {
        let data = try await ReportCollector(filter: self.filter).collect(from: client)
        try self.write(data)
        return data
    }

    /// Writes the page of `data`.
    package func write(_ data: ReportData) throws {
        do {
            try Data(ReportPage(data).html().utf8).write(to: self.path, options: .atomic)
        } catch {
            throw Error.notWritable(path: self.path.path, reason: String(describing: error))
        }
    }
}
