import DiaoyanNormalization
import Testing

/// The line cleaning pass: the text split into tidy non-blank lines, each scalar with its origin.
@Suite struct LineCleaningPassTests {
    let pass = LineCleaningPass()

    func cleaned(_ text: String) -> NormalizationDraft {
        var draft = NormalizationDraft(text: text)
        self.pass.apply(to: &draft)
        return draft
    }

    @Test func isNamedLineCleaning() {
        #expect(self.pass.name == "line cleaning")
    }

    @Test func splitsLinesAndNotesTheBlankOnesBetween() {
        let draft = self.cleaned("標題\n\n  \n第一段。\r\n第二段。\u{2029}第三段。")
        #expect(draft.lineTexts == ["標題", "第一段。", "第二段。", "第三段。"])
        #expect(draft.lines.map(\.blankBefore) == [false, true, false, false])
        #expect(draft.scalars.isEmpty)
    }

    @Test func foldsWidthCollapsesSpaceAndTrims() {
        let draft = self.cleaned("\u{3000}\u{3000}新区ＰＶＣ生产线  年产５万吨\u{00A0}")
        #expect(draft.lineTexts == ["新区PVC生产线 年产5万吨"])
    }

    @Test func givesASpaceTheOriginOfItsRunsFirstScalar() {
        // 新0 区1 ␣2 ␣3 Ａ4 ５5
        let draft = self.cleaned("新区  Ａ５")
        #expect(draft.lineTexts == ["新区 A5"])
        #expect(draft.origins(ofLine: 0) == [0, 1, 2, 4, 5])
    }

    @Test func restoresALostSpaceBetweenHanAndDropsOneInsideParentheses() {
        let draft = self.cleaned("新区?产业园 (记者 林一 )")
        #expect(draft.lineTexts == ["新区 产业园 (记者 林一)"])
    }

    @Test func dropsACommaDoublingTheMarkAfterIt() {
        // 亿0 元1 ,2 ,3 年4 项5 ,6 、7 总8 建9 ，10 。11
        let draft = self.cleaned("亿元,,年项,、总建，。")
        #expect(draft.lineTexts == ["亿元,年项、总建。"])
        #expect(draft.origins(ofLine: 0) == [0, 1, 3, 4, 5, 7, 8, 9, 11])
        // A single comma stays.
        #expect(self.cleaned("甲,乙，丙").lineTexts == ["甲,乙，丙"])
    }

    @Test func dropsSpacesAroundAnEnumerationComma() {
        // 洋0 、1 ␠2 连3 向4 ␠5 、6 高7
        let draft = self.cleaned("洋、 连向 、高")
        #expect(draft.lineTexts == ["洋、连向、高"])
        #expect(draft.origins(ofLine: 0) == [0, 1, 3, 4, 6, 7])
    }

    @Test func dropsSpacesInsideADate() {
        // 8 0 ␠1 月2 ␠3 2 4 3 5 ␠6 日7
        let draft = self.cleaned("8 月 23 日")
        #expect(draft.lineTexts == ["8月23日"])
        #expect(draft.origins(ofLine: 0) == [0, 2, 4, 5, 7])
        // A space between a figure and other words stays.
        #expect(self.cleaned("第 3 期 5 亿元").lineTexts == ["第 3 期 5 亿元"])
    }

    @Test func putsEveryLinesOriginsOneAfterAnother() {
        // 甲0 乙1 ␤2 ␤3 丙4 ␣5 丁6 ␤7 戊8
        let draft = self.cleaned("甲乙\n\n丙 丁\n戊")
        #expect(draft.lines.map(\.originStart) == [0, 2, 5])
        #expect(draft.origins == [0, 1, 4, 5, 6, 8])
        // The break after a line is the one that ends it; the last line, without one, takes its last scalar's.
        #expect(draft.lines.map(\.breakOrigin) == [2, 7, 8])
    }

    @Test func carriesTheOriginsItWasGiven() {
        let scalars = Array("甲\n乙".unicodeScalars)
        var draft = NormalizationDraft(scalars: scalars, origins: [40, 41, 45])
        self.pass.apply(to: &draft)
        #expect(draft.origins == [40, 45])
        #expect(draft.lines.map(\.breakOrigin) == [41, 45])
    }

    @Test func leavesNoLinesForBlankText() {
        let draft = self.cleaned(" \n\u{3000}\n")
        #expect(draft.lines.isEmpty)
        #expect(draft.origins.isEmpty)
    }
}
