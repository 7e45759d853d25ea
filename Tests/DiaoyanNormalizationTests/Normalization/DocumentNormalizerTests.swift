import DiaoyanModels
import DiaoyanNormalization
import Foundation
import TestSupport
import Testing

@Suite struct DocumentNormalizerTests {
    let normalizer: DocumentNormalizer

    init() throws {
        self.normalizer = try DocumentNormalizer()
    }

    @Test func runsItsPassesInOrder() {
        let names = [
            "repair", "annotations", "conversion", "line cleaning", "headline", "body filter", "dateline", "assembly",
        ]
        #expect(self.normalizer.passes.map(\.name) == names)
    }

    @Test func dropsGluedReadingsAndKeepsRealParentheses() {
        let document = self.normalizer.normalize(
            text: "項(xiàng)目創(chuàng )新,各市(地)、縣(市、區(qū))負責同志參加。(記者 初霞)",
            source: "t"
        )
        #expect(document.text == "项目创新,各市(地)、县(市、区)负责同志参加。(记者 初霞)")
        #expect(document.repairs.map(\.kind) == ["pinyin", "pinyin", "pinyin"])
        #expect(document.script == .traditional)
    }

    @Test func dropsAReadingWrittenAfterASpace() {
        let document = self.normalizer.normalize(text: "加强培训 (xùn)工作,召开会议 (2024年)", source: "t")
        #expect(document.text == "加强培训工作,召开会议 (2024年)")
        // Any white space the cleaner turns into a space counts, or a second pass would find the reading.
        #expect(self.normalizer.normalize(text: "记者 鄢長\r(cháng)青", source: "t").text == "记者 鄢长青")
    }

    @Test func foldsWidthAndRestoresALostSpace() {
        let document = self.normalizer.normalize(text: "锚定目标?加快建设\n年产１０００吨ＧＭＰ　项目", source: "t")
        #expect(document.text == "锚定目标 加快建设\n年产1000吨GMP 项目")
    }

    @Test func takesASitesCalendarForThePublicationDateOnlyWhenNothingElseDatesThePage() {
        let text = "2018年11月06日 星期二 您当前所在位置: 首页 / 新闻中心\n青禾县重点项目集中开工\n2020年05月27日 18时21分\n5月26日，青禾县重点项目集中开工。"
        #expect(self.normalizer.normalize(text: text, source: "t").published == "2020-05-27")
        let alone = "2018年11月06日 星期二 您当前所在位置: 首页\n青禾县重点项目集中开工\n26日，青禾县重点项目集中开工。"
        #expect(self.normalizer.normalize(text: alone, source: "t").published == "2018-11-06")
    }

    @Test func datesAPageByItsPostsOrRecordsOwnDateRatherThanAProfileOrATemplate() {
        let text =
            "青禾县粮食仓储项目开工\n每日心情\n2016-11-14 14:49\n签到天数: 1 天\n发表于 2022-9-30 14:45:28 | 只看该作者 |倒序浏览\n9月29日上午，青禾县粮食仓储项目开工。"
        #expect(self.normalizer.normalize(text: text, source: "t").published == "2022-09-30")
        let table =
            "索引号000014349/2023-41880\n发文字号 发文时间2023-08-23\n主题分类其它 发布日期2023-08-23\n 时间:2017-08-20  来源:青禾日报\n8月22日,市人大常委会副主任王青禾带队视察。"
        #expect(self.normalizer.normalize(text: table, source: "t").published == "2023-08-23")
    }

    @Test func takesABareDateAboveTheBreadcrumbForASitesCalendar() {
        let text = "2016年1月26号\n当前位置: 青禾新闻网> 要闻\n青禾举行集中开工仪式\n2018-03-27 10:29:51 来源: 青禾新闻网\n3月21日，青禾举行集中开工仪式。"
        #expect(self.normalizer.normalize(text: text, source: "t").published == "2018-03-27")
        let spaced = "2021 年 01 月 25 日\n青禾铺就奋斗底色\n1月17日，青禾重大项目集中开工。"
        #expect(self.normalizer.normalize(text: spaced, source: "t").published == "2021-01-25")
    }

