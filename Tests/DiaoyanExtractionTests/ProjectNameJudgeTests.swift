import DiaoyanExtraction
import Testing

@Suite struct ProjectNameJudgeTests {
    let judge = ProjectNameJudge()

    func isNamed(_ text: String, placeLength: Int = 0, strictness: ProjectNameJudge.Strictness = .standalone) -> Bool {
        let scalars = Array(text.unicodeScalars)
        let places = placeLength > 0 ? [0..<placeLength] : []
        return self.judge.isNamed(0..<scalars.count, in: scalars, places: places, strictness: strictness)
    }

    @Test(arguments: ["生物医药", "数字经济重点", "新能源制造业", "光伏产业链", "装备制造", "12个港资", "两个汽车电子"])
    func callsAKindOfProjectNoName(text: String) {
        #expect(!self.isNamed(text))
    }

    @Test(arguments: [
        "杨浦区2024年重大", "阿荣旗经济社会重大", "科技创新类", "2024年东西部协作", "省际间投资", "成广产业合作", "领导对本",
        "充分肯定了该", "青禾优势产业推介暨", "青禾县高度重视",
    ])
    func callsAClassWrittenBefore项目NoName(text: String) {
        #expect(!self.isNamed(text))
    }

    @Test(arguments: [
        "全员奋战", "全心服务", "及时发现", "谋划申报", "各地持续发力", "高品质", "集聚发展", "尽职尽责服务", "的精神服务", "及时化解",
        "三年后入园", "全方位", "特钢上下游", "灾后重建", "外贸进出口", "重大传统产业改造提升", "省主要领导莅临", "领导领衔", "金融机构看好青禾搬迁",
        "迫切需要引育高质量发展", "齐心协力保证", "总结近期", "本地区", "县已竣工", "龙头型", "省直单位负责", "紧扣行业",
        "前三名", "下次观摩时", "全资子公司", "上海援建", "社会公益性", "特色文旅", "光伏扶贫", "大力招引新",
    ])
    func callsWhatIsDoneToProjectsNoName(text: String) {
        #expect(!self.isNamed(text))
    }

    @Test(arguments: ["市委常委", "青禾市副市长", "县政协副主席", "我司支部书记"])
    func callsAnOfficeListedBesideProjectsNoName(text: String) {
        #expect(!self.isNamed(text, strictness: .listed))
    }

    @Test(arguments: ["动工仪式", "青禾新材料项目奠基典礼"])
    func callsACeremonyListedBesideProjectsNoName(text: String) {
        #expect(!self.isNamed(text))
    }

    @Test(arguments: ["我县2016年“三十工程”", "我省重大科技创新和青禾突破发展", "我县范围内土地综合整治", "我县光电线缆行业重要延链补链"])
    func callsAClassOfTheWritersOwnUnitNoName(text: String) {
        #expect(!self.isNamed(text))
    }

    @Test func callsAFirmsProjectAfterTheWritersOwnUnitAName() {
        #expect(self.isNamed("我区青禾新材料公司保温装饰一体板材"))
    }

    @Test(arguments: ["海南自由贸易港建设", "海南自贸区建设", "西湖管理区重大招商引资", "临空经济区一季度", "主会场"])
    func callsAClassOrABatchOfProjectsNoName(text: String) {
        #expect(!self.isNamed(text))
    }

    @Test(arguments: ["青禾东西部协作产业园", "云杉重大装备制造基地", "白塔招商大厦"])
    func callsANameHoldingAClassWordElsewhereAName(text: String) {
        #expect(self.isNamed(text))
    }

    @Test(arguments: ["黔南智算中心", "年产12万吨工业硅", "高端润滑油基础油", "古城文旅康养综合体", "燃料电池空压机和循环泵生产线"])
    func callsASpecificProjectAName(text: String) {
        #expect(self.isNamed(text))
    }

    @Test(arguments: [
        "严格把关", "认真听取各", "时她希望", "他希望青禾新能源科技有限公司竣工", "滨海致力突破重大", "倾力服务", "政企明确",
        "明确专人跟进", "全过程服务", "要大干快上建", "常务副市长林一通报全市", "自治区层面重大", "县继9月5日在县",
        "积极协调", "深化转型", "比学赶超大干", "离不开", "不折不扣高质量完成各", "既有“一主一特”产业链", "只有让投资",
        "(二期)", "(青禾稀土)", "本报讯(记者林一)我市重大", "2015年中国(青禾)投资环境说明会暨", "盐湖城旅游文化艺术节",
        "企业改扩建", "要做深", "施工方要加大", "要利用", "百余名", "4月底前全部", "预计今年八月份", "青禾创业招商大会",
        "外商合资", "占省外合作",
    ])
    func callsWordsOfASpeechNoName(text: String) {
        #expect(!self.isNamed(text))
    }

