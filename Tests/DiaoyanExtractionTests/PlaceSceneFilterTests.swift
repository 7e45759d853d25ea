import DiaoyanExtraction
import DiaoyanModels
import Testing

@Suite struct PlaceSceneFilterTests {
    let extractor: RecordExtractor

    init() throws {
        self.extractor = try RecordExtractor()
    }

    func places(_ text: String) -> Set<String> {
        Set(self.extractor.extract(NormalizedDocument(id: "t", source: "t", text: text)).places.map(\.path))
    }

    @Test func leavesTheEntriesOfASitesMenuOfPlaces() {
        let text = "地市频道南昌 九江 景德镇 赣州 新余 上饶 吉安\n鹰潭市余江区委书记调研重点项目建设。"
        #expect(self.places(text) == ["江西省/鹰潭市/余江区"])
        let named = "汉中新闻 留坝新闻 镇巴新闻 略阳新闻 宁强新闻 勉县新闻\n城固县举行重点项目集中开工仪式。"
        #expect(self.places(named) == ["陕西省/汉中市/城固县"])
        // Places a sentence lists are no menu.
        #expect(self.places("南昌、九江、景德镇、赣州、新余五市签约。").count == 5)
    }

    @Test func leavesTaiwanWrittenAsTheOriginOfFirmsOrAPark() {
        let text = "赣州市台湾工业园开工,欢迎台湾企业到赣州投资,与台湾白鹭营造股份有限公司签约。"
        #expect(self.places(text) == ["江西省/赣州市"])
    }

    @Test func readsTheCountyAPageCallsItsOwnInItsHeader() {
        let text = "峡江：我县举行重大工业项目集中开工活动\n6月9日，我县举行2020年重大工业项目第二次集中开工竣工活动，县领导出席。"
        #expect(self.places(text) == ["江西省/吉安市/峡江县"])
        // Without 我县 a short form alone in a header stays unread.
        #expect(self.places("峡江：举行重大工业项目集中开工活动\n6月9日，举行集中开工竣工活动。").isEmpty)
    }

    @Test func leavesEarlierHostsSummarisedByACount() {
        let text = "截至目前，已有甘肃、贵州、江西等10多个省份举办了对接活动。今年对接活动在黑龙江省哈尔滨市举行。"
        #expect(self.places(text) == ["黑龙江省/哈尔滨市"])
    }

    @Test func leavesTheCountiesOfACountBreakdown() {
        let text = "阿坝州第三季度重大项目集中开工仪式在阿坝县举行，共开工项目20个，其中马尔康5个、金川县8个、小金县7个。"
        #expect(self.places(text) == ["四川省/阿坝藏族羌族自治州/阿坝县"])
        // A county with its count but no other item beside it is no breakdown.
        #expect(self.places("阿坝州在金川县5个村开展试点。").contains("四川省/阿坝藏族羌族自治州/金川县"))
    }

    @Test func leavesTheNeighboursOfADescribedPlace() {
        let text = "市长王青山来湖北省黄冈市团风县调研。保护区西北与武汉市新洲区毗邻，东与罗田连界，南距黄州城60公里。"
        #expect(self.places(text) == ["湖北省/黄冈市/团风县"])
        #expect(self.places("海城市隶属于辽宁省鞍山市，北靠省会沈阳，南邻营口。") == ["辽宁省/鞍山市/海城市"])
    }

    @Test func leavesTheInvestorsHomeProvincesWrittenOnlyInProjectNames() {
        let text = "青禾县举行集中签约仪式，江苏云杉电子产品生产项目、广州白鹭电子高频板项目签约。"
        #expect(self.places("河南省信阳市" + text) == ["河南省/信阳市"])
        // With no place written outside a project's name, the project's place is all the text gives.
        #expect(self.places(text) == ["广东省/广州市", "江苏省"])
    }

    @Test func leavesPartnersThatAidOrRepresentThemselves() {
        let text = "北京援藏指挥部总指挥王青山赴西藏自治区拉萨市尼木县，察看北京援建的环城路工程。浙江省驻川工作组、江苏省吉林商会参加。"
        #expect(self.places(text) == ["西藏自治区/拉萨市/尼木县"])
        // Where the partner is also the scene, it stays.
        #expect(self.places("北京援藏指挥部在北京召开座谈会。") == ["北京市"])
    }

