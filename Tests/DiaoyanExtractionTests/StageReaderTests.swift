import DiaoyanExtraction
import DiaoyanModels
import Testing

@Suite struct StageReaderTests {
    let extractor: RecordExtractor

    init() throws {
        self.extractor = try RecordExtractor()
    }

    func stages(_ text: String) -> [Stage] {
        self.extractor.extract(NormalizedDocument(id: "t", source: "t", text: text)).projects.map(\.stage)
    }

    @Test func readsAFutureStageAsStillBeingBuilt() {
        #expect(self.stages("今年6月底，青禾新材料项目将在钢铁产业园区全面建成投产。") == [.underConstruction])
    }

    @Test func readsTheStageOfTheProjectASentenceOpensWithFarAfterIt() {
        let text = "青禾区南京电气新能源装配产业项目主要生产智能电池包、储能变流器、储能集成产品等,年产值3亿元,预计7月试生产。"
        #expect(self.stages(text) == [.underConstruction])
    }

    @Test func readsAStartToldAsEarlierAsBeingBuilt() {
        #expect(self.stages("园区重点项目青禾新材料研发加工项目、白塔铝业扩建项目等十个项目已集中开工。") == [.underConstruction, .underConstruction])
        #expect(self.stages("青禾水厂项目、白塔大桥项目相继开工。") == [.underConstruction, .underConstruction])
        // The day's own start stays a groundbreaking.
        #expect(self.stages("青禾水厂项目今天正式开工。") == [.groundbreaking])
    }

    @Test func readsAStartATimeRunsFromAsBeingBuilt() {
        #expect(self.stages("青禾水厂项目开工建设以来进展顺利。") == [.underConstruction])
        #expect(self.stages("青禾购物中心项目、白塔医药基地项目等项目都在按步推进。") == [.underConstruction, .underConstruction])
    }

    @Test func readsProjectsPromotedToInvestorsAsPlanned() {
        #expect(self.stages("签约仪式后还重点推介了青禾湖旅游配套项目、白塔物流园项目等项目。") == [.planned, .planned])
    }

    @Test func readsTheProjectsANewStartFollowsAsBeingBuilt() {
        let text = "继青禾印染项目、白塔纺织项目等项目开工建设之后,园区还将引进更多企业。"
        #expect(self.stages(text) == [.underConstruction, .underConstruction])
    }

    @Test func readsTheVenueOfACeremonyHeldOnItsBuildingSite() {
        let text = "3月26号,青禾县一季度重点项目集中开工仪式在县中医院整体搬迁项目施工地举行。"
        #expect(self.stages(text) == [.groundbreaking])
    }

    @Test func readsAContractSignedInPlainWordsAsSigned() {
        #expect(self.stages("投资15亿元的青禾汽车零部件产业园项目也在当天跟经开区签了入园合同。") == [.signed])
    }

    @Test func readsASiteBeingChosenOrADesignHeardAsPlanned() {
        #expect(self.stages("一行来到青禾村抽水蓄能项目建设下水库选址现场进行调研。") == [.planned])
        #expect(self.stages("会议听取了青禾河道治理项目的设计方案汇报。") == [.planned])
        #expect(self.stages("会议评审了青禾总部信息化集成项目、云杉光伏项目。") == [.planned, .planned])
        // A site chosen only says where the project goes.
        #expect(self.stages("签约项目中,青禾3GW电池片项目总投资23亿元,选址惠农区。") != [.planned])
    }

    @Test func readsAPlantCompletedAndCommissionedAsInProduction() {
        #expect(self.stages("青禾光伏、云杉新材料等一批项目竣工投产。") == [.inProduction, .inProduction])
        #expect(self.stages("20日，青禾储能电池一期项目开工投产。") == [.inProduction])
        #expect(self.stages("青禾食品加工项目已于去年竣工。") == [.completed])
    }

