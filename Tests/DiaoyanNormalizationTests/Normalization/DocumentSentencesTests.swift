import DiaoyanModels
import DiaoyanText
import Foundation
import DiaoyanNormalization
import TestSupport
import Testing

/// The normalizer's `sentences`: `[start, end)` scalar offsets in `text`, inside the paragraphs.
@Suite struct DocumentSentencesTests {
    let normalizer: DocumentNormalizer

    init() throws {
        self.normalizer = try DocumentNormalizer()
    }

    /// The sentences of `document` as strings.
    func strings(_ document: NormalizedDocument) -> [String] {
        let scalars = Array(document.text.unicodeScalars)
        return document.sentences.map { scalars.string($0.start..<$0.end) }
    }

    @Test(arguments: try FixtureArticleTests.fixtures())
    func coverEveryParagraphsTextAndNeverCrossOne(_ fixture: FixtureArticleTests.Fixture) throws {
        let document = try self.normalizer.normalize(
            bytes: Array(try Data(contentsOf: fixture.input)),
            charset: nil,
            source: fixture.input.lastPathComponent
        )
        let scalars = Array(document.text.unicodeScalars)
        var covered = [Bool](repeating: false, count: scalars.count)
        var previousEnd = 0
        for sentence in document.sentences {
            #expect(sentence.start < sentence.end, "\(sentence)")
            #expect(sentence.start >= previousEnd, "\(sentence) overlaps the one before")
            let inside = document.paragraphs.contains { $0.start <= sentence.start && sentence.end <= $0.end }
            #expect(inside, "\(sentence) crosses a paragraph")
            for index in sentence.start..<sentence.end { covered[index] = true }
            previousEnd = sentence.end
        }
        for paragraph in document.paragraphs {
            for index in paragraph.start..<paragraph.end where !scalars[index].isInlineSpace {
                #expect(covered[index], "\(fixture.input.lastPathComponent): \(index) \(scalars[index]) in no sentence")
            }
        }
    }

    @Test func keepsAClosingQuoteWithTheSentenceItEnds() {
        let document = self.normalizer.normalize(text: "他说：“好。”然后走了。", source: "t")
        #expect(self.strings(document) == ["他说：“好。”", "然后走了。"])
    }

    @Test func makesEachHeadlineLineOneSentence() throws {
        let seed = try #require(try RepositoryPaths.seedFiles().first)
        let document = self.normalizer.normalize(text: try String(contentsOf: seed, encoding: .utf8), source: "000")
        let sentences = self.strings(document)
        #expect(
            Array(sentences.prefix(4)) == [
                "王兆力到哈尔滨市阿城区调研产业项目建设情况", "王兆力在阿城区调研产业项目建设情况时强调",
                "以培育特色优势产业为主攻方向 全力打造区域经济发展新增长极", "4月25日,黑龙江省委常委、哈尔滨市委书记王兆力利用一天时间到阿城区调研产业项目建设情况。",
            ]
        )
    }

    @Test func splitsParagraphsButNotAtSemicolons() {
        let document = self.normalizer.normalize(
            text: "一是稳投资；二是促消费。三是抓项目！\n今年计划开工项目120个",
            source: "t"
        )
        #expect(self.strings(document) == ["一是稳投资；二是促消费。", "三是抓项目！", "今年计划开工项目120个"])
    }
}
