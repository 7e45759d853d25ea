import DiaoyanExtraction
import DiaoyanModels
import Testing

/// Where organizations' names start and the companies pages name by a short form.
@Suite struct OrganizationNamesTests {
    let extractor: RecordExtractor

    init() throws {
        self.extractor = try RecordExtractor()
    }

    func organizations(_ text: String) -> [String] {
        self.extractor.extract(NormalizedDocument(id: "t", source: "t", published: nil, text: text))
            .organizations.map(\.name)
    }

    @Test func startsANameAfterACaptionMarkOrAVerbOfWitnessing() {
        #expect(self.organizations("▲青禾森工集团举行投产仪式。") == ["青禾森工集团"])
        #expect(self.organizations("各界人士见证云杉林业股份有限公司首板下线。") == ["云杉林业股份有限公司"])
        #expect(self.organizations("速冻食品行业领军企业白鹭食品科技有限公司落户。") == ["白鹭食品科技有限公司"])
    }

    @Test func startsANameAfterASumOrADate() {
        #expect(self.organizations("总投资2500万美元青禾力劲科技有限公司项目投产。") == ["青禾力劲科技有限公司"])
    }

    @Test func startsANameAfterTheClauseThatIntroducesIt() {
        #expect(self.organizations("据恒安水泥公司介绍，生产线已投产。") == ["恒安水泥公司"])
        #expect(self.organizations("青禾能投集团所属的云杉文化旅游股份有限公司签约。").contains("云杉文化旅游股份有限公司"))
        #expect(!self.organizations("同样看好旅游市场的还有白鹭控股集团有限公司。").contains { $0.contains("的") })
        #expect(self.organizations("客商代表青禾市三角洲化工有限公司发言。") == ["青禾市三角洲化工有限公司"])
        #expect(self.organizations("王青山代表白鹭镇政府与云杉华南建设发展有限公司签约。") == ["云杉华南建设发展有限公司"])
    }

    @Test func readsEveryCompanyOfAListAGovernmentSignsWith() throws {
        let record = self.extractor.extract(
            NormalizedDocument(
                id: "t",
                source: "t",
                text: "当天，青禾工业园区管委会分别与白鹭钢铁、云杉欧洛普科技、苏州远帆电梯、江苏云瑶文化签订了4个重大产业项目。"
            )
        )
        #expect(record.organizations.map(\.name) == ["白鹭钢铁", "云杉欧洛普科技", "苏州远帆电梯", "江苏云瑶文化"])
        // The parties that signed are no projects of the count after them.
        #expect(record.projects.isEmpty)
        // Pairs of parties listed, each signing apart, give no company of a pair.
        let pairs = self.organizations("五星村与白鹭造船、万丰村与青禾钢铁、迎江村与云杉钢构分别签订了村企结对共建协议。")
        #expect(!pairs.contains { $0.contains("与") })
        // Merchants from places are no party's name.
        #expect(self.organizations("青禾县与来自浙江、河北、四川等省的客商签订了36项投资项目。").isEmpty)
    }

    @Test func startsANameAfterTheGovernmentSigningWithIt() {
        let names = self.organizations("文昌市政府与青禾科学院力学研究所签约。")
        #expect(names.contains("青禾科学院力学研究所"))
        #expect(!names.contains { $0.contains("政府") })
    }

    @Test func keepsAParentGroupNamedAfterItsCompany() {
        let names = self.organizations("青禾海螺水泥有限公司负责人介绍，该项目是海螺集团在湖南投资的第7个项目。")
        #expect(names == ["青禾海螺水泥有限公司", "海螺集团"])
        // A group's short form after its own registered name is the same group.
        #expect(self.organizations("云杉白鹭集团有限公司签约。白鹭集团将投资5亿元。") == ["云杉白鹭集团有限公司"])
    }

    @Test func readsTheTradeNamesListedBesideARegisteredCompany() {
        let names = self.organizations("青禾酒业、新疆云杉实业、天山雪松食品有限责任公司、北辰农业开发有限公司签约。")
        #expect(names == ["天山雪松食品有限责任公司", "北辰农业开发有限公司", "青禾酒业", "新疆云杉实业"])
        // Places and projects of the same enumeration are no companies, nor is a list without a registered name.
        let mixed = self.organizations("到青禾县、云杉镇、天山雪松食品有限责任公司、北辰农业开发项目调研。")
        #expect(mixed == ["天山雪松食品有限责任公司"])
        #expect(self.organizations("青禾酒业、云杉实业负责人参加。").isEmpty)
    }

