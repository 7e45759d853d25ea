import ArgumentParser
import ClientCore
import DiaoyanModels
import DiaoyanWire

/// `diaoyan status`: each service's health, outbox depth, leases in flight, connected extractors and stored
/// documents, asked with `status` messages on the ports clients already use.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show each service's health, outbox depth, leases, connected extractors and stored documents.",
        discussion: "Exits 1 when a service is unreachable or not ready."
    )

    @Option(help: "The normalizer's ingest port, HOST:PORT.")
    var normalizer: Endpoint?

    @Option(help: "The aggregator's query port, HOST:PORT.")
    var aggregator: Endpoint?

    @OptionGroup var tls: ClientTLSOptions

    @Flag(help: "Print one JSON line per service instead of a table.")
    var json = false

    func validate() throws {
        guard self.normalizer != nil || self.aggregator != nil else {
            throw ValidationError("give --normalizer, --aggregator or both")
        }
    }

    func run() async throws {
        let identity = try self.tls.identity()
        let logger = commandLogger("diaoyan.status")
        var outcomes: [(address: String, outcome: StatusPresentation.Outcome)] = []
        if let endpoint = self.normalizer {
            let outcome = await Self.ask("normalizer") {
                try await IngestClient.withConnection(to: endpoint, identity: identity, logger: logger) {
                    try await $0.status()
                }
            }
            outcomes.append(("\(endpoint)", outcome))
        }
        if let endpoint = self.aggregator {
            let outcome = await Self.ask("aggregator") {
                try await QueryClient.withConnection(to: endpoint, identity: identity, logger: logger) {
                    try await $0.status()
                }
            }
            outcomes.append(("\(endpoint)", outcome))
        }
        try self.print(outcomes)
        let healthy = outcomes.allSatisfy {
            if case .answered(let status) = $0.outcome { return status.ready }
            return false
        }
        if !healthy { throw ExitCode(1) }
    }

    private static func ask(
        _ service: String,
        _ query: () async throws -> StatusResult
    ) async -> StatusPresentation.Outcome {
        do {
            return .answered(try await query())
        } catch {
            return .unreachable(service: service, reason: "\(error)")
        }
    }

    private func print(_ outcomes: [(address: String, outcome: StatusPresentation.Outcome)]) throws {
        guard !self.json else {
            for (_, outcome) in outcomes {
                if case .answered(let status) = outcome { Swift.print(try jsonLine(status)) }
            }
            return
        }
        let renderer = TableRenderer(headers: StatusPresentation.headers)
        Swift.print(renderer.table(StatusPresentation.rows(outcomes)), terminator: "")
    }
}
