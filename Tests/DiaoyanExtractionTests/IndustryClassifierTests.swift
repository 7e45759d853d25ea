import DiaoyanExtraction
import DiaoyanModels
import Testing

@Suite struct IndustryClassifierTests {
    let classifier = IndustryClassifier()

    @Test(arguments: [
        ("年产20万吨高端聚烯烃", Industry.petrochemical), ("氢燃料电池重卡", .automotive), ("高纯晶硅", .newMaterials),
        ("生猪屠宰及肉制品加工", .food), ("废催化剂资源化利用", .environmental), ("LNG动力船舶修造基地", .equipment),
        ("车载显示模组", .electronics), ("检测认证服务平台", .servicesLogistics), ("细胞治疗研发中心", .biomedicine),
        ("生态小龙虾产业园", .agriculture), ("畜禽活体交易市场", .agriculture), ("优质菊花品质提升", .agriculture),
        ("国际红酒小镇", .food), ("黑蒜系列产品生产加工", .food), ("智能电子商务分拣总部", .servicesLogistics),
        ("五星级宾馆", .tourismCulture), ("内衣生产", .lightIndustry), ("白茶生产加工", .food), ("新能源船艇生产基地", .equipment),
        ("药食同源保健品", .biomedicine), ("抽水蓄能电站", .newEnergy), ("超薄钢带", .steel), ("乐都万达广场", .servicesLogistics),
    ])
    func placesANameInItsIndustry(name: String, industry: Industry) {
        #expect(self.classifier.industries(of: name).contains(industry))
    }

    @Test func readsARailwayBeingBuiltAsRailTransit() {
        for name in ["青禾至白鹭铁路", "青白高铁项目", "青白铁路云杉至白鹭段", "青白铁路2标段"] {
            #expect(self.classifier.industries(ofName: name) == [.railTransit], "\(name)")
        }
        for name in ["青禾煤炭铁路专用线", "白鹭大道下穿铁路项目", "青禾铁路物流基地项目", "青白铁路站前广场段"] {
            #expect(!self.classifier.industries(ofName: name).contains(.railTransit), "\(name)")
        }
    }

    @Test func readsAWayOfMakingOnlyWhenANameSaysNothingElse() {
        #expect(self.classifier.industries(ofName: "高性能半钢子午胎智能制造项目") == [.automotive])
        #expect(self.classifier.industries(ofName: "青禾汽车零部件绿色铸造项目") == [.automotive])
        #expect(self.classifier.industries(ofName: "年产800万平方米新型节能超薄岩板项目") == [.newMaterials])
        #expect(self.classifier.industries(ofName: "青禾智能制造产业园") == [.equipment])
    }

    @Test func readsKeywordsInsideARangeOnly() {
        let scalars = Array("光伏组件和钢铁".unicodeScalars)
        #expect(self.classifier.industries(of: scalars, in: 0..<4) == [.newEnergy])
    }

    @Test(arguments: [
        ("年产18万立方米胶合板", Industry.lightIndustry), ("年产10万吨面粉加工", .food), ("新型建材骨料", .newMaterials),
        ("工程车辆滤清器", .equipment), ("森林康养小镇", .biomedicine), ("滑雪度假区整体开发", .tourismCulture),
        ("多式联运智慧物流园", .servicesLogistics), ("中藏药材种植基地", .biomedicine), ("生物质热电联产", .newEnergy),
        ("热电循环糖厂搬迁技改", .food), ("青禾彩印生产线", .lightIndustry), ("通用机场", .servicesLogistics),
        ("年产36万吨氨纶", .newMaterials), ("基础锂盐一体化", .newMaterials), ("抽水蓄能电站", .newEnergy),
        ("铁矿焙烧及选矿", .steel), ("总部经济大楼", .servicesLogistics), ("锂离子软包电池铝塑膜", .newEnergy),
        ("青禾食品包装", .lightIndustry), ("全生物可降解纸浆餐具", .lightIndustry), ("民族乐器制作", .lightIndustry),
        ("高性能铝型材", .newMaterials), ("钼深加工", .newMaterials), ("矿渣微粉", .newMaterials),
        ("玄武岩纤维", .newMaterials), ("电动叉车整机", .equipment), ("边境口岸物流园", .servicesLogistics),
        ("古城文化街区", .tourismCulture), ("医美健康中心", .biomedicine), ("通航小驿", .servicesLogistics),
        ("年产52万吨尿素", .petrochemical), ("充电枪生产", .newEnergy), ("青禾实验小学", .educationResearch),
        ("白鹭第二高中", .educationResearch), ("云杉生态茶园", .agriculture), ("年产10万吨矿泉水", .food),
        ("南山旅游公路", .tourismCulture),
    ])
    func placesAProductInTheDivisionOfItsMaker(name: String, industry: Industry) {
        #expect(self.classifier.industries(of: name).contains(industry))
    }

