import DiaoyanExtraction
import DiaoyanModels
import Testing

@Suite struct RecordExtractorTests {
    let extractor: RecordExtractor

    init() throws {
        self.extractor = try RecordExtractor()
    }

    func extract(_ text: String, published: String? = nil) -> ExtractionRecord {
        self.extractor.extract(NormalizedDocument(id: "t", source: "t", published: published, text: text))
    }

    @Test func disambiguatesAShortFormWithTheHierarchyTheTextNames() {
        let record = self.extract("辽宁省政府秘书长冯守权到朝阳凌源市、营口市鲅鱼圈区调研。")
        #expect(Set(record.places.map(\.path)) == ["辽宁省/朝阳市/凌源市", "辽宁省/营口市/鲅鱼圈区"])
        #expect(record.places.first?.code == "211382")
    }

    @Test func readsANameAfterItsCityAsTheOneUnderThatCity() {
        let record = self.extract("代表团来到鞍山市铁东区。会上，四平市铁东区与青禾公司签约。")
        #expect(Set(record.places.map(\.path)) == ["辽宁省/鞍山市/铁东区", "吉林省/四平市/铁东区"])
    }

    @Test func readsADistrictNameSharedWithAnotherCityUnderTheMunicipalityNamed() {
        // 朝阳区 is a district of 北京 and of 长春: the municipality written before it, or elsewhere, picks it.
        #expect(self.extract("北京市朝阳区青禾项目开工。").places.map(\.path) == ["北京市/朝阳区"])
        #expect(self.extract("朝阳区负责人介绍，北京的青禾项目开工。").places.map(\.path) == ["北京市/朝阳区"])
    }

    @Test func countsACompanyToldAgainByAShortFormOnce() {
        let record = self.extract("代表团走进鞍山恒泰冶金装备有限公司。会上，恒泰公司与铁东区签订协议。")
        #expect(record.organizations.map(\.name) == ["鞍山恒泰冶金装备有限公司"])
    }

    @Test func writesBracketsInsideNamesInTheirASCIIForm() {
        let record = self.extract("施密特动力系统（合肥）有限公司燃料电池项目正式开工。")
        #expect(record.organizations.map(\.name) == ["施密特动力系统(合肥)有限公司"])
        #expect(record.projects.map(\.name) == ["施密特动力系统(合肥)有限公司燃料电池项目"])
    }

    @Test func takesNoPlaceFromInsideAPersonsName() {
        let record = self.extract("齐齐哈尔市富拉尔基区，公司董事长王建华介绍了项目进展。")
        #expect(Set(record.places.map(\.path)) == ["黑龙江省/齐齐哈尔市/富拉尔基区"])
    }

    @Test func startsAnOrganizationAfterADashOrAVerbBeforeIt() {
        #expect(self.extract("园区引进龙头企业———星河集团，带动上下游配套。").organizations.map(\.name) == ["星河集团"])
        #expect(self.extract("市长会见中国青禾建设集团董事长一行。").organizations.map(\.name) == ["中国青禾建设集团"])
        #expect(self.extract("上游企业涵盖三一集团等龙头。").organizations.map(\.name) == ["三一集团"])
    }

    @Test func takesNoKindOfCompanyForAnOrganization() {
        #expect(self.extract("园区已有3家上市公司落户。").organizations.isEmpty)
    }

    @Test func takesNoReferenceForAnOrganization() {
        let record = self.extract("这是该集团在西北布局的第一个基地。")
        #expect(record.organizations.isEmpty)
    }

    @Test func takesNoShortFormThatSplitsTwoWords() {
        #expect(self.extract("原料就近供应，这是企业选址的最大理由。").places.isEmpty)
        #expect(self.extract("云南省代表团在大理考察。").places.map(\.path) == ["云南省/大理白族自治州"])
    }

    @Test func startsANameAfterAQuotedSentence() {
        let record = self.extract("他说：“从签约到投产只用了13个月。”青禾电驱科技有限公司年产30万台电驱项目正式投产。")
        #expect(record.organizations.map(\.name) == ["青禾电驱科技有限公司"])
    }

