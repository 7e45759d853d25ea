import DiaoyanModels
import DiaoyanNormalization
import Testing

/// The headline pass: the title lines at the top found and marked, nothing else touched.
@Suite struct HeadlinePassTests {
    let pass = HeadlinePass()

    func headline(_ lines: [String]) -> NormalizationDraft.Headline {
        var draft = NormalizationDraft(lines: lines)
        self.pass.apply(to: &draft)
        return draft.headline
    }

    @Test func isNamedHeadline() {
        #expect(self.pass.name == "headline")
    }

    @Test func takesAShortFirstLineThatEndsNoSentence() {
        let headline = self.headline(["临川区新建储能电站", "临川区新建储能电站今年投产，带动当地就业。"])
        #expect(headline.start == 0)
        #expect(headline.lines == ["临川区新建储能电站"])
        #expect(headline.title == "临川区新建储能电站")
    }

    @Test func joinsUpToThreeLinesWithSpaces() {
        let headline = self.headline(["聚焦新能源产业", "临川区新建储能电站", "储能电站年内并网发电", "第四行短句储能电站", "临川区储能电站今年投产发电,新能源产业再添新项目。"])
        #expect(headline.lines == ["聚焦新能源产业", "临川区新建储能电站", "储能电站年内并网发电"])
        #expect(headline.title == "聚焦新能源产业 临川区新建储能电站 储能电站年内并网发电")
        #expect(headline.range == 0..<3)
    }

    @Test func takesAStampGluedToTheHeadlineForThePublicationDate() {
        var draft = NormalizationDraft(lines: ["我区举行重点项目春季开工仪式2021/4/9", "4月8日上午,开工仪式举行。"])
        self.pass.apply(to: &draft)
        #expect(draft.headline.lines == ["我区举行重点项目春季开工仪式"])
        #expect(draft.published == "2021-04-09")
        #expect(draft.removed.map(\.text) == ["2021/4/9"])
        // A date the title writes with 年月日 is its own.
        #expect(self.headline(["青禾园区开工2021年4月9日", "开工仪式举行。"]).lines == ["青禾园区开工2021年4月9日"])
        #expect(self.headline(["青禾园区2021年开工项目", "青禾园区开工仪式举行。"]).lines == ["青禾园区2021年开工项目"])
    }

