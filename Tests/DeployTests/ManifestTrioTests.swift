import ClientCore
import DiaoyanModels
import DiaoyanWire
import Foundation
import Logging
import TestSupport
import Testing

/// The Kubernetes manifests run for real: the three executables start with exactly the command lines and
/// environment Deploy/k8s gives their containers (see ``LoopbackPod`` for the four things the cluster provides),
/// the seeds go through them, and a real Prometheus scrapes them with the configuration Deploy/ ships.
@Suite(.serialized)
struct ManifestTrioTests {
    static var prometheusExpected: Bool {
        PrometheusServer.isInstalled || ProcessInfo.processInfo.environment["CI"] != nil
    }

    @Test(.enabled(if: Self.prometheusExpected, "prometheus is not installed (.ci/run installs it)"))
    func theManifestsRunTheTrioAndPrometheusCountsTheSeeds() async throws {
        let binaries = try #require(RepositoryPaths.productsFolder(), "build the products first (swift build)")
        let trio = try ManifestTrio(binaries: binaries)
        defer { trio.state.remove() }
        do {
            try await self.run(trio)
        } catch {
            trio.kill()
            throw error
        }
        let statuses = await trio.stop()
        #expect(statuses == ["extractor": 0, "normalizer": 0, "aggregator": 0])
    }

    private func run(_ trio: ManifestTrio) async throws {
        try await trio.start("aggregator")
        try await trio.start("normalizer")
        try await trio.start("extractor")
        let client = try TLSIdentity.load(directory: trio.tls, name: "client")
        let sender = DocumentSender(endpoint: try trio.endpoint("normalizer", port: "ingest"), identity: client)
        let sent = try await sender.send(try RepositoryPaths.seedFiles(), logger: Logger(label: "test"))
        #expect(sent.accepted == 5)

        let prometheus = try PrometheusServer(
            targets: Dictionary(
                uniqueKeysWithValues: ManifestTrio.addresses.keys.map { name in
                    (name, trio.opsURL(name).replacingOccurrences(of: "http://", with: ""))
                }
            ),
            directory: trio.state.url.appendingPathComponent("prometheus")
        )
        defer { prometheus.terminate() }
        try await prometheus.waitUntilReady()
        for metric in [
            "diaoyan_documents_ingested_total", "diaoyan_records_stored_total", "diaoyan_documents_extracted_total",
        ] {
            let value = try await prometheus.waitFor("sum(\(metric))", toEqual: 5)
            #expect(value == 5, "\(metric): \(String(describing: value))\n\(prometheus.log)\n\(trio.log("extractor"))")
        }
        #expect(try await prometheus.waitFor("count(up == 1)", toEqual: 3) == 3)
        try await self.checkFailuresAreCounted(trio, client: client)
        try await self.checkDashboardQueries(prometheus)
        try await self.checkOperationsPorts(trio)
        try await self.checkStatus(trio)
        try await self.checkComposeHealthChecks(trio)
        self.checkJSONLogs(trio)
    }

