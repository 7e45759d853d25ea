import DiaoyanExtraction
import DiaoyanModels
import Testing

@Suite struct ProjectFinderTests {
    let finder = ProjectFinder()

    func names(_ text: String, places: [Range<Int>] = [], headline: Range<Int>? = nil) -> [String] {
        self.finder.find(in: Array(text.unicodeScalars), places: places, headline: headline).map(\.name)
    }

    @Test func takesNoCampaignOrVisitForAProject() {
        #expect(self.names("9月2日上午,青禾州项目建设年现场观摩会举行。").isEmpty)
        #expect(self.names("市委书记带队赴青禾经开区看项目学经验。").isEmpty)
    }

    @Test func readsACountedListWhoseItemsCommasSeparate() {
        let text = "集中开工项目共4个。4个项目分别是青禾产业园纵向道路工程,青禾市光村、木棠一体化供水工程,青禾安居工程配套小学项目,以及青禾市西培居污水处理工程。"
        #expect(
            Set(self.names(text)) == [
                "青禾产业园纵向道路工程", "青禾市光村、木棠一体化供水工程", "青禾安居工程配套小学项目", "青禾市西培居污水处理工程",
            ]
        )
        // Three comma parts, as many as the count, but clauses after the first: no list of items.
        #expect(self.names("3个项目分别是青禾道路工程,总投资额均过5亿元,年内完工。").isEmpty)
    }

    @Test func takesNoDriveOrOpeningOfASpeechForAProject() {
        #expect(self.names("全县上下要奋力跑出项目建设加速度。").isEmpty)
        #expect(self.names("要提供更强服务项目,当前示范镇村建设项目要加快。").isEmpty)
        #expect(self.names("论坛开幕式产业转移合作项目签约。").isEmpty)
    }

    @Test func readsAHeadNounNameThatOpensItsDescription() {
        #expect(self.names("青禾蓝莓产业园位于白塔镇,规划面积2000亩。") == ["青禾蓝莓产业园"])
        // Only a name that opens its sentence: a park written inside one is background.
        #expect(self.names("他说,产业园位于白塔镇。").isEmpty)
    }

    @Test func readsATextCutRightAfter等() {
        // A scraped quote cut after its list's 等 leaves no room for 工程: no list, and no crash.
        #expect(self.names("下半年,青禾县还将开工白塔湿地公园、青禾水库等").isEmpty)
        #expect(self.names("新开工青禾水库等工").isEmpty)
    }

    @Test func keepsOneProjectWhoseProductsAreListed() {
        #expect(self.names("签约青禾集团有限公司开关、低压电器、塑胶管材生产加工项目。") == ["青禾集团有限公司开关、低压电器、塑胶管材生产加工项目"])
        #expect(self.names("签约年产6万吨N-甲基吡咯烷酮、γ-丁内酯系列产品项目。") == ["年产6万吨N-甲基吡咯烷酮、γ-丁内酯系列产品项目"])
        // A company's site listed before a project is no product.
        #expect(
            Set(self.names("先后来到青禾置业有限公司建材市场、骊青建材、硼铁合金项目等地查看。")).contains("硼铁合金项目")
        )
    }

    @Test func startsANameAfterAReportingVerb() {
        #expect(self.names("座谈会上,企业负责人反映项目用地问题。").isEmpty)
        #expect(self.names("县城乡投汇报青禾泵业产业园项目进展。") == ["青禾泵业产业园项目"])
    }

    @Test func keepsTwoPartsOfOneProjectThat暨Joins() {
        #expect(self.names("先后来到圆通速递湘西北总部暨智慧科创园项目现场。") == ["圆通速递湘西北总部暨智慧科创园项目"])
        // A gathering before 暨 is no part of the project.
        #expect(self.names("举行青禾招商推介会暨青禾新材料产业园项目签约仪式。") == ["青禾新材料产业园项目"])
    }

    @Test func splitsTwoProjectsJoinedBy和AfterAPhaseOrARenovation() {
        #expect(
            Set(self.names("孙兵来到青禾片区产业园基础设施工程(一期)和高端装备制造产业园扩区项目现场。")).contains("高端装备制造产业园扩区项目")
        )
        #expect(Set(self.names("在青禾纺纱设备更新改造和云杉数据中心项目现场调研。")).contains("云杉数据中心项目"))
    }

    @Test func keepsAProjectWhoseManagerSpeaks() {
        #expect(self.names("青禾新区健康食品产业园项目经理林一表示,工期过半。") == ["青禾新区健康食品产业园项目"])
    }

    @Test func startsANameAfterTheSigningVerbBeforeIt() {
        #expect(self.names("青禾文化传媒公司签订海丝影城项目。") == ["海丝影城项目"])
        #expect(self.names("双方签署关于星河储能电站项目的合作协议。") == ["星河储能电站项目"])
    }

    @Test func readsAListClosedBy等AndAQualifierOfItsProjects() {
        #expect(self.names("推进了石英砂加工、环保装备制造、屋顶光伏等重点项目。") == ["石英砂加工", "环保装备制造", "屋顶光伏"])
        #expect(self.names("引进了冷链物流、饲料加工等产业项目12个。").isEmpty)
    }

    @Test func readsAListThatTheFieldsOfItsProjectsClose() {
        let text = "也有签约的青禾文化产业园、年产6亿只云杉磁芯建设、白鹭智慧云仓建设等制造业和现代服务业领域项目。"
        #expect(self.names(text) == ["青禾文化产业园", "年产6亿只云杉磁芯建设", "白鹭智慧云仓建设"])
        #expect(self.names("建设青禾2500吨多晶硅、白鹭40兆光伏发电等新材料、新能源项目。") == ["青禾2500吨多晶硅", "白鹭40兆光伏发电"])
    }

    @Test func readsNoProjectsInAnImportantListMostlyOfFields() {
        let text = "观摩组对数字经济、文旅产业、畜牧养殖、生物医药、青禾棚户区改造工程等26个重点项目进行现场观摩。"
        #expect(self.names(text).isEmpty)
    }

    @Test func readsTheItemsOfCountedWorks() {
        let text = "此次开工的重点工程共4项，分别为青禾文化中心建设工程、云杉公园建设工程、白鹭路改造工程、白鹭大桥建设工程，总投资20亿元。"
        #expect(self.names(text) == ["青禾文化中心建设工程", "云杉公园建设工程", "白鹭路改造工程", "白鹭大桥建设工程"])
    }

    @Test func readsAllItemsOfACountedListWhoseLastClosesWith项目() {
        let text = "第二批重点工程共3项，分别为青禾文化中心建设工程、水深村(南区)改造建设工程、白鹭公园项目，总投资12亿元。"
        #expect(self.names(text) == ["青禾文化中心建设工程", "水深村(南区)改造建设工程", "白鹭公园项目"])
    }

    @Test func takesNoPartyOfAProjectForAProject() {
        #expect(self.names("青禾片区白鹭项目投资单位、云杉交易中心二期项目施工单位代表发言。") == ["青禾片区白鹭项目", "云杉交易中心二期项目"])
        #expect(self.names("青禾建设集团、白鹭抽水蓄能有限公司项目负责人分别发言。").isEmpty)
    }

    @Test func takesNoPartsOfAProjectForProjects() {
        #expect(self.names("青禾古镇建设项目一期，由白鹭阁、云杉商业街、青禾影城等项目组成。") == ["青禾古镇建设项目一期"])
    }

    @Test func takesNoFirstAssetsOrBallastForAProject() {
        #expect(self.names("这是全市首个新型储能项目。").isEmpty)
        #expect(self.names("完成固定资产投资建设项目18个，呈现出项目多、投资大的特点，是稳增长的压舱石项目。").isEmpty)
    }

    @Test func readsTheItemsBracketedAfterACountOfProjects() {
        let text = "3月20日，白鹭镇举办3个重点产业项目(青禾通信设备制造有限公司、云杉新材料有限公司、白鹭金属制品有限公司)集中开工仪式。"
        #expect(self.names(text) == ["青禾通信设备制造有限公司", "云杉新材料有限公司", "白鹭金属制品有限公司"])
        // Not as many as counted: a note, not the list.
        #expect(self.names("举办8个重点产业项目(青禾通信设备制造有限公司、云杉新材料有限公司等)集中开工仪式。").isEmpty)
    }

    @Test func readsTheItemsNamedRightAfterTheirStagesLabel() {
        let text = "其中新签约项目青禾科技有限公司智能设备制造、云杉电池生产等11个，总投资58亿元。竣工项目白鹭光伏电站、青禾物流园等8个。"
        #expect(self.names(text) == ["青禾科技有限公司智能设备制造", "云杉电池生产", "白鹭光伏电站", "青禾物流园"])
    }

    @Test func endsTheItemsOfACountedListAtTheCommaAfterThem() {
        let text = "这4个项目分别是青禾体育设备制造、云杉润滑油生产、白塔重工整机生产、年产200辆泵车整车生产，涵盖工程机械等领域。"
        #expect(self.names(text) == ["青禾体育设备制造", "云杉润滑油生产", "白塔重工整机生产", "年产200辆泵车整车生产"])
        // Items closed by 项目 and listed by commas are no counted list cut at its first comma.
        let commas = "其他2个项目分别为：青禾年产10万吨纸餐具、纸制品及相关配套产业项目，云杉汽车零部件生产线项目。"
        #expect(!self.names(commas).contains("青禾年产10万吨纸餐具"))
        #expect(self.names(commas).contains("云杉汽车零部件生产线项目"))
    }

    @Test func takesNoProjectFromAListOfKindsOfProjects() {
        #expect(self.names("重点从新型建材产业、新材料产业、物流、新能源产业等项目作了推介。").isEmpty)
        #expect(self.names("基地集赛事、研学、培训、旅游、休闲等项目为一体。").isEmpty)
    }

    @Test func takesNoRallyingPhraseForAProject() {
        #expect(self.names("全县上下坚定不移大抓项目，努力破解大项目落地难题。").isEmpty)
        #expect(self.names("持续释放抓项目的强烈信号。").isEmpty)
    }

    @Test func findsAHeadNounNameThatIsTheSubjectOfAStageVerb() {
        #expect(self.names("同日，与主体工程配套的江淮智能仓储中心同步竣工。") == ["江淮智能仓储中心"])
        #expect(self.names("8月8日，远航通用飞机总装基地一期厂房封顶。") == ["远航通用飞机总装基地一期"])
    }

    @Test func findsAHeadNounNameAfterAStageAttribute() {
        #expect(self.names("随后，他来到已建成的滨江工业互联网服务平台，了解运营情况。") == ["滨江工业互联网服务平台"])
        #expect(self.names("园区还将谋划建设石墨烯应用中试基地。") == ["石墨烯应用中试基地"])
    }

    @Test func leavesAHeadNounThatIsOnlyALocationOrAPlan() {
        #expect(self.names("项目在东湖能源化工基地开工。").isEmpty)
        #expect(self.names("规划建设四栋厂房和一座研发测试中心。").isEmpty)
        #expect(self.names("要加快建设面向全国的算力保障基地。").isEmpty)
    }

    @Test func keepsAPhaseWrittenAfterProject() {
        #expect(self.names("青松硅业年产5万吨多晶硅项目二期开工建设。") == ["青松硅业年产5万吨多晶硅项目二期"])
    }

    @Test func keepsConjunctionsInsideANameButNotBeforeAKindOfProject() {
        #expect(self.names("建设电驱桥和减速器生产线项目。") == ["电驱桥和减速器生产线项目"])
        #expect(self.names("调研钢材深加工和重点项目建设工作。").isEmpty)
    }

    @Test func leavesKindsAndCountsOfProjectsAndVerbsBeforeProject() {
        let text = "推动一批数字经济重点项目落地，三个光伏产业项目同日开工，确保项目按期投产，举行新材料项目签约仪式。"
        #expect(self.names(text).isEmpty)
    }

    @Test func splitsAnEnumerationWhoseItemsHaveNoIndustryWord() {
        #expect(self.names("当天签约的还有星河云链、远景检测认证服务平台等项目。") == ["星河云链", "远景检测认证服务平台"])
    }

    @Test func mergesAHeadlineShortFormIntoTheBodysFullName() {
        let text = "东湖年产20GWh储能电池项目开工\n12日，湖北东湖新能源科技有限公司年产20GWh储能电池项目开工。"
        let headline = 0..<Array(text.unicodeScalars).firstIndex(of: "\n")!
        #expect(self.names(text, headline: headline) == ["湖北东湖新能源科技有限公司年产20GWh储能电池项目"])
    }

    @Test func mergesALaterShortReference() {
        let text = "青松硅业年产5万吨多晶硅项目二期开工建设。青松硅业二期项目建成后将年产多晶硅5万吨。"
        #expect(self.names(text) == ["青松硅业年产5万吨多晶硅项目二期"])
    }

    @Test func mergesAnAliasInBracketsAfterTheName() {
        let text = "8月9日，青禾区白鹭镇0162地块商业项目(青禾副中心商业项目)举行开工仪式。"
        #expect(self.names(text) == ["青禾区白鹭镇0162地块商业项目"])
    }

    @Test func leavesOutAConjunctionThatOpensTheClause() {
        #expect(self.names("与青禾玻纤项目同时开工的，还有云杉线束、白桦墙材等项目。") == ["青禾玻纤项目", "云杉线束", "白桦墙材"])
        #expect(self.names("青禾科技燃料电池空压机和氢气循环泵生产线项目正式开工。") == ["青禾科技燃料电池空压机和氢气循环泵生产线项目"])
    }

    @Test func splitsTwoProjectsJoinedBy和() {
        #expect(self.names("察看了青禾食品三期和云杉物流产业园项目。") == ["青禾食品三期", "云杉物流产业园项目"])
        #expect(self.names("察看了青禾建材有限公司和白桦新型墙材项目。") == ["白桦新型墙材项目"])
    }

    @Test func splitsListItemsJoinedBy和Or以及ButNot及() {
        #expect(
            self.names("先后走进青禾电子、云杉正泰和白桦胶膜、硅谷智能二期以及青松特五期等项目建设现场。")
                == ["青禾电子", "云杉正泰", "白桦胶膜", "硅谷智能二期", "青松特五期"]
        )
        // 及 inside the list joins what one project makes.
        #expect(self.names("签约了青禾食品及饲料添加剂、云杉物流园等项目。") == ["青禾食品及饲料添加剂", "云杉物流园"])
    }

    @Test func takesNoCountOfProjectsForAName() {
        #expect(self.names("产业园首期入园项目5个，签约项目十二项。").isEmpty)
    }

    @Test func splitsTheLastItemOfAListAtAConjunction() {
        #expect(
            self.names("青禾新材料、云杉陆港多式联运物流园和白桦山精细化工中间体等项目集中签约。")
                == ["青禾新材料", "云杉陆港多式联运物流园", "白桦山精细化工中间体"]
        )
    }

    @Test func takesNoInstructionOrPolicyPhraseForAName() {
        #expect(self.names("他叮嘱项目方加快进度。各地要紧盯项目进度，抓好补链强链项目和已建成项目。").isEmpty)
    }

    @Test func takesNoDemonstrativeSeasonOrFilingOfProjectsForAName() {
        let text = "随着这批项目开工，将有利于项目落地。会议要求进一步梳理省重大项目，做好上半年策划入库项目和秋季重大项目。"
        #expect(self.names(text).isEmpty)
        #expect(self.names("两位副县长分别主持上述项目的开工仪式，调研组实地走访项目。").isEmpty)
    }

    @Test func readsAListClosedByAClassOfProjects() {
        let text = "投资3亿元的青禾农业智能温室大棚、投资1.5亿元的云杉测绘仪器等战略性新兴产业项目开工。"
        #expect(self.names(text) == ["青禾农业智能温室大棚", "云杉测绘仪器"])
        // Fields, not projects, before the same class: every item must name a project.
        #expect(self.names("涉及生物经济、数字经济等战略性新兴产业项目。").isEmpty)
    }

    @Test func readsTheItemsOfAListOpenedBy既有And也有() {
        let text = "既有青禾智能温室大棚、云杉测绘仪器等项目，也有白鹭智能家具、泰格五金配件等项目。"
        #expect(self.names(text) == ["青禾智能温室大棚", "云杉测绘仪器", "白鹭智能家具", "泰格五金配件"])
        #expect(self.names("既有技改扩能项目，也有工业技改升级扩能项目。").isEmpty)
    }

    @Test func keepsAFigureSpacedFromItsWordsInsideAName() {
        let text = "青禾机械设备有限公司年产 20 万件工程机械配套件项目开工。"
        #expect(self.names(text) == ["青禾机械设备有限公司年产 20 万件工程机械配套件项目"])
        // A space between words still ends a name.
        #expect(self.names("记者 云杉物流园项目开工。") == ["云杉物流园项目"])
    }

    @Test func keepsASpaceBetweenLatinLettersInsideAName() {
        #expect(self.names("青禾光能科技有限公司年产10GW N型TOPCon电池片项目主厂房封顶。") == ["青禾光能科技有限公司年产10GW N型TOPCon电池片项目"])
    }

    @Test func readsAListThatProjectsIntroduce() {
        #expect(
            self.names("此次签约的合作项目包括青禾聚烯烃改性、云杉泵阀制造和白桦石化物流集散中心等，涉及多个领域。")
                == ["青禾聚烯烃改性", "云杉泵阀制造", "白桦石化物流集散中心"]
        )
        #expect(
            self.names("其中，开工项目包括青禾东西线道路景观提升工程、云杉生物食用菌工厂化、白桦日用品填充剂等18个；")
                == ["青禾东西线道路景观提升工程", "云杉生物食用菌工厂化", "白桦日用品填充剂"]
        )
    }

    @Test func readsEveryItemOfALongListOfSites() {
        let items = [
            "青禾锂创(淮安)新能源科技有限公司固态电池生产", "云杉智能科技(淮安)有限公司新一代高精密线路板智能超级工厂",
            "白桦复合材料科技(淮安)有限公司碳纤维复合材料生产", "松柏食品有限公司自动智能化运维设备升级开发",
            "红枫特钢股份有限公司2号高炉建设", "金桂科技有限公司年加工40万吨钢管穿孔",
        ]
        let names = self.names("实地观摩了" + items.joined(separator: "、") + "等项目现场。")
        #expect(names == items)
    }

    @Test func readsTheNamesListedBeforeTheOneProjectCloses() {
        let names = self.names("开发区举行了云杉粮食城、乐乐休闲食品、婴宝婴童用品、冠星家居、腾飞包装项目开工奠基仪式。")
        #expect(names == ["云杉粮食城", "乐乐休闲食品", "婴宝婴童用品", "冠星家居", "腾飞包装项目"])
        // Sectors, companies and towns listed before a project are no projects.
        #expect(self.names("签约项目涉及新能源、新材料项目。").isEmpty)
        #expect(self.names("走访了青禾新材料有限公司、首山镇、云杉物流园项目。") == ["云杉物流园项目"])
    }

    @Test func readsAListOfProjectsJustCounted() {
        #expect(
            self.names("其中：产业转型类项目12项，具体为：青禾文化创意产业园、云杉固废、白桦风电二期、唐通物流园。随后开工。")
                == ["青禾文化创意产业园", "云杉固废", "白桦风电二期", "唐通物流园"]
        )
    }

    @Test func readsAListClosedByACountOfProjects() {
        #expect(self.names("同场签约的还有青禾冷链分拨中心、云杉生物材料中试平台等两个港资项目。") == ["青禾冷链分拨中心", "云杉生物材料中试平台"])
        #expect(self.names("涵盖青禾通用机场、云杉蜂蜜小镇等10个招商引资签约项目。") == ["青禾通用机场", "云杉蜂蜜小镇"])
        // A count of companies is no count of projects.
        #expect(self.names("县长与青禾集团有限公司、云杉有限公司等25家企业代表签订项目合作协议。").isEmpty)
    }

    @Test func readsAListOfProjectsTheTextEndsWith() {
        #expect(self.names("这3个项目分别是青禾智能家居三期、云杉卫生用品、白桦机电制造。") == ["青禾智能家居三期", "云杉卫生用品", "白桦机电制造"])
    }

    @Test func keepsAParenthesisInsideAListedItem() {
        #expect(
            self.names("观摩的项目分别是青禾一高东校区(实验高级中学)、云杉·运河古镇。")
                == ["青禾一高东校区(实验高级中学)", "云杉·运河古镇"]
        )
    }

    @Test func readsAListWhoseCountFollowsTheLastItemWithout等() {
        #expect(self.names("观摩了青禾大道东延生态绿地、云杉游泳馆、白桦标准化厂房3个建设项目。") == ["青禾大道东延生态绿地", "云杉游泳馆", "白桦标准化厂房"])
        // Every item must name a project on its own, or the list gives none.
        #expect(self.names("省委、省政府在全省部署了12个项目。").isEmpty)
        #expect(self.names("到位资金累计45亿元、企业共投资33个项目。").isEmpty)
    }

    @Test func takesNoClassOfProjectsForAProject() {
        #expect(self.names("要推动标志性高质量项目和社会民生项目建设，加快非固投类项目入库。").isEmpty)
        #expect(self.names("全县第三季度重大项目、百亿元重特大项目集中开工。").isEmpty)
    }

    @Test func takesNoExhortationAboutProjectsForAProject() {
        #expect(self.names("要全员抓项目、千方百计谋项目，做实做细项目服务。").isEmpty)
        #expect(self.names("必须更加重视项目建设，做深做细项目前期。").isEmpty)
        #expect(self.names("当得知项目一期已投入生产线20条。").isEmpty)
        let text = "他还督查了城东区项目，就援疆项目作了交流。"
        #expect(self.names(text, places: [5..<8]).isEmpty)
    }

    @Test func keepsANamedProjectBesideTheClasses() {
        #expect(self.names("标志性项目中，星河储能电站项目进展最快。") == ["星河储能电站项目"])
    }

    @Test func takesNoFieldsCountedAsProjectsForProjects() {
        #expect(self.names("其中，新材料、新能源、环保再生产业等项目13个，总投资366亿元。").isEmpty)
    }

    @Test func startsANameAfterARestartOrADraw() {
        #expect(self.names("4月份计划开复工青禾旗动物医院、云杉冷库等项目。").first == "青禾旗动物医院")
        #expect(self.names("投资热土引来400亿元项目。").isEmpty)
    }

    @Test func takesTheWorksOfAListThat工程Closes() {
        let text = "本次集中开工的青禾灭火器生产线、云杉基础服饰生产线等32个重点工程,总投资52亿元。"
        #expect(self.names(text) == ["青禾灭火器生产线", "云杉基础服饰生产线"])
        #expect(self.names("县领导王明等领导为该工程奠基。").isEmpty)
        #expect(self.names("建成后可年产挖掘机、起重机等工程机械5000台。").isEmpty)
    }

    @Test func takesTheProjectsOfAListTheirCountFollows() {
        let text = "现场共签约青禾芯片封装、云杉宝掌山居、白鹭县首饰生产基地等项目22个,总投资77亿元。"
        #expect(self.names(text) == ["青禾芯片封装", "云杉宝掌山居", "白鹭县首饰生产基地"])
    }

    @Test func takesNoOwnersOfProjectsForProjects() {
        #expect(self.names("青禾食品有限公司、云杉农牧有限公司等项目单位负责人出席仪式。").isEmpty)
        #expect(self.names("指挥部办公室、青禾市、云杉县等项目责任单位分别汇报了进展。").isEmpty)
    }

    @Test func readsAListOfSitesItsStageCloses() {
        let names = self.names("在青禾智能装备、云杉精密机械开工项目现场，以及白河食品竣工项目现场，他了解建设情况。")
        #expect(names == ["青禾智能装备", "云杉精密机械", "白河食品"])
    }

    @Test func takesNoYearOrSumOfAClassForAName() {
        let text = "青禾县2024年二季度重大项目、2000万元以上项目、12月份项目集中开工。"
        #expect(self.names(text, places: [0..<3]).isEmpty)
    }

    @Test func takesNoReferenceOrVerbBeforeProjectForAName() {
        #expect(self.names("她首先对该项目表示祝贺，要求切实解决好项目难题，争做项目服务员。").isEmpty)
    }

    @Test func readsTheProductsOfOneProjectListedBeforeItsNameAsOneName() {
        #expect(self.names("青禾公司投资建设的云杉电子科技高频、高速、PTFE覆铜板项目开工。") == ["云杉电子科技高频、高速、PTFE覆铜板项目"])
        #expect(self.names("青禾新能源公司年产25万吨LNG、氢能及配套焦化项目开工。") == ["青禾新能源公司年产25万吨LNG、氢能及配套焦化项目"])
        #expect(self.names("白河食用菌公司食用菌标准化繁育、种植、加工生产基地项目正在建设。") == ["白河食用菌公司食用菌标准化繁育、种植、加工生产基地项目"])
    }

    @Test func readsNoListOfFieldsOrWordsBeforeProjectAsOneName() {
        #expect(!self.names("加快推进重大物流、交通、城建项目建设。").contains("重大物流、交通、城建项目"))
        #expect(self.names("坚持人才、技术、项目一起抓。").isEmpty)
    }

    @Test func readsSitesEndingInAHeadNounBesideAListedProjectAsProjects() {
        let text = "他先后前往体育馆、青禾现代农业园区、云杉食品加工园项目建设现场等地调研。"
        #expect(self.names(text) == ["青禾现代农业园区", "云杉食品加工园项目"])
        let joined = "一行察看了青禾物流园项目、白河微型马达厂和城市综合体、云杉大道扩建工程。"
        #expect(self.names(joined) == ["青禾物流园项目", "城市综合体", "云杉大道扩建工程"])
    }

    @Test func readsNoSiteAsAProjectInAListHoldingNone() {
        #expect(self.names("他先后前往体育馆、青禾现代农业园区、政务大厅调研。").isEmpty)
    }

    @Test func takesNoInstructionOrClassOfProjectsForAName() {
        #expect(self.names("全市各级各部门要牢固树立项目是第一支撑的工作理念，滚动充实项目库。").isEmpty)
        #expect(self.names("平均单个项目投资2亿元，前瞻性项目、冬季不停工项目和投资合作项目一并推进。").isEmpty)
        #expect(self.names("青禾一力物流项目开工。") == ["青禾一力物流项目"])
    }

    @Test func startsANameAfterWebMarkupAScraperLeft() {
        #expect(self.names("xhtml}]\">光学级高分子新材料生产项目签约。") == ["光学级高分子新材料生产项目"])
    }

    @Test func keepsTwoOwnersProjectsOfOneSentenceApart() {
        let text = "青禾集团生猪肉食品一体化项目、云杉集团生猪肉食品一体化项目同日开工。"
        #expect(self.names(text) == ["青禾集团生猪肉食品一体化项目", "云杉集团生猪肉食品一体化项目"])
        // A later sentence's short form is still the same project.
        let later = "青禾硅材年产10万吨高纯晶硅项目开工。青禾硅材高纯晶硅项目建成后将带动就业。"
        #expect(self.names(later).count == 1)
    }

    @Test func keepsAPlaceBefore和InsideAName() {
        let text = "观摩团先后到西沙保障房项目、白河镇渡口村和美乡村建设、青禾镇创业村和美乡村建设等项目现场观摩。"
        #expect(self.names(text).contains("白河镇渡口村和美乡村建设"))
        #expect(!self.names(text).contains("白河镇渡口村"))
    }

    @Test func takesNoVerbOfTheDayBeforeProjectForAName() {
        let text = "经开区党工委书记王青山下达项目开工令，参会领导及嘉宾共同启动项目，各部门要充分认识项目建设的重要性。"
        #expect(self.names(text).isEmpty)
        #expect(self.names("青禾临空经济区启动区项目开工。") == ["青禾临空经济区启动区项目"])
        #expect(self.names("全县上下要锚定项目目标，要群策群力落项目，以最快速度建成项目。").isEmpty)
    }

    @Test func takesNoListOfFieldsClosedByAClassOfProjectsForProjects() {
        #expect(self.names("新能源、零部件加工、农副产品加工等工业项目多。").isEmpty)
        // A field's facility is a project.
        let parks = "共签约光伏新材料产业园、光伏支架制造及数智物流平台、乳业产业园等90个重点产业项目。"
        #expect(self.names(parks).contains("乳业产业园"))
    }

    @Test func takesNoReferenceQualityOrAimOfProjectsForAName() {
        #expect(self.names("今天此项目顺利奠基，企业尽快制定项目推进计划。").isEmpty)
        #expect(self.names("重点发展绿色环保项目、招才引智项目和军民结合产业项目。").isEmpty)
    }

    @Test func readsAListClosedByACountWithTwoQualifiers() {
        let text = "会上举行了青禾机械年产5万台农机、白鹭康养综合体等2个招商引资、招才引智项目的集中签约仪式。"
        #expect(Set(self.names(text)) == ["青禾机械年产5万台农机", "白鹭康养综合体"])
    }

    @Test func startsANameAfterTheSumItCosts() {
        #expect(self.names("总投资1.02亿元青禾医疗设备有限公司呼吸机管路生产项目开工。") == ["青禾医疗设备有限公司呼吸机管路生产项目"])
    }

    @Test func readsAFacilityWhoseIndustryIsKnownAsAName() {
        #expect(self.names("在城东区，高铁站项目拆迁工地上一片繁忙。") == ["高铁站项目"])
    }

    @Test func takesNoEffortCountOfClassesOrEllipsisForAName() {
        #expect(self.names("要千方百计引项目，努力形成大项目，携手促成项目落地。").isEmpty)
        #expect(self.names("会上推介了4大优质特色项目，列入全省十大产业项目。").isEmpty)
        #expect(self.names("新型工业化……一幅幅项目建设的画卷。").isEmpty)
    }

    @Test func takesNoProgrammeReferenceOrInspectionForANameAndReadsGradeAsNoList() {
        #expect(self.names("我们这个项目进展顺利，检查指导各项目，发展实体经济项目。").isEmpty)
        #expect(self.names("入选国家“863”计划项目。").isEmpty)
        #expect(self.names("青禾至白鹭高等级公路项目通车。") == ["青禾至白鹭高等级公路项目"])
    }

    @Test func opensNoNameWithTheDashThatIntroducesIt() {
        #expect(self.names("其中两个项目已开工——青禾县锂电池负极材料项目进展顺利。") == ["青禾县锂电池负极材料项目"])
    }

    @Test func readsAWorkBeingBuiltAfter兴建WithoutProject() {
        #expect(self.names("一家云南企业也协议投资4亿元兴建普洱茶加工生产线。") == ["普洱茶加工生产线"])
    }

    @Test func opensNoNameWithTheConjunctionJoiningItToTheProjectBefore() {
        let names = self.names("现已承接了青禾纺织500台织机项目和云杉500台喷水织机项目。")
        #expect(names == ["青禾纺织500台织机项目", "云杉500台喷水织机项目"])
    }

    @Test func readsTheProjectsAGroupIsNamedAs() {
        let text = "当天集中开工建设的项目为青禾循环科技产业园和电商创业中心、云杉绿色建材产业园,总投资7.6亿元。"
        #expect(self.names(text) == ["青禾循环科技产业园", "电商创业中心", "云杉绿色建材产业园"])
        // A time after the introducer tells when the group's projects were built, not which they are.
        #expect(self.names("本次竣工投产17个项目,其中11个项目为当年开工、当年竣工投产。").isEmpty)
    }

    @Test func readsTheProjectsAColonAfter有Names() {
        let text = "本次集中开工的5个项目有:青禾建材生产、云杉镇道路提升改造、白鹭木业、新城教育基础设施建设、月湖商住楼建设。"
        #expect(self.names(text).count == 5)
        // 有 without its colon tells how the projects go, not which they are.
        #expect(self.names("开工的5个项目有序推进,青禾建材生产、白鹭木业进展顺利。").isEmpty)
    }

    @Test func readsAWorksWhosePartsAConjunctionJoinsAsOne() {
        let text = "开工的3个项目为青禾家园、云杉村基础设施建设及人居环境整治工程、白鹭消防站物资储备和训练场建设工程,涵盖民生领域。"
        #expect(
            self.names(text) == ["青禾家园", "云杉村基础设施建设及人居环境整治工程", "白鹭消防站物资储备和训练场建设工程"]
        )
        #expect(self.names("云杉村基础设施建设及人居环境整治工程开工。") == ["云杉村基础设施建设及人居环境整治工程"])
    }

    @Test func readsAProgrammeWhoseNameHoldsAVerb() {
        #expect(self.names("青禾县分布式光伏整县推进项目总投资10亿元。") == ["青禾县分布式光伏整县推进项目"])
    }

    @Test func readsAShortActivityAfterAnActivityAsMoreWorkOnTheSameThing() {
        let text = "青禾机械产业园、白鹭水库生态修复与综合治理等项目开工。"
        #expect(self.names(text) == ["青禾机械产业园", "白鹭水库生态修复与综合治理"])
    }

    @Test func readsAListClosedByWhereItsProjectsCameFrom() {
        let text = "近年来先后引进了青禾智能医疗产业化、云杉医疗、白鹭众创城等湘商回归项目,涵盖众多领域。"
        #expect(self.names(text) == ["青禾智能医疗产业化", "云杉医疗", "白鹭众创城"])
        #expect(self.names("今天,青禾大道、云杉水厂扩建等州重点项目开工。") == ["青禾大道", "云杉水厂扩建"])
        // Fields closed the same way name no project.
        #expect(self.names("重点推介了文化旅游、净土健康、绿色工业、高新数字等招商引资重点项目。").isEmpty)
    }

    @Test func startsNoNameInsideAPartsWordOrWithTheWordsLeadingIntoIt() {
        #expect(self.names("年产3000万套高精密汽车转向器轴承生产线开工。") == ["年产3000万套高精密汽车转向器轴承生产线"])
        #expect(self.names("随着青禾固态电池产业化项目签约落地，合作更进一步。") == ["青禾固态电池产业化项目"])
        let listed = "参加集中开工活动的有青禾水生态综合利用、云杉光电、白鹭锂电等9个重点项目。"
        #expect(self.names(listed) == ["青禾水生态综合利用", "云杉光电", "白鹭锂电"])
    }

    @Test func readsNoNameFromACallToAct() {
        #expect(self.names("我们要切实提升项目服务水平，坚定兑现一亿元项目奖励，继续坚持项目为王。").isEmpty)
        #expect(self.names("签约的最大单笔项目投资50亿元。").isEmpty)
    }

    @Test func readsTheWholeItemsOfACountedListThePageCutsOff() {
        let text = "本次集中开工的12个项目有:青禾建材生产、云杉镇道路提升改造、白鹭木业、月湖"
        #expect(self.names(text) == ["青禾建材生产", "云杉镇道路提升改造", "白鹭木业"])
    }

    @Test func readsTheItemsOfAListACountOfProjectsCloses() {
        let text = "投资30亿元的青禾新能源汽车发动机、投资25亿元的汽车轮毂和投资5亿元的汽车天窗生产三大项目正式开工。"
        #expect(self.names(text) == ["青禾新能源汽车发动机", "汽车轮毂", "汽车天窗生产"])
        // Items not as many as the count: a clause, no list.
        #expect(self.names("今年实施交通、水利、能源两大项目。").isEmpty)
    }

    @Test func readsNoNameWhereProjectsAreTheObjectOfAVerb() {
        #expect(self.names("青禾园区在招商引资过程中抢项目,在项目推进过程中攻项目。").isEmpty)
        #expect(self.names("“我们更看重项目的品质。”云杉集团坚持用项目说话。").isEmpty)
        #expect(self.names("“我们一期项目力争10月完工。”与会领导共同点亮项目启动标识。").isEmpty)
    }

    @Test func readsTheListOfASentenceOpeningWith包括AfterOneAboutProjects() {
        let text = "当天开工的项目涉及多个领域。包括青禾云计算中心二期、白鹭有轨电车S1线、云杉文化村,以及河道治理等。"
        #expect(self.names(text) == ["青禾云计算中心二期", "白鹭有轨电车S1线", "云杉文化村"])
    }

    @Test func takesAHeadNounNameTheSentenceCallsAProject() {
        #expect(self.names("青禾生态文化园是白鹭县重点民生项目,总投资2亿元。") == ["青禾生态文化园"])
    }

    @Test func takesNoSpanEndingInAVerbWhoseObjectIsProjectsInGeneral() {
        #expect(self.names("各部门要及时掌握项目的进展情况。").isEmpty)
        #expect(self.names("县委书记实地督办项目推进情况。").isEmpty)
        #expect(self.names("坚持以资源换项目,以项目换空间。").isEmpty)
    }

    @Test func takesNoSceneWithADoubledMeasureWordForAName() {
        #expect(self.names("一块块项目展板图文并茂。").isEmpty)
    }

    @Test func takesNoFieldOfAListThatClosesOn产业() {
        let text = "代表团实地察看我市现代商贸物流、生物医药、文旅等产业重大项目落地情况。"
        #expect(self.names(text).isEmpty)
    }

    @Test func takesARoadThatIsTheSubjectOfItsStageAsAProject() {
        #expect(self.names("9月9日,青禾至白鹭高等级公路建成段开通。").contains("青禾至白鹭高等级公路"))
    }

    @Test func readsTheListOfWhatACountOfProjectsMainlyHolds() {
        let text = "城市基础设施项目67个,年内计划完成投资15.5亿元,主要有青禾国防教育展示馆、白鹭海绵生态公园、云杉水利枢纽等;"
        #expect(self.names(text) == ["青禾国防教育展示馆", "白鹭海绵生态公园", "云杉水利枢纽"])
        // What one project holds is no list of projects.
        #expect(self.names("青禾研究院总部基地项目建成后,主要包括总部功能、研发平台及成果转化功能。") == ["青禾研究院总部基地项目"])
    }

    @Test func takesNoVerbWhoseObjectIsProjectsInGeneral() {
        #expect(self.names("要持续加大项目申报力度。").isEmpty)
        #expect(self.names("双方拓展合作项目正当其时。").isEmpty)
        #expect(self.names("建成后将极大缓解项目区缺水问题。").isEmpty)
        #expect(self.names("杜绝要素保障不及时影响项目的现象。").isEmpty)
    }

    @Test func keepsTheGridConnectionInAPowerProjectsName() {
        #expect(self.names("双方签订了50兆瓦太阳能并网发电项目。") == ["50兆瓦太阳能并网发电项目"])
    }

    @Test func keepsAReserveStoreInTheName() {
        #expect(self.names("青禾医疗物资应急储备库建设项目主体工程完工。") == ["青禾医疗物资应急储备库建设项目"])
    }

    @Test func readsAKindOfProjectToldAsOne() {
        // Listed next to a project with a name of its own.
        #expect(self.names("青禾集团生猪肉食品一体化项目、大豆深加工项目开工。").contains("大豆深加工项目"))
        // Put by an investor.
        #expect(self.names("白鹭生物科技有限公司投资3亿元的生物制品加工项目开工。").contains("生物制品加工项目"))
        // A kind among kinds, or without a product, stays a kind.
        #expect(self.names("签约项目有新能源项目、新材料项目。").isEmpty)
        #expect(self.names("云杉公司项目、培育项目同步推进。") == ["云杉公司项目"])
    }

    @Test func readsTheProjectsIntroducedByWhatIsInvestedInThem() {
        let names = self.names("其中包括投资122亿元的青禾硬科技产业园、投资120亿元的白鹭科创中心。总投资45亿元的云杉物流中心是两家企业合作建设的。")
        #expect(names == ["青禾硬科技产业园", "白鹭科创中心", "云杉物流中心"])
        // What follows an investment but names no work is none.
        #expect(self.names("投资10亿元的企业越来越多。").isEmpty)
        // A work named by its head noun alone (no product, no plant).
        #expect(self.names("总投资1.2亿元的青禾城区管网三期建设工程，由县住建局实施。") == ["青禾城区管网三期建设工程"])
    }

    @Test func readsTheStopsOfATourClosedByWhatWasSeen() {
        let text = "在白鹭县，县长察看云杉镇菌菇基地、青禾工业园区中药材交易市场、白塔村肉牛繁育基地建设情况。"
        #expect(self.names(text) == ["云杉镇菌菇基地", "青禾工业园区中药材交易市场", "白塔村肉牛繁育基地"])
        // Without a tour verb the list is none of a tour's.
        #expect(self.names("云杉镇菌菇基地、白塔村肉牛繁育基地建设情况良好。").isEmpty)
    }

    @Test func keepsABracketInsideAListedItemsName() {
        let text = "包括白鹭核心区Z5地块、云杉北街（天苇路-机场第二高速公路）道路工程、青禾街区公共空间改造提升项目等。"
        #expect(self.names(text).contains("云杉北街（天苇路-机场第二高速公路）道路工程"))
        #expect(!self.names(text).contains("道路工程"))
    }

    @Test func takesNoMaskedSpanOrSecondPostForAProject() {
        let text = "区委****张某、区政协****李某、白鹭公司销售总监兼项目管理总监王某等出席签约活动。"
        #expect(self.names(text).isEmpty)
    }

    @Test func startsANameAfterAVerbOfAttending() {
        #expect(self.names("市长出席青禾物流园项目开工仪式。") == ["青禾物流园项目"])
        #expect(self.names("副市长主持白鹭中学建设项目签约。") == ["白鹭中学建设项目"])
        #expect(self.names("县长走访云杉物流园项目建设现场。") == ["云杉物流园项目"])
        #expect(self.names("专班跟进青禾物流园项目建设。") == ["青禾物流园项目"])
    }

    @Test func readsNoProjectFromWhatTheDaysDealsConcernOrAOneFieldList() {
        #expect(self.names("签约项目主要涉及青禾物流园项目、白鹭智能制造项目。") == ["青禾物流园项目", "白鹭智能制造项目"])
        #expect(self.names("工业项目27个；商贸物流等项目3个。").isEmpty)
    }

    @Test func readsAListClosedByACountAndWhatItsProjectsCost() {
        let text = "3月18日，青禾市白鹭仓储设施、云杉生物高品质氨基酸等46个总投资389亿元的重点项目集中开工。"
        #expect(self.names(text) == ["青禾市白鹭仓储设施", "云杉生物高品质氨基酸"])
    }
}
