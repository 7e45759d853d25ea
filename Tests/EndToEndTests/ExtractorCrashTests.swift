import ClientCore
import DiaoyanModels
import DiaoyanWire
import Foundation
import TestSupport
import Testing

@Suite(.serialized) struct ExtractorCrashTests {
    /// Distinct documents in the genre: each seed body with a numbered closing line.
    private func corpus(_ count: Int) throws -> [IncomingDocument] {
        let seeds = try RepositoryPaths.seedFiles().map { try String(contentsOf: $0, encoding: .utf8) }
        return (0..<count).map { index in
            IncomingDocument(source: "copy-\(index).txt", text: seeds[index % seeds.count] + "\n第\(index)号稿件。")
        }
    }

    @Test func killingAnExtractorMidBatchLosesAndDoublesNothing() async throws {
        try await TrioHarness.with(
            "crash",
            extraArguments: ["diaoyan-normalizer": ["--lease-timeout", "2"], "diaoyan-extractor": ["--credit", "4"]]
        ) { harness in
            let total = 240
            var accepted = 0
            for batch in try self.corpus(total).chunked(into: 60) {
                accepted += try await harness.ingest(batch).results.count { $0.status == .accepted }
            }
            #expect(accepted == total)

            let doomed = try harness.startExtractor(index: 1)
            let before = try await harness.waitForDocuments(12)
            doomed.signal(SIGKILL)
            _ = await doomed.waitForExit()
            #expect(before < total, "the kill should land with documents still in flight")

            let survivor = try harness.startExtractor(index: 2)
            #expect(try await harness.waitForDocuments(total) == total, "extractor log:\n\(harness.log("extractor-2"))")
            // Wait past the lease timeout: documents the dead extractor held come back once, and count once.
            try await Task.sleep(for: .seconds(3))
            #expect(try await harness.stats(StatsRequest(metric: .documents)).total == Double(total))
            let bySource = try await harness.stats(StatsRequest(metric: .documents, by: .source))
            #expect(bySource.rows.count == total)
            let miscounted = bySource.rows.filter { $0.value != 1 }
            #expect(
                miscounted.isEmpty,
                "counted other than once: \(miscounted.prefix(10).map { "\($0.key) \($0.value)" })"
            )
            return [survivor]
        }
    }
}

extension Array {
    fileprivate func chunked(into size: Int) -> [[Element]] {
        stride(from: 0, to: self.count, by: size).map { Array(self[$0..<Swift.min($0 + size, self.count)]) }
    }
}
