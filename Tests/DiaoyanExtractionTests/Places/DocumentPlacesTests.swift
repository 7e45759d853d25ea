import DiaoyanExtraction
import DiaoyanModels
import Testing

/// The record's `places`, read through the whole extractor from invented sentences.
@Suite struct DocumentPlacesTests {
    let extractor: RecordExtractor

    init() throws {
        self.extractor = try RecordExtractor()
    }

    private func places(_ text: String) -> [ExtractionRecord.DocumentPlace] {
        self.extractor.extract(NormalizedDocument(id: "t", source: "t", text: text)).places
    }

    @Test func listsADivisionNamedAlsoThroughItsParkOnceAsThePark() throws {
        let places = self.places("包头市召开推进会。包头稀土高新技术产业开发区新签约项目8个。")
        #expect(places.count == 1)
        let place = try #require(places.first)
        #expect(place.path == "内蒙古自治区/包头市")
        #expect(place.park == "包头稀土高新技术产业开发区")
        #expect(place.level == .city)
        #expect(place.mentions.count == 2)
        #expect(place.mentions.map(\.start) == place.mentions.map(\.start).sorted())
    }

    @Test func takesNoPlaceFromAPersonsNameEvenWhenTheStoryNamesNoOther() {
        // 陈中山 holds 中山 (广东省/中山市); a story naming no place of its own still does not happen there.
        #expect(self.places("市委书记江明深入园区现场办公。市领导洪金虎、陈中山、饶自斌参加。").isEmpty)
    }

    @Test func takesNoPlaceFromAPersonsNameWhereNoFinderReadIt() {
        // 尼玛普赤 holds 尼玛 (那曲市/尼玛县) twice; a finder reads the name once.
        let text = "日喀则市副市长尼玛普赤上台讲话。奠基仪式上，尼玛普赤，桑珠孜区领导王东岳出席。"
        #expect(!self.places(text).map(\.path).contains { $0.contains("尼玛县") })
    }

    @Test func takesNoCountyFromAVillageOfItsName() {
        #expect(self.places("督查组在开发区铜鼓村参观了农民画室。").isEmpty)
        // A town of a county's name is no more that county (永城镇 of 綦江, not 永城市).
        #expect(self.places("调研组赴永城镇调研新城项目推进情况。").isEmpty)
    }

    @Test func takesNoCountyFromTheWholeOfAPrefecture() {
        // `全州上下`: the whole prefecture, not 全州县 of 桂林.
        #expect(self.places("他说,全州各级各部门要紧盯固定资产投资目标。").isEmpty)
    }

    @Test func readsACountyThroughTheDevelopmentZoneNamedByIt() {
        #expect(self.places("县委书记王明到仪陇经开区调研机械制造产业。").map(\.path) == ["四川省/南充市/仪陇县"])
        // An industrial park may carry a local area's name that a county elsewhere shares (西宁's 南川工业园区).
        #expect(self.places("集中开工仪式在南川工业园区举行。").isEmpty)
    }

    @Test func takesNoPlaceFromACompanysNameWhereverItIsWritten() {
        let text = "东乡县签约仪式举行，武汉青禾材料技术有限公司负责人发言。东乡县与武汉青禾材料技术有限公司签约。"
        #expect(self.places(text).map(\.path) == ["甘肃省/临夏回族自治州/东乡族自治县"])
    }

    @Test func takesNoPlaceFromACompanyWhosePlaceEndsIn暨() {
        let text = "张家川县与浙江诸暨青禾汽配有限公司达成合作协议。"
        #expect(self.places(text).map(\.path) == ["甘肃省/天水市/张家川回族自治县"])
    }

    @Test func takesNoPlaceFromACompanyShortFormOpeningAProject() {
        let text = "当天集中开工的福建青禾1.2亿羽肉鸡全产业链项目位于镇原县。"
        #expect(self.places(text).map(\.path) == ["甘肃省/庆阳市/镇原县"])
    }

    @Test func takesNoPlaceAcrossTheEdgeOfAPersonsName() {
        let text = "湘阴县举行集中签约活动，市委常委、组织部部长王武宣布项目集中开工。"
        #expect(self.places(text).map(\.path) == ["湖南省/岳阳市/湘阴县"])
    }

    @Test func takesADistrictNamedByADirectionOnlyAfterItsCity() {
        #expect(self.places("项目在银川经济技术开发区西区举行奠基仪式。").map(\.path) == ["宁夏回族自治区/银川市"])
        #expect(self.places("市领导来到青禾科技股份有限公司北区厂房调研。").isEmpty)
        #expect(self.places("攀枝花市西区举行重点项目集中开工。").map(\.path) == ["四川省/攀枝花市/西区"])
    }

    @Test func takesTheCountyOfTheCompaniesAStoryVisitsWhenItNamesNoOther() {
        let text = "市领导先后走访福建省青禾科化股份有限公司永春分公司、永春青松建材有限公司。"
        #expect(self.places(text).map(\.path) == ["福建省/泉州市/永春县"])
    }

    @Test func keepsTheDeepestPlaceWithItsLevelAndCode() throws {
        let places = self.places("黑龙江省哈尔滨市阿城区召开项目推进会。")
        #expect(places.map(\.path) == ["黑龙江省/哈尔滨市/阿城区"])
        #expect(places.first?.code == "230112")
        #expect(places.first?.level == .county)
    }

    @Test func givesAMunicipalitysDistrictItsCity() throws {
        let place = try #require(self.places("北京市大兴区生物医药基地项目开工。").first)
        #expect(place.path == "北京市/大兴区")
        #expect(place.city == "北京市")
        #expect(place.county == "大兴区")
    }
}