    @Test func readsNoFirmsBesideASchoolOrInAListOfProjects() {
        // A school listed among sites makes no firms of its mates, nor does a firm in a list 等项目 closes.
        let school = self.organizations("县长先后到青禾包装新材料、白鹭湖水库、中国云杉干部学院、汉江公路二桥等")
        #expect(school == ["中国云杉干部学院"])
        let projects = self.organizations("县长到青禾集团、白鹭湖水库、汉江公路二桥等项目现场察看。")
        #expect(projects == ["青禾集团"])
    }

    @Test func countsNoChamberOfficeHospitalOrClauseAsAnOrganization() {
        let text = "青禾湘潭商会、市经信局、县医院参加。单位负责人通过移动公司办理。贞丰县平台公司牵头。"
        #expect(self.organizations(text).isEmpty)
        #expect(self.organizations("柳州市城建集团、县城建集团和省供销集团负责同志出席。").isEmpty)
        // A firm's regional or functional branch, and a clause caught with a company word.
        #expect(self.organizations("东北公司党组书记周某、工程公司副总经理王某出席。").isEmpty)
        #expect(self.organizations("县领导以及集团公司副总工程师原某出席。各方将统筹协调集团优质资源。").isEmpty)
        #expect(self.organizations("青禾飞龙集团张青山总裁代表集团全体员工致辞。") == ["青禾飞龙集团"])
        // The writer's own group, named on its own page without its name.
        #expect(self.organizations("市长再次视察我集团公司承建的青禾科学城项目。活动让我集团收获颇丰。").isEmpty)
    }

    @Test func trimsDebrisAfterTheSuffixAndAParkBeforeTheName() {
        let names = self.organizations("青禾集团继续扩产，云杉智慧能源有限责任公司执行董事发言，白桦发展集团集团化运营。走访桐城经开区青松新能源。")
        #expect(names.contains("青禾集团"))
        #expect(names.contains("云杉智慧能源有限责任公司"))
        #expect(!names.contains { $0.hasSuffix("集团集团") })
        let parks = self.organizations("漕河泾开发区公司与青禾县签约。")
        #expect(parks == ["漕河泾开发区公司"])
    }

    @Test func countsNoKindOrDepartmentAsAnOrganization() {
        #expect(self.organizations("一批跨国公司落户，活动公司负责布置，工程部组织施工。").isEmpty)
        #expect(self.organizations("盘活原青禾塑胶有限公司闲置资产。") == ["青禾塑胶有限公司"])
    }

    @Test func countsNoSchoolOrFunctionVehicleAsAnOrganization() {
        #expect(self.organizations("青禾职业技术学院、县城发集团、中国粮油学会油脂分会参加。").isEmpty)
    }

    @Test func startsANameAfterPunctuationAndAKindOfCompany() {
        let names = self.organizations("与中国500强企业青禾集团有限公司签约。项目建成后,风格独特,”西藏青禾牧光生态发展有限公司负责运营。")
        #expect(names == ["青禾集团有限公司", "西藏青禾牧光生态发展有限公司"])
    }

    @Test func trimsTheWordsLeadingIntoAName() {
        let names = self.organizations("签约企业代表东莞市青禾新能源科技有限公司发言。新能源类项目有云杉集团等。")
        #expect(names.contains("东莞市青禾新能源科技有限公司"))
        #expect(names.allSatisfy { !$0.hasPrefix("签约") && !$0.contains("项目有") })
    }

    @Test func readsCooperativesAndLaboratories() {
        let names = self.organizations("青禾乡天元粮油专业合作社与新疆云杉光伏工程实验室签约，要让更多实验室开放。")
        #expect(names == ["青禾乡天元粮油专业合作社", "新疆云杉光伏工程实验室"])
    }