    @Test func endsAtAHeaderLineWithAnAddress() {
        #expect(
            self.headline(["祁连县对口支援工作成效显著", "发布时间:2013年03月22日 消息来源:http://www.example.gov.cn", "自对口支援开展以来,成效显著。"]).lines
                == ["祁连县对口支援工作成效显著"]
        )
    }

    @Test func takesNoLoginWidgetForTheHeadline() {
        #expect(!HeadlineJudge.mayBeHeadline(Array("登录个人中心".unicodeScalars)))
        #expect(HeadlineJudge.mayBeHeadline(Array("青禾县长现场督查重点项目建设".unicodeScalars)))
    }

    @Test func endsAtABlankLineOrARepeatedLine() {
        #expect(self.headline(["临川区新建储能电站", "", "年内并网发电", "临川区新建储能电站今年投产。"]).lines == ["临川区新建储能电站"])
        #expect(self.headline(["临川区新建储能电站", "临川区新建储能电站", "临川区新建储能电站今年投产。"]).lines == ["临川区新建储能电站"])
    }

    @Test func looksPastPageChromeAbove() {
        let headline = self.headline(["当前位置：首页 > 新闻", "临川区新建储能电站", "临川区新建储能电站今年投产。"])
        #expect(headline.start == 1)
        #expect(headline.lines == ["临川区新建储能电站"])
    }

    @Test func takesNoSentenceNoHeaderAndNoLongLine() {
        #expect(self.headline(["电站今年投产。", "第二段。"]).lines.isEmpty)
        #expect(self.headline(["来源：临川日报", "第二段。"]).lines.isEmpty)
        #expect(self.headline(["2024年03月05日 10:20", "第二段。"]).lines.isEmpty)
        let long = String(repeating: "储", count: 65)
        #expect(self.headline([long, "第二段。"]).lines.isEmpty)
    }

    @Test func takesNoHeadlineThatWouldBeTheWholeDocument() {
        let headline = self.headline(["临川区新建储能电站", "年内并网发电"])
        #expect(headline.lines.isEmpty)
        #expect(headline.title == nil)
        #expect(headline.range.isEmpty)
    }

    @Test func leavesTheLinesAndOriginsAlone() {
        var draft = NormalizationDraft(lines: ["临川区新建储能电站", "", "电站今年投产。"])
        let before = (draft.lines, draft.origins)
        self.pass.apply(to: &draft)
        #expect(draft.lines == before.0)
        #expect(draft.origins == before.1)
        #expect(draft.body.isEmpty && draft.removed.isEmpty)
    }

    @Test func passesOverASitesMenuNameAndWidgetsAboveTheHeadline() {
        let headline = self.headline([
            "首页 新闻中心 信息公开 政务服务", "临川发展网", "本篇文章829字,读完约2分钟", "打造网上招商平台 服务投资促进事业",
            "临川区新建储能电站年内并网", "5月6日,临川区新建储能电站开工,电站年内并网发电。",
        ])
        #expect(headline.start == 4)
        #expect(headline.lines == ["临川区新建储能电站年内并网"])
    }

    @Test func takesNoCaptionAndNoBylineForTheHeadline() {
        #expect(self.headline(["临川区储能电站开工仪式主会场。张三 摄", "临川区储能电站开工。", "电站今年投产。"]).lines.isEmpty)
        #expect(self.headline(["临川日报记者 张三 通讯员 李四", "临川区储能电站开工。", "电站今年投产。"]).lines.isEmpty)
    }

    @Test func takesAHeadlineThatExclaims() {
        let headline = self.headline(["102亿元!临川区15个项目集中开工!", "5月6日,临川区15个项目集中开工,总投资102亿元。"])
        #expect(headline.lines == ["102亿元!临川区15个项目集中开工!"])
    }

    @Test func takesAStampWithItsSourceAfterTheHeadlineForThePublicationDate() {
        var draft = NormalizationDraft(lines: ["临川区15个项目集中开工 2025-05-08 00:30:00 网络", "5月6日,临川区15个项目集中开工。"])
        self.pass.apply(to: &draft)
        #expect(draft.headline.lines == ["临川区15个项目集中开工"])
        #expect(draft.published == "2025-05-08")
    }

    @Test func cutsASitesTagBeforeTheHeadlineAndListsIt() {
        var draft = NormalizationDraft(lines: ["【头条】临川区15个项目集中开工(图)", "5月6日,临川区15个项目集中开工。"])
        self.pass.apply(to: &draft)
        #expect(draft.headline.lines == ["临川区15个项目集中开工"])
        #expect(draft.headline.starts == [4])
        #expect(draft.removed.map(\.text) == ["【头条】", "(图)"])
    }

    @Test func leavesASecondLineSayingWhoCameAndWhatTheyDid() {
        let headline = self.headline(["青禾新区储能电站集中开工", "李某宣布开工", "青禾新区储能电站今日集中开工,李某宣布开工。"])
        #expect(headline.title == "青禾新区储能电站集中开工")
        let listed = self.headline(["白鹭储能电站开工建设", "王某 张某等为工程开工奠基", "白鹭储能电站今日开工建设,王某等为工程奠基。"])
        #expect(listed.title == "白鹭储能电站开工建设")
    }

    @Test func keepsASecondLineThatStatesAFact() {
        let headline = self.headline(["青禾新区储能电站开工", "项目总投资12亿元", "青禾新区储能电站今日开工,项目总投资12亿元。"])
        #expect(headline.title == "青禾新区储能电站开工 项目总投资12亿元")
    }

    @Test func cutsAContentFarmsTagSpacedOffAtTheEnd() {
        let headline = self.headline(["青禾新区重大项目集中开工 总投资近30亿 天天快讯", "青禾新区重大项目集中开工,总投资近30亿元。"])
        #expect(headline.title == "青禾新区重大项目集中开工 总投资近30亿")
    }
}