    @Test func takesThePublisherButKeepsABylineOnItsLine() {
        let alone = self.normalizer.normalize(text: "青禾项目开工\n来源：青禾日报\n青禾项目昨日开工。", source: "t")
        #expect(alone.sourceName == "青禾日报")
        #expect(alone.text == "青禾项目开工\n青禾项目昨日开工。")
        let byline = self.normalizer.normalize(text: "青禾项目开工\n来源：青禾日报 记者 初霞\n青禾项目昨日开工。", source: "t")
        #expect(byline.sourceName == "青禾日报")
        #expect(byline.text == "青禾项目开工\n来源：青禾日报 记者 初霞\n青禾项目昨日开工。")
    }

    @Test(arguments: [
        ("发布时间：2024-09-26 16:20 信息来源：石嘴山市人民政府网 【字体：大 中 小】", "2024-09-26", "石嘴山市人民政府网"),
        ("【来源：宜宾日报】【发布时间：2024-08-09】", "2024-08-09", "宜宾日报"),
        ("台州日报 2025年01月10日 第2版", "2025-01-10", "台州日报"),
        ("齐齐哈尔日报 | 2024-12-27 08:00", "2024-12-27", "齐齐哈尔日报"),
        ("玉溪日报 2024年06月21日 星期五", "2024-06-21", "玉溪日报"),
        ("发布时间：2024年06月28日 10时15分 来源：上饶新闻网", "2024-06-28", "上饶新闻网"),
        ("信息来源：绵阳市经济合作局 发布时间：2023-10-12 10:32 阅读次数：826 【打印】【关闭】", "2023-10-12", "绵阳市经济合作局"),
        ("酒泉日报 | 2023年08月16日 | 第01版：要闻", "2023-08-16", "酒泉日报"),
        ("2024年11月08日 07:35 来源：常州日报 分享到：微信 微博 QQ空间", "2024-11-08", "常州日报"),
        ("发布时间:19-03-08 来源:青禾县人民政府", "2019-03-08", "青禾县人民政府"),
        ("• 时间:2023-08-01 • 来源:青禾日报", "2023-08-01", "青禾日报"),
        ("时间:2021-07-05 来源:青禾新闻网 作者: - 小 + 大", "2021-07-05", "青禾新闻网"),
        ("时间 : 2021年10月09日  来源 : 电视台  作者 :   浏览次数 : 8355", "2021-10-09", "电视台"),
    ])
    func readsHeaderLinesInTheirManyForms(line: String, published: String, source: String) {
        #expect(DocumentHeader.fields(line) == DocumentHeader.Fields(published: published, sourceName: source))
    }

    @Test func readsAWeChatHeaderAndKeepsAHeaderLineThatNamesItsAuthor() {
        #expect(DocumentHeader.fields("原创 开平发布 开平发布 2024年09月19日 18:30 广东")?.published == "2024-09-19")
        let document = self.normalizer.normalize(
            text: "青禾项目开工\n2025年5月23日 07:58 来源：宝鸡日报 作者：本报记者 杨帆\n22日，青禾项目开工。",
            source: "t"
        )
        #expect(document.published == "2025-05-23")
        #expect(document.text.contains("作者：本报记者 杨帆"))
        // Its date and time are no phone number.
        let dated = self.normalizer.normalize(
            text: "青禾项目开工\n2024-12-20 10:26:30 来源：克拉玛依日报 作者：记者 阿依努尔·买买提\n19日，青禾项目开工。",
            source: "t"
        )
        #expect(dated.text.contains("阿依努尔·买买提"))
    }

    @Test func removesAListOfRelatedArticlesUpToTheNextSentence() {
        let text = "青禾项目开工\n22日，青禾项目开工。\n\n相关阅读：\n· 金坛区动力电池产业链再添新成员\n· 溧阳：储能项目跑出建设加速度\n\n项目负责人表示，年内投产。"
        let document = self.normalizer.normalize(text: text, source: "t")
        #expect(document.text == "青禾项目开工\n22日，青禾项目开工。\n项目负责人表示，年内投产。")
        #expect(document.removed.filter { $0.kind == "related" }.count == 3)
    }

    @Test func takesNoSentenceForAHeaderLine() {
        #expect(DocumentHeader.fields("台州日报记者走访了2025年01月10日投产的工厂") == nil)
        #expect(DocumentHeader.fields("哈尔滨日报") == nil)
    }

    @Test func readsTheHeaderOfSeed000() throws {
        let seed = try #require(try RepositoryPaths.seedFiles().first)
        let document = self.normalizer.normalize(text: try String(contentsOf: seed, encoding: .utf8), source: "000")
        #expect(document.title == "王兆力到哈尔滨市阿城区调研产业项目建设情况")
        #expect(document.published == "2021-04-26")
        #expect(document.removed.map(\.kind).contains("seo_list"))
        #expect(document.removed.map(\.kind).contains("editor"))
        #expect(!document.text.contains("|"))
        #expect(document.text.contains("(记者 初霞"))
        #expect(document.paragraphs.count == document.text.split(separator: "\n").count)
    }