    @Test func readsTheCompanyOpeningAProjectBeforeItsCapacity() {
        let names = self.organizations("现场签约了远航1200吨乳制品项目、北辰达年产5万吨新型建材项目。")
        #expect(names == ["远航", "北辰达"])
    }

    @Test func readsNoCompanyWherePlacesOrKindsOfPlantsOpenTheProject() {
        #expect(self.organizations("吉林市200MW风电项目、光伏100MW项目、新建年产3万吨饲料项目开工。").isEmpty)
        #expect(self.organizations("会议听取了青禾山5A景区旅游开发项目情况的汇报。").isEmpty)
        #expect(self.organizations("该公司能繁母猪两万头、出栏生猪30万头养殖项目开工。青禾县扶持中药材,连续4年获得中药材基地建设项目资金。").isEmpty)
    }

    @Test func dropsTheCountyWrittenBeforeTheCompany() {
        #expect(self.organizations("签约了安平县鑫源2万吨特种纸项目。") == ["鑫源"])
        // A league, Inner Mongolia's prefecture, is written before the company as a county is.
        #expect(self.organizations("阿拉善盟青禾30万千瓦风电项目开工。") == ["青禾"])
    }

    @Test func readsNoShortFormOfACompanyTheTextNamesInFull() {
        let names = self.organizations("山东宏瑞新材料有限公司参加签约。宏瑞新材料年产8万吨项目开工。")
        #expect(names == ["山东宏瑞新材料有限公司"])
    }

    @Test func startsTheNameAfterAParkWrittenBeforeIt() {
        #expect(self.organizations("察看了南湖产业集聚区东方染化集团迁建项目。") == ["东方染化集团"])
        #expect(self.organizations("市工业园区华舟铝业有限公司投产。") == ["华舟铝业有限公司"])
    }

    @Test func keepsAParkThatIsTheCompanysOwnBusiness() {
        #expect(self.organizations("北湖开发区建设投资有限公司参加签约。") == ["北湖开发区建设投资有限公司"])
        #expect(self.organizations("在青禾建材有限公司、松江装配产业园科技有限公司调研。").contains("松江装配产业园科技有限公司"))
    }

    @Test func readsAListOfCompaniesClosedByACountOfThem() {
        let names = self.organizations("会上，青禾股份、云杉环保、白河食品等十余家国内知名企业参加签约。")
        #expect(names.sorted() == ["云杉环保", "白河食品", "青禾股份"])
    }

    @Test func startsAfterTheClausesWordsAndAProjectBeforeTheCompany() {
        #expect(self.organizations("青禾县分别与云杉钠电材料技术有限公司签约。") == ["云杉钠电材料技术有限公司"])
        #expect(self.organizations("白桦储能项目白桦集团负责人发言。") == ["白桦集团"])
    }

    @Test func keepsAJoiningScalarInsideANameThatOpensWithAPlace() {
        #expect(self.organizations("其中，衡水明正和源家具有限公司现代家具项目开工。") == ["衡水明正和源家具有限公司"])
    }

    @Test func splitsTwoCompaniesJoinedBy和() {
        let names = self.organizations("陕西华钛新材料科技有限公司和陕西新辰金属材料有限公司签约。")
        #expect(names == ["陕西华钛新材料科技有限公司", "陕西新辰金属材料有限公司"])
    }

    @Test func startsAfterTheRoleOfTheCompanysSpeaker() {
        #expect(self.organizations("签约企业代表东莞市蜀江新能源科技有限公司发言。") == ["东莞市蜀江新能源科技有限公司"])
    }

    @Test func readsEveryItemOfAListOfCompaniesAsACompany() {
        let names = self.organizations("青禾股份、云杉科技、白河食品等众多知名企业负责人出席。")
        #expect(names == ["青禾股份", "云杉科技", "白河食品"])
    }

    @Test func readsNoAssociationOrPlaceInAListOfCompanies() {
        let names = self.organizations("宜昌、青禾台协、云杉科技、白河食品等企业参加。")
        #expect(names == ["云杉科技", "白河食品"])
    }

    @Test func readsNoCompaniesFromAListOfEntrepreneurs() {
        #expect(self.organizations("林远、王青山等企业家参加。").isEmpty)
    }

