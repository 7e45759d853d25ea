import DiaoyanCorpus
import DiaoyanEvaluation
import DiaoyanExtraction
import DiaoyanModels
import DiaoyanNormalization
import Foundation
import Testing

@Suite struct CorpusGeneratorTests {
    @Test func sameSeedGivesSameBytes() throws {
        let first = try CorpusGenerator(seed: 7)
        let second = try CorpusGenerator(seed: 7)
        let other = try CorpusGenerator(seed: 8)
        var differs = 0
        for index in [0, 1, 2, 5, 13, 99, 1234] {
            let a = first.article(index)
            let b = second.article(index)
            #expect(a.bytes == b.bytes, "article \(index)")
            #expect(a.name == b.name)
            #expect(try CorpusGenerator.goldJSON(a.gold) == CorpusGenerator.goldJSON(b.gold))
            if other.article(index).bytes != a.bytes { differs += 1 }
        }
        #expect(differs == 7, "another seed gives other articles")
    }

    @Test func everyArtifactAppears() throws {
        let generator = try CorpusGenerator(seed: 3)
        let seen = (0..<16).reduce(into: Set<ArtifactKind>()) { $0.formUnion(generator.article($1).artifacts) }
        #expect(seen == Set(ArtifactKind.allCases), "missing: \(Set(ArtifactKind.allCases).subtracting(seen))")
    }

    @Test func articlesAreNotOneTemplate() throws {
        let generator = try CorpusGenerator(seed: 11)
        let texts = (0..<50).map { generator.article($0).cleanText }
        // Second lines of the body differ: a different opening sentence, place and people in nearly every article.
        let openings = Set(texts.map { $0.split(separator: "\n").dropFirst(3).first.map(String.init) ?? "" })
        #expect(openings.count >= 45)
        let genres = Set((0..<10).map { generator.article($0).name.split(separator: "_").last.map(String.init) ?? "" })
        #expect(genres.count == 5)
    }

    /// The names the gold holds are in the normalized text, whatever the article's script and encoding: the
    /// dressing is undone by the normalizer and the gold is true of what was written.
    @Test func goldNamesAreInTheNormalizedText() throws {
        let generator = try CorpusGenerator(seed: 5)
        let normalizer = try DocumentNormalizer()
        for index in 0..<40 {
            let article = generator.article(index)
            let document = try normalizer.normalize(bytes: article.bytes, charset: nil, source: article.name + ".txt")
            let names =
                article.gold.persons.map(\.name) + article.gold.organizations + article.gold.projects.map(\.name)
            for name in names {
                #expect(document.text.contains(name), "\(article.name): \(name) (\(article.artifacts.sorted()))")
            }
            #expect(document.script.rawValue == article.gold.script, "\(article.name)")
        }
    }

    /// The extractor against the gold on generated articles: the score is printed, not held to a number (it
    /// measures the extractor as much as the generator); a broken gold would show as a collapse.
    @Test func extractorScoresOnGeneratedArticles() throws {
        let generator = try CorpusGenerator(seed: 1)
        let normalizer = try DocumentNormalizer()
        let extractor = try RecordExtractor()
        let encoder = JSONEncoder()
        var lines: [String] = []
        var gold: [ExtractionScorer.Gold] = []
        for index in 0..<100 {
            let article = generator.article(index)
            let document = try normalizer.normalize(bytes: article.bytes, charset: nil, source: article.name + ".txt")
            lines.append(String(decoding: try encoder.encode(extractor.extract(document)), as: UTF8.self))
            gold.append(.init(name: article.name, annotation: try JSONValue(encoding: article.gold)))
        }
        let report = ExtractionScorer().score(
            gold: gold,
            records: try ExtractionScorer.records(jsonLines: lines.joined(separator: "\n"))
        )
        print(report.rendered())
        #expect(report.headlineF1 > 0.5)
    }
}