    @Test(arguments: ["第二十六届青洽会青禾州优势资源推介暨", "青禾经济技术开发区2022年第三季度", "青禾市2025年第一次", "青禾县2022年春季线上"])
    func callsAnEditionOrABatchNoName(text: String) {
        #expect(!self.isNamed(text))
    }

    @Test func keepsAYearBeforeWhatIsBuilt() {
        #expect(self.isNamed("青禾县2022年高标准农田建设"))
    }

    @Test(arguments: ["青禾重要物资储备", "益青食品(高要)亿只鸭全产业链", "青禾要素市场"])
    func keepsA要InsideAWordOrAPlace(text: String) {
        #expect(self.isNamed(text))
    }

    @Test func keepsAGroupWhoseNameHoldsSuchAWord() {
        #expect(self.isNamed("新希望年产36万吨饲料加工"))
    }

    @Test(arguments: ["青禾坡失能人员集中照护中心建设", "青禾工业集中区污水处理厂二期", "青禾100MW集中式光伏"])
    func keeps集中InsideAFacilitysName(text: String) {
        #expect(self.isNamed(text))
    }

    @Test(arguments: [("青禾大道包装", 0), ("温州大酒店", 2), ("青禾湘商大厦", 0)])
    func takesABuildingOrRoadWordOpeningWith大AsAHead(text: String, placeLength: Int) {
        #expect(self.isNamed(text, placeLength: placeLength))
    }

    @Test func stillCallsAConcentratedCeremonysProjectsNoName() {
        #expect(!self.isNamed("集中开工重大"))
        #expect(!self.isNamed("青禾集中签约"))
    }

    @Test func masksAPlaceNameBeforeAKindOfProject() {
        #expect(!self.isNamed("海口生物医药产业", placeLength: 2))
        #expect(self.isNamed("海口椰风生物医药产业", placeLength: 2))
    }

    @Test func takesAnEnumeratedItemOnFewerWords() {
        #expect(self.isNamed("中南高科", strictness: .listed))
        #expect(!self.isNamed("重点", strictness: .listed))
    }

    @Test(arguments: ["锦和养生度假酒店", "忠和紫菜产业园"])
    func readsAConjunctionAfterTheFirstScalarAsPartOfATradeName(text: String) {
        #expect(self.isNamed(text))
    }

    @Test(arguments: ["新材料及智能装备产业园", "智能制造及环保装备工程"])
    func takesAFieldSharingTheHeadNounOfThePartAfterAConjunction(text: String) {
        #expect(self.isNamed(text))
    }

    @Test(arguments: ["涉及高端纺织", "参与临空经济区"])
    func callsASpanOpenedByAVerbHoldingAConjunctionNoName(text: String) {
        #expect(!self.isNamed(text))
    }

    @Test func stillCallsAPartWithoutContentBeforeAConjunctionNoName() {
        #expect(!self.isNamed("重点和青禾产业园"))
    }

    @Test(arguments: [
        "一期工程", "主体工程", "第四期", "开(竣)工", "动（竣）工", "城市更新", "安置房", "本县市", "州计划续建", "全心全意服务",
    ])
    func callsAPhaseAUrbanKindOrADutyNoName(text: String) {
        #expect(!self.isNamed(text))
    }

    @Test func stillNamesAProjectWithItsPhase() {
        #expect(self.isNamed("青禾物流园一期工程"))
    }

    @Test(arguments: ["青禾桥塞研究及产业化", "白鹭紫苏种植及深加工", "云杉肉类屠宰及深加工"])
    func readsTheWorkAfterAConjunctionAsPartOfTheName(text: String) {
        #expect(self.isNamed(text))
    }

    @Test(arguments: ["产业转型重点带动型", "“旗舰型”", "精心选派优秀", "“三百双千”", "“一园两区”", "“厕所革命”", "“532”"])
    func callsATypeAQualityOrAQuotedSloganNoName(text: String) {
        #expect(!self.isNamed(text))
    }

    @Test(arguments: ["“青禾谷”", "“白鹭湾大酒店”", "“云杉里”建设"])
    func stillNamesAQuotedPlaceOrFacility(text: String) {
        #expect(self.isNamed(text))
    }
}