    @Test func doesNotTurnEverydayWordsIntoPlaces() {
        let record = self.extract("要坚决扛起维护国家“五大安全”政治使命,加强产学研用合作,实施全面振兴。")
        #expect(record.places.isEmpty)
    }

    @Test func readsATitleChainBeforeAName() throws {
        let record = self.extract("4月25日,黑龙江省委常委、哈尔滨市委书记王兆力到阿城区调研。市委常委、秘书长孙恒义参加调研。")
        let wang = try #require(record.persons.first { $0.name == "王兆力" })
        #expect(wang.titles == ["黑龙江省委常委", "哈尔滨市委书记"])
        #expect(wang.role == .official)
        #expect(record.persons.map(\.name) == ["王兆力", "孙恒义"])
    }

    @Test func readsBylinesAndAttendanceLists() {
        let record = self.extract("韩圣健、张亚中、张起翔,省直有关单位负责同志参加活动。(记者:薛立伟 徐佳倩)董事长田刚印表示。")
        let byName = Dictionary(uniqueKeysWithValues: record.persons.map { ($0.name, $0.role) })
        #expect(
            byName == [
                "韩圣健": .official, "张亚中": .official, "张起翔": .official, "薛立伟": .reporter, "徐佳倩": .reporter,
                "田刚印": .executive,
            ]
        )
    }

    @Test func splitsAnEnumerationIntoProjects() {
        let record = self.extract("张宝娟先后来到友升汽车轻量化、领煌精密零部件、中化8GW锂电池等项目现场。")
        #expect(record.projects.map(\.name) == ["友升汽车轻量化", "领煌精密零部件", "中化8GW锂电池"])
        #expect(record.projects.last?.quantities.map(\.text) == ["8GW"])
    }

    @Test func readsProjectStagesAndCapacities() {
        let record = self.extract("华明管业100万吨制管项目正在加紧建设。国药集团中药产业园项目于4月开工。")
        #expect(record.projects.map(\.stage) == [.underConstruction, .groundbreaking])
        #expect(record.projects.first?.quantities.first?.value == 1e6)
    }

    @Test func readsMoney() {
        let record = self.extract("总投资60多亿元,引进5亿美元外资和三千万元配套资金。")
        #expect(record.amounts.map(\.currency) == ["CNY", "USD", "CNY"])
        #expect(record.amounts.map(\.value) == [60e8, 5e8, 3e7])
    }

    @Test func readsMoneyWhoseFigureIsSpacedFromItsUnit() {
        let record = self.extract("总投资 264.5 亿元,新建项目 38 项,奖补资金 30 万元,人均 17692 元。")
        #expect(record.amounts.map(\.value) == [264.5e8, 30e4, 17692])
        // A space between two figures joins nothing.
        #expect(self.extract("第 3 期 5 亿元").amounts.map(\.value) == [5e8])
    }

    @Test func readsASumInYiWithoutYuanAfterAWordOfMoney() {
        let record = self.extract("签约项目8个，总投资34.4亿，签约额15亿以上。全市人口1.2亿，年产300万吨。")
        #expect(record.amounts.map(\.value) == [34.4e8, 15e8])
        #expect(self.extract("总投资达3176亿人民币，年纳税4亿以上。").amounts.map(\.value) == [3176e8, 4e8])
        // 亿 counted like a thing is money too, unless it counts projects of that size.
        let spoken = self.extract("青禾项目总投资3.1个亿；回款2个多亿。共有25个亿元以上项目开工。")
        #expect(spoken.amounts.map(\.value) == [3.1e8, 2e8])
        // A round sum by its order of magnitude alone, not a class of projects of that size.
        let round = self.extract("签约金额超过百亿元，带动千万元投资。实现百亿元项目零的突破，打造千亿元产业集群。")
        #expect(round.amounts.map(\.value) == [100e8, 1000e4])
    }

    @Test func resolvesDatesAgainstThePublicationDateOnly() {
        let dated = self.extract("4月25日,市委书记王兆力到阿城区调研。", published: "2021-04-26")
        #expect(dated.events.first?.date == "2021-04-25")
        let undated = self.extract("4月25日,市委书记王兆力到阿城区调研。")
        #expect(undated.events.first?.type == .inspection)
        #expect(undated.events.first?.date == nil)
    }
}

