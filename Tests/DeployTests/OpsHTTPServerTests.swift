import CoreMetrics
import DiaoyanObservability
import Foundation
import Logging
import NIOCore
import Prometheus
import Testing

/// The operations port over a real socket: its three paths, and an exposition `promtool` accepts.
@Suite
struct OpsHTTPServerTests {
    /// A flag a readiness check reads, so one test can see `/readyz` answer both ways.
    final class Switch: @unchecked Sendable {
        private let lock = NSLock()
        private var on = false
        var isOn: Bool { self.lock.withLock { self.on } }
        func turnOn() { self.lock.withLock { self.on = true } }
    }

    private func withServer(
        readiness: [ReadinessCheck],
        connectionDeadline: Duration = .seconds(30),
        _ body: (String, PrometheusBackend) async throws -> Void
    ) async throws {
        let backend = PrometheusBackend()
        let configuration = OpsConfiguration(
            host: "127.0.0.1",
            port: 0,
            registry: backend.registry,
            readiness: readiness,
            connectionDeadline: connectionDeadline
        )
        let server = try await OpsHTTPServer.bind(configuration, logger: Logger(label: "test"))
        let task = Task { try await server.run() }
        defer { task.cancel() }
        try await body("http://127.0.0.1:\(server.localAddress.port ?? 0)", backend)
    }

    @Test func answersHealthAlwaysAndReadinessOnlyWhenEveryCheckPasses() async throws {
        let store = Switch()
        let checks = [ReadinessCheck(name: "store") { store.isOn }, ReadinessCheck(name: "always") { true }]
        try await self.withServer(readiness: checks) { base, _ in
            #expect(try await HTTPFetch.get(base + "/healthz").status == 200)
            let before = try await HTTPFetch.text(base + "/readyz")
            #expect(before.status == 503)
            #expect(before.text == "not ready\nstore not ready\nalways ok\n")
            store.turnOn()
            let after = try await HTTPFetch.text(base + "/readyz")
            #expect(after.status == 200)
            #expect(after.text == "ready\nstore ok\nalways ok\n")
            #expect(try await HTTPFetch.get(base + "/nothing").status == 404)
        }
    }

    @Test func closesAConnectionThatSendsNothingAtItsDeadline() async throws {
        try await self.withServer(readiness: [], connectionDeadline: .milliseconds(300)) { base, _ in
            let port = base.split(separator: ":").last.map(String.init) ?? ""
            // bash holds the connection open and reads until the server closes it; `timeout` only bounds a
            // failure (a server that never closes), the test waits for nothing else.
            let run = try await CommandRun.run(
                URL(fileURLWithPath: "/usr/bin/timeout"),
                ["30", "bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/\(port) && cat <&3 && echo closed"]
            )
            #expect(run.status == 0, "\(run.text)")
            #expect(run.text == "closed\n")
        }
    }

    @Test func aThrowingCheckIsNotReadyAndSaysWhy() async throws {
        struct Down: Error, CustomStringConvertible {
            var description: String { "database unreachable" }
        }
        try await self.withServer(readiness: [ReadinessCheck(name: "store") { throw Down() }]) { base, _ in
            let answer = try await HTTPFetch.text(base + "/readyz")
            #expect(answer.status == 503)
            #expect(answer.text.contains("store failed: database unreachable"))
        }
    }

    @Test func servesTheRegistryWithHelpTextThatPromtoolAccepts() async throws {
        try await self.withServer(readiness: []) { base, backend in
            backend.makeCounter(label: MetricCatalog.documentsIngested.name, dimensions: []).increment(by: 3)
            backend.makeCounter(
                label: MetricCatalog.documentsRejected.name,
                dimensions: [("code", "bad_request")]
            ).increment(by: 1)
            backend.makeTimer(label: MetricCatalog.extractionDuration.name, dimensions: []).recordNanoseconds(4_000_000)
            let answer = try await HTTPFetch.text(base + "/metrics")
            #expect(answer.status == 200)
            #expect(
                answer.text.contains("# HELP diaoyan_documents_ingested_total \(MetricCatalog.documentsIngested.help)")
            )
            #expect(answer.text.contains("diaoyan_documents_ingested_total 3"))
            #expect(answer.text.contains("diaoyan_documents_rejected_total{code=\"bad_request\"} 1"))
            #expect(answer.text.contains("diaoyan_extraction_duration_seconds_bucket{le=\"0.005\"} 1"))
            if FileManager.default.isExecutableFile(atPath: PromtoolCheck.executable) {
                let check = try await PromtoolCheck.run(Data(answer.text.utf8))
                #expect(check.status == 0, "\(check.output)")
            }
        }
    }
}