    @Test func readsNoVerbOrEverydayWordBeforeASuffixAsAName() {
        #expect(self.organizations("他听取公司汇报，领导赶赴公司，谈到未来公司发展。").isEmpty)
    }

    @Test func startsTheNameAfterTheWordsThatPraiseTheCompany() {
        #expect(self.organizations("引进国际知名企业青禾集团。") == ["青禾集团"])
    }

    @Test func readsTheCompanyAGovernmentSignsWith() {
        #expect(self.organizations("青禾县人民政府与云杉电力签约，建设光伏项目。") == ["云杉电力"])
        #expect(self.organizations("襄阳与白河联运签订合作协议。") == ["白河联运"])
    }

    @Test func readsTheCompanyThatSignsWithAKnownOne() {
        let names = self.organizations("青禾城投与云杉文旅集团签订合作协议。")
        #expect(Set(names) == ["青禾城投", "云杉文旅集团"])
    }

    @Test func readsNoPartyThatIsNoCompany() {
        #expect(self.organizations("县政府与县领导共同见证签约。").isEmpty)
    }

    @Test func readsTheCompaniesListedBesideAKnownOne() {
        let names = self.organizations("产业涵盖青禾集团、云杉重科、白河智能等。")
        #expect(Set(names) == ["青禾集团", "云杉重科", "白河智能"])
    }

    @Test func readsCompaniesACountCloses() {
        #expect(self.organizations("考察了青禾铝业、云杉快递两家知名企业。") == ["青禾铝业", "云杉快递"])
        // 家 counts firms even when no noun follows it.
        #expect(self.organizations("推进青禾德润纺织、云杉龙鼎纺织等4家500台织布机项目建设。") == ["青禾德润纺织", "云杉龙鼎纺织"])
    }

    @Test func readsNoTradesInAListThatCountsFirms() {
        #expect(self.organizations("项目建成后,将带动现代五金、电子信息等300多家企业转型升级。").isEmpty)
    }

    @Test func readsNoAcademyAnAcademiciansHonourNames() {
        #expect(self.organizations("中国科学院院士王青山向大会发来祝贺视频。").isEmpty)
    }

    @Test func readsACompanyWithoutARankOrAVerbBeforeIt() {
        #expect(self.organizations("继世界500强企业青禾集团落户我市以来。") == ["青禾集团"])
        #expect(self.organizations("感谢长期以来给予云杉集团的支持。") == ["云杉集团"])
        #expect(self.organizations("是远东控股集团进一步扩大公司市场份额之举。") == ["远东控股集团"])
        #expect(self.organizations("建设装机容量180万千瓦抽水蓄能电站项目。").isEmpty)
    }

    @Test func readsAGroupWithoutTheCountyWrittenBeforeIt() {
        #expect(self.organizations("唐山市曹妃甸区青禾集团董事长出席。") == ["青禾集团"])
        #expect(self.organizations("考察了山阳县云杉公司。") == ["云杉公司"])
        #expect(self.organizations("招商团队来到安徽省青禾集团洽谈。") == ["青禾集团"])
        #expect(self.organizations("甘肃省公路航空旅游投资集团有限公司签约。") == ["甘肃省公路航空旅游投资集团有限公司"])
        // A registered name keeps its place, and a district's own business is its name (`城区建设投资集团`).
        #expect(self.organizations("凤县超顺铸业有限公司投资建设。") == ["凤县超顺铸业有限公司"])
    }

    @Test func readsCompaniesClosedByALeadersModifiers() {
        let names = self.organizations("青禾、云杉制药、白河电气等国内诸多行业领军企业相继落户。")
        #expect(names == ["青禾", "云杉制药", "白河电气"])
    }

    @Test func readsNoZoneOrGovernmentInAListOfCompanies() {
        let names = self.organizations("青禾集团、近海经济区、楚雄市人民政府等单位参加。")
        #expect(names == ["青禾集团"])
    }

    @Test func takesNoKindOfCompanyOrSectorListForOrganizations() {
        let sectors = "签约项目涉及投资性公司、研发中心、管理咨询、商贸物流、创意、金融等现代服务业。"
        #expect(self.organizations(sectors).isEmpty)
        #expect(self.organizations("今年公司将扩大产能，母公司追加投资。").isEmpty)
    }

