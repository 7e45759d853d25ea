import DiaoyanExtraction
import DiaoyanModels
import Testing

@Suite struct EventFinderTests {
    let extractor: RecordExtractor

    init() throws {
        self.extractor = try RecordExtractor()
    }

    func events(_ text: String, published: String? = "2024-05-20") -> [String] {
        self.extractor.extract(NormalizedDocument(id: "t", source: "t", published: published, text: text)).events
            .map { "\($0.type.rawValue) \($0.date ?? "-")" }
    }

    @Test func datesEachEventByTheDateWrittenBeforeIt() {
        let text = "今年3月，青禾食品项目开工；4月，云杉数据中心启动运行。"
        #expect(self.events(text) == ["groundbreaking 2024-03", "commissioning 2024-04"])
    }

    @Test func readsNoGatheringInTheNameOfABody() {
        let text = "5月8日，青禾市人民代表大会常务委员会秘书长林远、市政治协商会议副主席赵明到白鹭食品项目调研。"
        #expect(self.events(text) == ["inspection 2024-05-08"])
    }

    @Test func readsAnInvitationFairAndNoVisitItEncourages() {
        let text = "18日下午，青禾市邀商会在白鹭酒店隆重举行，鼓励各界人士前往青禾考察、投资。"
        #expect(self.events(text) == ["conference 2024-05-18"])
    }

    @Test func reads开建AsAGroundbreaking() {
        #expect(self.events("5月26日,青禾市12个项目集中开建。") == ["groundbreaking 2024-05-26"])
    }

    @Test func readsProductionStartedAndARoadOpenedAsTheirEvents() {
        #expect(self.events("20日，青禾储能电池一期项目开工投产。") == ["commissioning 2024-05-20"])
        #expect(self.events("5月9日，青禾至云杉公路建成段开通仪式在白鹭县举行。") == ["other 2024-05-09"])
    }

    @Test func givesADayOnAnUndatedPageTheYearItsSentenceWrites() {
        let text = "5月17日,以融入丝路为主题的2023年青禾企业招商恳谈会在青禾召开,16家企业签订合作协议。"
        #expect(Set(self.events(text, published: nil)) == ["conference 2023-05-17", "signing 2023-05-17"])
        // Two years in the sentence: which one the day belongs to is not said.
        let twoYears = "5月17日,2022年签约的项目和2023年招商恳谈会在青禾召开。"
        #expect(!self.events(twoYears, published: nil).contains { $0.hasSuffix("-05-17") })
    }

