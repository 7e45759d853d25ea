import DiaoyanExtraction
import DiaoyanModels
import Testing

/// The learned tagger finds the people a short or untitled text names without a title; the rules keep the rest.
@Suite struct TaggedNameFinderTests {
    let extractor: RecordExtractor

    init() throws {
        self.extractor = try RecordExtractor()
    }

    func persons(_ text: String) -> [ExtractionRecord.Person] {
        self.extractor.extract(NormalizedDocument(id: "t", source: "t", text: text)).persons
    }

    @Test func findsPeopleNamedWithoutATitle() {
        let persons = self.persons("梅西打入一球，张伟说比赛很精彩。")
        #expect(persons.map(\.name) == ["梅西", "张伟"])
        #expect(persons.allSatisfy { $0.role == .other && $0.titles.isEmpty })
    }

    @Test func keepsTheRulesTitlesAndAddsTheUntitled() {
        let persons = self.persons("市长李强说，王小明将出席。")
        #expect(persons.map(\.name) == ["李强", "王小明"])
        #expect(persons.first?.titles == ["市长"])
    }

    @Test func joinsTheDottedPartsOfAForeignName() {
        #expect(self.persons("影片由马龙·白兰度主演。").map(\.name) == ["马龙·白兰度"])
    }

    @Test func refusesFormsOfAddressEditorsAndTradeNames() {
        #expect(self.persons("老张和吴女士在家。").isEmpty)
        #expect(self.persons("编辑 杨静").isEmpty)
        #expect(self.persons("佳沃集团落户金山。").isEmpty)
    }

    @Test func leavesALongTitledArticleToTheRules() {
        // Over a sentence or two and written in title chains: the tagger is not asked, so the untitled 赵晓梅 stays
        // unfound, and the record is the rules' alone.
        let opening = "6月5日，县委书记周明远率队调研重点项目建设情况，县领导陈立新参加调研。"
        let filler = String(repeating: "项目建成后将形成年产10万吨新型材料的生产能力，带动就业500余人。", count: 3)
        let text = opening + filler + "随后听取了赵晓梅对产线情况的汇报。"
        #expect(text.unicodeScalars.count > TaggedNameFinder.shortDocument)
        #expect(!self.persons(text).map(\.name).contains("赵晓梅"))
    }

    @Test func leavesAnUntitledPageReportingProjectsToTheRules() {
        let text = String(repeating: "项目总投资12亿元，建成后年产新型材料10万吨，带动就业500余人。", count: 4) + "随后听取了赵晓梅对产线情况的汇报。"
        #expect(text.unicodeScalars.count > TaggedNameFinder.shortDocument)
        #expect(self.persons(text).isEmpty)
    }

    @Test func readsALongUntitledNewsStory() {
        let text =
            String(repeating: "比赛在周六晚上进行，现场气氛十分热烈，看台上坐满了从各地赶来的球迷。", count: 4)
            + "梅西打入一球，张伟说比赛很精彩。"
        #expect(text.unicodeScalars.count > TaggedNameFinder.shortDocument)
        #expect(self.persons(text).map(\.name) == ["梅西", "张伟"])
    }

    @Test func takesTheTaggersBoundsWhereTheyReadBetter() {
        // The rules read three characters after a title (`李强邀`); the tagger ends the name before the verb.
        #expect(self.persons("应国务院总理李强邀请，代表团将来华访问。").map(\.name) == ["李强"])
        // The tagger reads a foreign name whole where the rules found its tail.
        #expect(self.persons("她先后击败了内岛萌夏、费尔南德斯等对手。").map(\.name).contains("费尔南德斯"))
    }

    @Test func dropsAnUntitledNameTheTaggerReadsAsWords() {
        #expect(self.persons("代表团访问了双边、欧洲等地。").isEmpty)
    }
}
