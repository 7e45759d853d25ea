import DiaoyanModels
import DiaoyanNormalization
import Testing

/// The body filter pass: every line outside the headline kept as body, read as header facts, or removed with its
/// kind.
@Suite struct BodyFilterPassTests {
    let pass = BodyFilterPass()

    /// `lines` after the headline pass had taken the first `headline` of them, and the body filter.
    func filtered(_ lines: [String], headline: Int = 0) -> NormalizationDraft {
        var draft = NormalizationDraft(lines: lines)
        draft.headline = NormalizationDraft.Headline(start: 0, lines: Array(lines.prefix(headline)))
        self.pass.apply(to: &draft)
        return draft
    }

    @Test func isNamedBodyFilter() {
        #expect(self.pass.name == "body filter")
    }

    @Test func keepsArticleTextWithTheIndexOfItsLine() {
        let draft = self.filtered(["临川区新建储能电站", "电站今年投产。", "", "项目带动就业。"], headline: 1)
        #expect(draft.body == [.init(text: "电站今年投产。", line: 1), .init(text: "项目带动就业。", line: 2)])
        #expect(draft.removed.isEmpty)
    }

    @Test func removesBoilerplateWithItsKind() {
        let draft = self.filtered([
            "电站今年投产。", "责任编辑：林一", "版权所有 临川融媒", "分享到：微信 微博", "https://example.cn/a/1.html",
        ])
        #expect(draft.body.map(\.text) == ["电站今年投产。"])
        #expect(draft.removed.map(\.kind) == ["editor", "copyright", "share", "url"])
        #expect(draft.removed.map(\.text) == ["责任编辑：林一", "版权所有 临川融媒", "分享到：微信 微博", "https://example.cn/a/1.html"])
    }

    @Test func keepsAPageScrapedOntoOneLineThatOpensWithItsEditor() {
        let sentence = "临川区新建的储能电站今年一季度投产，年发电量可达三亿千瓦时，带动就业五百余人。"
        let line = "责任编辑：林一 2021/10/19 11:47:27 浏览：544 " + String(repeating: sentence, count: 8)
        let draft = self.filtered([line])
        #expect(draft.body.map(\.text) == [line])
        #expect(draft.removed.isEmpty)
        #expect(self.filtered(["责任编辑：林一 " + sentence]).removed.map(\.kind) == ["editor"])
    }

    @Test func keepsASentenceOpeningWithAWordOfAFootersCue() {
        // `简介` (a scraped page's abstract label) glued to the first sentence: article text, not a footer.
        let line = "简介仪式结束后,与会领导先后来到青禾初中建设项目、云杉体育训练基地建设项目等施工现场进行了督查"
        #expect(self.filtered([line]).body.map(\.text) == [line])
        #expect(self.filtered(["网站简介 联系我们"]).removed.map(\.kind) == ["footer"])
    }

    @Test func keepsTheFirstSentenceGluedAfterTheHeaderFields() {
        let fields = "发布时间:2023-12-27 14:27:11 | 来源:青禾网 | 作者:青禾县委统战部 | 责任编辑:林一"
        let article = "12月22日,青禾县招商引资项目集中签约仪式在县会议中心举行。县委书记王明出席。"
        let draft = self.filtered([fields + article])
        #expect(draft.body == [.init(text: article, line: 0, start: fields.unicodeScalars.count)])
        #expect(draft.removed.map(\.text) == [fields])
        #expect(draft.published == "2023-12-27")
    }

    @Test func keepsMoneyWrittenInDigitsAndRemovesPhoneNumbers() {
        let draft = self.filtered([
            "该项目总投资12000000000元。", "总装机容量达10900000千瓦", "项目对接：13912345678", "咨询 0451-86661234 转 8",
        ])
        #expect(draft.body.map(\.text) == ["该项目总投资12000000000元。", "总装机容量达10900000千瓦"])
        #expect(draft.removed.map(\.kind) == ["phone", "phone"])
        // A date and a time are no phone number.
        #expect(BoilerplateClassifier.classify(Array("签约 2014-04-28 16:19 现场".unicodeScalars)) == nil)
    }

