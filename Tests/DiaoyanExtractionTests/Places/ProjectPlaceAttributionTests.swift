import DiaoyanExtraction
import DiaoyanModels
import Testing

/// Where the record puts each project: written invented sentences, read through the whole extractor.
@Suite struct ProjectPlaceAttributionTests {
    let extractor: RecordExtractor

    init() throws {
        self.extractor = try RecordExtractor()
    }

    private func places(_ text: String) -> [String: ExtractionRecord.ProjectPlace?] {
        let record = self.extractor.extract(NormalizedDocument(id: "t", source: "t", text: text))
        return Dictionary(record.projects.map { ($0.name, $0.place) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func takesThePlaceWrittenInTheProjectsName() throws {
        let places = self.places("集宁区召开推进会。会上，察右前旗年产5万吨碳纤维项目正式签约。")
        let place = try #require(places["察右前旗年产5万吨碳纤维项目"] ?? nil)
        #expect(place.path == "内蒙古自治区/乌兰察布市/察哈尔右翼前旗")
        #expect(place.level == .county)
        #expect(place.from == .mention)
    }

    @Test func takesTheParkItsSentenceNames() throws {
        let places = self.places(
            "包头市召开项目推进会。在包头稀土高新技术产业开发区，青禾磁材年产3000吨永磁材料项目正式开工。"
        )
        let place = try #require(places["青禾磁材年产3000吨永磁材料项目"] ?? nil)
        #expect(place.path == "内蒙古自治区/包头市")
        #expect(place.park == "包头稀土高新技术产业开发区")
        #expect(place.from == .park)
        #expect(place.code == "150200")
    }

    @Test func fallsBackToThePlaceTheStoryIsAbout() throws {
        let text = "阿城区委书记到企业调研。阿城区今年开工项目12个。阿城区将加快建设。青禾食品饮料生产线项目已经投产。"
        let place = try #require(self.places(text)["青禾食品饮料生产线项目"] ?? nil)
        #expect(place.path == "黑龙江省/哈尔滨市/阿城区")
        #expect(place.from == .story)
    }

    @Test func prefersTheStoryToAPlaceItLiesIn() throws {
        let text = "阿城区委书记到企业调研。阿城区今年开工项目12个。哈尔滨青禾物流园项目正在建设。"
        let place = try #require(self.places(text)["哈尔滨青禾物流园项目"] ?? nil)
        #expect(place.path == "黑龙江省/哈尔滨市/阿城区")
        #expect(place.from == .story)
    }

    @Test func leavesAProjectWithoutAPlaceWhenTheStoryNamesNone() {
        let places = self.places("青禾新材料年产2万吨项目正式开工。")
        #expect(places.count == 1)
        #expect(places.values.allSatisfy { $0 == nil })
    }
}
