import ArgumentParser
import DiaoyanRuntime
import DiaoyanWire
import Foundation
import Logging
import NormalizerService

/// `diaoyan-normalizer`: accepts documents, normalizes them, keeps them durably, hands them to extractors.
@main
struct NormalizerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diaoyan-normalizer",
        abstract: "Accept documents on the ingest port, normalize and store them, hand them to extractors.",
        discussion: """
            Every option can also be set as an environment variable: --lease-timeout is DIAOYAN_LEASE_TIMEOUT.
            The command line wins. Each bound port is printed on standard output as a JSON line.
            """
    )

    @Option(help: "Address of the ingest port (clients), HOST:PORT; port 0 picks a free one.")
    var ingest: Endpoint

    @Option(help: "Address of the dispatch port (extractors), HOST:PORT.")
    var dispatch: Endpoint

    @Option(help: "Folder for the outbox (outbox.sqlite).")
    var data: String

    @Option(help: "Name of this service's certificate in the TLS folder.")
    var tlsName: String = "normalizer"

    @Option(help: "Seconds a leased document waits for its confirm before it is handed out again.")
    var leaseTimeout: Double = 60

    @Option(help: "Open documents above which ingest connections stop being read.")
    var highWaterMark: Int = 100_000

    @Option(help: "Open documents at which ingest answers busy.")
    var hardLimit: Int = 200_000

    @Option(help: "Hours a confirmed document's body stays in the outbox (its id stays for duplicate detection).")
    var retain: Double = 24

    @OptionGroup var common: CommonOptions

    static func main() async {
        let names = [
            "ingest", "dispatch", "data", "tls-name", "lease-timeout", "high-water-mark", "hard-limit",
            "retain",
        ]
        let arguments = EnvironmentArguments.merge(
            Array(CommandLine.arguments.dropFirst()),
            environment: ProcessInfo.processInfo.environment,
            options: names + CommonOptions.optionNames
        )
        await Self.main(arguments)
    }

    func run() async throws {
        self.common.bootstrapLogging()
        let ops = OpsPort.bootstrap(self.common.metrics)
        let logger = Logger(label: "diaoyan.normalizer")
        let identity = try TLSIdentity.load(directory: self.common.tls, name: self.tlsName)
        // Before any port is bound: a SIGHUP from then on reloads the TLS files instead of ending the process.
        let reload = await TLSReloadService(identity: identity, logger: logger)
        let configuration = NormalizerConfiguration(
            ingest: self.ingest,
            dispatch: self.dispatch,
            dataDirectory: self.data,
            limits: self.common.limits,
            leaseDuration: .milliseconds(Int64(self.leaseTimeout * 1000)),
            highWaterMark: self.highWaterMark,
            hardLimit: self.hardLimit,
            retention: .milliseconds(Int64(self.retain * 3_600_000))
        )
        let (services, probe) = try await Normalizer.assemble(configuration, identity: identity, logger: logger)
        let opsService = try await ops?.makeService(
            readiness: probe.readiness,
            refreshers: [{ await probe.refresh() }],
            logger: logger
        )
        try await ServiceRunner.run(services + (opsService.map { [$0] } ?? []) + [reload], logger: logger)
    }
}