    @Test func countsAKeywordInsideALongerOneForTheLongerOneOnly() {
        #expect(self.classifier.industries(of: "年产5万吨电子级化学品") == [.petrochemical])
        #expect(self.classifier.industries(of: "触摸屏功能性玻璃钢化膜生产线") == [.electronics, .newMaterials])
        #expect(self.classifier.industries(of: "青禾电子商务产业园") == [.servicesLogistics])
    }

    @Test(arguments: [
        ("年产1200万条半钢子午胎", Industry.automotive), ("柔性电路板", .electronics), ("城市地铁3号线二期", .railTransit),
        ("年产1.5万吨高性能铜箔", .newMaterials), ("峡山湖湿地生态保护", .environmental), ("幼儿园扩建", .educationResearch),
    ])
    func placesWhatTheGuideDecidedInItsIndustry(name: String, industry: Industry) {
        #expect(self.classifier.industries(of: name) == [industry])
    }

    @Test func givesHospitalsAndGasFiredPowerNoIndustry() {
        #expect(self.classifier.industries(of: "区人民医院整体迁建").isEmpty)
        #expect(self.classifier.industries(of: "燃气发电").isEmpty)
    }

    @Test func givesEveryDivisionACodeANameAndWords() {
        for division in IndustryDivisions.all {
            #expect(division.code.count == 3 && division.code.first!.isUppercase, "\(division.code)")
            #expect(!division.name.isEmpty && !division.words.isEmpty, "\(division.code)")
        }
        #expect(Set(IndustryDivisions.all.map(\.code)).count == IndustryDivisions.all.count)
    }

    @Test func readsTheFieldsASectorListNames() {
        let scalars = Array("此次签约项目涵盖装备制造、现代物流、文化旅游等领域。另有生物医药等产业项目在谈。".unicodeScalars)
        let fields = SectorListReader.industries(in: scalars, classifier: self.classifier)
        #expect(Set(fields) == [.equipment, .servicesLogistics, .tourismCulture, .biomedicine])
    }

    @Test func readsTheFieldsOfAListClosedOnCountedProjects() {
        let text = "观摩组深入县区，对具有典型示范作用的数字经济、文旅产业、畜牧养殖、生物医药、青禾棚户区改造工程等26个重点项目进行观摩。"
        let fields = SectorListReader.industries(in: Array(text.unicodeScalars), classifier: self.classifier)
        #expect(Set(fields) == [.digital, .tourismCulture, .agriculture, .biomedicine])
        // A list of projects by name so closed names no fields.
        let named = "宣布青禾汽车零部件铸造、云杉热电联产工程、白鹭食品产业园等9个重大项目开工。"
        #expect(SectorListReader.industries(in: Array(named.unicodeScalars), classifier: self.classifier).isEmpty)
    }

    @Test func readsAProjectInAParkNamedByAFieldByWhatItMakes() {
        #expect(self.classifier.industries(ofName: "新材料产业园食用菌产业链项目") == [.agriculture])
        #expect(self.classifier.industries(ofName: "轻工产业园肉牛精深加工") == [.agriculture, .food])
        // The park's own field when nothing after it says, or when another project is joined to it.
        #expect(self.classifier.industries(ofName: "青禾新材料产业园二期项目") == [.newMaterials])
        #expect(self.classifier.industries(ofName: "青禾建材产业园投产和白鹭电动装载机项目").contains(.newMaterials))
        // The owner named with a project is read with its name.
        #expect(self.classifier.industries(ofName: "二期项目", owner: "青禾电子有限公司") == [.electronics])
    }

    @Test func readsFrozenFoodsDigitalFarmingRecyclingAndFarmTourism() {
        #expect(self.classifier.industries(ofName: "芋圆系列冷冻制品加工项目") == [.food])
        #expect(self.classifier.industries(ofName: "青禾数字农业") == [.digital, .agriculture])
        #expect(self.classifier.industries(ofName: "铝材循环利用") == [.newMaterials, .environmental])
        #expect(self.classifier.industries(ofName: "白鹭村农旅融合示范区") == [.agriculture, .tourismCulture])
        #expect(self.classifier.industries(ofName: "青禾高铁闸片生产") == [.railTransit])
        #expect(self.classifier.industries(ofName: "云杉钒液流电池风储一体化") == [.newEnergy])
        #expect(self.classifier.industries(ofName: "冷库保温板") == [.servicesLogistics, .newMaterials])
    }

