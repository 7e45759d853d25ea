import DiaoyanExtraction
import DiaoyanModels
import Testing

@Suite struct ProjectQuantityReaderTests {
    let extractor: RecordExtractor

    init() throws {
        self.extractor = try RecordExtractor()
    }

    func quantities(_ text: String) -> [[String]] {
        self.extractor.extract(NormalizedDocument(id: "t", source: "t", text: text)).projects.map {
            $0.quantities.map(\.text)
        }
    }

    @Test func takesACapacityStatedInTheSentenceThatNamesTheProject() {
        #expect(self.quantities("其中，远山商用车基地同日开工，建成后可年产客车、物流车2万辆。") == [["2万辆"]])
    }

    @Test func takesACapacityFromASentenceThatRefersBack() {
        let text = "远山电池片项目正式投产。该项目总投资30亿元，配套建设光伏装机20万千瓦，建成万吨级硅料车间。"
        #expect(self.quantities(text) == [["20万千瓦", "万吨"]])
    }

    @Test func leavesEmissionsShipmentsAndLandOut() {
        let text = "远山电池片项目正式投产。项目规划用地约500亩，每年可减少二氧化碳排放约10万吨，预计全年出货量可达3GW。"
        #expect(self.quantities(text) == [[]])
    }
}
