import DiaoyanModels
import DiaoyanWire
import Foundation
import Logging
import Synchronization

/// `diaoyan bench pipeline`: the real trio on loopback, a corpus pushed through TLS, durable acks, extraction and
/// the results port, timed from outside.
///
/// The services are the executables next to `diaoyan` (``LocalTrio``, as `diaoyan demo` and the end-to-end tests
/// start them) with fresh certificates and data folders. Documents count as done when the aggregator's
/// `documents` statistic includes them (polled every 20 ms by the benchmark, not by the pipeline), or, with
/// ``Results/sink``, when their records reach an in-process results port that stores nothing.
package struct PipelineBenchmark: Sendable {
    /// Where the extractors submit.
    package enum Results: String, Sendable, CaseIterable {
        /// The trio's aggregator: end to end, commit included.
        case aggregator
        /// ``ResultsSink``: the normalizer and the extractors without the aggregator's commit.
        case sink
    }

    /// Why a run could not finish.
    package enum Error: Swift.Error, CustomStringConvertible {
        case notAllCounted(expected: Int, counted: Int, logs: String)
        case extractorsNotConnected(expected: Int, logs: String)

        package var description: String {
            switch self {
            case .notAllCounted(let expected, let counted, let logs):
                "only \(counted) of \(expected) documents were counted before the timeout; see the logs in \(logs)"
            case .extractorsNotConnected(let expected, let logs):
                "the \(expected) extractors did not connect to the normalizer; see the logs in \(logs)"
            }
        }
    }

    package var binaries: URL
    package var state: URL
    package var extractors: Int
    package var connections: Int
    package var batch: Int
    package var rate: Double?
    package var results: Results
    /// Extra flags for the extractors (`--credit N`).
    package var extractorArguments: [String]
    /// Extra flags for all three services (`--compression-level 0`).
    package var serviceArguments: [String]
    package var timeout: Duration

    package init(
        binaries: URL,
        state: URL,
        extractors: Int,
        connections: Int,
        batch: Int,
        rate: Double?,
        results: Results,
        extractorArguments: [String] = [],
        serviceArguments: [String] = [],
        timeout: Duration = .seconds(900)
    ) {
        self.binaries = binaries
        self.state = state
        self.extractors = extractors
        self.connections = connections
        self.batch = batch
        self.rate = rate
        self.results = results
        self.extractorArguments = extractorArguments
        self.serviceArguments = serviceArguments
        self.timeout = timeout
    }

    /// Runs the corpus through the trio once; `offlineDocsPerSecond` is the figure to compare with.
    package func run(
        _ corpus: [BenchDocument],
        offlineDocsPerSecond: Double,
        logger: Logger,
        say: @Sendable (String) -> Void
    ) async throws -> PipelineReport {
        let trio = try await LocalTrio(
            state: self.state,
            binaries: self.binaries,
            extraArguments: [
                "diaoyan-normalizer": self.serviceArguments,
                "diaoyan-extractor": self.serviceArguments + self.extractorArguments,
                "diaoyan-aggregator": self.serviceArguments,
            ]
        )
        var extractors: [ServiceProcess] = []
        let sink: ResultsSink? =
            self.results == .sink
            ? try await ResultsSink(identity: try TLSIdentity.load(directory: trio.tls.path, name: "aggregator")) : nil
        let sinkTask = sink.map { sink in Task { try await sink.run(logger: logger) } }
        defer { sinkTask?.cancel() }
        do {
            for index in 1...max(self.extractors, 1) {
                extractors.append(try trio.startExtractor(index: index, aggregator: sink?.address))
            }
            let identity = try trio.clientIdentity()
            let ingest = try Endpoint(parsing: trio.ingest)
            try await self.waitForExtractors(extractors.count, ingest: ingest, identity: identity, logger: logger)
            say("trio up: ingest \(trio.ingest), \(extractors.count) extractors, results to \(self.results.rawValue)")
            let load = IngestLoad(
                endpoint: ingest,
                identity: identity,
                connections: self.connections,
                batch: self.batch,
                rate: self.rate
            )
            // The aggregator is polled while the corpus is sent, not after: at a set rate a document is counted
            // long before the last one is sent.
            let target = CountTarget()
            // A store filled beforehand (a `--state` folder holding `aggregator.sqlite`) counts its documents too:
            // only those past what it held before the corpus was sent are this run's.
            let stored =
                sink == nil ? try await self.storedDocuments(trio: trio, identity: identity, logger: logger) : 0
            let polling =
                sink == nil
                ? Task {
                    try await self.pollAggregator(
                        trio: trio,
                        identity: identity,
                        until: target,
                        after: stored,
                        logger: logger
                    )
                } : nil
            defer { polling?.cancel() }
            let outcome = try await load.send(corpus.map(\.incoming), logger: logger)
            say("sent \(corpus.count): \(outcome.acknowledged.count) acknowledged, \(outcome.rejected) rejected")
            let counted: [String: ContinuousClock.Instant]
            if let sink {
                counted = try await self.countAtSink(sink, outcome: outcome, logs: trio.state)
            } else {
                target.count.withLock { $0 = outcome.acknowledged.count }
                counted = Self.countedTimes(try await polling?.value ?? [], outcome: outcome)
            }
            var memory: [String: Double] = [:]
            var cpu: [String: Double] = [:]
            var members = [("normalizer", trio.normalizer)] + extractors.map { ("extractor", $0) }
            if self.results == .aggregator { members.append(("aggregator", trio.aggregator)) }
            for (name, process) in members {
                if let megabytes = ProcessUsage.peakResidentMegabytes(of: process.processIdentifier) {
                    memory[name] = max(memory[name] ?? 0, megabytes)
                }
                if let seconds = ProcessUsage.cpuSeconds(of: process.processIdentifier) {
                    cpu[name, default: 0] += seconds
                }
            }
            for extractor in extractors { await extractor.stop() }
            await trio.stop()
            let first = outcome.firstSend ?? .now
            let last = counted.values.max() ?? .now
            let seconds = max((last - first).seconds, 1e-9)
            let ack = LatencySummary(outcome.ackMilliseconds)
            let endToEnd = LatencySummary(
                counted.compactMap { id, at in outcome.sent[id].map { (at - $0).milliseconds } }
            )
            let bytes = corpus.reduce(0) { $0 + $1.bytes.count }
            let ingestSeconds = max(((outcome.lastAck ?? first) - first).seconds, 1e-9)
            let rate = Double(counted.count) / seconds
            return PipelineReport(
                documents: counted.count,
                bytes: bytes,
                extractors: extractors.count,
                connections: self.connections,
                batch: self.batch,
                rate: self.rate,
                results: self.results.rawValue,
                docsPerSecond: rate,
                megabytesPerSecond: Double(bytes) / seconds / 1e6,
                ackP50Milliseconds: ack.p50,
                ackP99Milliseconds: ack.p99,
                endToEndP50Milliseconds: endToEnd.p50,
                endToEndP99Milliseconds: endToEnd.p99,
                ingestDocsPerSecond: Double(outcome.acknowledged.count) / ingestSeconds,
                residentMegabytes: memory,
                cpuSeconds: cpu,
                offlineDocsPerSecond: offlineDocsPerSecond,
                ratio: offlineDocsPerSecond > 0 ? rate / offlineDocsPerSecond : 0
            )
        } catch {
            for extractor in extractors { extractor.signal(SIGKILL) }
            await trio.stop()
            throw error
        }
    }

    /// Waits (asking the normalizer's status every 50 ms) until `count` extractors hold dispatch sessions.
    private func waitForExtractors(_ count: Int, ingest: Endpoint, identity: TLSIdentity, logger: Logger) async throws {
        let deadline = ContinuousClock.now + .seconds(60)
        try await IngestClient.withConnection(to: ingest, identity: identity, logger: logger) { client in
            while ContinuousClock.now < deadline {
                if (try await client.status().connectedExtractors ?? 0) >= count { return }
                try await Task.sleep(for: .milliseconds(50))
            }
            throw Error.extractorsNotConnected(expected: count, logs: self.state.appendingPathComponent("logs").path)
        }
    }

    private func countAtSink(
        _ sink: ResultsSink,
        outcome: IngestLoad.Outcome,
        logs: URL
    ) async throws -> [String: ContinuousClock.Instant] {
        let expected = outcome.acknowledged.count
        let finished = await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                await sink.waitFor(expected)
                return true
            }
            group.addTask {
                try? await Task.sleep(for: self.timeout)
                return false
            }
            let first = await group.next() ?? false
            group.cancelAll()
            return first
        }
        let arrivals = sink.arrivals
        guard finished else {
            throw Error.notAllCounted(
                expected: expected,
                counted: arrivals.count,
                logs: logs.appendingPathComponent("logs").path
            )
        }
        return arrivals.filter { outcome.sent[$0.key] != nil }
    }

    /// The number of documents the aggregator must count, known once the corpus is sent.
    private final class CountTarget: Sendable {
        let count = Mutex<Int?>(nil)
    }

    /// The documents the aggregator holds before the run.
    private func storedDocuments(trio: LocalTrio, identity: TLSIdentity, logger: Logger) async throws -> Int {
        try await QueryClient.withConnection(to: try Endpoint(parsing: trio.query), identity: identity, logger: logger)
        {
            Int(try await $0.stats(StatsRequest(metric: .documents)).total ?? 0)
        }
    }

    /// Polls the aggregator's document count every 20 ms until it is `target` past `stored` (once the target is
    /// set); returns every sample, counted from `stored`.
    private func pollAggregator(
        trio: LocalTrio,
        identity: TLSIdentity,
        until target: CountTarget,
        after stored: Int,
        logger: Logger
    ) async throws -> [(count: Int, at: ContinuousClock.Instant)] {
        let deadline = ContinuousClock.now + self.timeout
        var samples: [(count: Int, at: ContinuousClock.Instant)] = []
        try await QueryClient.withConnection(to: try Endpoint(parsing: trio.query), identity: identity, logger: logger)
        {
            client in
            while true {
                let count = Int(try await client.stats(StatsRequest(metric: .documents)).total ?? 0) - stored
                samples.append((count, .now))
                let expected = target.count.withLock { $0 }
                if let expected, count >= expected { return }
                guard ContinuousClock.now < deadline else {
                    throw Error.notAllCounted(
                        expected: expected ?? count,
                        counted: count,
                        logs: trio.state.appendingPathComponent("logs").path
                    )
                }
                try await Task.sleep(for: .milliseconds(20))
            }
        }
        return samples
    }

    /// When each acknowledged document counts as done: the k-th acknowledged when the aggregator's count first
    /// reached k (the outbox hands documents out in commit order, so this is close, not exact).
    private static func countedTimes(
        _ samples: [(count: Int, at: ContinuousClock.Instant)],
        outcome: IngestLoad.Outcome
    ) -> [String: ContinuousClock.Instant] {
        var counted: [String: ContinuousClock.Instant] = [:]
        var sample = 0
        for (rank, id) in outcome.acknowledged.enumerated() {
            while sample < samples.count - 1, samples[sample].count < rank + 1 { sample += 1 }
            counted[id] = samples[sample].at
        }
        return counted
    }
}
