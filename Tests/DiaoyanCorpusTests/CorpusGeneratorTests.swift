import DiaoyanCorpus
import DiaoyanEvaluation
import DiaoyanExtraction
import DiaoyanModels
import DiaoyanNormalization
import Foundation
import Testing

/// Serialized, and each test's work runs on a thread of its own (``onOwnThread(_:)``) with the expectations
/// checked afterwards: the work is CPU-bound and synchronous, and on the cooperative pool (two threads on this
/// machine) it starved the wire tests running beside it until their TLS handshakes timed out.
@Suite(.serialized) struct CorpusGeneratorTests {
    /// Runs `work` on a new thread and waits for it without holding a cooperative thread.
    private func onOwnThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread { continuation.resume(with: Result { try work() }) }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    @Test func sameSeedGivesSameBytes() async throws {
        let (same, differs) = try await self.onOwnThread { () throws -> (Bool, Int) in
            let first = try CorpusGenerator(seed: 7)
            let second = try CorpusGenerator(seed: 7)
            let other = try CorpusGenerator(seed: 8)
            var same = true
            var differs = 0
            for index in [0, 1, 2, 5, 13, 99, 1234] {
                let a = first.article(index)
                let b = second.article(index)
                let goldMatches = try CorpusGenerator.goldJSON(a.gold) == CorpusGenerator.goldJSON(b.gold)
                same = same && a.bytes == b.bytes && a.name == b.name && goldMatches
                if other.article(index).bytes != a.bytes { differs += 1 }
            }
            return (same, differs)
        }
        #expect(same, "the same seed gives the same article bytes, names and gold")
        #expect(differs == 7, "another seed gives other articles")
    }

    @Test func everyArtifactAppears() async throws {
        let seen = try await self.onOwnThread {
            let generator = try CorpusGenerator(seed: 3)
            return (0..<16).reduce(into: Set<ArtifactKind>()) { $0.formUnion(generator.article($1).artifacts) }
        }
        #expect(seen == Set(ArtifactKind.allCases), "missing: \(Set(ArtifactKind.allCases).subtracting(seen))")
    }

    @Test func articlesAreNotOneTemplate() async throws {
        let (openings, genres) = try await self.onOwnThread { () throws -> (Int, Int) in
            let generator = try CorpusGenerator(seed: 11)
            let texts = (0..<50).map { generator.article($0).cleanText }
            // The first body lines differ: another opening, place and people in nearly every article.
            let openings = Set(texts.map { $0.split(separator: "\n").dropFirst(3).first.map(String.init) ?? "" })
            let genres = Set(
                (0..<10).map { generator.article($0).name.split(separator: "_").last.map(String.init) ?? "" }
            )
            return (openings.count, genres.count)
        }
        #expect(openings >= 45)
        #expect(genres == 5)
    }

    /// The names the gold holds are in the normalized text, whatever the article's script and encoding: the
    /// dressing is undone by the normalizer and the gold is true of what was written.
    @Test func goldNamesAreInTheNormalizedText() async throws {
        let misses = try await self.onOwnThread { () throws -> [String] in
            let generator = try CorpusGenerator(seed: 5)
            let normalizer = try DocumentNormalizer()
            var misses: [String] = []
            for index in 0..<24 {
                let article = generator.article(index)
                let document = try normalizer.normalize(
                    bytes: article.bytes,
                    charset: nil,
                    source: article.name + ".txt"
                )
                let names =
                    article.gold.persons.map(\.name) + article.gold.organizations + article.gold.projects.map(\.name)
                for name in names where !document.text.contains(name) {
                    misses.append("\(article.name): \(name) (\(article.artifacts.sorted()))")
                }
                if document.script.rawValue != article.gold.script {
                    misses.append("\(article.name): script \(document.script.rawValue)")
                }
            }
            return misses
        }
        #expect(misses.isEmpty, "\(misses)")
    }

    /// The extractor against the gold on generated articles: the score is printed, not held to a number (it
    /// measures the extractor as much as the generator); a broken gold would show as a collapse.
    @Test func extractorScoresOnGeneratedArticles() async throws {
        let (rendered, headline) = try await self.onOwnThread { () throws -> (String, Double) in
            let generator = try CorpusGenerator(seed: 1)
            let normalizer = try DocumentNormalizer()
            let extractor = try RecordExtractor()
            let encoder = JSONEncoder()
            var lines: [String] = []
            var gold: [ExtractionScorer.Gold] = []
            for index in 0..<60 {
                let article = generator.article(index)
                let document = try normalizer.normalize(
                    bytes: article.bytes,
                    charset: nil,
                    source: article.name + ".txt"
                )
                lines.append(String(decoding: try encoder.encode(extractor.extract(document)), as: UTF8.self))
                gold.append(.init(name: article.name, annotation: try JSONValue(encoding: article.gold)))
            }
            let report = ExtractionScorer().score(
                gold: gold,
                records: try ExtractionScorer.records(jsonLines: lines.joined(separator: "\n"))
            )
            return (report.rendered(), report.headlineF1)
        }
        print(rendered)
        #expect(headline > 0.5)
    }
}
