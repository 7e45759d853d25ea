import DiaoyanExtraction
import DiaoyanModels
import Testing

/// A project's industries read from what the page says it makes or builds, not only from its name.
@Suite struct ProjectContentReaderTests {
    func projects(_ text: String) throws -> [ExtractionRecord.Project] {
        try RecordExtractor().extract(NormalizedDocument(id: "t", source: "t", text: text)).projects
    }

    @Test func readsTheIndustriesOfWhatAProjectNamedByItsPlaceIsBuiltFor() throws {
        let text = "青禾云泉小镇项目。该项目总投资20亿元,主要建设内容为:一是矿泉水产业,建设3条智能化生产线;二是蜜蜂养殖。"
        let project = try #require(try self.projects(text).first { $0.name.contains("云泉小镇") })
        #expect(project.industries.contains(.food))
    }

    @Test func readsTheProductsOfTheProjectNamedEarlierInTheSentence() throws {
        let text = "云杉产业园项目位于工业园区,主要生产钢化、中空、夹胶玻璃。"
        let project = try #require(try self.projects(text).first)
        #expect(project.industries.contains(.newMaterials))
    }

    @Test func givesNoProjectTheContentsOfASentenceThatIsNotAboutIt() throws {
        let text = "白塔小镇项目开工。全县企业主要生产钢化玻璃。"
        let project = try #require(try self.projects(text).first)
        #expect(project.industries.isEmpty)
    }
}
