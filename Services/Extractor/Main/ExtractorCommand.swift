import ArgumentParser
import DiaoyanExtraction
import DiaoyanObservability
import DiaoyanRuntime
import DiaoyanWire
import ExtractorService
import Foundation
import Logging

/// `diaoyan-extractor`: pulls normalized documents, extracts records, submits them, confirms.
@main
struct ExtractorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diaoyan-extractor",
        abstract: "Pull documents from every normalizer address, extract facts, submit them to the aggregator.",
        discussion: """
            Every option can also be set as an environment variable: --credit is DIAOYAN_CREDIT.
            Start more extractors to scale; nothing else needs reconfiguring.
            """
    )

    @Option(
        help: "The normalizer's dispatch port, HOST:PORT; a name resolving to several addresses is pulled from at each."
    )
    var normalizer: Endpoint

    @Option(help: "The aggregator's results port, HOST:PORT.")
    var aggregator: Endpoint

    @Option(help: "Name of this extractor's certificate in the TLS folder.")
    var tlsName: String = "extractor"

    @Option(help: "Documents asked for per pull (the most held per normalizer at once).")
    var credit: Int = 32

    @Option(help: "Seconds between re-resolving the normalizer name.")
    var resolveInterval: Double = 30

    @OptionGroup var common: CommonOptions

    static func main() async {
        let arguments = EnvironmentArguments.merge(
            Array(CommandLine.arguments.dropFirst()),
            environment: ProcessInfo.processInfo.environment,
            options: ["normalizer", "aggregator", "tls-name", "credit", "resolve-interval"] + CommonOptions.optionNames
        )
        await Self.main(arguments)
    }

    func validate() throws {
        guard self.credit > 0 else { throw ValidationError("--credit must be positive") }
    }

    func run() async throws {
        self.common.bootstrapLogging()
        let ops = OpsPort.bootstrap(self.common.metrics)
        let logger = Logger(label: "diaoyan.extractor")
        let identity = try TLSIdentity.load(directory: self.common.tls, name: self.tlsName)
        // Before any port is bound: a SIGHUP from then on reloads the TLS files instead of ending the process.
        let reload = await TLSReloadService(identity: identity, logger: logger)
        let configuration = ExtractorConfiguration(
            normalizer: self.normalizer,
            aggregator: self.aggregator,
            limits: self.common.limits,
            credit: self.credit,
            resolveInterval: .milliseconds(Int64(self.resolveInterval * 1000))
        )
        let service = Extractor(
            configuration: configuration,
            identity: identity,
            extractor: try RecordExtractor(),
            logger: logger
        )
        let metrics = service.metrics
        let opsService = try await ops?.makeService(
            readiness: [ReadinessCheck(name: "normalizer and aggregator sessions") { metrics.sessions > 0 }],
            logger: logger
        )
        try await ServiceRunner.run([service] + (opsService.map { [$0] } ?? []) + [reload], logger: logger)
    }
}
