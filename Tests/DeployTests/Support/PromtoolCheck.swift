import Foundation

/// `promtool check metrics`: Prometheus's own linter of the text exposition format (HELP and TYPE present,
/// counters ending in `_total`, units in names, well-formed samples).
enum PromtoolCheck {
    enum Error: Swift.Error {
        case notInstalled
    }

    static let executable = "/usr/bin/promtool"

    /// Runs the check on an exposition; status 0 means no problem was found.
    static func run(_ exposition: Data) async throws -> (status: Int32, output: String) {
        guard FileManager.default.isExecutableFile(atPath: Self.executable) else { throw Error.notInstalled }
        let run = try await CommandRun.run(
            URL(fileURLWithPath: Self.executable),
            ["check", "metrics"],
            input: exposition
        )
        return (run.status, run.text)
    }
}
