import AggregatorService
import ArgumentParser
import ClientCore
import DiaoyanCorpus
import DiaoyanExtraction
import DiaoyanModels
import DiaoyanNormalization
import DiaoyanTagging
import DiaoyanText
import Foundation

/// `diaoyan bench`: one-core throughput of the text steps on a corpus of files, or the aggregator's store.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract:
            "Measure one-core throughput (MB/s) of normalization, extraction or the learned tagger, or the aggregator's store.",
        discussion: """
            Build with -c release for meaningful figures. The corpus defaults to the .txt files of seeds/, \
            Tests/DiaoyanExtractionTests/Articles/ and Tests/DiaoyanNormalizationTests/Fixtures/Articles/Sources/ when run \
            from the repository root. `bench aggregator --database URL` fills an empty store with --records synthetic \
            records through its commit path and prints the commit rate and p50/p99 of every single-dimension statistic.
            """
    )

    enum Step: String, ExpressibleByArgument, CaseIterable {
        case normalize, extract, tag, aggregator, pipeline
    }

    @Argument(
        help:
            "What to measure: normalize (whole normalizer, plus the t2s step alone), extract, aggregator, or pipeline."
    )
    var step: Step

    @Option(help: "pipeline: extractors to start.")
    var extractors: Int = 1

    @Option(help: "pipeline: generated documents to send (ignored when files are given).")
    var count: Int = 2000

    @Option(help: "pipeline: the corpus generator's seed; aggregator: the synthetic archive's (default 2026).")
    var seed: UInt64?

    @Option(help: "pipeline: client connections sending at once.")
    var connections: Int = 4

    @Option(help: "pipeline: documents per ingest request.")
    var batch: Int = 50

    @Option(help: "pipeline: send at this many documents per second instead of as fast as acknowledged.")
    var rate: Double?

    @Option(
        help: "pipeline: where extractors submit: aggregator (end to end) or sink (no commit: normalizer + extractors)."
    )
    var results: String = "aggregator"

    @Option(help: "pipeline: the extractors' --credit.")
    var credit: Int?

    @Option(help: "pipeline: the services' --compression-level (0 stored … 9; default theirs, 1).")
    var compressionLevel: Int?

    @Option(help: "pipeline: threads for the offline figure (default: every core).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "pipeline: keep certificates, data and logs in this folder instead of a throwaway one.")
    var state: String?

    @Option(help: "aggregator: the store to fill, sqlite:PATH or postgres://… (it should be empty).")
    var database: String?

    @Option(help: "aggregator: synthetic records to store; 0 times the statistics of the store as it is.")
    var records: Int = 100_000

    @Option(help: "aggregator: runs of each statistic.")
    var repeats: Int = 50

    @Option(
        help:
            "aggregator: records per commit (default 32, an extractor's credit; the aggregator groups concurrent ones)."
    )
    var commitBatch: Int = 32

    @Option(help: "aggregator: records one fold transaction takes at most (default: the aggregator's, 512).")
    var foldLimit: Int?

    @Argument(help: "Files or folders for the corpus.")
    var paths: [String] = []

    @Option(help: "Least seconds each measurement runs.")
    var seconds: Int = 3

    @Flag(help: "Print the results as one JSON object per line.")
    var json = false

    /// The seeds, our extractor articles and the normalizer's raw fixture sources (GBK, Big5, mojibake).
    static let defaultCorpus = [
        "seeds", "Tests/DiaoyanExtractionTests/Articles", "Tests/DiaoyanNormalizationTests/Fixtures/Articles/Sources",
    ]

    func run() async throws {
        if self.step == .pipeline {
            try await self.benchPipeline()
            return
        }
        if self.step == .aggregator {
            try await self.benchAggregator()
            return
        }
        let defaults = Self.defaultCorpus.filter { FileManager.default.fileExists(atPath: $0) }
        var files = try DocumentFiles.expand(self.paths.isEmpty ? defaults : self.paths)
        // The default folders also hold gold records and READMEs: only the articles are the corpus.
        if self.paths.isEmpty { files = files.filter { $0.pathExtension == "txt" } }
        guard !files.isEmpty else {
            throw ValidationError("no corpus: give files or folders, or run from the repository root")
        }
        let corpus = try files.map { Array(try Data(contentsOf: $0)) }
        let meter = ThroughputMeter(minimumDuration: .seconds(self.seconds))
        let normalizer = try DocumentNormalizer()
        var results: [ThroughputMeter.Result] = []
        // Every measured call feeds this, so the optimizer cannot drop the work.
        var sink = 0
        switch self.step {
        case .normalize:
            results.append(
                meter.measure("normalize", over: corpus, size: \.count) { bytes in
                    sink &+=
                        (try? normalizer.normalize(bytes: bytes, charset: nil, source: "bench"))?.paragraphs.count ?? 0
                }
            )
            let converter = try NormalizationTables.shared().converter
            let texts = corpus.compactMap { String(validating: $0, as: UTF8.self) }.map { Array($0.unicodeScalars) }
            results.append(
                meter.measure("t2s", over: texts, size: { $0.reduce(0) { $0 + UTF8.width($1) } }) { scalars in
                    sink &+= converter.convert(scalars).count
                }
            )
        case .aggregator, .pipeline:
            return
        case .tag:
            let tagger = try LexicalTagger.shared()
            let texts = corpus.compactMap { try? normalizer.normalize(bytes: $0, charset: nil, source: "bench").text }
                .map { Array($0.unicodeScalars) }
            results.append(
                meter.measure("tag", over: texts, size: { $0.reduce(0) { $0 + UTF8.width($1) } }) { scalars in
                    sink &+= tagger.words(scalars[...]).count
                }
            )
        case .extract:
            let extractor = try RecordExtractor()
            let documents = corpus.compactMap { try? normalizer.normalize(bytes: $0, charset: nil, source: "bench") }
            results.append(
                meter.measure("extract", over: documents, size: { $0.text.utf8.count }) { document in
                    sink &+= extractor.extract(document).places.count
                }
            )
        }
        if sink == Int.min { print(sink) }
        for result in results {
            if self.json {
                print(try jsonLine(result))
            } else {
                let rate = String(format: result.megabytesPerSecond < 1 ? "%.3f" : "%.1f", result.megabytesPerSecond)
                let documents = String(format: "%.0f", result.documentsPerSecond)
                print(
                    "\(result.step): \(rate) MB/s, \(documents) docs/s (\(files.count) files, \(result.corpusBytes) bytes × \(result.passes) passes)"
                )
            }
        }
    }

    /// The process's CPU seconds so far, user and system (``ProcessUsage/cpuSeconds(of:)`` of its own pid): what
    /// `bench aggregator` reports its fill costing apart from the statistics timed after it.
    private static func processCPUSeconds() -> Double {
        ProcessUsage.cpuSeconds(of: getpid()) ?? 0
    }

    /// Fills the store and times its statistics.
    private func benchAggregator() async throws {
        guard let database = self.database else { throw ValidationError("bench aggregator needs --database") }
        let store = try await DatabaseLocation(parsing: database).open(logger: commandLogger("diaoyan.bench"))
        let benchmark = StoreBenchmark(
            records: self.records,
            batch: max(self.commitBatch, 1),
            repeats: self.repeats,
            seed: self.seed ?? 2026,
            folding: self.foldLimit.map { FoldingStore.Configuration(foldLimit: max($0, 1)) } ?? .init()
        )
        let cpuBefore = Self.processCPUSeconds()
        let rate =
            self.records == 0
            ? 0
            : try await benchmark.fill(store) { done, rate in
                FileHandle.standardError.write(
                    Data("stored \(done) (\(String(format: "%.0f", rate)) records/s over the last ones)\n".utf8)
                )
            }
        let fillCPU = Self.processCPUSeconds() - cpuBefore
        let stored = Int(try await store.stats(StatsRequest(metric: .documents)).total ?? 0)
        let timings = try await benchmark.time(store)
        if self.json {
            print(
                try jsonLine([
                    "commit_records_per_s": rate, "commit_cpu_s": fillCPU, "records": Double(stored),
                    "batch": Double(self.commitBatch),
                ])
            )
            for timing in timings { print(try jsonLine(timing)) }
            return
        }
        print(
            "store: \(stored) records; commit: \(String(format: "%.0f", rate)) records/s (\(self.records) committed in batches of \(self.commitBatch)); fill CPU: \(String(format: "%.2f", fillCPU)) s"
        )
        let renderer = TableRenderer(
            headers: ["metric", "by", "rows", "p50 ms", "p99 ms"],
            alignments: [.left, .left, .right, .right, .right]
        )
        print(
            renderer.table(
                timings.map {
                    [
                        $0.metric.rawValue, $0.by.rawValue, "\($0.rows)", String(format: "%.1f", $0.p50Milliseconds),
                        String(format: "%.1f", $0.p99Milliseconds),
                    ]
                }
            ),
            terminator: ""
        )
        let worst = timings.max { $0.p99Milliseconds < $1.p99Milliseconds }
        print(
            "worst p99: \(worst.map { "\(String(format: "%.1f", $0.p99Milliseconds)) ms (\($0.metric.rawValue) by \($0.by.rawValue))" } ?? "-")"
        )
    }

    /// Starts the trio, sends the corpus, and prints throughput, latencies, memory and the offline comparison.
    private func benchPipeline() async throws {
        guard let results = PipelineBenchmark.Results(rawValue: self.results) else {
            throw ValidationError("--results must be aggregator or sink")
        }
        let corpus = try self.pipelineCorpus()
        let offline = try Self.offlineRate(corpus, jobs: self.jobs)
        FileHandle.standardError.write(
            Data("offline normalize+extract on \(self.jobs) threads: \(String(format: "%.0f", offline)) docs/s\n".utf8)
        )
        let state =
            self.state.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("diaoyan-bench-\(UUID().uuidString)")
        defer { if self.state == nil { try? FileManager.default.removeItem(at: state) } }
        let benchmark = PipelineBenchmark(
            binaries: try ServiceProcess.locate("diaoyan").deletingLastPathComponent(),
            state: state,
            extractors: self.extractors,
            connections: self.connections,
            batch: self.batch,
            rate: self.rate,
            results: results,
            extractorArguments: self.credit.map { ["--credit", "\($0)"] } ?? [],
            serviceArguments: self.compressionLevel.map { ["--compression-level", "\($0)"] } ?? []
        )
        let report = try await benchmark.run(
            corpus,
            offlineDocsPerSecond: offline,
            logger: commandLogger("diaoyan.bench")
        ) {
            FileHandle.standardError.write(Data("\($0)\n".utf8))
        }
        if self.json {
            print(try jsonLine(report))
            return
        }
        let f = { (value: Double) in String(format: "%.1f", value) }
        print(
            "documents: \(report.documents) (\(report.bytes) bytes), \(report.extractors) extractor(s), results to \(report.results)"
        )
        print(
            "throughput: \(f(report.docsPerSecond)) docs/s, \(f(report.megabytesPerSecond)) MB/s (ingest alone \(f(report.ingestDocsPerSecond)) docs/s)"
        )
        print(
            "ack per batch of \(report.batch): p50 \(f(report.ackP50Milliseconds)) ms, p99 \(f(report.ackP99Milliseconds)) ms"
        )
        print(
            "ingest to counted: p50 \(f(report.endToEndP50Milliseconds)) ms, p99 \(f(report.endToEndP99Milliseconds)) ms"
        )
        print(
            "peak RSS MB: "
                + report.residentMegabytes.sorted { $0.key < $1.key }.map { "\($0.key) \(f($0.value))" }.joined(
                    separator: ", "
                )
        )
        print(
            "CPU s: "
                + report.cpuSeconds.sorted { $0.key < $1.key }.map { "\($0.key) \(f($0.value))" }.joined(
                    separator: ", "
                )
        )
        print(
            "offline: \(f(report.offlineDocsPerSecond)) docs/s on \(self.jobs) threads; pipeline/offline = \(String(format: "%.2f", report.ratio))"
        )
    }

    /// The files given, or `--count` generated articles of `--seed`.
    private func pipelineCorpus() throws -> [BenchDocument] {
        if !self.paths.isEmpty {
            return try DocumentFiles.expand(self.paths).filter { $0.pathExtension == "txt" }.map {
                BenchDocument(source: $0.lastPathComponent, bytes: Array(try Data(contentsOf: $0)))
            }
        }
        let generator = try CorpusGenerator(seed: self.seed ?? 1)
        return OrderedParallelMap.map(Array(0..<self.count), jobs: self.jobs) { index in
            let article = generator.article(index)
            return BenchDocument(source: article.name + ".txt", bytes: article.bytes)
        }
    }

    /// Normalize + extract of every document on `jobs` threads, documents per second (one pass after a warm-up
    /// of the tables).
    static func offlineRate(_ corpus: [BenchDocument], jobs: Int) throws -> Double {
        let normalizer = try DocumentNormalizer()
        let extractor = try RecordExtractor()
        if let first = corpus.first {
            _ = (try? normalizer.normalize(bytes: first.bytes, charset: nil, source: first.source)).map(
                extractor.extract
            )
        }
        let start = ContinuousClock.now
        let places = OrderedParallelMap.map(corpus, jobs: jobs) { document in
            (try? normalizer.normalize(bytes: document.bytes, charset: nil, source: document.source))
                .map { extractor.extract($0).places.count } ?? 0
        }
        let seconds = (ContinuousClock.now - start).seconds
        if places.reduce(0, +) == Int.min { print(places) }
        return Double(corpus.count) / max(seconds, 1e-9)
    }
}
