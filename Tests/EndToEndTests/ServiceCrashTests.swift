import ClientCore
import DiaoyanModels
import DiaoyanWire
import Foundation
import TestSupport
import Testing

@Suite(.serialized) struct ServiceCrashTests {
    private func documents(_ range: Range<Int>) throws -> [IncomingDocument] {
        let seeds = try RepositoryPaths.seedFiles().map { try String(contentsOf: $0, encoding: .utf8) }
        return range.map { IncomingDocument(source: "doc-\($0).txt", text: seeds[$0 % seeds.count] + "\n编号\($0)。") }
    }

    @Test func killingTheAggregatorAndTheNormalizerLosesAndDoublesNothing() async throws {
        try await TrioHarness.with(
            "services-crash",
            extraArguments: ["diaoyan-normalizer": ["--lease-timeout", "2"], "diaoyan-extractor": ["--credit", "4"]]
        ) { harness in
            var accepted = try await harness.ingest(try self.documents(0..<60)).results.count { $0.status == .accepted }
            accepted += try await harness.ingest(try self.documents(60..<120)).results.count { $0.status == .accepted }
            #expect(accepted == 120)
            let extractor = try harness.startExtractor()

            _ = try await harness.waitForDocuments(20)
            try await harness.trio.restart(.aggregator)
            _ = try await harness.waitForDocuments(60)
            try await harness.trio.restart(.normalizer)

            // The restarted normalizer still knows every acknowledged document, and takes new ones.
            let again = try await harness.ingest(try self.documents(100..<150))
            #expect(
                again.results.map(\.status) == Array(repeating: .duplicate, count: 20)
                    + Array(repeating: .accepted, count: 30)
            )

            #expect(try await harness.waitForDocuments(150) == 150, "extractor log:\n\(harness.log("extractor-1"))")
            try await Task.sleep(for: .seconds(3))
            #expect(try await harness.stats(StatsRequest(metric: .documents)).total == 150)
            let bySource = try await harness.stats(StatsRequest(metric: .documents, by: .source))
            #expect(bySource.rows.count == 150)
            #expect(bySource.rows.allSatisfy { $0.value == 1 })
            return [extractor]
        }
    }

    @Test func aFullOutboxAnswersBusyPerDocument() async throws {
        try await TrioHarness.with(
            "busy",
            extraArguments: ["diaoyan-normalizer": ["--high-water-mark", "3", "--hard-limit", "3"]]
        ) { harness in
            // No extractor runs, so nothing leaves the outbox.
            let first = try await harness.ingest(try self.documents(0..<3))
            #expect(first.results.map(\.status) == [.accepted, .accepted, .accepted])
            let second = try await harness.ingest(try self.documents(3..<5))
            #expect(second.results.map(\.status) == [.rejected, .rejected])
            #expect(second.results.allSatisfy { $0.error?.code == .busy })
            // Once an extractor drains the outbox, ingest accepts again.
            let extractor = try harness.startExtractor()
            _ = try await harness.waitForDocuments(3)
            var third = try await harness.ingest(try self.documents(3..<5))
            for _ in 0..<50 where third.results.contains(where: { $0.status != .accepted }) {
                try await Task.sleep(for: .milliseconds(100))
                third = try await harness.ingest(try self.documents(3..<5))
            }
            #expect(third.results.map(\.status) == [.accepted, .accepted])
            return [extractor]
        }
    }
}