    @Test func readsEveryStageOfAGluedChainAsItsOwnEvent() {
        let text = "2月18日下午,青禾区举行重大项目集中签约开工投产活动,27个项目参加。"
        #expect(
            Set(self.events(text)) == ["signing 2024-02-18", "groundbreaking 2024-02-18", "commissioning 2024-02-18"]
        )
        // One plant starting and producing is its commissioning.
        #expect(self.events("20日，青禾储能电池一期项目开工投产。") == ["commissioning 2024-05-20"])
    }

    @Test func readsADayOfThreeBatchesAsASigningAStartAndAProduction() {
        let text = "1月5日,我市举行第十五期“三个一批”项目建设活动,深入贯彻省委会议精神。"
        #expect(
            Set(self.events(text)) == ["signing 2024-01-05", "groundbreaking 2024-01-05", "commissioning 2024-01-05"]
        )
        // The sentence's own event word tells what the day was.
        #expect(self.events("5月8日上午,青禾县举行第八期“三个一批”集中开工活动。") == ["groundbreaking 2024-05-08"])
    }

    @Test func readsARallyOfCadresAsAMeeting() {
        #expect(self.events("2月18日,青禾县召开高质量发展大会。") == ["meeting 2024-02-18"])
        #expect(self.events("2月18日,青禾县召开项目建设誓师大会。") == ["meeting 2024-02-18"])
        #expect(self.events("2月18日,青禾县召开招商引资启动大会。") == ["meeting 2024-02-18"])
        #expect(self.events("3月22日,青禾区召开优化营商环境大会。") == ["meeting 2024-03-22"])
        #expect(self.events("5月9日,第十届青禾投资贸易大会开幕。") == ["conference 2024-05-09"])
    }

    @Test func readsALookAtSitesAndAnOfficeHeldOnSiteAsInspections() {
        #expect(self.events("2月8日,县委书记深入到新厂实地查看,详细了解项目建设。") == ["inspection 2024-02-08"])
        #expect(self.events("2月8日,市长一行深入青禾经济开发区现场办公。") == ["inspection 2024-02-08"])
    }

    @Test func readsNoVisitASpeechCitesOrAnInvitationHopesFor() {
        #expect(self.events("5月9日,青禾项目开工。他说,全州正在深入学习贯彻总书记在青禾考察时的重要讲话精神。") == ["groundbreaking 2024-05-09"])
        #expect(self.events("5月9日,青禾县签约3个项目,并诚邀企业家朋友考察投资。") == ["signing 2024-05-09"])
        #expect(self.events("5月9日,市投促局一级调研员林一出席签约仪式。") == ["signing 2024-05-09"])
    }

    @Test func readsEveryStageOfACeremonyJoinedBy暨() {
        let text = "2月4日,青禾市首批项目集中签约暨开工活动盛大举行。"
        #expect(Set(self.events(text)) == ["signing 2024-02-04", "groundbreaking 2024-02-04"])
    }

    @Test func readsAnUndatedSigningOfCountedProjects() {
        // A day no year anchors leaves the signing undated, but it is the story's.
        // The fair the day's signings came from is dated by that day too.
        #expect(self.events("8月17日,推介会达成签约项目12个,投资约27亿元。", published: nil) == ["conference -", "signing -"])
        #expect(self.events("8月17日,青禾市成功签约6个重点项目。", published: nil) == ["signing -"])
        #expect(self.events("8月17日,两地表示将深化合作,签约更多项目。", published: nil).isEmpty)
    }

    @Test func readsNoEventFromAProjectsHistory() {
        #expect(self.events("5月9日,市长调研青禾水泥项目。该项目于2017年4月正式开工建设。") == ["inspection 2024-05-09"])
        #expect(self.events("青禾茶叶产业园项目于今年4月7日开工。").isEmpty)
        #expect(self.events("4月7日,青禾茶叶产业园项目开工。") == ["groundbreaking 2024-04-07"])
    }

    @Test func readsAPromotionJoinedToASigningAsAFair() {
        let text = "5月18日,青禾优势产业推介暨项目签约仪式在上海举行,共签约项目21个。"
        #expect(Set(self.events(text)) == ["conference 2024-05-18", "signing 2024-05-18"])
        #expect(self.events("5月18日,青禾县在北京召开招商推介工作会。") == ["conference 2024-05-18"])
        #expect(self.events("5月18日,青禾市在上海召开长三角招商推介座谈会。").contains("conference 2024-05-18"))
    }

    @Test func readsASigningOfCountedProjectsThatNamesNobodyAndNoDate() {
        let text = "日前,青禾区召开招商推介工作会。现场,云杉投资产业园、白鹭风电项目等16个招商引资重点项目签约落户青禾区。"
        #expect(self.events(text, published: nil).contains("signing -"))
        // A running total sums up earlier signings.
        #expect(self.events("今年以来,全县累计签约项目176个,总投资1097亿元。", published: nil) == [])
    }

    @Test func datesNoUndatedFairByThePagesStamp() {
        let text = "青禾揽金16亿元\n发布时间:2018-05-27 08:52:00\n在第二十一届西洽会上,青禾县举办招商推介会,签约11个项目。"
        #expect(self.events(text, published: "2018-05-27").allSatisfy { $0.hasSuffix(" -") })
        #expect(self.events(text, published: "2018-05-27").contains("conference -"))
        // A stamp with its time of day and no label.
        let stamped = "青禾网  2022-06-09 09:52  来源: 青禾日报\n活动先后举行了青禾电解铜箔项目动工仪式。"
        #expect(self.events(stamped, published: "2022-06-09") == ["groundbreaking -"])
    }

    @Test func readsNoEventFromAnInstruction() {
        #expect(self.events("5月9日，市长王青山强调，要加快投产青禾电池项目。") == [])
    }

    @Test func readsNoDateFromAMonthNamingABatchOfProjects() {
        let events = self.events("1月10日下午，我市2025年1月份招商引资项目集中签约仪式举行。", published: nil)
        #expect(events == ["signing 2025-01-10"])
    }

    @Test func datesACeremonyNamedByItsMonthByTheDayToldBefore() {
        let events = self.events("3月21日，青禾举行“项目突破年”3月集中开工仪式。", published: "2018-03-27")
        #expect(events == ["groundbreaking 2018-03-21"])
    }

    @Test func readsNoEventFromTheTimeSinceAStage() {
        let text = "5月18日，青禾水泥二期项目投产。该项目自2011年8月12日开工建设以来，进展顺利。"
        #expect(self.events(text, published: "2011-05-20") == ["commissioning 2011-05-18"])
    }

    @Test func readsTodayAsTheDayTheStoryOpensWith() {
        let text = "青禾县重点项目集中开工活动举行\n3月26日上午，青禾县重点项目集中开工活动举行。\n据了解，今天集中开工的15个项目总投资86亿元。"
        #expect(self.events(text, published: "2024-03-28") == ["groundbreaking 2024-03-26"])
    }

    @Test func readsACeremonyToldAgainWithoutADateAsTheOneDatedBefore() {
        let text = "2024年03月12日 来源：青禾新闻网\n3月11日上午，青禾县一季度重点项目集中开工仪式举行。\n县委书记李青宣布项目开工。\n图为集中开工仪式现场。"
        #expect(self.events(text, published: "2024-03-12") == ["groundbreaking 2024-03-11"])
    }

    @Test func readsAttendingAMeetingAtAFairAsTheFairItself() {
        let text = "9月9日，青禾市招商推介会暨项目签约仪式举行。市委书记李青出席会议，副市长王白主持会议。"
        #expect(self.events(text, published: "2024-09-10") == ["conference 2024-09-09", "signing 2024-09-09"])
    }

    @Test func readsAnInvestmentBriefingAsAFair() {
        let text = "8月6日，青禾县在上海举行招商引资说明会，会上签约22个项目。"
        #expect(self.events(text, published: "2024-08-07") == ["conference 2024-08-06", "signing 2024-08-06"])
    }

    @Test func readsATalkWithCompaniesDuringAVisitAsAMeeting() {
        let text = "3月26日，县委书记李青来到青禾机械公司调研，与企业负责人进行座谈交流。"
        #expect(self.events(text, published: "2024-03-27") == ["inspection 2024-03-26", "meeting 2024-03-26"])
    }

    @Test func readsAtTheSameTimeAsTheDayOfTheEventBefore() {
        let text = "青禾新闻网9月20日讯 19日，青禾县三季度重大项目集中开工。\n与此同时，云杉木业项目开工仪式在白塔乡举行。"
        #expect(self.events(text, published: "2024-09-20") == ["groundbreaking 2024-09-19"])
    }

    @Test func readsNoDayFromASitesCalendarWidget() {
        let text = "欢迎您来到青禾县人民政府门户网站！今天是：\n青禾县举行第三批重点项目集中开工活动\n8月16日，青禾县举行第三批重点项目集中开工活动。"
        #expect(self.events(text, published: "2024-08-17") == ["groundbreaking 2024-08-16"])
    }

    @Test func readsTheDayBracketedAfterToday() {
        #expect(self.events("青禾区重点项目签约仪式今日(1月19日)举行。", published: "2024-01-21") == ["signing 2024-01-19"])
    }

    @Test func datesAnUndatedPageByTheYearOpeningItsCeremonysName() {
        let text = "6月9日，青禾区举行2023青禾新城项目集中开工启动仪式。2025年全部建成。"
        #expect(self.events(text, published: nil) == ["groundbreaking 2023-06-09"])
    }

    @Test func readsAProgressAssemblyAsAMeeting() {
        #expect(self.events("3月4日，青禾区召开重大项目建设推进大会。") == ["meeting 2024-03-04"])
    }

    @Test func readsACeremonyThatStartsSomeProjectsAndCompletesOthers() {
        #expect(self.events("5月18日，青禾县举行二季度工业项目集中开(竣)工活动。") == ["groundbreaking 2024-05-18", "other 2024-05-18"])
        #expect(self.events("5月18日，青禾县重大项目集中开竣工活动举行。") == ["groundbreaking 2024-05-18", "other 2024-05-18"])
        #expect(self.events("5月18日上午，青禾州首批108个项目集中开复工仪式举行。") == ["groundbreaking 2024-05-18"])
    }

    @Test func datesAnUndatedCeremonyByItsProgrammesYear() {
        #expect(self.events("青禾日报讯 青禾县2021年第三批重点项目集中开工仪式近日举行。", published: nil) == ["groundbreaking 2021"])
    }

    @Test func readsNoEventInTheTimeSinceAStage() {
        #expect(self.events("自2007年11月开工以来，青禾水泥项目建设进展顺利。").isEmpty)
    }

    @Test func readsEachStageOfAListOfStages() {
        let text = "5月18日上午，青禾县举行项目建设活动，集中签约、开工、投产一批重大项目。"
        #expect(self.events(text) == ["signing 2024-05-18", "groundbreaking 2024-05-18", "commissioning 2024-05-18"])
    }

    @Test func readsAnUndatedConcentratedCommissioning() {
        #expect(self.events("今天上午，青禾产业园内7个重大产业项目集中投产。", published: nil) == ["commissioning -"])
        #expect(self.events("青禾新材料项目已经投产。", published: nil).isEmpty)
    }

    @Test func readsACompletionIntoProductionAsACommissioning() {
        #expect(self.events("5月18日，青禾骨料生产线项目竣工投产。") == ["commissioning 2024-05-18"])
        #expect(self.events("5月18日，青禾水泥熟料生产线建成投产。") == ["commissioning 2024-05-18"])
    }

    @Test func readsAnUndatedOnSiteSigningAndAFairByItsAbbreviation() {
        #expect(self.events("推介会还吸引了多个项目前来洽谈，现场签约合作协议和项目共19个。", published: nil) == ["signing -"])
        #expect(self.events("5月18日，第十届青洽会开幕。") == ["conference 2024-05-18"])
    }

    @Test func readsASiteTourMeetingAsAnInspectionAndAMeeting() {
        #expect(self.events("5月18日，全市重点项目现场观摩会在青禾县举行。") == ["inspection 2024-05-18", "meeting 2024-05-18"])
    }

    @Test func readsObservationsDispatchMeetingsAndSupervision() {
        #expect(self.events("5月18日下午，市委书记林一带领市四大班子领导观摩重点项目。") == ["inspection 2024-05-18"])
        #expect(self.events("5月18日，县委书记林一主持召开重点推进项目调度会。") == ["meeting 2024-05-18"])
        #expect(self.events("5月18日，市长林一到青禾县督导重点项目建设。") == ["inspection 2024-05-18"])
    }

    @Test func readsPastYearsAndYearEnds() {
        #expect(self.events("这个项目去年10月投产。") == ["commissioning 2023-10"])
        #expect(self.events("离项目不远，去年底已经投产的青禾二期项目正开足马力。") == ["commissioning 2023-12"])
    }

    @Test func tellsTwoStageEventsInOneSentenceOnlyForTwoProjects() {
        let both = "19日，青禾光能电池片项目正式投产；青松硅业多晶硅项目二期开工建设。"
        #expect(self.events(both) == ["commissioning 2024-05-19", "groundbreaking 2024-05-19"])
        let one = "19日，青禾数字产业园一期项目竣工交付，20万平方米的载体投入使用。"
        #expect(self.events(one) == ["other 2024-05-19"])
    }

    @Test func takesTheSameDayForASentenceThatSaysSo() {
        let text = "19日，市委书记王青山出席青禾食品项目投产仪式。同日，青松公司签署增资协议。"
        #expect(self.events(text) == ["commissioning 2024-05-19", "signing 2024-05-19"])
    }

    @Test func skipsPlansConditionsAndUndatedMilestones() {
        #expect(self.events("19日，市委书记王青山调研青禾项目，项目计划明年6月底前建成投产。") == ["inspection 2024-05-19"])
        #expect(self.events("市委书记王青山要求推动项目早竣工、早投产。", published: nil).isEmpty)
    }

    @Test func prefersADayToABareYear() {
        #expect(self.events("26日，全省2024年重大项目集中开工活动举行。") == ["groundbreaking 2024-05-26"])
    }

    @Test func namesTheProjectsOfItsSentence() {
        let text = "19日，市委书记王青山到青禾食品年产5万吨饮料项目调研。随后，王青山察看了云杉数据中心项目建设情况。"
        let events = self.extractor.extract(
            NormalizedDocument(id: "t", source: "t", published: "2024-05-20", text: text)
        )
        .events
        #expect(events.map(\.type) == [.inspection])
        #expect(events.first?.persons == ["王青山"])
        #expect(events.first?.projects == ["青禾食品年产5万吨饮料项目", "云杉数据中心项目"])
    }

    @Test func readsHeOrSheAsTheActorNamedLast() {
        let text = "5月19日，市委书记王青山到青禾食品项目调研。当天下午，他主持召开全市项目推进会。其他企业负责人列席会议。"
        let events = self.extractor.extract(
            NormalizedDocument(id: "t", source: "t", published: "2024-05-20", text: text)
        )
        .events
        #expect(events.map { "\($0.type.rawValue) \($0.persons)" } == ["inspection [\"王青山\"]", "meeting [\"王青山\"]"])
    }

    @Test func keepsTheDayOfTheStoryPastABackgroundMonth() {
        let text = "21日，青禾汽车项目正式投产。项目去年4月开工。投产仪式结束后，市里举行项目集中签约。随后，市委书记王青山来到园区调研。"
        #expect(
            self.events(text, published: "2024-11-22")
                == [
                    "commissioning 2024-11-21", "groundbreaking 2023-04", "signing 2024-11-21", "inspection 2024-11-21",
                ]
        )
    }

    @Test func datesASameDayEventByItsDayNotByADateWrittenAfterIt() {
        let text = "9日，市长王青山出席青禾项目封顶仪式。当天，王青山还来到渌口区，察看今年3月竣工的检测中心项目。"
        // The completion told in passing is an event of its own month.
        #expect(
            self.events(text, published: "2024-05-10") == [
                "other 2024-05-09", "inspection 2024-05-09", "other 2024-03",
            ]
        )
    }

    @Test func readsMeetingsBeforeACeremonyOnItsDayAndGridConnectionAsCommissioning() {
        let text = "7日下午，青禾项目集中签约仪式举行。签约仪式前，市长王青山会见了客商一行，并察看了本月初投产的示范站项目。"
        #expect(
            self.events(text, published: "2024-11-08")
                == ["signing 2024-11-07", "meeting 2024-11-07", "inspection 2024-11-07", "commissioning 2024-11"]
        )
        #expect(self.events("本月上旬，青禾光伏电站项目全容量并网发电。", published: "2024-06-28") == ["commissioning 2024-06"])
    }

    @Test func keepsAnUndatedCeremonyTheTextSaysWasHeld() {
        let text = "青禾县招商推介会暨重点项目集中签约仪式在厦门举行。现场签约项目12个。"
        #expect(self.events(text, published: nil) == ["conference -", "signing -"])
    }

    @Test func leavesAnUndatedMilestoneToldInPassingOut() {
        #expect(self.events("该项目已于去年投产，今年计划扩能。", published: nil).isEmpty)
    }

    @Test func datesACeremonyHeldThatDayByTheStorysDate() {
        let text = "新华社西宁2月18日电 2月18日，西宁市发布了27个项目。\n当日，西宁市举办招商引资推介活动。"
        #expect(self.events(text).contains("conference 2024-02-18"))
    }

    @Test func readsMoreKindsOfFairs() {
        #expect(self.events("5月9日，第二十届投资贸易洽谈会在厦门开幕。") == ["conference 2024-05-09"])
    }

    @Test func datesACeremonyToldOnlyByItsYearByTheStorysDay() {
        let text = "青禾网讯 3月31日，青禾县召开大会。\n2023年青禾县重点项目集中开工仪式在产业园举行。"
        #expect(self.events(text, published: nil).contains("groundbreaking 2023-03-31"))
    }

    @Test func readsNoMeetingInAVenueOrAReference() {
        #expect(self.events("5月9日，推介会在国际会议中心举办。") == ["conference 2024-05-09"])
        #expect(self.events("市长林远要求认真贯彻全市项目会议精神。").isEmpty)
    }

    @Test func datesAVisitOverSeveralDaysByItsFirst() {
        #expect(self.events("4月27日、28日，市委书记林远到青禾县调研。") == ["inspection 2024-04-27"])
    }

    @Test func takesAYearNamingAProgrammeOnlyWhenNothingElseDatesTheCeremony() {
        // The guide (batch 6): `日前` dates a ceremony to the year its name carries.
        #expect(self.events("2024年重点项目集中签约仪式举行。", published: nil) == ["signing 2024"])
        #expect(self.events("5月9日，2024年重点项目集中签约仪式举行。", published: "2024-05-10") == ["signing 2024-05-09"])
    }

    @Test func readsNoConferenceFromACampaign() {
        #expect(self.events("3月6日，青禾县实施“双百行动”大会战，全面推进项目建设。").allSatisfy { !$0.hasPrefix("conference") })
        #expect(self.events("3月6日，青禾县招商大会在县城举行。") == ["conference 2024-03-06"])
    }

    @Test func datesARepostedCeremonyInTheYearOfTheProgrammeItNames() {
        let text = "3月21日,青禾区2023年第一季度工业项目集中开工活动举行。"
        #expect(self.events(text, published: "2024-05-23") == ["groundbreaking 2023-03-21"])
    }

    @Test func datesAGatheringNamingTwoProgrammeYearsByThePage() {
        let text = "3月14日,青禾区举行2023年度重点工程表彰暨2024年度重大工程建设动员会。"
        #expect(self.events(text, published: "2024-03-14") == ["meeting 2024-03-14"])
    }

    @Test func keepsNoEventADatedPageDatesOnlyByAnotherYear() {
        let text = "据了解，2022年青禾示范园已开工项目30个。5月18日，白鹭物流园项目开工。"
        #expect(self.events(text, published: "2023-05-20") == ["groundbreaking 2023-05-18"])
        // The page's own year stays.
        #expect(self.events("2023年青禾县重点项目集中开工仪式举行。", published: "2023-05-20") == ["groundbreaking 2023"])
    }

    @Test func readsNoEventFromARateOfStarts() {
        #expect(self.events("截至目前，青禾县2024年项目开复工率达97.5%。").isEmpty)
    }

    @Test func datesAFirstQuartersCeremonyHeldInDecemberInTheYearBefore() {
        let text = "12月31日,青禾市召开全市2014年一季度项目集中开工现场会。"
        #expect(self.events(text, published: nil) == ["groundbreaking 2013-12-31"])
    }

    @Test func readsTalksWrittenAsAVerbAsAMeeting() {
        #expect(self.events("5月6日,县委书记到青禾公司调研。随后与企业负责人座谈。") == ["inspection 2024-05-06", "meeting 2024-05-06"])
    }

    @Test func takesNoEventDateFromAFoundingOrThePeriodAFigureSumsUp() {
        let founded = self.events("成立于1997年的青禾物流有限公司看到新商机,5月8日与白鹭县签约。")
        #expect(founded == ["signing 2024-05-08"])
        #expect(!self.events("自2017年下半年以来,有56个项目签约落户白鹭经济开发区。").contains { $0.hasSuffix("2017") })
    }

    @Test func keepsAnEventASentenceDatesByADayNoPublicationDateAnchors() {
        let text = "9月27日,青禾市高端装备暨白鹭区智能制造产业论坛召开,市政协副主席王某出席。"
        #expect(self.events(text, published: nil) == ["conference -"])
    }

    @Test func readsWhatASentenceSetAtTheGatheringTellsAsTheStorys() {
        let text = "青禾市智能制造产业论坛召开。会上,白鹭开发区与青禾科技公司进行项目签约。"
        #expect(self.events(text, published: nil).contains("signing -"))
    }

    @Test func datesAnEventByTheDayItsSentenceWritesAfterAWiresDateline() {
        let text = "青禾新闻网2月9日电 青禾市重大项目集中签约活动2月8日在青禾钢铁集团有限公司举行。"
        #expect(self.events(text, published: "2023-02-09") == ["signing 2023-02-08"])
    }

    @Test func readsASigningsGatheringAsTheSigningAlone() {
        let text = "6月17日上午，青禾县举行招商引资暨项目签约大会，13个项目成功签约。"
        #expect(self.events(text, published: "2022-06-18") == ["signing 2022-06-17"])
    }

    @Test func datesWhatIsToldAsOfLateByNoDayButTheProgrammesYear() {
        let text = "7月10日讯 近日，青禾县举行2017年第二季度项目集中开工仪式。"
        #expect(self.events(text, published: "2017-07-10") == ["groundbreaking 2017"])
        let undated = "青禾网讯 日前，青禾县与白鹭集团举行项目签约仪式。"
        #expect(self.events(undated, published: "2023-05-02") == ["signing -"])
    }

    @Test func readsTheDaysOfADeadlineAsNoLateDay() {
        let text = "5月8日，青禾县举行项目签约仪式，确保6月1日前完成签约。"
        #expect(self.events(text, published: "2024-05-08") == ["signing 2024-05-08"])
    }

    @Test func anchorsNoDayOnAYearOfFiguresLookedBackOn() {
        let text = "3月31日下午，青禾县招商推介会在县城召开。2022年全县总产值50亿元，同比增长8%。"
        #expect(self.events(text, published: nil) == ["conference -"])
    }

    @Test func readsATouringSiteMeetingAsAnInspectionAndAMeeting() {
        let text = "5月8日，全市重大项目拉练现场会与会人员来到青禾县白鹭产业园。"
        #expect(Set(self.events(text)) == ["inspection 2024-05-08", "meeting 2024-05-08"])
    }

    @Test func keepsTheStorysUndatedCeremonyBesideAStartOfAnotherYear() {
        let text = "近日，青禾县举行重大项目集中开工活动。据了解，2020年，青禾县参加集中开工项目共72个。"
        #expect(self.events(text, published: "2021-03-09") == ["groundbreaking -"])
    }

    @Test func datesNoEventByTheDayATargetAims() {
        let text = "青禾公司年产5000台播种机项目2017年开工建设，预计2018年8月竣工投产。"
        #expect(self.events(text, published: "2018-05-08").isEmpty)
    }

    @Test func readsATodayToldAfterTheCeremonysDayAsThatDay() {
        let text = "昨日，青禾县12个项目集中开工。县委书记说：“今天集中开工的12个项目，是全县发展的新引擎。”"
        #expect(self.events(text, published: "2024-09-24") == ["groundbreaking 2024-09-23"])
    }

    @Test func readsAStartsRallyingMeetingAsTheCeremonyItself() {
        let text = "3月16日，青禾县2020年重点项目集中开工动员会在白鹭产业园举行。县长王海明出席动员会并讲话。"
        #expect(self.events(text, published: "2020-03-17") == ["groundbreaking 2020-03-16"])
        let rally = "3月16日，青禾县召开优化营商环境动员大会。"
        #expect(self.events(rally, published: "2020-03-17") == ["meeting 2020-03-16"])
    }

    @Test func readsAGatheringWhoseDecisionsAreCarriedOutAsHeldBefore() {
        let text = "4月18日，青禾县深入贯彻落实市委经济工作会议决策部署，举行重点项目集中开工仪式。"
        #expect(self.events(text, published: "2020-04-19") == ["groundbreaking 2020-04-18"])
    }
}
