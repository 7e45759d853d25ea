import DiaoyanExtraction
import DiaoyanModels
import DiaoyanText
import Testing

@Suite struct WrittenYearTests {
    private func year(_ text: String) -> Int? {
        WrittenYear.only(in: Array(text.unicodeScalars))
    }

    @Test func findsTheOneYearATextWrites() {
        #expect(self.year("9月8日上午，2015年青禾县24个重点项目集中开工。2015年计划投资8亿元。") == 2015)
    }

    @Test func givesNoneForTwoYearsOrNone() {
        #expect(self.year("2014年签约，2015年开工。") == nil)
        #expect(self.year("9月8日上午，青禾县重点项目集中开工。") == nil)
        #expect(self.year("年产12015年") == nil)
        #expect(self.year("编号3020年") == nil)
    }

    @Test func readsAYearOpeningAGatheringsNameAndNoneAPeriodStarts() {
        #expect(self.year("8月1日上午，“2018青禾·云杉招商引资推介会”在中山举办。") == 2018)
        #expect(self.year("2017年以来，青禾州招商引资到位资金645亿元。依托2022湖南-长三角经贸合作洽谈周平台。") == 2022)
    }

    @Test func readsNoYearATargetSetsOrAFullDateTells() {
        #expect(self.year("28日上午，青禾县12个项目集中开工。其中垃圾焚烧发电项目计划2020年6月竣工。") == nil)
        #expect(self.year("厂房预计于2024年底建成，2023年计划投资3亿元。") == 2023)
        #expect(self.year("力争到2025年全面投产。") == nil)
        // A deadline needs no word of planning before it.
        #expect(self.year("3月3日，青禾县集中开工，项目2022年底前全部建成运营。") == nil)
        // A full date tells its own day, here an earlier signing.
        #expect(self.year("7月26日,水泥项目开工。项目于2020年5月29日签约。") == nil)
    }

    @Test func readsNoYearAMonthOrAMilestoneTells() {
        // A month of an earlier step, and a year the project reached a stage in: its history.
        #expect(self.year("11月12日,青禾冶炼项目奠基。2012年12月底,青禾县与浙江客商签约。") == nil)
        #expect(self.year("8月26日,市长来我县调研。青禾泵站于1971年建成投产。") == nil)
        #expect(self.year("3月28日,青禾冷链物流中心项目开工,一期于2019年底建成投产。") == nil)
        #expect(self.year("8月24日上午,观摩团对公司2013年项目建设情况进行了观摩。") == nil)
        #expect(self.year("4月16日,青禾电子气体项目开工,预计今年12月基本建成,2025年上半年投产。") == nil)
        // The story's own year stays.
        #expect(self.year("8月26日,市长调研青禾县2023年重点项目。泵站于1971年建成投产。") == 2023)
    }

    @Test func prefersTheYearThatNamesTheDaysProgramme() {
        #expect(self.year("3月23日，青禾市举行2017年第四批重大项目集中开工仪式，项目2019年全面竣工投产。") == 2017)
        #expect(self.year("2月18日上午，青禾2025 年第一次重大项目集中开工活动举行。") == 2025)
        #expect(self.year("2017年第四批项目开工，2018年第一批项目签约。") == nil)
    }

    @Test func prefersTheYearThatNamesTheDaysGathering() {
        #expect(self.year("3月4日，青禾区召开2026年重大项目建设推进大会。2025年全区共签约项目169个。") == 2026)
        let fair = "4月18日，2023年青禾州招商引资暨优势特色产品推介会在云杉举行。自2010年对口支援以来，成效明显。"
        #expect(self.year(fair) == 2023)
    }

    @Test func prefersTheDaysGatheringOverAnAwardsYear() {
        let text = "1月3日，2024年青禾区重大项目签约暨重大工程集中开工仪式举行。会上为2023年度区重大工程优秀团队颁奖。"
        #expect(self.year(text) == 2024)
    }

    @Test func findsTheYearOpeningAnEditionsName() {
        #expect(self.year("11月16日，2019中国·青禾食用菌产业发展大会举行。") == 2019)
        #expect(self.year("8月18日，2023(中国)青禾商品博览会签约仪式举行。") == 2023)
        #expect(self.year("7月23日，青禾市2020第二季项目恳谈会举行。") == 2020)
        #expect(self.year("10月16日下午，2017青禾·第九届水晶玻璃产业博览会举行签约仪式。") == 2017)
        #expect(self.year("年产2000吨，投资3000万元。") == nil)
    }

    @Test func datesAnUndatedPagesEventsInTheYearItWrites() throws {
        let text = "9月8日上午，2015年青禾县重点项目集中开工仪式在双凤开发区举行。"
        let record = try RecordExtractor().extract(NormalizedDocument(id: "t", source: "t", text: text))
        #expect(record.published == nil)
        #expect(record.events.map(\.date).contains("2015-09-08"))
    }

    @Test func takesNoYearOfFiguresLookedBackOnForTheStorys() {
        #expect(self.year("3月31日，青禾县招商推介会召开。2022年全县总产值50亿元。") == nil)
        #expect(self.year("3月5日，青禾大会开幕。2025年，青禾区GDP增长6.3%。") == nil)
        #expect(self.year("9月8日，2015年青禾县重点项目集中开工仪式举行。") == 2015)
    }

    @Test func takesNoYearOfAnHonourForTheStorys() {
        #expect(self.year("3月26日，青禾经开区项目集中开工。经开区2020年获评全省产业高质量发展园区。") == nil)
        #expect(self.year("5月11日，市长到白鹭度假区调研。度假区2020年入选首批山地休闲旅游试点项目。") == nil)
    }
}
