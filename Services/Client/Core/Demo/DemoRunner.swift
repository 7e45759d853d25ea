import DiaoyanModels
import DiaoyanWire
import Foundation
import Logging

/// `diaoyan demo`: the whole pipeline on a folder of documents, in one command.
///
/// Makes certificates in a fresh state folder, starts the three executables on free loopback ports, sends the
/// documents, waits until the aggregator holds them all, asks for the headline statistics, stops the services.
package struct DemoRunner: Sendable {
    /// What the demo found, as printed by `--json`.
    package struct Report: Codable, Sendable {
        package var documents: Int
        package var projects: Int
        package var stats: [StatsResult]
    }

    /// Why the demo could not finish.
    package enum Error: Swift.Error, CustomStringConvertible {
        case notAllStored(expected: Int, stored: Int, logs: String)
        case nothingToSend(path: String)

        package var description: String {
            switch self {
            case .notAllStored(let expected, let stored, let logs):
                "the aggregator holds \(stored) of \(expected) documents after waiting; see the logs in \(logs)"
            case .nothingToSend(let path): "no documents found in \(path)"
            }
        }
    }

    /// The statistics the demo shows, in order.
    package static let queries: [StatsRequest] = [
        StatsRequest(metric: .projects, by: .province),
        StatsRequest(metric: .projects, by: .industry),
        StatsRequest(metric: .projects, by: .stage),
        StatsRequest(metric: .documents, by: .official),
    ]

    package var input: String
    package var state: URL
    package var binaries: URL
    package var timeout: Duration

    package init(input: String, state: URL, binaries: URL, timeout: Duration = .seconds(120)) {
        self.input = input
        self.state = state
        self.binaries = binaries
        self.timeout = timeout
    }

    /// Runs the demo; `say` receives progress lines meant for a human. `whileRunning`, when given, is called with
    /// the query connection once every document is stored, before the services stop (`demo --report`).
    package func run(
        logger: Logger,
        say: @Sendable (String) -> Void,
        whileRunning: ((QueryClient) async throws -> Void)? = nil
    ) async throws -> Report {
        let files = try DocumentFiles.expand([self.input])
        guard !files.isEmpty else { throw Error.nothingToSend(path: self.input) }
        say("state folder: \(self.state.path)")
        let trio = try await LocalTrio(state: self.state, binaries: self.binaries)
        var extractor: ServiceProcess?
        do {
            extractor = try trio.startExtractor()
            say("normalizer ingest \(trio.ingest), aggregator query \(trio.query), 1 extractor")
            let identity = try trio.clientIdentity()
            let sender = DocumentSender(endpoint: try Endpoint(parsing: trio.ingest), identity: identity)
            let summary = try await sender.send(files, logger: logger)
            say(
                "sent \(files.count) files: \(summary.accepted) accepted, \(summary.duplicate) duplicate, \(summary.rejected) rejected"
            )
            let expected = summary.storedIDs.count
            let report = try await QueryClient.withConnection(
                to: try Endpoint(parsing: trio.query),
                identity: identity,
                logger: logger
            ) { client in
                let stored = try await Self.waitForDocuments(expected, client: client, timeout: self.timeout)
                guard stored >= expected else {
                    throw Error.notAllStored(
                        expected: expected,
                        stored: stored,
                        logs: trio.state.appendingPathComponent("logs").path
                    )
                }
                let projects = try await client.stats(StatsRequest(metric: .projects), timeout: .seconds(60))
                var results: [StatsResult] = []
                for query in Self.queries {
                    results.append(try await client.stats(query, timeout: .seconds(60)))
                }
                try await whileRunning?(client)
                return Report(documents: stored, projects: Int(projects.total ?? 0), stats: results)
            }
            await extractor?.stop()
            await trio.stop()
            return report
        } catch {
            await extractor?.stop()
            await trio.stop()
            throw error
        }
    }

    /// Polls the document count until it reaches `expected` or the timeout passes; returns the last count.
    package static func waitForDocuments(_ expected: Int, client: QueryClient, timeout: Duration) async throws -> Int {
        let deadline = ContinuousClock.now + timeout
        var stored = 0
        while true {
            stored = Int(try await client.stats(StatsRequest(metric: .documents), timeout: .seconds(60)).total ?? 0)
            if stored >= expected || ContinuousClock.now >= deadline { return stored }
            try await Task.sleep(for: .milliseconds(100))
        }
    }
}