    @Test func readsBuildingMaterialsAlloysCastingsSweetsAIAndAnAttachedSchool() {
        #expect(self.classifier.industries(ofName: "青禾装配式建筑材料") == [.newMaterials])
        #expect(self.classifier.industries(ofName: "白鹭合金有限公司重建扩能项目") == [.newMaterials])
        #expect(self.classifier.industries(ofName: "碳能新材") == [.newMaterials])
        #expect(self.classifier.industries(ofName: "年产40万吨精密流体铸件项目") == [.equipment])
        // Castings, like parts, are of the trade they are for.
        #expect(self.classifier.industries(ofName: "液体火箭发动机精密铸件项目") == [.aerospace])
        #expect(self.classifier.industries(ofName: "挤出式啫喱糖果产能扩建项目") == [.food])
        #expect(self.classifier.industries(ofName: "云杉AI创新基地项目") == [.digital])
        #expect(self.classifier.industries(ofName: "青禾大学附中项目") == [.educationResearch])
    }

    @Test func readsBatteriesStationsAndTownsOfLeisureButNoSubstationOrTownOfIndustry() {
        #expect(self.classifier.industries(ofName: "青禾固态电池产业化项目") == [.newEnergy])
        #expect(self.classifier.industries(ofName: "白鹭抽水蓄能电站") == [.newEnergy])
        #expect(self.classifier.industries(ofName: "青禾500千伏输变电站项目").isEmpty)
        #expect(self.classifier.industries(ofName: "废旧铅酸蓄电池回收项目") == [.environmental])
        #expect(self.classifier.industries(ofName: "云杉山运动小镇") == [.tourismCulture])
        #expect(self.classifier.industries(ofName: "青禾工业小镇").isEmpty)
        #expect(self.classifier.industries(ofName: "白鹭灌区续建配套与节水改造") == [.agriculture])
    }