extension RecordExtractorTests {
    @Test func countsARepeatedSumOnce() {
        let record = self.extract("全省重大项目集中开工 总投资1.2万亿元\n今年共安排重大项目600个，总投资1.2万亿元，其中5亿美元外资。")
        #expect(record.amounts.map(\.value) == [1.2e12, 5e8])
    }

    @Test func readsNoCountyInsideATitleOrAWord() {
        let record = self.extract("青禾县委副书记、代县长韩明致辞，代理县长刘军主持。")
        #expect(record.places.map(\.path).allSatisfy { !$0.contains("代县") && !$0.contains("理县") })
    }

    @Test func readsNoCountyInAConjunctionBeforeTheCountysOffices() {
        let record = self.extract("各乡镇、街道和县有关部门负责人，招商单位和县直相关部门参加。安徽省和县光伏项目开工。")
        #expect(record.places.filter { $0.path.hasSuffix("和县") }.map(\.mentions.count) == [1])
        let bureaus = self.extract("县长李志伟带领常务副县长段庆东和县财政、国土等部门负责人调研。")
        #expect(bureaus.places.isEmpty)
    }

    @Test func readsNoPlaceOfCountiesWhoseHeadsPresentAtTheGathering() {
        let record = self.extract(
            "荆门·台州经贸合作洽谈会在浙江省台州市举行。沙洋县、钟祥市、荆门高新区·掇刀区负责人分别在会上作招商推介。"
        )
        #expect(record.places.allSatisfy { !$0.path.contains("沙洋县") && !$0.path.contains("掇刀区") })
        let spoke = self.extract("潍坊市召开重大项目推进会。会上,市发改委和奎文区、昌邑市、昌乐县负责同志作了发言。")
        #expect(spoke.places.allSatisfy { !$0.path.contains("昌邑市") && !$0.path.contains("昌乐县") })
        // Their heads accompanying a visit in them is no presentation.
        let visit = self.extract("沙洋县、钟祥市负责人陪同调研。")
        #expect(visit.places.contains { $0.path.hasSuffix("沙洋县") })
    }

    @Test func readsNoPlaceOfAListSpanningSeveralProvinces() {
        let record = self.extract(
            "河北省定州市招商大会在定州设主会场，北京、天津、上海、广州设分会场。来自四川、苏州、杭州等地的企业家参加。"
        )
        #expect(record.places.map(\.path) == ["河北省/保定市/定州市"])
        let own = self.extract("黑龙江省哈尔滨、齐齐哈尔、牡丹江三市项目集中开工。")
        #expect(own.places.count == 3)
    }

    @Test func readsNoPlaceOfAMediumADatelineOrAnAddress() {
        let record = self.extract(
            "【香港商报网讯】新华网呼和浩特3月31日电 镶黄旗新能源项目开工。镶黄旗项目总投资10亿元。地址：吉林省长春市火炬路1158号"
        )
        #expect(record.places.map(\.path) == ["内蒙古自治区/锡林郭勒盟/镶黄旗"])
    }

    @Test func readsNoPlaceInThePeopleAddressed() {
        let record = self.extract("四川省筠连县签约仪式上，县长向各位来宾表示欢迎。")
        #expect(!record.places.map(\.path).contains { $0.hasPrefix("广西") })
        let present = self.extract("安徽省来安县项目开工，县长对到场来宾表示欢迎，与会来宾参观了项目。")
        #expect(!present.places.map(\.path).contains { $0.hasPrefix("广西") })
    }

    @Test func readsNoShortFormWhoseSecondScalarOpensAnEverydayWord() {
        let record = self.extract("河北省望都县重点项目开工，北京发展重心南移和雄安新区开发建设带来机遇。")
        #expect(!record.places.map(\.path).contains { $0.hasSuffix("安新县") })
    }

