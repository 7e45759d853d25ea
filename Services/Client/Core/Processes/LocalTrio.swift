import DiaoyanWire
import Foundation
import Synchronization

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
    /// The running aggregator (a new process after ``restart(_:)``).
    package var aggregator: ServiceProcess { self.running.withLock { $0.aggregator } }
    /// The running normalizer (a new process after ``restart(_:)``).
    package var normalizer: ServiceProcess { self.running.withLock { $0.normalizer } }
    /// Ports as `host:port`.
    package let ingest: String
    package let dispatch: String
    package let results: String
    package let query: String
    private let extraArguments: [String: [String]]
    private let running: Mutex<(aggregator: ServiceProcess, normalizer: ServiceProcess)>
    private let restarts = Atomic<Int>(0)

    /// A service of the trio that can be restarted.
    package enum Member: String, Sendable {
        case normalizer, aggregator
    }

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
        _ = try ServiceProcess.locate("diaoyan-aggregator", in: binaries)
        _ = try ServiceProcess.locate("diaoyan-normalizer", in: binaries)
        _ = try ServiceProcess.locate("diaoyan-extractor", in: binaries)

        let aggregator = try Self.launch(
            .aggregator,
            state: state,
            binaries: binaries,
            ports: ("127.0.0.1:0", "127.0.0.1:0"),
            extraArguments: extraArguments,
            generation: 0
        )
        let normalizer: ServiceProcess
        do {
            normalizer = try Self.launch(
                .normalizer,
                state: state,
                binaries: binaries,
                ports: ("127.0.0.1:0", "127.0.0.1:0"),
                extraArguments: extraArguments,
                generation: 0
            )
        } catch {
            await aggregator.stop()
            throw error
        }
        self.running = Mutex((aggregator, normalizer))
        do {
            self.results = try await aggregator.waitForPort("results")
            self.query = try await aggregator.waitForPort("query")
            self.ingest = try await normalizer.waitForPort("ingest")
            self.dispatch = try await normalizer.waitForPort("dispatch")
        } catch {
            await normalizer.stop()
            await aggregator.stop()
            throw error
        }
    }

    private static func launch(
        _ member: Member,
        state: URL,
        binaries: URL,
        ports: (String, String),
        extraArguments: [String: [String]],
        generation: Int
    ) throws -> ServiceProcess {
        let tls = state.appendingPathComponent("tls").path
        let name = "diaoyan-\(member.rawValue)"
        let arguments: [String]
        switch member {
        case .aggregator:
            arguments = [
                "--results", ports.0, "--query", ports.1,
                "--database", "sqlite:" + state.appendingPathComponent("aggregator.sqlite").path, "--tls", tls,
            ]
        case .normalizer:
            arguments = [
                "--ingest", ports.0, "--dispatch", ports.1,
                "--data", state.appendingPathComponent("normalizer").path, "--tls", tls,
            ]
        }
        let suffix = generation == 0 ? "" : "-\(generation)"
        return try ServiceProcess(
            name: name,
            executable: try ServiceProcess.locate(name, in: binaries),
            arguments: arguments + (extraArguments[name] ?? []),
            logPath: state.appendingPathComponent("logs/\(member.rawValue)\(suffix).log").path
        )
    }

    /// Kills `member` with SIGKILL and starts it again on the same ports with the same data.
    package func restart(_ member: Member) async throws {
        await self.kill(member)
        try await self.relaunch(member)
    }

    /// Kills `member` with SIGKILL and leaves it down until ``relaunch(_:)``.
    package func kill(_ member: Member) async {
        let old = member == .normalizer ? self.normalizer : self.aggregator
        old.signal(SIGKILL)
        _ = await old.waitForExit()
    }

    /// Starts `member` again on its ports with its data, after ``kill(_:)``; returns once its ports are announced.
    package func relaunch(_ member: Member) async throws {
        let generation = self.restarts.add(1, ordering: .relaxed).newValue
        let ports = member == .normalizer ? (self.ingest, self.dispatch) : (self.results, self.query)
        let fresh = try Self.launch(
            member,
            state: self.state,
            binaries: self.binaries,
            ports: ports,
            extraArguments: self.extraArguments,
            generation: generation
        )
        _ = try await fresh.waitForPort(member == .normalizer ? "dispatch" : "query")
        self.running.withLock {
            if member == .normalizer { $0.normalizer = fresh } else { $0.aggregator = fresh }
        }
    }

    /// Starts one more extractor; `index` names its log file, `aggregator` replaces the trio's results port
    /// (`diaoyan bench pipeline` points it at an in-process sink).
    package func startExtractor(index: Int = 1, aggregator: String? = nil) throws -> ServiceProcess {
        try ServiceProcess(
            name: "diaoyan-extractor",
            executable: try ServiceProcess.locate("diaoyan-extractor", in: self.binaries),
            arguments: [
                "--normalizer", self.dispatch, "--aggregator", aggregator ?? self.results, "--tls", self.tls.path,
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