    @Test func takesNoProjectOrSiteForAnOrganization() {
        let visit = "代表们先后来到青禾水厂新建工程项目、白鹭智能科技公司、云杉农贸市场项目、霍邱万达广场等地观摩。"
        #expect(self.organizations(visit) == ["白鹭智能科技公司"])
        #expect(self.organizations("青禾新区健康食品产业园项目经理王青山表示，工程进展顺利。").isEmpty)
        #expect(self.organizations("他先后来到云杉骏驰汽车零部件产业园、白鹭国际汽车城三期等地调研。").isEmpty)
        #expect(self.organizations("青禾集团承建的华侨大道、天然桥路东段改造工程同日开工。") == ["青禾集团"])
        #expect(self.organizations("一行参观了云杉书法艺术馆、白鹭县图书馆和复兴中学。").isEmpty)
    }

    @Test func readsTheCompaniesOfAListClosedByWhereTheyComeFrom() {
        let text = "青禾远阳玻璃、云杉万融、白鹭果业等13家省内外企业与开发区签订合作协议。"
        #expect(Set(self.organizations(text)) == ["青禾远阳玻璃", "云杉万融", "白鹭果业"])
        let settled = "为青禾资产、捷瑞肯、麦亲科技等首批入驻白鹭智慧城企业代表送上钥匙。"
        #expect(Set(self.organizations(settled)) == ["青禾资产", "捷瑞肯", "麦亲科技"])
    }

    @Test func readsTheFirmsOfAListOfVisitedSites() {
        let text = "观摩组先后到洺河景观节点、电子商务公共服务中心、巨鑫生物等地进行集中观摩。"
        #expect(self.organizations(text) == ["巨鑫生物"])
    }

    @Test func takesNoPlacesInvestmentVehicleOrClauseForAnOrganization() {
        #expect(self.organizations("青禾市城投公司负责建设，云杉县城投集团参与。").isEmpty)
        #expect(self.organizations("调研组一行，具体了解公司生产情况，深入公司车间，继2012年公司一期工程后再扩产。").isEmpty)
    }

    @Test func readsATradeNameWithAFirmsWordOpeningAProject() {
        let text = "集中开工的项目有云岭煤业乏风瓦斯综合利用项目、青禾重工扩建项目和白鹭乳业二期项目。"
        #expect(Set(self.organizations(text)) == ["云岭煤业", "青禾重工", "白鹭乳业"])
        #expect(self.organizations("国家乳业技术创新中心项目开工。").isEmpty)
        let more = "会议听取了青禾制药胰岛素二期项目、云杉传动风电增速器项目的汇报。"
        #expect(Set(self.organizations(more)) == ["青禾制药", "云杉传动"])
        let makers = "开工的项目有光华环保危废处置、白鹭特钢钢焦一体化、云杉半导体项目。"
        #expect(Set(self.organizations(makers)) == ["光华环保", "白鹭特钢", "云杉半导体"])
        // A product's description before the word names no maker.
        #expect(self.organizations("开工的项目有高端车用环保发动机项目、国产半导体设备项目。").isEmpty)
        // A place and one scalar qualifying the trade (`海宁泛半导体`) leave no trade name.
        #expect(self.organizations("海宁泛半导体产业园二期项目开工。").isEmpty)
    }

    @Test func takesNoTradeAloneForAFirm() {
        #expect(self.organizations("园区引进了生物科技、绿色食品等企业,还有新能源公司3家。").isEmpty)
        // A large enterprise the industry lexicon also knows by its name stays.
        #expect(self.organizations("中车集团投资建设风电装备基地。") == ["中车集团"])
    }

    @Test func takesNoVerbOrTimeBeforeTheGroupTheStorySpeaksOf() {
        #expect(self.organizations("双方合作符合集团发展战略,要充分利用集团优势。").isEmpty)
        #expect(self.organizations("前三季度集团实现营收30亿元。").isEmpty)
    }

