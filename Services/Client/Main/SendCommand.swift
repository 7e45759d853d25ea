import ArgumentParser
import ClientCore
import DiaoyanModels
import DiaoyanWire
import Foundation

/// `diaoyan send`: documents to a normalizer's ingest port.
struct SendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "send",
        abstract: "Send files (or every file under folders) to a normalizer's ingest port."
    )

    @Option(help: "The normalizer's ingest port, HOST:PORT.")
    var to: Endpoint

    @OptionGroup var tls: ClientTLSOptions

    @Flag(help: "Print the per-document results as JSON lines.")
    var json = false

    @Option(help: "How many more times a document rejected with a retryable error (busy, storage_full…) is sent.")
    var retries: Int = 5

    @Argument(help: "Files or folders to send.")
    var paths: [String]

    func run() async throws {
        let files = try DocumentFiles.expand(self.paths)
        let sender = DocumentSender(endpoint: self.to, identity: try self.tls.identity(), retries: self.retries)
        let bar = ProgressBar()
        let summary = try await sender.send(files, logger: commandLogger("diaoyan.send")) { done, total in
            bar.update(done: done, total: total)
        }
        bar.finish()
        if self.json {
            for result in summary.results {
                print(try jsonLine(result))
            }
        }
        print("accepted \(summary.accepted), duplicate \(summary.duplicate), rejected \(summary.rejected)")
        if summary.retried > 0 {
            print("retried \(summary.retried) times, gave up on \(summary.gaveUp.count)")
        }
        for (path, reason) in summary.unreadable {
            print("  \(path): unreadable: \(reason)")
        }
        for result in summary.results where result.status == .rejected {
            let retryable = result.error?.retryable == true ? " (retryable; gave up)" : ""
            let error = result.error.map { "\($0.code): \($0.message)\(retryable)" } ?? "rejected"
            print("  \(result.source): \(error)")
        }
        if summary.rejected > 0 {
            throw ExitCode(2)
        }
    }
}