    @Test func readsAForumPostsStampAndAByline() {
        let forum = DocumentHeader.fields("发表于 2021-6-23 16:13:15 | 显示全部楼层 |阅读模式 来自 中国重庆")
        #expect(forum?.published == "2021-06-23")
        let byline = DocumentHeader.fields("2018-07-28 12:50 来源:青禾在线 记者 林一 通讯员 赵二")
        #expect(byline == DocumentHeader.Fields(published: "2018-07-28", sourceName: "青禾在线", hasByline: true))
        // An author named bare beside the fields is a byline too; page furniture is not.
        #expect(DocumentHeader.fields("2012年11月07日 09:49 来源:青禾日报 王海燕")?.hasByline == true)
        #expect(DocumentHeader.fields("发布时间:2023-06-08 09:30 来源:青禾产业观察 首页 要闻")?.hasByline == false)
        // Two digits are a year only after a date label.
        #expect(DocumentHeader.fields("18-01-12 来源:青禾日报")?.published == nil)
    }

    @Test func takesNoDateFromAClockWidget() {
        let document = self.normalizer.normalize(
            text: "现在时间是:2024年04月18日\n青禾项目开工\n时间 : 2021年10月09日  来源 : 电视台\n10月8日，青禾项目开工。",
            source: "t"
        )
        #expect(document.published == "2021-10-09")
        #expect(!document.text.contains("现在时间"))
    }

    @Test func readsAStampWrittenWithMiddleDots() {
        #expect(DocumentHeader.publicationStamp("2024·06·13") == "2024-06-13")
    }

    @Test func readsADayFirstStamp() {
        #expect(DocumentHeader.publicationStamp("13.06.2016  18:06") == "2016-06-13")
        #expect(DocumentHeader.publicationStamp("06/07/2015") == nil)
    }

    @Test func readsADateWithItsTimeGluedToOtherHeaderWords() {
        #expect(DocumentHeader.stampedDate("来源:光明网2026-03-04 18:12") == "2026-03-04")
        #expect(DocumentHeader.stampedDate("责任编辑:代某 作者: 2021/10/19 11:47:27 浏览:544电站") == "2021-10-19")
        // A date in a sentence has no time of day after it.
        #expect(DocumentHeader.stampedDate("项目于2021-03-05开工，年产10万吨。") == nil)
        let document = self.normalizer.normalize(
            text: "青禾县项目集中开工\n来源:青禾网2026-03-04 18:12\n3月4日，青禾县召开重大项目建设推进大会。",
            source: "t"
        )
        #expect(document.published == "2026-03-04")
    }

    @Test func readsAStampSplitOverLinesAfterItsYear() {
        let document = self.normalizer.normalize(
            text: "青禾:要抓项目 稳增长\n2015\n03/30\n16:09\n3月27日上午,市委书记林一到青禾区调研。",
            source: "t"
        )
        #expect(document.published == "2015-03-30")
        #expect(!document.text.contains("2015\n"))
        let slashed = self.normalizer.normalize(text: "青禾项目开工\n2022\n/ 09/16\n9月15日,青禾项目开工。", source: "t")
        #expect(slashed.published == "2022-09-16")
        // A year standing alone before anything else stays text.
        let alone = self.normalizer.normalize(text: "青禾项目开工\n2022\n青禾项目开工了。", source: "t")
        #expect(alone.published == nil)
        #expect(alone.text.contains("2022"))
    }

    @Test func takesTheYearOfABroadcastersDatelineFromTheText() {
        let document = self.normalizer.normalize(
            text: "青禾网银川1月19日消息(记者 林一)1月19日,青禾区2026年第一批项目集中签约。",
            source: "t"
        )
        #expect(document.published == "2026-01-19")
    }

    @Test func takesNoQuantityForTheYearOfADateline() {
        let document = self.normalizer.normalize(
            text: "本报青禾6月29日电 年产2000吨新材料项目开工。\n项目2021年建成投产。",
            source: "t"
        )
        #expect(document.published == "2021-06-29")
    }

