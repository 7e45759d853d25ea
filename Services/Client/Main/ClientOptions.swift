import ArgumentParser
import ClientCore
import DiaoyanModels
import DiaoyanRuntime
import DiaoyanWire
import Logging

/// The TLS material a client command presents.
struct ClientTLSOptions: ParsableArguments {
    @Option(help: "Folder holding ca.pem and the client certificate (see `diaoyan certs create`).")
    var tls: String

    @Option(help: "Name of the client certificate in the TLS folder.")
    var tlsName: String = "client"

    func identity() throws -> TLSIdentity {
        try TLSIdentity.load(directory: self.tls, name: self.tlsName)
    }
}

/// How query answers are printed: a table with Chinese (or `--labels en`) labels and readable money, or JSON or
/// CSV with the wire's English names and raw numbers.
struct OutputOptions: ParsableArguments {
    @Flag(help: "Print JSON instead of a table.")
    var json = false

    @Flag(help: "Print CSV instead of a table (English names, raw numbers).")
    var csv = false

    @Option(help: "Language of a table's labels, stages, industries and money: zh (default) or en.")
    var labels: DisplayLabels.Language = .zh

    func validate() throws {
        if self.json && self.csv { throw ValidationError("choose one of --json and --csv") }
    }

    /// Prints `answer` as JSON, as CSV of the unlabelled rows, or as a labelled table.
    func print<Answer: Encodable>(
        _ answer: Answer,
        presented: (DisplayLabels?) -> (TableRenderer, [[String]])
    ) throws {
        if self.json {
            Swift.print(try jsonLine(answer))
        } else if self.csv {
            let (renderer, rows) = presented(nil)
            Swift.print(renderer.csv(rows), terminator: "")
        } else {
            let (renderer, rows) = presented(DisplayLabels(self.labels))
            Swift.print(renderer.table(rows), terminator: "")
        }
    }
}

/// Filters shared by `stats` and `projects`.
struct FilterOptions: ParsableArguments {
    @Option(help: "Earliest publication date (YYYY, YYYY-MM or YYYY-MM-DD).")
    var since: String?

    @Option(help: "Latest publication date (YYYY, YYYY-MM or YYYY-MM-DD).")
    var until: String?

    @Option(help: "Place path prefix, e.g. 黑龙江省 or 黑龙江省/哈尔滨市, or a GB/T 2260 code such as 230100.")
    var place: String?

    @Option(help: "Industry label (\(Industry.allCases.map(\.rawValue).joined(separator: ", "))).")
    var industry: Industry?

    @Option(help: "Project stage (\(Stage.allCases.map(\.rawValue).joined(separator: ", "))).")
    var stage: Stage?

    @Option(help: "An official's name.")
    var official: String?

    var filter: QueryFilter? {
        let filter = QueryFilter(
            from: self.since,
            to: self.until,
            place: self.place,
            industry: self.industry,
            stage: self.stage,
            official: self.official
        )
        return filter == QueryFilter() ? nil : filter
    }
}

/// A logger for command-line use: warnings and worse on standard error.
func commandLogger(_ label: String) -> Logger {
    var logger = Logger(label: label) { StreamLogHandler.standardError(label: $0) }
    logger.logLevel = .warning
    return logger
}
