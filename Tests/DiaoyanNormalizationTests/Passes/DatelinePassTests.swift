import DiaoyanNormalization
import Testing

/// The dateline pass: the publisher and date a dateline names, when the header gave none; the body untouched.
@Suite struct DatelinePassTests {
    let pass = DatelinePass()

    func draft(body: [String]) -> NormalizationDraft {
        var draft = NormalizationDraft(lines: body)
        draft.body = body.enumerated().map { NormalizationDraft.BodyLine(text: $1, line: $0) }
        return draft
    }

    @Test func isNamedDateline() {
        #expect(self.pass.name == "dateline")
    }

    @Test func readsThePublisherAndTheDateOfADateline() {
        var draft = self.draft(body: ["临川日报3月5日讯 2024年，临川区新建储能电站投产。"])
        self.pass.apply(to: &draft)
        #expect(draft.sourceName == "临川日报")
        #expect(draft.published == "2024-03-05")
    }

    @Test func readsTheDateOfAWireStoryButNoPublisher() {
        var draft = self.draft(body: ["临川新闻网抚州2月21日电（记者 林一）21日，2023年第一季度重大项目集中开工。"])
        self.pass.apply(to: &draft)
        #expect(draft.published == "2023-02-21")
        #expect(draft.sourceName == nil)
    }

    @Test func takesTheYearFromAnyBodyParagraph() {
        var draft = self.draft(body: ["临川日报3月5日讯 临川区新建储能电站投产。", "项目于2023年开工。"])
        self.pass.apply(to: &draft)
        #expect(draft.published == "2023-03-05")
    }

    @Test func givesNoDateWithoutAYear() {
        var draft = self.draft(body: ["临川日报3月5日讯 临川区新建储能电站投产。"])
        self.pass.apply(to: &draft)
        #expect(draft.sourceName == "临川日报")
        #expect(draft.published == nil)
    }

    @Test func keepsHeaderFactsAlreadyFound() {
        var draft = self.draft(body: ["临川日报3月5日讯 2024年，临川区新建储能电站投产。"])
        draft.published = "2024-03-06"
        draft.sourceName = "抚州晚报"
        self.pass.apply(to: &draft)
        #expect(draft.published == "2024-03-06")
        #expect(draft.sourceName == "抚州晚报")
    }

    @Test func looksOnlyAtTheFirstFourParagraphs() {
        var draft = self.draft(body: ["第一段。", "第二段。", "第三段。", "第四段。", "临川日报3月5日讯 2024年，电站投产。"])
        let body = draft.body
        self.pass.apply(to: &draft)
        #expect(draft.sourceName == nil)
        #expect(draft.published == nil)
        #expect(draft.body == body)
    }
}