    @Test func takesNoYearAPeriodRunsFromOrAPlanAimsAtForTheYearOfADateline() {
        let text = "本报青禾3月6日讯 青禾县48个重点项目集中开工。青禾县自2009年以来实施双百行动,在2011年144个项目目录中位列前茅。"
        #expect(self.normalizer.normalize(text: text, source: "t").published == "2011-03-06")
        let target = "本报青禾7月19日讯 该项目计划2020年12月1日开工,2019年签约。"
        #expect(self.normalizer.normalize(text: target, source: "t").published == "2019-07-19")
    }

    @Test func takesTheYearOfADatelineFromTheText() {
        let document = self.normalizer.normalize(
            text: "2024中国产业转移发展对接活动即将启幕。\n黑龙江日报8月23日讯 秋高气爽。",
            source: "t"
        )
        #expect(document.published == "2024-08-23")
        #expect(document.title == nil)
    }

    @Test func removesBoilerplateButKeepsBylines() {
        let text = """
            市委书记调研开发区项目。
            扬州发布记者 邹平 玉菁
            长江互动传媒网版权所有 鄂ICP证:020001-5
            或微信/手机:13524678515
            https://www.example.com/read/1.html
            湘西| 启东市| 维西| 梁河县
            """
        let document = self.normalizer.normalize(text: text, source: "t")
        #expect(document.text == "市委书记调研开发区项目。\n扬州发布记者 邹平 玉菁")
        #expect(document.removed.map(\.kind) == ["icp", "phone", "url", "seo_list"])
    }

    @Test func decodesGBKAndBig5BytesByDetection() throws {
        let gbk: [UInt8] = [0xD6, 0xD0, 0xCE, 0xC4, 0xCF, 0xEE, 0xC4, 0xBF]  // 中文项目
        #expect(try self.normalizer.normalize(bytes: gbk, charset: nil, source: "g").text == "中文项目")
        let big5: [UInt8] = [0xA4, 0xA4, 0xA4, 0xE5, 0xB6, 0xB5, 0xA5, 0xD8, 0xB2, 0xA3, 0xB7, 0x7E]  // 中文項目產業
        #expect(try self.normalizer.normalize(bytes: big5, charset: "big5", source: "b").text == "中文项目产业")
        #expect(try self.normalizer.normalize(bytes: big5, charset: nil, source: "b").text == "中文项目产业")
    }

    @Test func reportsTheOffsetOfTheFirstBadByte() {
        let bytes: [UInt8] = Array("项目".utf8) + [0xFF, 0xFF]
        #expect(throws: DocumentNormalizer.Error.invalidEncoding(charset: "utf-8", byteOffset: 6)) {
            try self.normalizer.normalize(bytes: bytes, charset: "utf-8", source: "x")
        }
        #expect(throws: DocumentNormalizer.Error.unsupportedCharset("ebcdic")) {
            try self.normalizer.normalize(bytes: bytes, charset: "ebcdic", source: "x")
        }
    }

    @Test func staysIdempotentWhenBoilerplateSeparatesTwoEqualLines() {
        let text = "项目正式开工。\n项目建设现场机器轰鸣。\n分享到:微信\n项目建设现场机器轰鸣。"
        let once = self.normalizer.normalize(text: text, source: "t")
        #expect(once.text == "项目正式开工。\n项目建设现场机器轰鸣。")
        #expect(self.normalizer.normalize(text: once.text, source: "t").text == once.text)
    }

    @Test func isIdempotentOnTheSeeds() throws {
        for seed in try RepositoryPaths.seedFiles() {
            let once = self.normalizer.normalize(text: try String(contentsOf: seed, encoding: .utf8), source: "s")
            let twice = self.normalizer.normalize(text: once.text, source: "s")
            #expect(twice.text == once.text, "\(seed.lastPathComponent)")
        }
    }

    @Test func takesTheHeadlineBelowASitesMenuAndKeepsItWhenNormalizedAgain() {
        let text = """
            首页 新闻中心 信息公开 政务服务
            临川发展网
            【头条】临川区15个项目集中开工(图)

            5月6日,临川区15个项目集中开工,总投资102亿元。临川区委书记林远宣布开工。
            """
        let document = self.normalizer.normalize(text: text, source: "t")
        #expect(document.title == "临川区15个项目集中开工")
        #expect(document.text.hasPrefix("临川区15个项目集中开工\n"))
        #expect(document.removed.map(\.text).contains("【头条】"))
        let again = self.normalizer.normalize(text: document.text, source: "again")
        #expect(again.text == document.text)
        #expect(again.title == document.title)
    }
}
