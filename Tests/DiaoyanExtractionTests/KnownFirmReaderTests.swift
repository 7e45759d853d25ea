import DiaoyanExtraction
import DiaoyanModels
import Testing

/// The large enterprises pages name bare, without a suffix.
@Suite struct KnownFirmReaderTests {
    func firms(_ text: String) -> [String] {
        KnownFirmReader.organizations(in: Array(text.unicodeScalars), besides: []).map(\.name)
    }

    @Test func readsTheLargeFirmsOfAListOfSigners() {
        #expect(self.firms("中国联通、京东、青禾影视等企业家通过屏幕签约。") == ["中国联通", "京东"])
    }

    @Test func readsAFirmOpeningAProjectOrAfterAWordOfActingOrPlacing() {
        #expect(self.firms("观摩了韵达智慧物流项目。") == ["韵达"])
        #expect(self.firms("引进美国杜邦可降解塑料项目。") == ["杜邦"])
        #expect(self.firms("县政府与华电签订协议。") == ["华电"])
    }

    @Test func takesTheBusinessRunningOnFromAShortName() {
        #expect(self.firms("先后深入蒙牛乳业、天皓玻纤。") == ["蒙牛乳业"])
        #expect(self.firms("华润电力风电光伏项目。") == ["华润电力"])
        #expect(self.firms("5月,百度智能云(龙江)数据产业基地开工。") == ["百度智能云"])
        #expect(self.firms("考察一汽大众配套产业园。") == ["一汽大众"])
    }

    @Test func readsNoShortNameInsideALongerWord() {
        #expect(self.firms("天水庆华电子科技公司。").isEmpty)
        #expect(self.firms("打造滇中粮仓。").isEmpty)
        #expect(self.firms("抓住集中核心区建设。").isEmpty)
        #expect(self.firms("在防疫大考中交出优秀答卷。").isEmpty)
        #expect(self.firms("福清有近200万华侨华人。").isEmpty)
    }

    @Test func listsNoFirmAlreadyFoundWithItsSuffix() throws {
        let text = "京东集团总投资50亿元。京东将建设物流园。"
        let record = try RecordExtractor().extract(NormalizedDocument(id: "t", source: "t", text: text))
        #expect(record.organizations.map(\.name) == ["京东集团"])
    }

    @Test func readsABuildersNumberedBureauAsACompany() throws {
        let text = "中国电建、中交一局等一批央企签约。中铁十八局承建该工程。"
        let record = try RecordExtractor().extract(NormalizedDocument(id: "t", source: "t", text: text))
        #expect(Set(record.organizations.map(\.name)).isSuperset(of: ["中交一局", "中铁十八局"]))
        #expect(!record.organizations.map(\.name).contains("中交"))
    }
}
