import ClientCore
import DiaoyanModels
import DiaoyanWire
import Foundation
import TestSupport
import Testing

/// The aggregator's bars through the real executables: a reprint is no new story and changes no project; two
/// articles about one project make one project with both stages in order.
@Suite(.serialized) struct StoriesAndProjectsThroughTrioTests {
    /// `text` as another site reprints it: a new headline, a header line, one sentence of the body left out, an
    /// editor's line at the end.
    static func reprint(_ text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        lines[0] = "（转载）" + lines[0].trimmingCharacters(in: .whitespaces) + "（图）"
        lines.insert("来源：东北新闻网 2021-04-28 责任编辑：王丽", at: 1)
        // Leave out the second sentence of the longest line.
        if let longest = lines.indices.max(by: { lines[$0].count < lines[$1].count }) {
            let sentences = lines[longest].components(separatedBy: "。")
            if sentences.count > 3 {
                lines[longest] = (sentences[..<1] + sentences[2...]).joined(separator: "。")
            }
        }
        return lines.joined(separator: "\n") + "\n（责任编辑：王丽）\n"
    }

    @Test func aRetitledEditedReprintOfASeedIsNoNewStoryAndChangesNoProject() async throws {
        try await TrioHarness.with("reprint") { harness in
            let extractor = try harness.startExtractor()
            let seeds = try RepositoryPaths.seedFiles()
            let sender = DocumentSender(endpoint: try harness.ingest, identity: try harness.trio.clientIdentity())
            #expect(try await sender.send(seeds, logger: harness.logger).accepted == 5)
            #expect(try await harness.waitForDocuments(5) == 5)
            // The seeds again: every one a duplicate, nothing counted twice.
            #expect(try await sender.send(seeds, logger: harness.logger).duplicate == 5)
            #expect(try await harness.stats(StatsRequest(metric: .stories)).total == 5)
            let projects = try await harness.stats(StatsRequest(metric: .projects, by: .province))

            let original = try String(contentsOf: seeds[0], encoding: .utf8)
            let ack = try await harness.ingest([IncomingDocument(source: "reprint.txt", text: Self.reprint(original))])
            #expect(ack.results.map(\.status) == [.accepted])
            #expect(try await harness.waitForDocuments(6) == 6)
            #expect(try await harness.stats(StatsRequest(metric: .documents)).total == 6)
            #expect(try await harness.stats(StatsRequest(metric: .stories)).total == 5, "the reprint joins its story")
            let after = try await harness.stats(StatsRequest(metric: .projects, by: .province))
            #expect(after == projects, "the reprint adds no project")
            return [extractor]
        }
    }

    @Test func aSigningThenAGroundbreakingAreOneProjectWithBothStagesInOrder() async throws {
        try await TrioHarness.with("lifecycle") { harness in
            let extractor = try harness.startExtractor()
            let folder = RepositoryPaths.root.appendingPathComponent("Tests/EndToEndTests/Articles")
            let sender = DocumentSender(endpoint: try harness.ingest, identity: try harness.trio.clientIdentity())
            // The groundbreaking first: the lifecycle is ordered by date, not by arrival.
            for (index, name) in ["groundbreaking", "signing", "signing-reprint"].enumerated() {
                let file = folder.appendingPathComponent("\(name).txt")
                #expect(try await sender.send([file], logger: harness.logger).accepted == 1)
                #expect(try await harness.waitForDocuments(index + 1) == index + 1)
            }
            #expect(try await harness.stats(StatsRequest(metric: .stories)).total == 2)
            let result = try await harness.projects(ProjectsRequest(filter: QueryFilter(place: "320623")))
            let storage = result.projects.filter { $0.name.contains("储能材料") }
            #expect(storage.count == 1, "\(result.projects.map(\.name))")
            let project = try #require(storage.first)
            #expect(project.stages.map(\.stage) == [.signed, .signed, .groundbreaking])
            #expect(project.stage == .groundbreaking)
            #expect(project.place?.path == "江苏省/南通市/如东县")
            // Its 35亿元, reported by all three articles, once; the park's 260亿元 is announced once per story.
            #expect(project.investment == [.init(unit: "CNY", value: 3.5e9)])
            let investment = try await harness.stats(StatsRequest(metric: .investment, by: .county))
            #expect(investment.rows == [.init(key: "如东县", value: 3.5e9, unit: "CNY")])
            return [extractor]
        }
    }
}

extension TrioHarness {
    /// Asks the aggregator for projects.
    func projects(_ request: ProjectsRequest) async throws -> ProjectsResult {
        try await QueryClient.withConnection(
            to: try self.query,
            identity: try self.trio.clientIdentity(),
            logger: self.logger
        ) {
            try await $0.projects(request, timeout: .seconds(60))
        }
    }
}
