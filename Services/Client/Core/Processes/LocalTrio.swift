import DiaoyanWire
import Foundation

/// The three services started as child processes on loopback ports, sharing one state folder.
///
/// ```
/// STATE/tls/         certificates (`diaoyan certs create`)
/// STATE/normalizer/  outbox.sqlite
/// STATE/aggregator.sqlite
/// STATE/logs/        one log per child
/// ```
/// `diaoyan demo` and the end-to-end tests use it; both run exactly the executables a user would.
package final class LocalTrio: Sendable {
    package let state: URL
    package let binaries: URL
    package let aggregator: ServiceProcess
    package let normalizer: ServiceProcess
    /// Ports as `host:port`.
    package let ingest: String
    package let dispatch: String
    package let results: String
    package let query: String
    private let extraArguments: [String: [String]]

    /// The TLS folder inside the state folder.
    package var tls: URL { self.state.appendingPathComponent("tls") }

    /// Creates certificates and starts the aggregator and the normalizer (extractors are started separately).
    ///
    /// - Parameters:
    ///   - state: a folder for certificates, data and logs; created if missing.
    ///   - binaries: the folder holding `diaoyan-normalizer`, `diaoyan-extractor`, `diaoyan-aggregator`.
    ///   - extraArguments: more flags per executable name, e.g. a short `--lease-timeout` for tests.
    package init(state: URL, binaries: URL, extraArguments: [String: [String]] = [:]) async throws {
        self.state = state
        self.binaries = binaries
        self.extraArguments = extraArguments
        let logs = state.appendingPathComponent("logs")
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        let tls = state.appendingPathComponent("tls")
        if !FileManager.default.fileExists(atPath: tls.appendingPathComponent("ca.pem").path) {
            try CertificateAuthority.createDeployment(in: tls.path)
        }
        let aggregatorExecutable = try ServiceProcess.locate("diaoyan-aggregator", in: binaries)
        let normalizerExecutable = try ServiceProcess.locate("diaoyan-normalizer", in: binaries)
        _ = try ServiceProcess.locate("diaoyan-extractor", in: binaries)

        self.aggregator = try ServiceProcess(
            name: "diaoyan-aggregator",
            executable: aggregatorExecutable,
            arguments: [
                "--results", "127.0.0.1:0", "--query", "127.0.0.1:0",
                "--database", "sqlite:" + state.appendingPathComponent("aggregator.sqlite").path,
                "--tls", tls.path,
            ] + (extraArguments["diaoyan-aggregator"] ?? []),
            logPath: logs.appendingPathComponent("aggregator.log").path
        )
        self.normalizer = try ServiceProcess(
            name: "diaoyan-normalizer",
            executable: normalizerExecutable,
            arguments: [
                "--ingest", "127.0.0.1:0", "--dispatch", "127.0.0.1:0",
                "--data", state.appendingPathComponent("normalizer").path,
                "--tls", tls.path,
            ] + (extraArguments["diaoyan-normalizer"] ?? []),
            logPath: logs.appendingPathComponent("normalizer.log").path
        )
        do {
            self.results = try await self.aggregator.waitForPort("results")
            self.query = try await self.aggregator.waitForPort("query")
            self.ingest = try await self.normalizer.waitForPort("ingest")
            self.dispatch = try await self.normalizer.waitForPort("dispatch")
        } catch {
            await self.normalizer.stop()
            await self.aggregator.stop()
            throw error
        }
    }

    /// Starts one more extractor; `index` names its log file.
    package func startExtractor(index: Int = 1) throws -> ServiceProcess {
        try ServiceProcess(
            name: "diaoyan-extractor",
            executable: try ServiceProcess.locate("diaoyan-extractor", in: self.binaries),
            arguments: [
                "--normalizer", self.dispatch, "--aggregator", self.results, "--tls", self.tls.path,
            ] + (self.extraArguments["diaoyan-extractor"] ?? []),
            logPath: self.state.appendingPathComponent("logs/extractor-\(index).log").path
        )
    }

    /// The client identity for talking to the ingest and query ports.
    package func clientIdentity() throws -> TLSIdentity {
        try TLSIdentity.load(directory: self.tls.path, name: "client")
    }

    /// Stops the normalizer and the aggregator with SIGTERM.
    package func stop() async {
        await self.normalizer.stop()
        await self.aggregator.stop()
    }
}
