import ClientCore
import DiaoyanWire
import Foundation
import TestSupport

/// The three workloads of Deploy/k8s started on this machine as their pods (see ``LoopbackPod``), with a
/// deployment's certificates made for the run.
final class ManifestTrio {
    /// Each workload's pod address; the Services `normalizer` and `aggregator` resolve to theirs.
    static let addresses = ["normalizer": "127.0.0.2", "extractor": "127.0.0.3", "aggregator": "127.0.0.4"]

    let state: TemporaryDirectory
    let pods: [String: LoopbackPod]
    private(set) var processes: [String: ServiceProcess] = [:]
    private let binaries: URL

    var tls: String { self.state.url.appendingPathComponent("tls").path }

    /// Reads the manifests and makes certificates; starts nothing yet.
    ///
    /// - Parameter database: the value of the `diaoyan-database` Secret's `url`. The manifests point the
    ///   aggregator at PostgreSQL; this branch's aggregator knows only `sqlite:`, so the test gives an SQLite
    ///   URL unless DIAOYAN_DEPLOY_TEST_DATABASE names another.
    init(binaries: URL, database: String? = nil) throws {
        self.binaries = binaries
        self.state = try TemporaryDirectory("manifest-trio")
        let tls = self.state.url.appendingPathComponent("tls").path
        try CertificateAuthority.createDeployment(in: tls, hosts: Array(Self.addresses.values))
        let database =
            database ?? ProcessInfo.processInfo.environment["DIAOYAN_DEPLOY_TEST_DATABASE"]
            ?? "sqlite:\(self.state.url.appendingPathComponent("aggregator/aggregator.sqlite").path)"
        var pods: [String: LoopbackPod] = [:]
        for (name, address) in Self.addresses {
            let data = self.state.url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
            pods[name] = LoopbackPod(
                container: try ManifestContainer.load(name),
                address: address,
                services: ["normalizer": Self.addresses["normalizer"]!, "aggregator": Self.addresses["aggregator"]!],
                mounts: ["/etc/diaoyan/tls": tls, "/var/lib/diaoyan": data.path],
                secrets: ["diaoyan-database/url": database]
            )
        }
        self.pods = pods
    }

    /// Starts the workload `name` with exactly its pod's command line and environment, and waits for its
    /// operations port to be announced.
    @discardableResult
    func start(_ name: String) async throws -> ServiceProcess {
        let pod = self.pods[name]!
        let commandLine = pod.commandLine
        let process = try ServiceProcess(
            name: name,
            executable: try ServiceProcess.locate(commandLine[0], in: self.binaries),
            arguments: Array(commandLine.dropFirst()),
            logPath: self.state.url.appendingPathComponent("\(name).log").path,
            environment: pod.environment
        )
        self.processes[name] = process
        _ = try await process.waitForPort("metrics")
        return process
    }

    /// `http://ADDRESS:PORT` of the workload's operations port, as the manifest names it (`metrics`).
    func opsURL(_ name: String) -> String {
        let pod = self.pods[name]!
        return "http://\(pod.address):\(pod.container.ports["metrics"] ?? 0)"
    }

    /// `ADDRESS:PORT` of the manifest's container port `port` on the workload's pod.
    func endpoint(_ name: String, port: String) throws -> Endpoint {
        let pod = self.pods[name]!
        return try Endpoint(parsing: "\(pod.address):\(pod.container.ports[port] ?? 0)")
    }

    func log(_ name: String) -> String {
        (try? String(contentsOfFile: self.processes[name]?.logPath ?? "", encoding: .utf8)) ?? ""
    }

    /// SIGTERM to every process, extractor first; returns each exit status.
    func stop() async -> [String: Int32] {
        var statuses: [String: Int32] = [:]
        for name in ["extractor", "normalizer", "aggregator"] {
            if let process = self.processes[name] { statuses[name] = await process.stop() }
        }
        return statuses
    }

    func kill() {
        for process in self.processes.values where process.isRunning { process.signal(SIGKILL) }
    }
}
