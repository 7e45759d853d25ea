import Foundation
import TestSupport

/// A real Prometheus server (Debian's `prometheus`, installed by .ci/run) scraping the test's services with the
/// scrape configuration Deploy/prometheus/prometheus.yml ships.
///
/// Only service discovery is replaced: each job keeps its name, path, interval, labels and relabelling, and gets
/// a static target where compose's DNS would have given it one.
final class PrometheusServer {
    /// Why Prometheus could not be started or asked.
    enum Error: Swift.Error, CustomStringConvertible {
        case notInstalled
        case notReady(log: String)
        case badAnswer(query: String, body: String)

        var description: String {
            switch self {
            case .notInstalled: "prometheus is not installed (apt-get install prometheus; .ci/run does)"
            case .notReady(let log): "prometheus did not become ready; log:\n\(log)"
            case .badAnswer(let query, let body): "prometheus answered \(query) with \(body)"
            }
        }
    }

    static let executable = "/usr/bin/prometheus"
    static var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: Self.executable) }

    let port: Int
    private let process: Process
    private let logPath: String

    /// Writes the shipped configuration with `targets` (job name → `host:port`) and starts Prometheus on a free
    /// loopback port, with its data in `directory`.
    init(targets: [String: String], directory: URL) throws {
        guard Self.isInstalled else { throw Error.notInstalled }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let configuration = directory.appendingPathComponent("prometheus.yml")
        try Self.configuration(targets: targets).write(to: configuration)
        self.port = try FreePort.pick()
        self.logPath = directory.appendingPathComponent("prometheus.log").path
        _ = FileManager.default.createFile(atPath: self.logPath, contents: nil)
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: self.logPath))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments = [
            "--config.file=\(configuration.path)",
            "--storage.tsdb.path=\(directory.appendingPathComponent("tsdb").path)",
            "--web.listen-address=127.0.0.1:\(self.port)",
        ]
        process.standardOutput = log
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        try process.run()
        self.process = process
    }

    /// The shipped scrape configuration with static targets in place of service discovery, as JSON (which is
    /// YAML, and what Prometheus reads).
    static func configuration(targets: [String: String]) throws -> Data {
        var configuration = try DeployFiles.mapping("prometheus/prometheus.yml")
        let jobs = configuration["scrape_configs"] as? [[String: Any]] ?? []
        configuration["scrape_configs"] = jobs.map { job -> [String: Any] in
            guard let name = job["job_name"] as? String, let target = targets[name] else { return job }
            var job = job
            let labels = (job["static_configs"] as? [[String: Any]])?.first?["labels"]
            job["dns_sd_configs"] = nil
            job["static_configs"] = [["targets": [target], "labels": labels ?? [String: String]()]]
            return job
        }
        return try JSONSerialization.data(
            withJSONObject: configuration,
            options: [.sortedKeys, .withoutEscapingSlashes]
        )
    }

    /// Waits until Prometheus answers `/-/ready`.
    func waitUntilReady(timeout: Duration = .seconds(60)) async throws {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline, self.process.isRunning {
            if let answer = try? await HTTPFetch.get("http://127.0.0.1:\(self.port)/-/ready"), answer.status == 200 {
                return
            }
            try await Task.sleep(for: .milliseconds(200))
        }
        throw Error.notReady(log: self.log)
    }

    /// The value of an instant query that yields one sample (such as `sum(…)`); nil while it yields none.
    func value(of query: String) async throws -> Double? {
        var components = URLComponents(string: "http://127.0.0.1:\(self.port)/api/v1/query")!
        components.queryItems = [URLQueryItem(name: "query", value: query)]
        let (status, body) = try await HTTPFetch.get(components.url!.absoluteString)
        let answer = try JSONSerialization.jsonObject(with: body) as? [String: Any]
        guard status == 200, answer?["status"] as? String == "success",
            let data = answer?["data"] as? [String: Any]
        else {
            throw Error.badAnswer(query: query, body: String(decoding: body, as: UTF8.self))
        }
        guard let sample = (data["result"] as? [[String: Any]])?.first,
            let pair = sample["value"] as? [Any], pair.count == 2, let text = pair[1] as? String
        else { return nil }
        return Double(text)
    }

    /// Polls `query` until it yields `expected`; returns the last value seen (which differs only on timeout).
    func waitFor(_ query: String, toEqual expected: Double, timeout: Duration = .seconds(120)) async throws -> Double? {
        let deadline = ContinuousClock.now + timeout
        var last: Double?
        while ContinuousClock.now < deadline {
            last = try await self.value(of: query)
            if last == expected { return last }
            try await Task.sleep(for: .milliseconds(500))
        }
        return last
    }

    var log: String { (try? String(contentsOfFile: self.logPath, encoding: .utf8)) ?? "" }

    /// Sends SIGTERM and returns at once; the server stops on its own (the test process reaps it).
    func terminate() {
        if self.process.isRunning { self.process.terminate() }
    }
}