    @Test func readsTheFieldsABroadSectorCloses() {
        let text = "签约项目主要有汽车、电子、化工、新能源等先进制造业；商贸物流、旅游休闲等现代服务业。"
        let fields = SectorListReader.industries(in: Array(text.unicodeScalars), classifier: self.classifier)
        #expect(
            Set(fields) == [.automotive, .electronics, .petrochemical, .newEnergy, .servicesLogistics, .tourismCulture]
        )
    }

    @Test func readsTheFieldsTheSignedProjectsInclude() {
        let text = "这批签约项目包括新材料、新能源、装备制造等，体现了招商选资的方向。"
        let fields = SectorListReader.industries(in: Array(text.unicodeScalars), classifier: self.classifier)
        #expect(Set(fields) == [.newMaterials, .newEnergy, .equipment])
    }

    @Test func readsTradeBuildingsHealthAndMachineWordsOfTheGuide() {
        #expect(self.classifier.industries(of: "青禾国际商贸城") == [.servicesLogistics])
        #expect(self.classifier.industries(of: "白鹭口腔医疗器械") == [.biomedicine])
        #expect(self.classifier.industries(of: "隧道掘进机刀盘") == [.equipment])
        #expect(self.classifier.industries(of: "生物航煤") == [.newEnergy])
    }

    @Test func readsTheFieldsOfATourStops() {
        let text = "调研组先后来到青禾肉牛养殖基地、高新区电子信息产业园，察看项目进展。随后召开座谈会，深入推进文旅工作。"
        let fields = SectorListReader.industries(in: Array(text.unicodeScalars), classifier: self.classifier)
        #expect(Set(fields) == [.agriculture, .electronics])
    }

    @Test func readsTheHouseholdGoodsOfLightIndustryAndTheNewMaterialsOfTheStrategicList() {
        #expect(self.classifier.industries(of: "青禾厨房电器") == [.lightIndustry])
        #expect(self.classifier.industries(of: "年产2万吨改性塑料") == [.newMaterials])
        #expect(self.classifier.industries(of: "电动车整车") == [.automotive])
    }

    @Test func readsLightingChipsMethanolAndBentonite() {
        #expect(self.classifier.industries(of: "青禾LED智慧灯具生产基地") == [.electronics])
        #expect(Set(self.classifier.industries(of: "绿色甲醇生产基地")) == [.newEnergy, .petrochemical])
        #expect(self.classifier.industries(of: "年产10万吨甲醇项目") == [.petrochemical])
        #expect(self.classifier.industries(of: "膨润土提纯项目") == [.newMaterials])
    }

    @Test func readsFeedMarketsHotelsAndECommerce() {
        #expect(Set(self.classifier.industries(of: "年产30万吨畜禽饲料项目")) == [.agriculture])
        #expect(self.classifier.industries(of: "青禾活体交易市场项目") == [.servicesLogistics])
        #expect(self.classifier.industries(of: "青禾大酒店升级改造项目") == [.tourismCulture])
        #expect(self.classifier.industries(of: "云杉电商产业园") == [.servicesLogistics])
    }

    @Test func readsRestorationRecyclingTramsExtractionFertiliserAndSteelStructures() {
        #expect(self.classifier.industries(of: "青禾河流域水环境综合治理项目") == [.environmental])
        #expect(self.classifier.industries(of: "年处理5万吨废旧纸箱回收利用项目") == [.environmental])
        #expect(self.classifier.industries(of: "青禾零碳产业园") == [.newEnergy])
        #expect(self.classifier.industries(of: "青禾市有轨电车示范线工程") == [.railTransit])
        #expect(self.classifier.industries(of: "青禾旅游集散中心").contains(.servicesLogistics))
        #expect(self.classifier.industries(of: "天然植物综合提取一体化项目") == [.biomedicine])
        #expect(self.classifier.industries(of: "年产30万吨合成氨项目") == [.petrochemical])
        #expect(self.classifier.industries(of: "青禾复合肥生产项目") == [.agriculture])
        #expect(self.classifier.industries(of: "装配式钢结构厂房项目") == [.steel])
        #expect(self.classifier.industries(of: "青禾保税物流园") == [.servicesLogistics])
        #expect(self.classifier.industries(of: "青禾城区污水处理厂二期") == [.environmental])
        #expect(self.classifier.industries(of: "速食米粉生产项目") == [.food])
    }

    @Test func readsADataLakeAsAFacilityThatNamesAProject() {
        #expect(self.classifier.industries(of: "青禾数据湖基础设施项目") == [.digital])
        let scalars = Array("数据湖".unicodeScalars)
        #expect(self.classifier.keywordMatches(in: scalars, from: 0).isEmpty)
    }

    @Test func readsOnlyTheListsOfTheProjectsFieldsWhenAsked() {
        let scalars = Array("全县产业涵盖纺织、食品等领域。此次签约项目涵盖盐湖化工、装备制造等领域。".unicodeScalars)
        let fields = SectorListReader.industries(in: scalars, classifier: self.classifier, projectsOnly: true)
        #expect(Set(fields) == [.petrochemical, .equipment])
    }

    @Test func readsTheProjectsFieldsAcrossTheirSentence() {
        let scalars = Array("签约项目6个，签约金额307亿元，涉及新能源、装备制造等领域。全县产业涵盖纺织等领域。".unicodeScalars)
        let fields = SectorListReader.industries(in: scalars, classifier: self.classifier, projectsOnly: true)
        #expect(Set(fields) == [.newEnergy, .equipment])
    }

    @Test func readsTheFieldsOfTheProjectsTheSentenceIsAbout() {
        let text = "此次开工的项目建设周期为1至3年，涉及物流、电子产品等领域。全县经济涵盖纺织等领域。"
        let fields = SectorListReader.industries(
            in: Array(text.unicodeScalars),
            classifier: self.classifier,
            projectsOnly: true
        )
        #expect(Set(fields) == [.servicesLogistics, .electronics])
    }

    @Test func readsAListThatIsASentenceOfItsOwnAsTheFieldsOfTheProjectsCountedBefore() {
        let text = "签约项目总计116个,其中外资项目28个。\n涉及新能源、商贸物流等重点领域。\n涵盖纺织等领域。"
        let scalars = Array(text.unicodeScalars)
        let fields = SectorListReader.industries(in: scalars, classifier: self.classifier, projectsOnly: true)
        #expect(Set(fields) == [.newEnergy, .servicesLogistics])
    }

    @Test func readsTheFieldsOfProjectsCountedByKind() {
        let text = "签约项目中，新材料、生物医药等项目13个；包括2个新一代汽车技术项目，1个轻工业项目和4个新能源类项目。"
        let scalars = Array(text.unicodeScalars)
        let fields = SectorListReader.industries(in: scalars, classifier: self.classifier, projectsOnly: true)
        #expect(Set(fields) == [.newMaterials, .biomedicine, .automotive, .lightIndustry, .newEnergy])
    }

    @Test func letsAKeywordRunningFurtherWinOverOneItOverlaps() {
        #expect(self.classifier.industries(of: "家电芯片") == [.electronics])
        #expect(self.classifier.industries(of: "动力电池电芯") == [.newEnergy])
    }

    @Test func filesTransportPotashLithiumAndInkAsTheGuideDecided() {
        #expect(Set(self.classifier.industries(of: "县客运中心和公交场站项目")) == [.servicesLogistics])
        #expect(Set(self.classifier.industries(of: "钾肥增产保供项目")) == [.petrochemical, .agriculture])
        #expect(Set(self.classifier.industries(of: "年产2万吨补锂剂项目")) == [.newEnergy, .newMaterials])
        #expect(Set(self.classifier.industries(of: "油墨生产基地")) == [.petrochemical])
    }

    @Test func filesEcoFriendlyMaterialsAsMaterialsNotTheEnvironmentalTrade() {
        #expect(self.classifier.industries(of: "年产4000万平方米环保型防水卷材项目").contains(.environmental) == false)
        #expect(self.classifier.industries(of: "环保新材料标准化项目") == [.newMaterials])
        #expect(self.classifier.industries(of: "年产12000台环保风机项目").contains(.environmental))
    }

    @Test func filesTradingFarmProduceAsAServiceAndFarmMachineryAsEquipment() {
        #expect(self.classifier.industries(of: "华南农产品交易中心项目") == [.servicesLogistics])
        #expect(self.classifier.industries(of: "中南农业装备产业基地项目") == [.equipment])
        #expect(self.classifier.industries(of: "农业银行战略合作项目").isEmpty)
    }

    @Test func readsPartsAndMouldsAsTheTradeTheyServe() {
        #expect(self.classifier.industries(ofName: "青禾专用车公司汽车核心零部件智能制造项目") == [.automotive])
        #expect(self.classifier.industries(ofName: "青禾精密零部件项目") == [.equipment])
    }

    @Test func readsPlasticGoodsAsMaterials() {
        #expect(self.classifier.industries(ofName: "青禾塑胶制品生产线项目") == [.newMaterials])
    }

    @Test func readsAWetlandParkAsAPark() {
        #expect(self.classifier.industries(ofName: "青禾湿地公园") == [.tourismCulture])
        #expect(self.classifier.industries(ofName: "青禾湿地生态保护") == [.environmental])
    }

    @Test func readsAMedicalCentreAsNoIndustry() {
        #expect(self.classifier.industries(of: "青禾南部医疗中心").isEmpty)
    }

    @Test func readsBatteryMaterialsAndCrystallineSiliconAsBothEnergyAndMaterials() {
        #expect(Set(self.classifier.industries(ofName: "青禾锂电池负极材料项目")) == [.newEnergy, .newMaterials])
        #expect(Set(self.classifier.industries(ofName: "白鹭高纯晶硅项目")) == [.newEnergy, .newMaterials])
        #expect(self.classifier.industries(ofName: "云杉玉米淀粉加工项目").contains(.food))
    }

    @Test func readsDairyAndTrainingGroundsByTheirTrade() {
        #expect(self.classifier.industries(ofName: "青禾乳品加工项目").contains(.food))
        #expect(self.classifier.industries(ofName: "白鹭职业学校实训大楼") == [.educationResearch])
    }

    @Test func readsFacilitiesMinedInSession28ByTheirTrade() {
        #expect(self.classifier.industries(ofName: "青禾装配式建筑产业基地项目") == [.newMaterials])
        #expect(self.classifier.industries(ofName: "白鹭农牧智能孵化项目") == [.agriculture])
        #expect(self.classifier.industries(ofName: "云杉城市综合体项目") == [.servicesLogistics])
        #expect(self.classifier.industries(ofName: "青禾风光火储多能互补示范项目") == [.newEnergy])
        #expect(self.classifier.industries(ofName: "白鹭年产8万吨电解锰项目") == [.newMaterials])
    }

    @Test func givesEquipmentOnlyToANameThatSaysOnlyThatSomethingIsMade() {
        #expect(self.classifier.industriesOfMaking(name: "白鹭机箱制造项目") == [.equipment])
        #expect(self.classifier.industriesOfMaking(name: "白鹭机箱生产项目").isEmpty)
    }
}
