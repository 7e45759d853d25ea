import ClientCore
import DiaoyanModels
import DiaoyanWire
import Foundation
import Logging
import Synchronization
import TestSupport
import Testing

/// The deployment's CA and every certificate replaced under load, with SIGHUP and no restart, in the three steps
/// README describes: trust both CAs, swap every leaf for one of the new CA, trust only the new CA. Not one document
/// fails, a connection opened before the rotation keeps working after it, and afterwards a certificate of the old
/// CA is refused while every process — extractors included — connects with the new material.
@Suite(.serialized) struct CertificateRotationTests {
    @Test func rotatingTheCAAndEveryCertificateOnSIGHUPFailsNoDocument() async throws {
        try await TrioHarness.with(
            "rotation",
            extraArguments: ["diaoyan-normalizer": ["--lease-timeout", "3"]]
        ) { harness in
            let tls = harness.trio.tls
            let logger = Logger(label: "rotation")
            let extractors = try (1...2).map { try harness.startExtractor(index: $0) }
            let oldFolder = harness.state.file("old-tls")
            try FileManager.default.copyItem(at: tls, to: oldFolder)

            // The load: one batch a connection, as long as the rotation lasts; the client reloads as the services do.
            let client = try TLSIdentity.load(directory: tls.path, name: "client")
            let ingest = try harness.ingest
            let load = RotationLoad()
            let sender = Task {
                var index = 0
                while !load.isStopping {
                    let batch = FaultCorpus.documents("rotation", index..<(index + 5))
                    index += 5
                    await load.send(batch, to: ingest, identity: client, logger: logger)
                    try? await Task.sleep(for: .milliseconds(100))
                }
            }
            // A connection opened before the rotation, asked again and again across it.
            let standing = Task {
                try await QueryClient.withConnection(to: try harness.query, identity: client, logger: logger) { query in
                    var answers = 0
                    while !load.isStopping {
                        _ = try await query.stats(StatsRequest(metric: .documents), timeout: .seconds(60))
                        answers += 1
                        try await Task.sleep(for: .milliseconds(100))
                    }
                    return answers
                }
            }

            let services = { [harness.trio.normalizer, harness.trio.aggregator] + extractors }
            let newAuthority = try CertificateAuthority(commonName: "Diaoyan CA 2")
            let oldCA = try String(contentsOf: tls.appendingPathComponent("ca.pem"), encoding: .utf8)
            let newCA = try newAuthority.certificatePEM
            var reloadTimes: [Duration] = []

            try await Task.sleep(for: .seconds(1))
            // 1. Trust both CAs.
            try Self.replace(tls, "ca.pem", with: oldCA + newCA)
            reloadTimes += try await Self.reload(services(), generation: 1)
            try client.reload()
            try await Task.sleep(for: .seconds(1))
            // 2. Every certificate from the new CA.
            for component in CertificateAuthority.components {
                let issued = try newAuthority.issue(name: component.name, role: component.role)
                try Self.replace(tls, "\(component.name).key", with: issued.privateKeyPEM, secret: true)
                try Self.replace(tls, "\(component.name).pem", with: issued.certificatePEM)
            }
            try Self.replace(tls, "ca.key", with: newAuthority.privateKeyPEM, secret: true)
            reloadTimes += try await Self.reload(services(), generation: 2)
            try client.reload()
            try await Task.sleep(for: .seconds(1))
            // 3. Only the new CA.
            try Self.replace(tls, "ca.pem", with: newCA)
            reloadTimes += try await Self.reload(services(), generation: 3)
            try client.reload()
            try await Task.sleep(for: .seconds(1))

            load.stop()
            await sender.value
            let standingAnswers = try await standing.value
            let figures = load.figures
            #expect(figures.failedDocuments == 0, "failures: \(figures.failures.prefix(3))")
            #expect(figures.failedBatches == 0, "failures: \(figures.failures.prefix(3))")
            #expect(standingAnswers > 0, "the connection opened before the rotation still answers")

            // The old CA's certificates are refused now, the new ones taken.
            let old = try TLSIdentity.load(directory: oldFolder.path, name: "client")
            await #expect(throws: (any Error).self) {
                try await IngestClient.withConnection(to: ingest, identity: old, logger: logger) {
                    try await $0.status(timeout: .seconds(10))
                }
            }
            let fresh = try TLSIdentity.load(directory: tls.path, name: "client")
            let status = try await IngestClient.withConnection(to: ingest, identity: fresh, logger: logger) {
                try await $0.status(timeout: .seconds(10))
            }
            #expect(status.service == "normalizer")

            // Files that do not fit together are refused; the normalizer keeps serving with what it has.
            let aggregatorKey = try String(contentsOf: tls.appendingPathComponent("aggregator.key"), encoding: .utf8)
            let normalizerKey = try String(contentsOf: tls.appendingPathComponent("normalizer.key"), encoding: .utf8)
            try Self.replace(tls, "normalizer.key", with: aggregatorKey, secret: true)
            harness.trio.normalizer.signal(SIGHUP)
            try await Self.waitForLine("tls material not reloaded", count: 1, in: harness.trio.normalizer)
            let stillServing = await load.send(
                FaultCorpus.documents("rotation-refused", 0..<10),
                to: ingest,
                identity: fresh,
                logger: logger
            )
            #expect(stillServing)
            try Self.replace(tls, "normalizer.key", with: normalizerKey, secret: true)

            // The extractors reconnect with their reloaded certificates to an aggregator that knows only the new CA.
            try await harness.trio.restart(.aggregator)
            let after = await load.send(
                FaultCorpus.documents("rotation-after", 0..<10),
                to: ingest,
                identity: fresh,
                logger: logger
            )
            #expect(after)
            let expected = load.figures.acknowledged
            let stored = try await harness.waitForDocuments(expected.count)
            let bySource = try await harness.stats(StatsRequest(metric: .documents, by: .source))
            let counted = Set(bySource.rows.map(\.key))
            print(
                "[fault] certificate rotation: documents \(expected.count) sent and acknowledged during and after three reloads, failed \(figures.failedDocuments); stored \(stored), lost \(expected.subtracting(counted).count), doubled \(bySource.rows.count { $0.value > 1 }); SIGHUP to reload logged \(reloadTimes.map { RandomKillTests.seconds($0) }.joined(separator: "/")) s (per process, 3 steps); standing connection answered \(standingAnswers) times"
            )
            #expect(stored == expected.count)
            #expect(expected.subtracting(counted).isEmpty, "lost: \(expected.subtracting(counted).sorted().prefix(5))")
            #expect(bySource.rows.allSatisfy { $0.value == 1 })
            return extractors
        }
    }

    /// Replaces `name` in `folder` at once (written beside, then renamed), so no reader sees half a file.
    private static func replace(_ folder: URL, _ name: String, with contents: String, secret: Bool = false) throws {
        let target = folder.appendingPathComponent(name).path
        let temporary = folder.appendingPathComponent(".\(name).new").path
        try CertificateAuthority.writeFile(contents, to: temporary, secret: secret)
        guard rename(temporary, target) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }

    /// Sends SIGHUP to every process and waits until each has logged its `generation`-th reload; returns the
    /// time each took.
    private static func reload(_ processes: [ServiceProcess], generation: Int) async throws -> [Duration] {
        try await withThrowingTaskGroup(of: Duration.self) { group in
            for process in processes {
                group.addTask {
                    let start = ContinuousClock.now
                    process.signal(SIGHUP)
                    try await Self.waitForLine("tls material reloaded", count: generation, in: process)
                    return ContinuousClock.now - start
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
    }

    /// Waits until `process`'s log holds `count` lines containing `text` (bounded, as a safety net).
    private static func waitForLine(_ text: String, count: Int, in process: ServiceProcess) async throws {
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline {
            let log = (try? String(contentsOfFile: process.logPath, encoding: .utf8)) ?? ""
            if log.components(separatedBy: text).count - 1 >= count { return }
            try await Task.sleep(for: .milliseconds(20))
        }
        Issue.record("\(process.name) did not log '\(text)' \(count) times:\n\(process.logPath)")
    }
}

/// The rotation test's load: what was acknowledged and what failed, shared by the sending task and the test.
private final class RotationLoad: Sendable {
    struct Figures: Sendable {
        var acknowledged: Set<String> = []
        var failedDocuments = 0
        var failedBatches = 0
        var failures: [String] = []
    }

    private let state = Mutex(Figures())
    private let stopping = Atomic<Bool>(false)

    var figures: Figures { self.state.withLock { $0 } }
    var isStopping: Bool { self.stopping.load(ordering: .relaxed) }

    func stop() { self.stopping.store(true, ordering: .relaxed) }

    /// Sends one batch on a new connection; true when every document was acknowledged.
    @discardableResult
    func send(_ batch: [IncomingDocument], to endpoint: Endpoint, identity: TLSIdentity, logger: Logger) async -> Bool {
        do {
            let ack = try await IngestClient.withConnection(to: endpoint, identity: identity, logger: logger) {
                try await $0.ingest(IngestRequest(documents: batch), timeout: .seconds(60))
            }
            return self.state.withLock { figures in
                var complete = true
                for result in ack.results {
                    if result.status == .rejected {
                        figures.failedDocuments += 1
                        figures.failures.append("\(result.source): \(result.error?.code.rawValue ?? "?")")
                        complete = false
                    } else {
                        figures.acknowledged.insert(result.source)
                    }
                }
                return complete
            }
        } catch {
            self.state.withLock {
                $0.failedBatches += 1
                $0.failedDocuments += batch.count
                $0.failures.append("\(error)")
            }
            return false
        }
    }
}
