import ClientCore
import DiaoyanModels
import DiaoyanWire
import Foundation
import TestSupport
import Testing

@Suite(.serialized) struct SeedsThroughTrioTests {
    @Test func seedsAreCountedOnceWithTheirPlaces() async throws {
        try await TrioHarness.with("seeds") { harness in
            let extractor = try harness.startExtractor()

            let seeds = try RepositoryPaths.seedFiles()
            #expect(seeds.count == 5)
            let sender = DocumentSender(endpoint: try harness.ingest, identity: try harness.trio.clientIdentity())
            let first = try await sender.send(seeds, logger: harness.logger)
            #expect(first.accepted == 5)
            #expect(try await harness.waitForDocuments(5) == 5, "aggregator log:\n\(harness.log("aggregator"))")

            let projects = try await harness.stats(StatsRequest(metric: .projects))
            #expect((projects.total ?? 0) > 0)
            let byProvince = try await harness.stats(StatsRequest(metric: .projects, by: .province))
            let provinces = Set(byProvince.rows.map(\.key))
            #expect(provinces.isSuperset(of: ["黑龙江省", "江苏省", "辽宁省"]), "got \(provinces)")
            let byStage = try await harness.stats(StatsRequest(metric: .projects, by: .stage))
            #expect(byStage.rows.reduce(0) { $0 + $1.value } == byStage.total)

            // Sending the same seeds again changes nothing.
            let second = try await sender.send(seeds, logger: harness.logger)
            #expect(second.duplicate == 5)
            #expect(Set(second.results.compactMap(\.id)) == Set(first.results.compactMap(\.id)))
            try await Task.sleep(for: .milliseconds(500))
            #expect(try await harness.stats(StatsRequest(metric: .documents)).total == 5)
            #expect(try await harness.stats(StatsRequest(metric: .projects)).total == projects.total)
            return [extractor]
        }
    }

    @Test func oneBadDocumentIsRejectedAloneAndRolesAreEnforced() async throws {
        try await TrioHarness.with("rejects") { harness in
            let extractor = try harness.startExtractor()

            let ack = try await harness.ingest([
                IncomingDocument(source: "good.txt", text: "9月24日，市委书记张宝娟前往扬州经济技术开发区调研重大项目建设情况。"),
                IncomingDocument(
                    source: "broken.txt",
                    bytesBase64: Data([0xE5, 0x93, 0xC8, 0xFF, 0x41]).base64EncodedString(),
                    charset: "utf-8"
                ),
                IncomingDocument(source: "nothing.txt"),
            ])
            #expect(ack.results.map(\.status) == [.accepted, .rejected, .rejected])
            #expect(ack.results[1].error?.code == .invalidEncoding)
            #expect(ack.results[2].error?.code == .badRequest)
            #expect(try await harness.waitForDocuments(1) == 1)

            // The extractor's certificate may not ingest; the client's may not pull.
            await #expect(throws: WireClient.Error.self) {
                _ = try await harness.ingest([IncomingDocument(source: "x.txt", text: "文本")], as: "extractor")
            }
            let dispatch = try Endpoint(parsing: harness.trio.dispatch)
            await #expect(throws: WireClient.Error.self) {
                _ = try await DispatchClient.withConnection(
                    to: dispatch,
                    identity: try harness.trio.clientIdentity(),
                    logger: harness.logger
                ) { try await $0.pull(PullRequest(max: 1), grace: .seconds(10)) }
            }
            return [extractor]
        }
    }
}