    @Test func takesNoUniversityWrittenOnlyAsAnAffiliation() {
        #expect(self.organizations("青禾大学研究员王明在论坛上作报告。").isEmpty)
        #expect(self.organizations("白鹭大学天津校友会与青禾区签约。").allSatisfy { $0 != "白鹭大学" })
        // A university its head represents acts in the story.
        #expect(self.organizations("青禾大学校长王明出席签约仪式。") == ["青禾大学"])
    }

    @Test func readsALongShortFormRegisteredWithItsProvinceBeforeACapacity() {
        let text = "总投资3亿元的江苏青禾白鹭家居用品年产50万件家具项目开工。"
        #expect(self.organizations(text) == ["江苏青禾白鹭家居用品"])
        // Without a province, ten scalars before a capacity are a clause, not a firm.
        #expect(self.organizations("开工的有利用废旧蓄电池冶炼年产3万吨再生铅项目。").isEmpty)
    }

    @Test func readsAProvinceAndTradeNameWithAnIndustrysFirmWordOpeningAProject() {
        let text = "园区重点项目湖北青禾铝业铝型材挤压扩建项目、白鹭智能电气生产基地项目已集中开工。"
        #expect(Set(self.organizations(text)) == ["湖北青禾铝业", "白鹭智能电气"])
        // A place's trade, or a trade's city, is no firm.
        #expect(self.organizations("签约的是沭阳纺织服装产业链项目。").isEmpty)
        #expect(self.organizations("开工的中原电气城二期项目占地80亩。").isEmpty)
    }

    @Test func takesNoInvitationTitleHeadOrLegalFormForAnOrganization() {
        #expect(self.organizations("邀请云杉大学研究院专家作专题讲座。").allSatisfy { !$0.hasPrefix("邀请") })
        #expect(self.organizations("国内500强企业白鹭集团投资5亿元。") == ["白鹭集团"])
        #expect(self.organizations("青禾市委书记王明为白鹭明珠集团董事长刘成颁发聘书。") == ["白鹭明珠集团"])
        #expect(self.organizations("青禾商会执行会长、白鹭联合会副会长出席。").isEmpty)
        #expect(self.organizations("该公司是民营股份制有限责任公司。").isEmpty)
    }

    @Test func startsTheLastCompanyAfterTheWordRelatingItToTheOneBefore() {
        #expect(self.organizations("青禾集团核心成员企业白鹭股份投资建设。").contains("白鹭股份"))
        let chair = "青禾集团公司董事长兼白鹭铸管股份有限公司董事长王明出席。"
        #expect(!self.organizations(chair).contains { $0.contains("董事长") })
    }

    @Test func takesNoUtilityCountryWordOrCutFigureForAnOrganization() {
        #expect(self.organizations("市供电公司负责人介绍情况。").isEmpty)
        #expect(self.organizations("德国青禾工业集团董事长出席。") == ["青禾工业集团"])
        #expect(self.organizations("有关部门和专家学者、区属27家重点企业负责人参加论坛。").isEmpty)
    }

    @Test func takesNoFunctionVehicleLongerThanTheNameReadAndDoesNotTrapOnIt() {
        // The vehicle's word (`投资集团总公司`) starts before the span a reader took: once a crash, now no name.
        #expect(self.organizations("由省建设投资集团总公司、省建投总公司投资建设。").isEmpty)
        #expect(self.organizations("项目实施方青禾联扶实业有限公司负责建设。") == ["青禾联扶实业有限公司"])
        #expect(self.organizations("宿州港投公司、开建集团和市供水总公司参加。").isEmpty)
    }

    @Test func startsANameAfterItsHolderOrInvestorWord() {
        #expect(self.organizations("公司将按照大股东青禾液集团的规划要求建设。") == ["青禾液集团"])
        #expect(self.organizations("项目投资企业江苏青禾高温材料股份有限公司介绍。") == ["江苏青禾高温材料股份有限公司"])
    }

    @Test func readsTheCompaniesOfAListCountedAsTheBigOnesOrByHousehold() {
        let text = "已形成了以中铁青桥、青禾时代、中铁云杉电气三大企业为龙头,以长美科技、中铁青工等17户规上企业为骨干的产业集群。"
        #expect(Set(self.organizations(text)) == ["中铁青桥", "青禾时代", "中铁云杉电气", "长美科技", "中铁青工"])
    }

