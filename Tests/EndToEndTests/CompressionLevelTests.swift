import ClientCore
import DiaoyanModels
import DiaoyanWire
import Foundation
import TestSupport
import Testing

/// `--compression-level` is each service's own: a normalizer writing stored frames (level 0) and an aggregator
/// deflating at 9 talk with an extractor and a client at the default, 1, as any level inflates alike.
@Suite(.serialized) struct CompressionLevelTests {
    @Test func servicesOfDifferentLevelsCountEveryDocumentOnce() async throws {
        try await TrioHarness.with(
            "compression-levels",
            extraArguments: [
                "diaoyan-normalizer": ["--compression-level", "0"],
                "diaoyan-aggregator": ["--compression-level", "9"],
            ]
        ) { harness in
            let extractor = try harness.startExtractor()
            let seeds = try RepositoryPaths.seedFiles()
            let sender = DocumentSender(endpoint: try harness.ingest, identity: try harness.trio.clientIdentity())
            let sent = try await sender.send(seeds, logger: harness.logger)
            #expect(sent.accepted == seeds.count)
            #expect(
                try await harness.waitForDocuments(seeds.count) == seeds.count,
                "normalizer log:\n\(harness.log("normalizer"))"
            )
            let projects = try await harness.stats(StatsRequest(metric: .projects))
            #expect((projects.total ?? 0) > 0)
            return [extractor]
        }
    }

    @Test func aLevelOutsideZeroToNineIsRefusedAtStart() throws {
        guard let binaries = RepositoryPaths.productsFolder() else { throw HarnessError.productsMissing }
        let folder = try TemporaryDirectory("compression-level-refused")
        defer { folder.remove() }
        let process = Process()
        process.executableURL = binaries.appendingPathComponent("diaoyan-aggregator")
        process.arguments = [
            "--results", "127.0.0.1:0", "--query", "127.0.0.1:0", "--database", folder.file("store.sqlite").path,
            "--tls", folder.url.path, "--compression-level", "10",
        ]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus != 0)
        #expect(message.contains("--compression-level must be 0 to 9"), "got: \(message)")
    }
}
