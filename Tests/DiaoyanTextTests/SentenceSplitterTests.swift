import DiaoyanText
import Testing

@Suite struct SentenceSplitterTests {
    /// The sentences of `text` as strings.
    func split(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return SentenceSplitter.sentences(in: scalars).map { scalars.string($0) }
    }

    @Test func keepsTheClosingQuoteWithTheSentenceItEnds() {
        #expect(self.split("他说：“好。”然后走了。") == ["他说：“好。”", "然后走了。"])
    }

    @Test func endsSentencesAtFullStopsExclamationsQuestionsAndEllipses() {
        #expect(self.split("项目开工。真快！为什么？因为……准备充分") == ["项目开工。", "真快！", "为什么？", "因为……", "准备充分"])
        #expect(self.split("Done! Really? yes") == ["Done!", "Really?", "yes"])
    }

    @Test func doesNotEndASentenceAtASemicolonOrASingleEllipsis() {
        #expect(self.split("一是稳投资；二是促消费。") == ["一是稳投资；二是促消费。"])
        #expect(self.split("等等…然后。") == ["等等…然后。"])
    }

    @Test func takesARunOfEndMarksAndClosersAsOneEnd() {
        #expect(self.split("真的吗？！是的。」）好") == ["真的吗？！", "是的。」）", "好"])
        #expect(self.split("他说（已完成。）下一步") == ["他说（已完成。）", "下一步"])
    }

    @Test func leavesAQuestionMarkInsideALinkAlone() {
        #expect(self.split("见index.php?id=3的说明。") == ["见index.php?id=3的说明。"])
    }

    @Test func neverCrossesALineBreak() {
        #expect(self.split("标题一行\n正文第一句。第二句") == ["标题一行", "正文第一句。", "第二句"])
        #expect(self.split("甲\u{2029}乙") == ["甲", "乙"])
    }

    @Test func leavesWhiteSpaceBetweenSentencesOutAndMakesNoEmptySentence() {
        #expect(self.split("一。 二。  \n\n 三 ") == ["一。", "二。", "三"])
        #expect(self.split("") == [])
        #expect(self.split(" \n \n") == [])
        #expect(self.split("。。") == ["。。"])
    }

    @Test func splitsOnlyInsideTheGivenRange() {
        let scalars = Array("前文。甲乙。丙丁".unicodeScalars)
        #expect(SentenceSplitter.sentences(in: scalars, within: 3..<8) == [3..<6, 6..<8])
        #expect(SentenceSplitter.sentences(in: scalars, within: 4..<4) == [])
    }
}