    @Test func leavesTheFarEndsOfARoute() {
        let text = "湖南省永州市江华瑶族自治县举行重点项目集中开工仪式，G207道县至江华公路建设项目、仙居至庆元公路开工。"
        #expect(self.places(text) == ["湖南省/永州市/江华瑶族自治县"])
    }

    @Test func leavesAPlaceOfAnotherProvinceWrittenInPassing() {
        let text = "湖北省黄冈市团风县举行重点项目集中开工仪式。团风县坚持科技兴县，该产业园企业由温州整体搬迁至团风。"
        #expect(self.places(text) == ["湖北省/黄冈市/团风县"])
    }

    @Test func keepsTheVenueOfAFairHeldAwayFromHome() {
        let text = "11月3日，湖北省黄冈市团风县在上海举行招商推介会。团风县县长介绍了团风的产业基础。"
        #expect(self.places(text) == ["湖北省/黄冈市/团风县", "上海市"])
    }

    @Test func keepsAPlaceListedWithoutACount() {
        #expect(self.places("王青山先后到甘肃省兰州市、天水市等地调研。") == ["甘肃省/兰州市", "甘肃省/天水市"])
    }

    @Test func leavesAPlaceWrittenOnlyInsideAnOrganizationsName() {
        let text = "落地黑龙江省哈尔滨市的天津青禾智能识别研究院已投入运营。"
        #expect(self.places(text) == ["黑龙江省/哈尔滨市"])
    }

    @Test func wantsTheCityBeforeACountysShortForm() {
        #expect(self.places("山东省济南市历城区要惠民生、强产业。") == ["山东省/济南市/历城区"])
        #expect(self.places("湖南省长沙经开区项目封顶。") == ["湖南省/长沙市"])
    }

    @Test func leavesWhereAVisitingDelegationComesFrom() {
        let text = "7月28日,临汾市委常委、洪洞县委书记张某率考察团来清徐县考察调研。清徐县委书记王某,洪洞县领导李某、赵某参加。洪洞县考察团对清徐县的发展给予高度评价。"
        #expect(self.places(text) == ["山西省/太原市/清徐县"])
    }

    @Test func leavesWhereAnInspectionGroupItsOfficialLeadsComesFrom() {
        let text = "由绿春县委书记李某带队的红河州政协视察组一行到开远市调研。"
        #expect(self.places(text) == ["云南省/红河哈尼族彝族自治州/开远市"])
    }

    @Test func keepsADelegationsHomeWrittenOtherwiseToo() {
        let text = "洪洞县考察团来清徐县考察。两地将在洪洞县共建产业园。"
        #expect(self.places(text) == ["山西省/太原市/清徐县", "山西省/临汾市/洪洞县"])
    }

    @Test func leavesTheBureauOfAWireStorysDatelineAndItsAgencysName() {
        let text = "新华社石家庄3月4日电 记者4日从唐山市政府了解到，曹妃甸区签约项目12个。"
        #expect(self.places(text) == ["河北省/唐山市/曹妃甸区"])
    }

    @Test func leavesTheCityAMetropolitanAreaIsNamedAfter() {
        let text = "临颍县举行国道改建工程开工仪式，项目将加快融入郑州都市圈。"
        #expect(self.places(text) == ["河南省/漯河市/临颍县"])
    }

    @Test func readsNoSceneInAPortalsNavigationBar() {
        let text = "今日潍坊 今日青州 今日寿光 今日昌乐\n诸城市举行发动机项目开工仪式。"
        #expect(self.places(text) == ["山东省/潍坊市/诸城市"])
    }

    @Test func readsACountyNamedOnceAsTheOneHoldingTheDay() {
        #expect(self.places("20日上午，乐陵举行22个重点项目集中开工奠基仪式。") == ["山东省/德州市/乐陵市"])
        #expect(self.places("仪式在化工园区举办。").isEmpty)
    }
}
