import ArgumentParser
import DiaoyanCorpus
import Foundation

/// `diaoyan corpus`: generated articles of the genre with their gold, for benchmarks, load and fuzzing.
struct CorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus",
        abstract: "Generate realistic articles with their gold records.",
        subcommands: [Generate.self]
    )

    /// `diaoyan corpus generate`: writes NAME.txt and NAME.gold.json for articles 0..<count of a seed.
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "generate",
            abstract: "Write --count articles (NAME.txt, possibly GBK or Big5 bytes) and NAME.gold.json into --out.",
            discussion: """
                The same --seed gives the same bytes. Articles are officials' visits, signings, groundbreakings, \
                commissionings and project meetings in real counties of the gazetteer, dressed in rotation as \
                simplified or traditional text, with glued pinyin and GBK byte-shift runs, or as GBK or Big5 bytes; \
                `diaoyan score DIR RECORDS` scores extraction against the gold.
                """
        )

        @Option(help: "How many articles.")
        var count: Int = 1000

        @Option(help: "The seed: the same seed gives the same corpus.")
        var seed: UInt64 = 1

        @Option(help: "The folder to write into (created if missing).")
        var out: String

        @Flag(help: "Print one JSON object: documents, bytes, seconds, docs_per_s.")
        var json = false

        func validate() throws {
            guard self.count >= 0 else { throw ValidationError("--count must not be negative") }
        }

        func run() throws {
            let start = ContinuousClock.now
            let generator = try CorpusGenerator(seed: self.seed)
            let bytes = try generator.write(count: self.count, to: URL(fileURLWithPath: self.out))
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let rate = Double(self.count) / max(seconds, 1e-9)
            if self.json {
                print(
                    try jsonLine([
                        "documents": Double(self.count), "bytes": Double(bytes), "seconds": seconds, "docs_per_s": rate,
                    ])
                )
            } else {
                print(
                    "wrote \(self.count) articles (\(bytes) bytes) and their gold to \(self.out) in \(String(format: "%.2f", seconds)) s, \(String(format: "%.0f", rate)) docs/s"
                )
            }
        }
    }
}