    @Test func keepsAnEditorsLineThatAlsoNamesTheAuthor() {
        #expect(BoilerplateClassifier.classify("责任编辑:王明") == "editor")
        #expect(BoilerplateClassifier.classify("编辑:王明    作者:李强 赵刚") == nil)
        #expect(BoilerplateClassifier.classify("责任编辑:王明 | 作者:李强") == nil)
    }

    @Test func readsHeaderLinesForTheirFacts() {
        let draft = self.filtered(["临川区新建储能电站", "发布时间：2024-03-05 10:20 来源：临川日报", "电站今年投产。"], headline: 1)
        #expect(draft.published == "2024-03-05")
        #expect(draft.sourceName == "临川日报")
        #expect(draft.removed == [.init(kind: "header", text: "发布时间：2024-03-05 10:20 来源：临川日报")])
        #expect(draft.body.map(\.text) == ["电站今年投产。"])
    }

    @Test func readsAHeaderLineWithTheSitesAddressAfterIt() {
        let draft = self.filtered(["来源:临川新报 2014-04-28 16:19   https://www.example.cn/", "电站今年投产。"])
        #expect(draft.published == "2014-04-28")
        #expect(draft.removed.map(\.kind) == ["header"])
        #expect(draft.body.map(\.text) == ["电站今年投产。"])
    }

    @Test func readsAHeaderLineWithTheSitesAddressBetweenItsFields() {
        let draft = self.filtered([
            "2024 年 04 月 16 日 星期二", "新闻搜索:",
            "临川网 http://www.example.cn 时间:2019-11-18 09:21 来源:临川区人民政府网", "电站今年投产。",
        ])
        #expect(draft.published == "2019-11-18")
        #expect(draft.removed.map(\.kind) == ["header", "chrome", "header"])
        #expect(draft.body.map(\.text) == ["电站今年投产。"])
    }

    @Test func readsAHeaderLineWhoseSourceIsAnAddress() {
        let draft = self.filtered(["发布时间:2013年03月22日 消息来源:http://www.example.gov.cn", "电站今年投产。"])
        #expect(draft.published == "2013-03-22")
        #expect(draft.removed.map(\.kind) == ["header"])
    }

    @Test func readsTheStampOfABreadcrumbAndRemovesNavigation() {
        let draft = self.filtered([
            "您当前的位置 :临川网 >> 新闻中心 来源:临川网 2017-03-17 10:20:19", "临川新闻 东乡新闻 南城新闻 黎川新闻",
            "地方网 > 江西 > 抚州市 > 临川新闻 > 正文", "新闻中心", "电站今年投产。",
        ])
        #expect(draft.published == "2017-03-17")
        #expect(draft.removed.map(\.kind) == ["chrome", "chrome", "chrome", "chrome"])
        #expect(draft.body.map(\.text) == ["电站今年投产。"])
    }

    @Test func keepsTheFirstFactsAndAHeaderLineWithAByline() {
        let draft = self.filtered([
            "2024年03月05日 10:20", "来源：临川日报 记者 林一", "2023年01月02日 08:00", "电站今年投产。",
        ])
        #expect(draft.published == "2024-03-05")
        #expect(draft.sourceName == "临川日报")
        #expect(draft.removed.map(\.kind) == ["header", "header"])
        #expect(draft.body.map(\.text) == ["来源：临川日报 记者 林一", "电站今年投产。"])
    }

