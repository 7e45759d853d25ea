import DiaoyanExtraction
import DiaoyanModels
import Testing

@Suite struct EmployerReaderTests {
    let extractor: RecordExtractor

    init() throws {
        self.extractor = try RecordExtractor()
    }

    func organizations(_ text: String) -> [String] {
        self.extractor.extract(NormalizedDocument(id: "t", source: "t", text: text)).organizations.map(\.name)
    }

    @Test func readsTheEmployerOfAnExecutive() {
        #expect(self.organizations("项目负责人、青禾光能副总裁沈青说，产线已满负荷运转。") == ["青禾光能"])
    }

    @Test func dropsTheOtherTitlesOfTheLink() {
        #expect(self.organizations("签约仪式上，云杉银行副主席兼行政总裁王立新致辞。") == ["云杉银行"])
    }

    @Test func leavesAShortFormOfAnOrganizationAlreadyNamed() {
        let text = "湖北青禾特种材料有限公司项目投产。青禾特材董事长彭远介绍，公司总经理李青参加。"
        #expect(self.organizations(text) == ["湖北青禾特种材料有限公司"])
    }

    @Test func dropsARegionBetweenEmployerAndTitle() {
        #expect(self.organizations("施耐格动力中国区总经理李安表示。") == ["施耐格动力"])
    }

    @Test func leavesAVerbBeforeACompanySuffix() {
        #expect(self.organizations("这些企业都是公司的骨干，有望成为集团的主力。").isEmpty)
    }
}