    @Test func readsAFullNameThatOverlapsAShortFormAfterAnEverydayWord() {
        let record = self.extract("山西省朔州市重点项目集中开工，其中山阴县签约项目6个。")
        #expect(record.places.map(\.path).contains("山西省/朔州市/山阴县"))
        #expect(!record.places.map(\.path).contains { $0.hasPrefix("广东省") })
    }

    @Test func citedNamesAreNoPersonsOfTheStory() {
        let record = self.extract(
            "深入学习贯彻习近平总书记重要讲话精神，以习近平新时代中国特色社会主义思想为指导。县委书记王立新主持会议。"
        )
        #expect(record.persons.map(\.name) == ["王立新"])
        let studied = self.extract("县长李卫国强调,要认真传达学习贯彻习近平总书记在全国代表大会上的报告,结合工作实际。")
        #expect(studied.persons.map(\.name) == ["李卫国"])
    }

    @Test func readsACountyItsPagesNameAgainAndAgainWithoutItsCity() {
        let record = self.extract("总投资14亿元 嘉祥8个重点项目集中开工。让每一位客商在嘉祥投资放心。")
        #expect(record.places.map(\.path).contains("山东省/济宁市/嘉祥县"))
    }

    @Test func readsNoRepeatedCountyOfAnotherProvinceThanTheStorys() {
        let record = self.extract("江西省抚州市举行签约。惠民政策惠民生，惠民举措落地。")
        #expect(!record.places.map(\.path).contains { $0.hasPrefix("山东省") })
    }

    @Test func readsAnAutonomousCountyAsPagesNameIt() {
        #expect(self.extract("仪式在江华县举行。").places.map(\.path).contains("湖南省/永州市/江华瑶族自治县"))
    }

    @Test func readsACountyLevelCityByTheCountyItWas() {
        #expect(self.extract("仪式在广西靖西县举行。").places.map(\.path).contains("广西壮族自治区/百色市/靖西市"))
    }

    @Test func namesNoProjectAfterAnOfficialTheSpanCaught() {
        let record = self.extract("市政协副主席、区委书记王青禾主持云杉光通讯产品研发生产基地项目开工仪式。市长李白鹭、部分乡镇负责人与企业代表就投资项目签约。")
        #expect(record.projects.map(\.name) == ["云杉光通讯产品研发生产基地项目"])
        #expect(Set(record.persons.map(\.name)).isSuperset(of: ["王青禾", "李白鹭"]))
    }

    @Test func readsNoPersonWhoseNameHoldsAProjectsWord() {
        let record = self.extract("岳阳市云杉县产业项目集中签约开工仪式在该县高新区长康二期项目现场举行。")
        #expect(!record.persons.contains { $0.name.contains("项目") })
        #expect(record.projects.map(\.name).contains { $0.hasSuffix("长康二期项目") })
    }

    @Test func takesNoPersonListedBeforeAProjectWordForAProject() {
        let text = "市委书记李青禾宣布项目开工。市长王白鹭、副市长张云杉致辞。开工仪式结束后,李青禾、王白鹭、张云杉等一行到项目施工现场实地察看。"
        #expect(self.extract(text).projects.isEmpty)
    }

    @Test func takesNoIndustryFromAUniversityNamedBesideTheProjects() {
        let text = "青禾县与白鹭大学签订合作协议。青禾物流园项目开工建设。"
        #expect(self.extract(text).industries == [.servicesLogistics])
    }

    @Test func readsAProjectThatSaysOnlyThatSomethingIsMadeAsEquipment() {
        let made = self.extract("2024年3月1日，青禾县白鹭机箱制造项目举行开工仪式。")
        #expect(made.projects.first?.industries == [.equipment])
        let said = self.extract("2024年3月1日，青禾县白鹭机箱制造项目举行开工仪式。该项目主要生产新能源汽车零部件。")
        #expect(said.projects.first?.industries.contains(.equipment) == false)
    }
}
