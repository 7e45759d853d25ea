import DiaoyanExtraction
import DiaoyanModels
import Testing

@Suite struct ZonePrefixTrimmerTests {
    let extractor: RecordExtractor

    init() throws {
        self.extractor = try RecordExtractor()
    }

    func projects(_ text: String) -> [String] {
        self.extractor.extract(NormalizedDocument(id: "t", source: "t", text: text)).projects.map(\.name)
    }

    @Test func cutsTheZoneBeforeACompanysProject() {
        let text = "市委书记王明来到青禾工业园区东片区白鹭铝业20万吨铝板项目现场调研。"
        #expect(self.projects(text) == ["白鹭铝业20万吨铝板项目"])
    }

    @Test func keepsTheZoneThatIsAllThatNamesAProject() {
        #expect(self.projects("青禾经济开发区标准化厂房项目今天开工。") == ["青禾经济开发区标准化厂房项目"])
        #expect(self.projects("白鹭镇污水处理厂项目今天开工。") == ["白鹭镇污水处理厂项目"])
    }
}
