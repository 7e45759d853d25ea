import ArgumentParser
import ClientCore
import DiaoyanModels
import DiaoyanExtraction
import Foundation
import DiaoyanNormalization

/// Reads and normalizes one file the way the normalizer service would.
func normalizeFile(_ url: URL, with normalizer: DocumentNormalizer) throws -> NormalizedDocument {
    let data = try Data(contentsOf: url)
    return try normalizer.normalize(bytes: Array(data), charset: nil, source: url.lastPathComponent)
}

/// `diaoyan normalize`: the normalizer's text processing, offline.
struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Normalize files offline and print the clean text (or the full result with --json)."
    )

    @Flag(help: "Print one JSON object per file: text, paragraphs, sentences, repairs, removed lines, source map.")
    var json = false

    @Argument(help: "Files or folders.")
    var paths: [String]

    func run() throws {
        let normalizer = try DocumentNormalizer()
        var failed = false
        for file in try DocumentFiles.expand(self.paths) {
            do {
                let document = try normalizeFile(file, with: normalizer)
                if self.json {
                    print(try jsonLine(document))
                } else {
                    print("== \(document.source)")
                    print(document.text)
                }
            } catch {
                failed = true
                FileHandle.standardError.write(Data("\(file.path): \(error)\n".utf8))
            }
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

    @Argument(help: "Files or folders.")
    var paths: [String]

    func run() throws {
        let normalizer = try DocumentNormalizer()
        let extractor = try RecordExtractor()
        var failed = false
        for file in try DocumentFiles.expand(self.paths) {
            do {
                let record = extractor.extract(try normalizeFile(file, with: normalizer))
                if self.json {
                    print(try jsonLine(record))
                } else {
                    print(try jsonPretty(record))
                }
            } catch {
                failed = true
                FileHandle.standardError.write(Data("\(file.path): \(error)\n".utf8))
            }
        }
        if failed { throw ExitCode(2) }
    }
}