    @Test func startsANameAfterFoundingOrHeeding() {
        #expect(self.organizations("双方将合资成立青禾纸业(广东)有限公司。") == ["青禾纸业(广东)有限公司"])
        #expect(self.organizations("会议强调,要用好专业设计公司。").isEmpty)
    }

    @Test func takesNoPageNavigationOrBareGroupForAName() {
        #expect(self.organizations("宣布项目开工。- 上一条公司献爱心,助力献血- 下一条公司召开大会").isEmpty)
        #expect(self.organizations("在集团总公司林一总经理的陪同下,总共拿出集团公司50%的产量").isEmpty)
    }

    @Test func readsNoOrganizationFromACentreOrAParkVisitedBesideAFirm() {
        let text = "代表团先后到青禾文化艺术中心、青禾电子有限公司、区行政中心、云杉文化生态园等地参观考察。"
        #expect(self.organizations(text) == ["青禾电子有限公司"])
    }

    @Test func readsNoOrganizationFromASubsidiaryNamedByItsParentOrFromAProjectsOffice() {
        #expect(!self.organizations("青禾集团子公司投资建设的电池项目开工。").contains("青禾集团子公司"))
        #expect(self.organizations("其中,上海某高新技术研究院投资的青禾项目签约。").isEmpty)
        #expect(self.organizations("他说。青禾县白塔景区开发项目攻坚指挥部负责人谢利伟介绍,指挥部将全力推进征收。").isEmpty)
    }

    @Test func readsTheParentOfABranchCompanyAndNoBareBranch() {
        let text = "总投资5.5亿元的青禾集团永济分公司生猪养殖项目开工。云杉电信上海分公司、海南分公司、第七分公司负责人出席。"
        let names = self.organizations(text)
        #expect(names.contains("青禾集团") && names.contains("青禾集团永济分公司"))
        #expect(names.contains("云杉电信"))
        #expect(!names.contains("海南分公司") && !names.contains("第七分公司"))
    }

    @Test func startsANameAfterAWelcomeADescriptionOrARole() {
        #expect(self.organizations("王青禾欢迎云杉集团代表团来县考察。") == ["云杉集团"])
        #expect(self.organizations("引进台湾上市公司白塔电缆集团投资建设。") == ["白塔电缆集团"])
        #expect(self.organizations("园区建设单位青禾海丝公司总经理韩某介绍了项目。").contains("青禾海丝公司"))
    }

    @Test func readsNoDepartmentOfACompanyAlreadyFoundAsAnotherOrganization() {
        let text = "青禾零碳科技有限公司综合管理部总监王志峰说,项目进展顺利。"
        #expect(self.organizations(text) == ["青禾零碳科技有限公司"])
    }

    @Test func readsTheFirmsThatStandForAFieldsProjects() {
        let text = "签约项目涵盖了以青禾电能、云杉时代等为代表的新基建项目,以白鹭产业园、青禾基地等为代表的园区项目。"
        #expect(Set(self.organizations(text)) == ["青禾电能", "云杉时代"])
    }

    @Test func keepsAConjunctionBeforeATradeAndBusinessWordsInTheName() {
        #expect(self.organizations("县政府与青禾六和食品控股有限公司签订协议。") == ["青禾六和食品控股有限公司"])
    }

    @Test func startsANameAfterAWhollyOwnedSubsidiarysWord() {
        #expect(self.organizations("据悉,全资子公司白鹭硅材料有限公司投产。") == ["白鹭硅材料有限公司"])
    }

    @Test func takesNoNameFromAVerbBeforeAGroupsWord() {
        #expect(self.organizations("相信凭借集团的实力,项目一定能建好。").isEmpty)
    }

    @Test func takesNoReferenceOrKindOfFirmForAName() {
        #expect(self.organizations("这一投资10亿元项目的上马,对产业调整意义重大。").isEmpty)
        #expect(self.organizations("集团已建成具有核心竞争力的大型国有企业集团。").isEmpty)
    }

    @Test func takesNoCitysWaterGroupNamedByItsFunction() {
        #expect(self.organizations("青禾市水务集团总经理王某出席。青禾北控水务集团参加。") == ["青禾北控水务集团"])
    }

