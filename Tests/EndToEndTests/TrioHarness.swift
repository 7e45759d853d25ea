import ClientCore
import DiaoyanModels
import DiaoyanWire
import Foundation
import Logging
import Synchronization
import TestSupport
import Testing

/// Starts the real executables for one test and talks to them as a client would.
struct TrioHarness {
    let state: TemporaryDirectory
    let trio: LocalTrio
    let logger = Logger(label: "e2e")
    private let registry = ProcessRegistry()

    init(_ label: String, extraArguments: [String: [String]] = [:]) async throws {
        guard let binaries = RepositoryPaths.productsFolder() else {
            throw HarnessError.productsMissing
        }
        self.state = try TemporaryDirectory(label)
        self.trio = try await LocalTrio(state: self.state.url, binaries: binaries, extraArguments: extraArguments)
    }

    var ingest: Endpoint { get throws { try Endpoint(parsing: self.trio.ingest) } }
    var query: Endpoint { get throws { try Endpoint(parsing: self.trio.query) } }

    /// Sends documents in one ingest request.
    func ingest(_ documents: [IncomingDocument], as identityName: String = "client") async throws -> IngestAck {
        let identity = try TLSIdentity.load(directory: self.trio.tls.path, name: identityName)
        return try await IngestClient.withConnection(to: try self.ingest, identity: identity, logger: self.logger) {
            try await $0.ingest(IngestRequest(documents: documents), timeout: .seconds(60))
        }
    }

    /// Asks the aggregator for a statistic.
    func stats(_ request: StatsRequest) async throws -> StatsResult {
        try await QueryClient.withConnection(
            to: try self.query,
            identity: try self.trio.clientIdentity(),
            logger: self.logger
        ) {
            try await $0.stats(request, timeout: .seconds(60))
        }
    }

    /// Waits until the aggregator holds at least `expected` documents; returns the count it saw last.
    func waitForDocuments(_ expected: Int, timeout: Duration = .seconds(120)) async throws -> Int {
        try await QueryClient.withConnection(
            to: try self.query,
            identity: try self.trio.clientIdentity(),
            logger: self.logger
        ) {
            try await DemoRunner.waitForDocuments(expected, client: $0, timeout: timeout)
        }
    }

    /// Starts the trio, runs `body`, and always stops every process and removes the state folder, also when
    /// `body` throws. `body` returns the extractors it started.
    static func with(
        _ label: String,
        extraArguments: [String: [String]] = [:],
        _ body: (TrioHarness) async throws -> [ServiceProcess]
    ) async throws {
        let harness = try await TrioHarness(label, extraArguments: extraArguments)
        let extractors: [ServiceProcess]
        do {
            extractors = try await body(harness)
        } catch {
            for process in harness.started { process.signal(SIGKILL) }
            await harness.stop(extractors: [])
            throw error
        }
        await harness.stop(extractors: extractors)
    }

    /// Starts an extractor and remembers it, so a failing test still stops it.
    func startExtractor(index: Int = 1) throws -> ServiceProcess {
        let process = try self.trio.startExtractor(index: index)
        self.registry.add(process)
        return process
    }

    private var started: [ServiceProcess] { self.registry.all }

    /// Stops the services, checks they exited cleanly on SIGTERM, and removes the state folder.
    func stop(extractors: [ServiceProcess]) async {
        for extractor in extractors where extractor.isRunning {
            #expect(await extractor.stop() == 0, "extractor exits cleanly on SIGTERM")
        }
        #expect(await self.trio.normalizer.stop() == 0, "normalizer exits cleanly on SIGTERM")
        #expect(await self.trio.aggregator.stop() == 0, "aggregator exits cleanly on SIGTERM")
        if ProcessInfoEnvironment.isOn("DIAOYAN_KEEP_STATE") {
            print("state kept: \(self.state.path)")
        } else {
            self.state.remove()
        }
    }

    /// The text of a log file, for failure messages.
    func log(_ name: String) -> String {
        (try? String(contentsOf: self.state.url.appendingPathComponent("logs/\(name).log"), encoding: .utf8)) ?? ""
    }
}

enum HarnessError: Error, CustomStringConvertible {
    case productsMissing

    var description: String {
        switch self {
        case .productsMissing: "built executables not found; run `swift build` before the end-to-end tests"
        }
    }
}

/// The extractors a test started.
private final class ProcessRegistry: Sendable {
    private let processes = Mutex<[ServiceProcess]>([])

    func add(_ process: ServiceProcess) {
        self.processes.withLock { $0.append(process) }
    }

    var all: [ServiceProcess] { self.processes.withLock { $0 } }
}
