import ClientCore
import DiaoyanModels
import DiaoyanWire
import Foundation
import Logging
import TestSupport
import Testing

/// A normalizer whose data folder it cannot write: it says so and exits at start — no crash, and no document
/// acknowledged that was not stored.
///
/// Root writes through any mode bits, so as root the normalizer runs as `nobody` (`setpriv`) over a folder root
/// owns; otherwise the folder is made read-only with `chmod`.
@Suite(.serialized) struct ReadOnlyDataFolderTests {
    private let asRoot = getuid() == 0

    @Test func aReadOnlyDataFolderIsAClearErrorAtStart() async throws {
        let state = try self.prepareState("readonly-fresh")
        defer { if !ProcessInfoEnvironment.isOn("KEEP") { state.remove() } }
        let data = state.file("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try self.makeReadOnly(data)

        let normalizer = try self.startNormalizer(state: state, data: data, log: "normalizer")
        let status = await normalizer.waitForExit(timeout: .seconds(60))
        let log = (try? String(contentsOfFile: normalizer.logPath, encoding: .utf8)) ?? ""
        print(
            "[fault] read-only data folder (fresh): exit status \(status), by signal \(normalizer.endedBySignal); says: \(Self.lastLine(log))"
        )
        #expect(!normalizer.endedBySignal, "no crash")
        #expect(status != 0)
        #expect(log.contains("cannot open outbox") && log.contains(data.path), "\(log)")
    }

    @Test func anOutboxWhoseFolderTurnedReadOnlyIsAClearErrorAtStart() async throws {
        let state = try self.prepareState("readonly-existing")
        defer { if !ProcessInfoEnvironment.isOn("KEEP") { state.remove() } }
        let data = state.file("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        // A first life with a writable folder (as the test's own user): three documents stored, a clean stop.
        let first = try self.startNormalizer(state: state, data: data, log: "normalizer-1", readOnly: false)
        let ingest = try Endpoint(parsing: try await first.waitForPort("ingest"))
        let identity = try TLSIdentity.load(directory: state.file("tls").path, name: "client")
        let ack = try await IngestClient.withConnection(to: ingest, identity: identity, logger: Logger(label: "test")) {
            try await $0.ingest(
                IngestRequest(documents: FaultCorpus.documents("readonly", 0..<3)),
                timeout: .seconds(60)
            )
        }
        #expect(ack.results.map(\.status) == [.accepted, .accepted, .accepted])
        #expect(await first.stop() == 0)

        try self.makeReadOnly(data)
        let second = try self.startNormalizer(state: state, data: data, log: "normalizer-2")
        let status = await second.waitForExit(timeout: .seconds(60))
        let log = (try? String(contentsOfFile: second.logPath, encoding: .utf8)) ?? ""
        print(
            "[fault] read-only data folder (existing outbox): exit status \(status), by signal \(second.endedBySignal); says: \(Self.lastLine(log))"
        )
        #expect(!second.endedBySignal, "no crash")
        #expect(status != 0)
        #expect(log.contains("cannot open outbox") && log.contains(data.path), "\(log)")
    }

    /// A state folder with certificates every user may read (the normalizer may run as `nobody`).
    private func prepareState(_ label: String) throws -> TemporaryDirectory {
        let state = try TemporaryDirectory(label)
        let tls = state.file("tls")
        try CertificateAuthority.createDeployment(in: tls.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: state.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: tls.path)
        for file in try FileManager.default.contentsOfDirectory(atPath: tls.path) {
            try FileManager.default.setAttributes(
                [.posixPermissions: 0o644],
                ofItemAtPath: tls.appendingPathComponent(file).path
            )
        }
        try FileManager.default.createDirectory(at: state.file("logs"), withIntermediateDirectories: true)
        return state
    }

    /// Makes `folder` and what it holds read-only for the user the normalizer runs as.
    private func makeReadOnly(_ folder: URL) throws {
        if self.asRoot {
            try Self.run("/bin/chown", ["-R", "root:root", folder.path])
            try Self.run("/bin/chmod", ["-R", "go-w", folder.path])
        } else {
            try Self.run("/bin/chmod", ["-R", "a-w", folder.path])
        }
    }

    /// Starts the normalizer; with `readOnly` (the default) as a user that cannot write `makeReadOnly`'s folders.
    private func startNormalizer(
        state: TemporaryDirectory,
        data: URL,
        log: String,
        readOnly: Bool = true
    ) throws -> ServiceProcess {
        guard let binaries = RepositoryPaths.productsFolder() else { throw HarnessError.productsMissing }
        let normalizer = try ServiceProcess.locate("diaoyan-normalizer", in: binaries)
        let arguments = [
            "--ingest", "127.0.0.1:0", "--dispatch", "127.0.0.1:0", "--data", data.path, "--tls",
            state.file("tls").path,
        ]
        return try ServiceProcess(
            name: "diaoyan-normalizer",
            executable: self.asRoot && readOnly ? URL(fileURLWithPath: "/usr/bin/setpriv") : normalizer,
            arguments: self.asRoot && readOnly
                ? ["--reuid=nobody", "--regid=nogroup", "--clear-groups", "--", normalizer.path] + arguments
                : arguments,
            logPath: state.file("logs/\(log).log").path
        )
    }

    private static func lastLine(_ log: String) -> String {
        log.split(separator: "\n").last.map(String.init) ?? ""
    }

    private static func run(_ path: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
    }
}