    @Test func startsANameAfterADayOrAnExistentialVerb() {
        #expect(self.organizations("今天白鹭新材料(锦州)有限公司项目开工。") == ["白鹭新材料(锦州)有限公司"])
        #expect(self.organizations("代表性的项目有青禾企业(重庆)有限公司基地项目。") == ["青禾企业(重庆)有限公司"])
        #expect(self.organizations("双福工业园有云杉印染服装有限公司整体搬迁项目。") == ["云杉印染服装有限公司"])
        // After a partner's 与 a name may open with 有.
        #expect(self.organizations("县政府与有研白鹭科技集团签约。") == ["有研白鹭科技集团"])
    }

    @Test func startsANameAfterTheVerbSettingItUp() {
        #expect(self.organizations("项目投产后，同时配套设立青禾医疗研究院。") == ["青禾医疗研究院"])
    }

    @Test func takesNoHoldingNamedByADivisionsWordAndItsFunction() {
        #expect(self.organizations("省农垦集团总经理王某出席。白鹭省纺织集团有限公司签约。") == ["白鹭省纺织集团有限公司"])
    }

    @Test func startsANameAfterMerchantsFirmsOrAnAim() {
        #expect(self.organizations("衢商企业浙江青禾集团投资6.2亿元建设光伏项目。") == ["浙江青禾集团"])
        #expect(self.organizations("我们将努力打造集团在北方最大的产业基地。").isEmpty)
    }

    @Test func startsANameAfterAReportHeardAGuestsRoleATradesFirmOrAWish() {
        #expect(self.organizations("会议听取了青禾公司负责人对二期规划的汇报。") == ["青禾公司"])
        #expect(self.organizations("县长会见了大会嘉宾白鹭集团董事长一行。") == ["白鹭集团"])
        #expect(self.organizations("投资6亿元的陶瓷生产企业云杉建材有限公司举行开工仪式。") == ["云杉建材有限公司"])
        #expect(self.organizations("他祝愿云杉建材有限公司早日投产。") == ["云杉建材有限公司"])
    }

    @Test func startsANameAfterANeighbourOrANeed() {
        #expect(self.organizations("项目西临大街,其他三侧紧邻青禾大学。") == ["青禾大学"])
        #expect(self.organizations("当地急需白鹭集团这样的大企业赋能。") == ["白鹭集团"])
    }

    @Test func takesNoCompanyWordJoinedToAPerson() {
        #expect(self.organizations("青禾研究院副院长王青山及公司总经理李白鹭陪同。") == ["青禾研究院"])
    }

    @Test func takesNoTradeAndGroupNamedAlone() {
        #expect(self.organizations("区政府、地产集团、建工集团、青禾集团负责人参加。") == ["青禾集团"])
    }

    @Test func readsATradeNameAnd科技OpeningAProject() {
        #expect(self.organizations("青禾科技智能终端生产基地项目开工。") == ["青禾科技"])
        // A place of science, a zone's and a class's are no firm.
        #expect(self.organizations("白鹭科技园二期项目开工。").isEmpty)
        #expect(self.organizations("高新区科技综合体项目开工。").isEmpty)
        #expect(self.organizations("未来科技创业中心项目开工。").isEmpty)
        // A trade name and its phases alone name the project, not a firm.
        #expect(self.organizations("签约项目有青禾科技一期二期、白鹭智能终端项目。").isEmpty)
    }

    @Test func keepsBuildingWorksInsideACompanysName() {
        #expect(self.organizations("青禾鑫海建设工程有限责任公司作为承建方。") == ["青禾鑫海建设工程有限责任公司"])
    }

    @Test func startsANameAfterAFirmPresentingOrSettingUpOne() {
        #expect(self.organizations("会上，白鹭酒业介绍公司3万吨白酒扩建项目情况。").contains { $0.contains("介绍") } == false)
        #expect(self.organizations("青禾集团将在白鹭成立独立法人子公司。") == ["青禾集团"])
    }

    @Test func takesNoFieldAFairPromotesForAFirm() {
        let text = "青禾区推介了包括现代装备制造业、生物医药业、农产品加工业、物流业、旅游产业等在内的12家重点企业。"
        #expect(self.organizations(text).isEmpty)
    }
}
