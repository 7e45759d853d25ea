import ArgumentParser
import ClientCore
import DiaoyanExtraction
import DiaoyanModels
import DiaoyanNormalization
import Foundation

/// Reads and normalizes one file the way the normalizer service would.
func normalizeFile(_ url: URL, with normalizer: DocumentNormalizer) throws -> NormalizedDocument {
    let data = try Data(contentsOf: url)
    return try normalizer.normalize(bytes: Array(data), charset: nil, source: url.lastPathComponent)
}

/// Runs `render` on `files` on `jobs` threads and prints each output (or the file's error, on standard error) in
/// input order, a block of files at a time so output starts early and memory stays bounded.
/// - Returns: whether any file failed.
func forEachInOrder(_ files: [URL], jobs: Int, _ render: @escaping @Sendable (URL) throws -> String) throws -> Bool {
    var failed = false
    let block = max(jobs, 1) * 64
    for start in stride(from: 0, to: files.count, by: block) {
        let chunk = Array(files[start..<min(start + block, files.count)])
        let outputs = OrderedParallelMap.map(chunk, jobs: jobs) { file in Result { try render(file) } }
        for (file, output) in zip(chunk, outputs) {
            switch output {
            case .success(let text): print(text)
            case .failure(let error):
                failed = true
                FileHandle.standardError.write(Data("\(file.path): \(error)\n".utf8))
            }
        }
    }
    return failed
}

/// `diaoyan normalize`: the normalizer's text processing, offline.
struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Normalize files offline and print the clean text (or the full result with --json)."
    )

    @Flag(help: "Print one JSON object per file: text, paragraphs, sentences, repairs, removed lines, source map.")
    var json = false

    @Option(help: "Files processed at once (default: every core); output stays in input order.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Argument(help: "Files or folders.")
    var paths: [String]

    func run() throws {
        let normalizer = try DocumentNormalizer()
        let json = self.json
        let failed = try forEachInOrder(try DocumentFiles.expand(self.paths), jobs: self.jobs) { file in
            let document = try normalizeFile(file, with: normalizer)
            return json ? try jsonLine(document) : "== \(document.source)\n\(document.text)"
        }
        if failed { throw ExitCode(2) }
    }
}

/// `diaoyan extract`: normalization and extraction, offline.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Normalize and extract files offline; --json prints one extraction record per line."
    )

    @Flag(help: "Print one extraction record (JSON) per line.")
    var json = false

    @Option(help: "Files processed at once (default: every core); output stays in input order.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Argument(help: "Files or folders.")
    var paths: [String]

    func run() throws {
        let normalizer = try DocumentNormalizer()
        let extractor = try RecordExtractor()
        let json = self.json
        let failed = try forEachInOrder(try DocumentFiles.expand(self.paths), jobs: self.jobs) { file in
            let record = extractor.extract(try normalizeFile(file, with: normalizer))
            return json ? try jsonLine(record) : try jsonPretty(record)
        }
        if failed { throw ExitCode(2) }
    }
}
