import AggregatorService
import ArgumentParser
import ClientCore
import DiaoyanModels
import DiaoyanText
import DiaoyanExtraction
import Foundation
import DiaoyanNormalization

/// `diaoyan bench`: one-core throughput of the text steps on a corpus of files, or the aggregator's store.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure one-core throughput (MB/s) of normalization or extraction, or the aggregator's store.",
        discussion: """
            Build with -c release for meaningful figures. The corpus defaults to the .txt files of seeds/, \
            Tests/DiaoyanExtractionTests/Articles/ and Tests/DiaoyanNormalizationTests/Fixtures/Articles/Sources/ when run \
            from the repository root. `bench aggregator --database URL` fills an empty store with --records synthetic \
            records through its commit path and prints the commit rate and p50/p99 of every single-dimension statistic.
            """
    )

    enum Step: String, ExpressibleByArgument, CaseIterable {
        case normalize, extract, aggregator
    }

    @Argument(help: "What to measure: normalize (whole normalizer, plus the t2s step alone), extract, or aggregator.")
    var step: Step

    @Option(help: "aggregator: the store to fill, sqlite:PATH or postgres://… (it should be empty).")
    var database: String?

    @Option(help: "aggregator: synthetic records to store; 0 times the statistics of the store as it is.")
    var records: Int = 100_000

    @Option(help: "aggregator: runs of each statistic.")
    var repeats: Int = 50

    @Option(help: "aggregator: records per commit (an extractor's credit is 32; the aggregator groups concurrent ones).")
    var batch: Int = 32

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
        case .aggregator:
            return
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
                let rate = String(format: "%.1f", result.megabytesPerSecond)
                let documents = String(format: "%.0f", result.documentsPerSecond)
                print(
                    "\(result.step): \(rate) MB/s, \(documents) docs/s (\(files.count) files, \(result.corpusBytes) bytes × \(result.passes) passes)"
                )
            }
        }
    }

    /// Fills the store and times its statistics.
    private func benchAggregator() async throws {
        guard let database = self.database else { throw ValidationError("bench aggregator needs --database") }
        let store = try await DatabaseLocation(parsing: database).open(logger: commandLogger("diaoyan.bench"))
        let benchmark = StoreBenchmark(records: self.records, batch: max(self.batch, 1), repeats: self.repeats)
        let rate =
            self.records == 0
            ? 0
            : try await benchmark.fill(store) { done, rate in
                FileHandle.standardError.write(Data("stored \(done) (\(String(format: "%.0f", rate)) records/s over the last ones)\n".utf8))
            }
        let stored = Int(try await store.stats(StatsRequest(metric: .documents)).total ?? 0)
        let timings = try await benchmark.time(store)
        if self.json {
            print(try jsonLine(["commit_records_per_s": rate, "records": Double(stored), "batch": Double(self.batch)]))
            for timing in timings { print(try jsonLine(timing)) }
            return
        }
        print("store: \(stored) records; commit: \(String(format: "%.0f", rate)) records/s (\(self.records) committed in batches of \(self.batch))")
        let renderer = TableRenderer(headers: ["metric", "by", "rows", "p50 ms", "p99 ms"], alignments: [.left, .left, .right, .right, .right])
        print(
            renderer.table(
                timings.map {
                    [$0.metric.rawValue, $0.by.rawValue, "\($0.rows)", String(format: "%.1f", $0.p50Milliseconds), String(format: "%.1f", $0.p99Milliseconds)]
                }
            ),
            terminator: ""
        )
        let worst = timings.max { $0.p99Milliseconds < $1.p99Milliseconds }
        print("worst p99: \(worst.map { "\(String(format: "%.1f", $0.p99Milliseconds)) ms (\($0.metric.rawValue) by \($0.by.rawValue))" } ?? "-")")
    }
}