    @Test func tellsARepeatedTitleFromARepeatedLine() {
        let draft = self.filtered(
            ["临川区新建储能电站", "临川区新建储能电站", "电站今年投产。", "电站今年投产。", "备案", "电站今年投产。"],
            headline: 1
        )
        #expect(draft.removed.map(\.kind) == ["duplicate_title", "duplicate"])
        // Only a kept line counts as the one before: the third copy follows a kept line, `备案`.
        #expect(draft.body.map(\.text) == ["电站今年投产。", "备案", "电站今年投产。"])
    }

    @Test func removesARelatedListUpToABlankLine() {
        let draft = self.filtered(["电站今年投产。", "相关阅读：", "临川区再添储能项目", "临川区光伏扶贫见成效", "", "新区产业园开工"])
        #expect(draft.removed.map(\.kind) == ["related", "related", "related"])
        #expect(draft.body.map(\.text) == ["电站今年投产。", "新区产业园开工"])
    }

    @Test func removesASiteListWhoseFirstItemStandsAfterABlankBelowItsHeadings() {
        let draft = self.filtered(
            ["电站今年投产。", "最新更新", "", "招标排行", "", "1. 青禾集团储能电站EPC总承包项目设", "2. 白鹭公司光伏组件采购项目", "", "新区产业园开工"]
        )
        #expect(draft.removed.map(\.kind) == ["related", "related", "related", "related"])
        #expect(draft.body.map(\.text) == ["电站今年投产。", "新区产业园开工"])
    }

    @Test func passesOverTheHeadlineAndLeavesTheLinesAlone() {
        var draft = NormalizationDraft(lines: ["当前位置：首页", "临川区新建储能电站", "电站今年投产。"])
        draft.headline = NormalizationDraft.Headline(start: 1, lines: ["临川区新建储能电站"])
        let before = (draft.lines, draft.origins)
        self.pass.apply(to: &draft)
        #expect(draft.removed.map(\.kind) == ["chrome"])
        #expect(draft.body == [.init(text: "电站今年投产。", line: 2)])
        #expect(draft.lines == before.0 && draft.origins == before.1)
    }

    @Test func readsThePrintDayOfAnEpapersArticlePropertiesAndRemovesThem() {
        let draft = self.filtered([
            "电站今年投产。", "--> 2024-12-25 1 1 青禾日报 content_69678.html 1 临川区电站投产 /enpproperty-->",
        ])
        #expect(draft.body.map(\.text) == ["电站今年投产。"])
        #expect(draft.removed.map(\.kind) == ["chrome"])
        #expect(draft.published == "2024-12-25")
    }

    @Test func readsThePublicationDayOfAPostsMarkALabelAndAPublishersLine() {
        // A platform's mark of an original post, with its stamp.
        #expect(self.filtered(["©原创   2024-05-23 14:44", "电站今年投产。"]).published == "2024-05-23")
        // The date a publisher's line closes with.
        #expect(self.filtered(["来源 :青禾电力网2023-10-19", "电站今年投产。"]).published == "2023-10-19")
        // 发布时间 labels the page's own day, wherever in a line of fields it stands.
        let fields = "青禾县4个重点项目开工 文章来源:青禾县融媒体中心 发布时间:2019年03月14日 字号:【小】【大】"
        #expect(self.filtered([fields, "电站今年投产。"]).published == "2019-03-14")
        // A clock widget's day is none.
        #expect(self.filtered(["现在时间是:2024年04月18日", "电站今年投产。"]).published == nil)
    }

    @Test func readsThePrintDayOfAPapersCitationAndAForumSectionsStamp() {
        #expect(self.filtered(["《 青禾日报 》(2025年07月20日 01 版)", "电站今年投产。"]).published == "2025-07-20")
        #expect(self.filtered(["由 某某 发表于 农业2021-07-12", "电站今年投产。"]).published == "2021-07-12")
        // A box a layout set before the byline's word separates it as a space does.
        #expect(self.filtered(["2023-11-14     □记者 王某 青禾报道 来源:青禾参考报", "电站今年投产。"]).published == "2023-11-14")
    }
}