    /// A plain-HTTP request on the TLS ingest port is a `protocol` handshake failure, an empty document an
    /// `empty_document` rejection, and the dispatch port counts the extractor's open connection.
    private func checkFailuresAreCounted(_ trio: ManifestTrio, client: TLSIdentity) async throws {
        let ingest = try trio.endpoint("normalizer", port: "ingest")
        _ = try? await HTTPFetch.get("http://\(ingest)/")
        let ack = try await IngestClient.withConnection(to: ingest, identity: client, logger: Logger(label: "test")) {
            try await $0.ingest(IngestRequest(documents: [IncomingDocument(source: "blank.txt", text: " \n ")]))
        }
        #expect(ack.results.map(\.error?.code) == [.emptyDocument])
        let metrics = try await HTTPFetch.text(trio.opsURL("normalizer") + "/metrics").text
        let lines = Set(metrics.split(separator: "\n").map(String.init))
        #expect(
            lines.contains("diaoyan_tls_handshake_failures_total{port=\"ingest\",reason=\"protocol\"} 1"),
            "\(metrics)"
        )
        #expect(lines.contains("diaoyan_documents_rejected_total{code=\"empty_document\"} 1"), "\(metrics)")
        #expect(lines.contains("diaoyan_open_connections{port=\"dispatch\"} 1.0"), "\(metrics)")
    }

    /// Every panel query of the Grafana dashboard is valid PromQL over what the services export.
    private func checkDashboardQueries(_ prometheus: PrometheusServer) async throws {
        for expression in try GrafanaDashboard.load().expressions {
            _ = try await prometheus.value(of: expression)
        }
    }

    /// `/healthz` and `/readyz` answer 200, and `promtool check metrics` passes on every `/metrics`.
    private func checkOperationsPorts(_ trio: ManifestTrio) async throws {
        for name in ManifestTrio.addresses.keys.sorted() {
            let base = trio.opsURL(name)
            #expect(try await HTTPFetch.get(base + "/healthz").status == 200, "\(name) /healthz")
            #expect(try await HTTPFetch.get(base + "/readyz").status == 200, "\(name) /readyz")
            let metrics = try await HTTPFetch.get(base + "/metrics")
            #expect(metrics.status == 200)
            let check = try await PromtoolCheck.run(metrics.body)
            #expect(check.status == 0, "promtool check metrics on \(name):\n\(check.output)")
        }
    }

    /// The health checks compose.yaml gives its services (bash's /dev/tcp against the operations port, since
    /// the image carries no curl) pass against the running services, each pointed at its pod's address.
    private func checkComposeHealthChecks(_ trio: ManifestTrio) async throws {
        let services = try #require(try DeployFiles.mapping("compose.yaml")["services"] as? [String: [String: Any]])
        for name in ManifestTrio.addresses.keys.sorted() {
            let test = try #require((services[name]?["healthcheck"] as? [String: Any])?["test"] as? [String])
            #expect(Array(test.prefix(3)) == ["CMD", "bash", "-c"], "\(name): \(test)")
            let script = test[3].replacingOccurrences(of: "127.0.0.1", with: ManifestTrio.addresses[name]!)
            let run = try await CommandRun.run(URL(fileURLWithPath: "/bin/bash"), ["-c", script])
            #expect(run.status == 0, "\(name) health check failed: \(run.text)")
        }
    }

    /// `diaoyan status` reports both services ready, the outbox drained, and the five documents stored.
    private func checkStatus(_ trio: ManifestTrio) async throws {
        let binaries = try #require(RepositoryPaths.productsFolder())
        let output = try await CommandRun.run(
            binaries.appendingPathComponent("diaoyan"),
            [
                "status", "--normalizer", "\(try trio.endpoint("normalizer", port: "ingest"))",
                "--aggregator", "\(try trio.endpoint("aggregator", port: "query"))", "--tls", trio.tls, "--json",
            ]
        )
        #expect(output.status == 0, "\(output.text)")
        let answers = try output.text.split(separator: "\n").map {
            try JSONDecoder().decode(StatusResult.self, from: Data($0.utf8))
        }
        let normalizer = try #require(answers.first { $0.service == "normalizer" })
        let aggregator = try #require(answers.first { $0.service == "aggregator" })
        #expect(normalizer.ready && aggregator.ready)
        #expect(normalizer.outboxDepth == 0)
        #expect(normalizer.connectedExtractors == 1)
        #expect(aggregator.storedDocuments == 5)
        #expect(aggregator.connectedExtractors == 1)
    }

    /// The manifests ask for JSON logs: every line each service wrote is one JSON object with a level and a message.
    private func checkJSONLogs(_ trio: ManifestTrio) {
        for name in ManifestTrio.addresses.keys.sorted() {
            let lines = trio.log(name).split(separator: "\n")
            #expect(!lines.isEmpty, "\(name) logged nothing")
            for line in lines {
                let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                #expect(object?["level"] is String && object?["message"] is String, "\(name): \(line)")
            }
        }
    }
}