    @Test func readsTrialRunsAndFinishedStructuresOfAProgressReport() {
        #expect(self.stages("青禾多晶硅项目总投资29亿元，目前进入调试运行阶段。") == [.inProduction])
        #expect(self.stages("云杉基础锂盐一体化项目今年6月转入试生产阶段。") == [.inProduction])
        #expect(self.stages("白鹭电石项目土建工程及设备安装已完成，具备试车条件。") == [.completed])
        #expect(self.stages("青禾物流园项目主体工程完工。") == [.toppedOut])
        #expect(self.stages("云杉高速公路项目正在有序推进。") == [.underConstruction])
    }

    @Test func readsNoStageFromAWordMarkingAnotherGroupOfProjects() {
        let text = "本月开工的项目包括青禾食品加工项目、云杉物流园项目等12个项目，竣工的项目有7个。"
        #expect(self.stages(text) == [.groundbreaking, .groundbreaking])
    }

    @Test func readsAGroupThatACopulaMakesTheListsOwn() {
        let text = "青禾机械产业园、白鹭食用菌深加工扩能改造等项目都是今年开工的重点项目。"
        #expect(self.stages(text) == [.groundbreaking, .groundbreaking])
    }

    @Test func readsTheStageToldAfterAListForEveryItem() {
        let text = "分会场在长安畜禽活体交易市场项目现场举行，青禾共享农庄、城投商业广场、无氨橡胶生产线、塘北村光伏产业振兴三期项目等10个项目集中开工。"
        #expect(
            self.stages(text) == [
                .groundbreaking, .groundbreaking, .groundbreaking, .groundbreaking, .groundbreaking,
            ]
        )
    }

    @Test func readsTheStageToldAfterAListForItemsWrittenWithTheirOwnProject() {
        let text = "大会现场，包括青禾半导体产业园项目、云杉新区城市综合体项目、白塔云轨制造基地项目等10个项目当会签约。"
        #expect(self.stages(text) == [.signed, .signed, .signed])
    }

    @Test func readsTheCeremonysStageForTheProjectWhoseSiteHostsIt() {
        #expect(self.stages("3月11日，全州重大项目集中开工。主会场设于青禾茶博园项目施工现场。") == [.groundbreaking])
        #expect(self.stages("在云杉铁路物流基地项目建设现场隆重举行2024年第二批重点项目集中开工仪式。") == [.groundbreaking])
        #expect(self.stages("青禾智能教学基地项目现场举行了投产仪式。") == [.inProduction])
        #expect(self.stages("市领导来到青禾食品项目建设现场，详细了解施工进度。") == [.underConstruction])
    }

    @Test func readsTheStartOfACombinedCeremonyForTheProjectsHostingItsVenues() {
        let text = "会后，举行白鹭县重点项目集中开工签约仪式。签约仪式主会场设在青禾芯片模组项目，云杉食品加工及冷链物流项目设分会场。"
        #expect(self.stages(text) == [.groundbreaking, .groundbreaking])
    }

    @Test func readsASigningAnnouncedBeforeTheProjectsAsPlanned() {
        let text = "本月白鹭区还将与青禾芯片封测项目、云杉生物医药研发项目等11个产业项目签约。"
        #expect(self.stages(text) == [.planned, .planned])
        #expect(self.stages("白鹭区与青禾芯片封测项目、云杉生物医药研发项目等11个产业项目签约。") == [.signed, .signed])
    }

    @Test func readsWorksInFullSwingOrNearTheirEndAsBeingBuilt() {
        #expect(self.stages("总投资4.3亿元的青禾100MW复合光伏项目建设正酣。") == [.underConstruction])
        #expect(self.stages("白鹭生物质发电项目也在如火如荼地进行。") == [.underConstruction])
        #expect(self.stages("青禾抗肿瘤制药项目已开始建设办公楼和主车间基础。") == [.underConstruction])
        #expect(self.stages("云杉聚乙烯醇项目设备安装已接近尾声。") == [.underConstruction])
    }

    @Test func readsAPlantStartedUpOrAFirstUnitOffItsLineAsInProduction() {
        #expect(self.stages("青禾120万吨/年乙烯项目一次开车成功。") == [.inProduction])
        #expect(self.stages("在白鹭新能源装备制造基地项目的厂房内，举行了首台风电主机产品下线仪式。") == [.inProduction])
        #expect(self.stages("青禾年产10万吨电池负极一体化项目送电试车。") == [.inProduction])
        #expect(self.stages("在白鹭日化新材料制造项目，他仔细询问主要产品、投产准备等情况。") == [.underConstruction])
    }

    @Test func readsTheSigningToldAfterALongListForEveryItem() {
        let text =
            "10月8日，青禾县举行系列活动，集中签约一批、开工一批、投产一批重大项目。\n会后，青禾县年产100万吨工业盐项目(甲镇)、"
            + "青禾县食用菌菌种生产、栽培及加工综合建设项目(乙镇)、青禾县年处理20万吨粉煤灰综合利用项目(丙镇)、"
            + "青禾县年产300万颗电子变压器制造项目(甲镇)在白鹭市主会场进行了集中签约。\n随后，县领导来到云杉电子产业园研发生产建设项目"
            + "现场观摩，并听取项目负责人介绍项目投产情况。"
        #expect(self.stages(text) == [.signed, .signed, .signed, .signed, .inProduction])
        let commas = "青禾再铸造项目，白鹭商贸城项目，年产60万吨矿渣微粉项目，年处理30万吨固体废物产业化建设项目，云杉公司6万平方米标准厂房项目等5个项目开工建设。"
        #expect(self.stages(commas) == Array(repeating: .groundbreaking, count: 5))
    }

    @Test func readsProjectsStartedAndBeingBuiltOrStillToBeBroughtIn() {
        #expect(self.stages("青禾机场项目、白鹭医院分院项目等34个项目开工在建。") == [.underConstruction, .underConstruction])
        #expect(self.stages("力争引进青禾新材料项目、白鹭染料项目等招商引资项目。") == [.planned, .planned])
        #expect(self.stages("市长调研青禾附中项目选址规划。") == [.planned])
    }

    @Test func readsASigningStillPressedForAsPlanned() {
        #expect(self.stages("重点推动青禾新材料项目、白鹭无人机项目等重点项目加快签约落地。") == [.planned, .planned])
    }

    @Test func readsTheCeremonysStageForTheProjectTheVenueNamesBeforeIt() {
        let text = "县长主持开工仪式。\n主会场的青禾水务一体化PPP建设项目投资9亿元。县产投公司就该项目计划作了发言。"
        #expect(self.stages(text) == [.groundbreaking])
    }

    @Test func readsTheWorksATourStopsAtAsBeingBuilt() {
        let text = "老干部们先后参观了白鹭水泥有限公司实验楼、青禾市食品科技园、云杉高中产教融合双创基地等项目。"
        #expect(self.stages(text) == [.underConstruction, .underConstruction, .underConstruction])
    }

    @Test func readsTheStopsOfATourAsBeingBuilt() {
        let text = "县长谋划了明年工作。随后察看云杉镇菌菇基地、白塔水库建设、青禾村肉牛繁育基地建设情况。"
        #expect(self.stages(text) == [.underConstruction, .underConstruction, .underConstruction])
    }

    @Test func readsTheCeremonyTwoSentencesBeforeItsVenues() {
        let text = "3月20日，白鹭县举行重点项目集中开复工仪式。此次活动设一个主会场和两个分会场。主会场设立在青禾精密装备制造项目施工现场，分会场设立在云杉河道治理项目施工现场。"
        #expect(self.stages(text) == [.groundbreaking, .groundbreaking])
    }

    @Test func readsNoStageFromADayThatStartsSomeAndCompletesOthers() {
        let text = "当天开竣工的青禾大道、云杉路东段改造工程、白塔农贸综合批发市场工程等8个项目，总投资65.5亿元。"
        #expect(self.stages(text) == [.unknown, .unknown, .unknown])
    }

    @Test func readsNoStageForTheVenueOfADayThatStartsSomeAndCompletesOthers() {
        let text = "12月30日上午，青禾县第四次工业项目集中开(竣)工活动在白鹭新型建材项目现场举行。"
        #expect(self.stages(text) == [.unknown])
        #expect(self.stages("12月30日上午，青禾县工业项目集中开工活动在白鹭新型建材项目现场举行。") == [.groundbreaking])
    }

    @Test func readsNoStageFromWhatAStageWillBring() {
        let text = "开工的3个项目分别是：青禾食品加工厂建设项目、云杉党校建设工程、白塔渔业产业园一期，这些项目的建成将补齐基础设施短板。"
        #expect(self.stages(text) == [.groundbreaking, .groundbreaking, .groundbreaking])
    }

    @Test func endsAListAtAnItemLongerThanAnyName() {
        let text = "开工的10个重大项目包括青禾年产7000平方米航空模具生产线项目、云杉环境科技有限公司年产2000万平方米无纺布生产线项目、白塔碧海产业用布有限公司年产100万平方米针刺无纺布生产线技改项目。"
        #expect(self.stages(text).count == 3)
    }

    @Test func readsNoStageFromACeremonyToldAsATime() {
        let text = "3月30日，全州春季项目集中开工活动举行。开工活动结束后，市领导先后到青禾年产2500吨奶粉项目现场、云杉原料药建设项目现场调研。"
        #expect(self.stages(text) == [.underConstruction, .underConstruction])
    }

    @Test func readsNoStageFromAConditionOrAVisit() {
        #expect(self.stages("青禾润滑油基础油项目达产后可年产基础油10万吨。") == [.unknown])
        #expect(self.stages("他先后到青禾矿山机械项目现场，了解规划布局情况。") == [.unknown])
    }

    @Test func readsAListsStageAfterTheList() {
        #expect(self.stages("此外，青禾新材料磷酸铁锂正极材料、北湾冷链物流园等项目也在会上签约。") == [.signed, .signed])
    }

    @Test func readsTheStageTheNextSentenceTellsOfTheProject() {
        #expect(self.stages("次仁平措察看青禾饮品有限公司天然饮用水项目。该项目去年底建成投产，销量增长。") == [.inProduction])
        #expect(self.stages("他听取了年产40万吨煤制乙二醇项目汇报。该县正谋划这一项目。") == [.planned])
    }

    @Test func readsNoStageFromAReferenceToAnotherProject() {
        let text = "他察看了青禾饮品天然饮用水项目。随后来到云杉包装材料项目，该项目去年建成投产。"
        #expect(self.stages(text) == [.unknown, .inProduction])
    }

    @Test func readsAStartStillToComeAsPlannedUnlessAStageIsTold() {
        #expect(self.stages("签约项目中，青禾光伏电池片项目投资额最大，计划明年上半年开工建设。") == [.signed])
        #expect(self.stages("青禾光伏电池片项目计划总投资18亿元。") == [.unknown])
        #expect(self.stages("青禾光伏电池片项目计划明年上半年开工建设。") == [.planned])
    }

    @Test func readsAStartATargetOpeningTheListAimsAtAsPlanned() {
        let text = "该县全力服务企业，确保青禾年产60万方氦气、云杉5万吨铝型材等89个项目3月份开工建设。"
        #expect(self.stages(text) == [.planned, .planned])
    }

    @Test func readsAGroupsStageForAProjectPickedFromIt() {
        let text = "3日，全县4个重点项目集中开工。4个项目中，青禾碳材料有限公司年产20万吨针状焦项目投资最大，总投资26亿元。"
        #expect(self.stages(text) == [.groundbreaking])
    }

    @Test func readsNoStageFromAProjectsScope() {
        #expect(self.stages("青禾储能电池项目投资最大，将建设电芯和模组生产线。") == [.unknown])
        #expect(self.stages("青禾晶振元器件项目拟建设10条频控元器件生产线。") == [.unknown])
    }

    @Test func givesAListsStageToItemsWithANoteOfPlace() {
        let text = "青禾县年产100万吨工业盐项目(月河镇)、青禾县粉煤灰综合利用项目(毛集镇)、青禾县电子变压器制造项目在主会场集中签约。"
        #expect(self.stages(text) == [.signed, .signed, .signed])
    }

    @Test func readsNoStageFromAWordInsideAnotherProjectsName() {
        let text = "仪式后,督查了青禾路改造、林建成艺术馆、云杉广场综合体、白塔医院整体搬迁等项目。"
        #expect(!self.stages(text).contains(.completed))
    }

    @Test func readsProjectsSteadilyAdvancedAsBeingBuilt() {
        let text = "今年以来，全市签约项目41个。青禾稀土应用园中园、云杉永磁电机等一批高端产业项目稳步推进。"
        #expect(self.stages(text) == [.underConstruction, .underConstruction])
    }

    @Test func readsProjectsInTalksAsPlanned() {
        let text = "该县洽谈达成了5万吨玻纤池窑拉丝项目、青禾小火车特色旅游项目等10余个意向项目。"
        #expect(self.stages(text) == [.planned, .planned])
    }

    @Test func readsTheStageOfTheSentenceBeforeAnOpenerThatOnlyCountsTheItems() {
        let text = "上午9时,青禾市举行项目集中开工和签约仪式,共集中开工建设3个项目,总投资7.87亿元。分别是:青禾海鲜广场项目、云杉商业广场项目、白塔美丽乡村项目。"
        #expect(self.stages(text) == [.groundbreaking, .groundbreaking, .groundbreaking])
    }

    @Test func readsProjectsAParkHasTakenInAsSigned() {
        let text = "该产业园是我市重点引进的纺织专业园区,现已承接了青禾纺织500台织机高档尼丝纺项目和云杉500台喷水织机项目。"
        #expect(self.stages(text) == [.signed, .signed])
    }

    @Test func readsProjectsStartedOrResumedAsBeingBuiltDespiteAYearsPlan() {
        let text = "国家投资完成年度计划的106%,相继开复工青禾电站、云杉机场改扩建等重点项目。"
        #expect(self.stages(text) == [.underConstruction, .underConstruction])
    }

    @Test func readsProjectsCarriedOutAsBeingBuilt() {
        let text = "招商引资完成投资计划的82%,主要实施了青禾水泥产业链延伸、云杉矿业技改等项目。"
        #expect(self.stages(text) == [.underConstruction, .underConstruction])
    }

    @Test func readsAPlannedRestartAsPlanned() {
        let text = "4月份计划开复工青禾县动物医院、云杉产业园供水工程等项目10个。"
        #expect(self.stages(text) == [.planned, .planned])
    }

    @Test func readsWorkBeforeBuildingOnlyForTheNameItIsWrittenOnto() {
        let text = "开工建设青禾电厂项目,积极推进云杉二期火电机组项目前期工作。"
        #expect(self.stages(text) == [.groundbreaking, .planned])
        let heard = "听取了青禾工业园、云杉重工产业园等项目建设进度和白塔乙烯项目前期工作情况的汇报。"
        #expect(!self.stages(heard).prefix(2).contains(.planned))
    }

    @Test func readsProjectsBroughtInAsSigned() {
        let text = "重点引进了青禾集团拟投资50亿元的总部基地项目,云杉电缆有限公司拟投资20亿元的电缆生产项目等。"
        #expect(self.stages(text).allSatisfy { $0 == .signed })
    }

    @Test func readsProjectsStillGettingTheirPapersAsPlanned() {
        let text = "正在办理开工前手续的项目2个,其中,青禾新材料项目正在办理环评手续,白鹭年产3万吨负极材料项目正在办理前期手续。"
        #expect(self.stages(text) == [.planned, .planned])
    }

    @Test func readsTheProjectsAVisitStopsAtOneAfterAnotherAsBeingBuilt() {
        let text = "与会人员参观了青禾年产15万辆微车项目,以及白鹭机械制造项目。"
        #expect(self.stages(text) == [.underConstruction, .underConstruction])
    }

    @Test func readsTheProjectsOfficialsWorkAtOnSiteAsBeingBuilt() {
        let text = "会后,书记带领各部门到青禾国际文化交流中心、白鹭跨境电商中央仓等重点项目建设单位现场办公。"
        #expect(self.stages(text) == [.underConstruction, .underConstruction])
    }

    @Test func readsRunningNegotiatedAndScheduledWorksByTheirOwnWords() {
        #expect(self.stages("首车下线标志着青禾商用车基地项目正式建成投运。") == [.inProduction])
        #expect(self.stages("会展期间,双方就青禾天然气产业园项目继续沟通洽谈。") == [.planned])
        #expect(self.stages("牵头推动的青禾抽水蓄能电站项目均超节点计划推进。") == [.underConstruction])
    }

    @Test func readsTheLinesUnderAHeaderListingStartedProjectsAsStarted() {
        let text = "全区重大项目集中开工。\n部分重大开工项目一览\n青禾国际大数据发展中心\n白鹭500万吨再生铝循环经济产业园\n据了解,项目总投资100亿元。"
        #expect(self.stages(text) == [.groundbreaking, .groundbreaking])
    }

    @Test func readsTheStageOfTheOpenerOfItemsNumberedOneALine() {
        let text = "新开工项目2个，总投资5.6亿元。其中包括：\n1、青禾陶瓷原料有限公司，年加工1000吨陶瓷材料项目；\n2、云杉新型建材有限公司，年产8000万块新型墙体砖改造项目。"
        #expect(self.stages(text) == [.groundbreaking, .groundbreaking])
    }

    @Test func readsAStartAFutureWordPutsAheadAsPlannedEvenIfInTurn() {
        #expect(self.stages("第一季度将陆续新开工12个重大项目，包括青禾物流园项目、白塔大桥项目等。") == [.planned, .planned])
    }

    @Test func readsWorksGettingReadyToBuildAsPlanned() {
        #expect(self.stages("副市长实地察看了青禾产业园、白鹭生产基地等项目施工准备情况。") == [.planned, .planned])
    }

    @Test func readsItemsAStartedListOpensWithHasAsStarted() {
        let text = "此次青禾开工项目有白鹭大道改造工程项目,路线全长5公里,总投资2亿元;云杉中学改扩建项目,总投资1亿元,预计年底完成。"
        #expect(self.stages(text) == [.groundbreaking, .groundbreaking])
    }

    @Test func readsNoListInAProjectThatHasHopes() {
        #expect(self.stages("青禾物流园项目有望年底建成;白鹭大道改造工程项目,总投资2亿元。").last == .unknown)
    }

    @Test func readsWorksCarriedOnAsBeingBuiltButNotATallyOfThem() {
        #expect(
            self.stages("开工的项目分别为青禾物流园项目、云杉水库建设项目续建项目。") == [.groundbreaking, .underConstruction]
        )
        #expect(self.stages("其中新建5项，续建1项，重点项目分别为青禾物流园项目、白鹭大道改造工程项目。") == [.unknown, .unknown])
    }

    @Test func readsAProjectFinishedAndThenProducingAsProducing() {
        #expect(self.stages("青禾物流园项目已完成竣工验收，投产运营。") == [.inProduction])
        #expect(self.stages("其中，青禾物流园项目、白鹭轴承项目等12个项目竣工或投产。") == [.completed, .completed])
    }

    @Test func readsAPlanOfPhasesAsNoPlan() {
        #expect(self.stages("青禾年产60万吨铸件项目总投资30亿元，该项目计划分三期建设。") == [.unknown])
    }
}
