import AggregatorService
import ArgumentParser
import DiaoyanRuntime
import DiaoyanWire
import Foundation
import Logging

/// `diaoyan-aggregator`: stores extraction records and answers statistics.
@main
struct AggregatorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diaoyan-aggregator",
        abstract: "Store extraction records idempotently and answer statistics queries.",
        discussion: """
            Every option can also be set as an environment variable: --database is DIAOYAN_DATABASE.
            The command line wins. Each bound port is printed on standard output as a JSON line.
            """
    )

    @Option(help: "Address of the results port (extractors), HOST:PORT; port 0 picks a free one.")
    var results: Endpoint

    @Option(help: "Address of the query port (clients), HOST:PORT.")
    var query: Endpoint

    @Option(help: "Where records are kept: sqlite:PATH, or postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE.")
    var database: String

    @Option(help: "Name of this service's certificate in the TLS folder.")
    var tlsName: String = "aggregator"

    @OptionGroup var common: CommonOptions

    static func main() async {
        // Before the store's and the ports' threads allocate (see ``MallocArenas``).
        MallocArenas.limit(to: 2)
        let arguments = EnvironmentArguments.merge(
            Array(CommandLine.arguments.dropFirst()),
            environment: ProcessInfo.processInfo.environment,
            options: ["results", "query", "database", "tls-name"] + CommonOptions.optionNames
        )
        await Self.main(arguments)
    }

    func run() async throws {
        self.common.bootstrapLogging()
        let ops = OpsPort.bootstrap(self.common.metrics)
        let logger = Logger(label: "diaoyan.aggregator")
        let identity = try TLSIdentity.load(directory: self.common.tls, name: self.tlsName)
        // Before any port is bound: a SIGHUP from then on reloads the TLS files instead of ending the process.
        let reload = await TLSReloadService(identity: identity, logger: logger)
        let store = try await DatabaseLocation(parsing: self.database).open(logger: logger)
        let services = try await Aggregator.makeServices(
            AggregatorConfiguration(results: self.results, query: self.query, limits: self.common.limits),
            store: store,
            identity: identity,
            logger: logger
        )
        let opsService = try await ops?.makeService(readiness: AggregatorProbe.readiness(of: store), logger: logger)
        try await ServiceRunner.run(services + (opsService.map { [$0] } ?? []) + [reload], logger: logger)
    }
}
