import DiaoyanModels
import DiaoyanNormalization
import Testing

/// The assembly pass: the headline and body written as the text, its paragraphs, sentences and origins.
@Suite struct AssemblyPassTests {
    let pass = AssemblyPass()

    /// Lines 0 and 1 a headline, 2 removed, 3 and 4 body.
    func assembled() -> NormalizationDraft {
        // 引0 题1 ␤2 主3 题4 ␤5 广6 告7 ␤8 甲9 。10 乙11 。12 ␤13 丙14 。15
        var draft = NormalizationDraft(lines: ["引题", "主题", "广告", "甲。乙。", "丙。"])
        draft.headline = NormalizationDraft.Headline(start: 0, lines: ["引题", "主题"])
        draft.body = [.init(text: "甲。乙。", line: 3), .init(text: "丙。", line: 4)]
        self.pass.apply(to: &draft)
        return draft
    }

    @Test func isNamedAssembly() {
        #expect(self.pass.name == "assembly")
    }

    @Test func writesTheHeadlineThenTheBodyOneParagraphALine() {
        let draft = self.assembled()
        #expect(draft.text == "引题\n主题\n甲。乙。\n丙。")
        #expect(draft.paragraphs == [Mention(0, 2), Mention(3, 5), Mention(6, 10), Mention(11, 13)])
    }

    @Test func keepsAHeadlineLineOneSentenceAndSplitsTheBody() {
        #expect(
            self.assembled().sentences == [
                Mention(0, 2), Mention(3, 5), Mention(6, 8), Mention(8, 10), Mention(11, 13),
            ]
        )
    }

    @Test func givesEveryScalarOfTheTextItsOrigin() {
        let draft = self.assembled()
        // A line break takes the origin of the break after the line before it: the removed line's is skipped.
        #expect(draft.origins == [0, 1, 2, 3, 4, 5, 9, 10, 11, 12, 13, 14, 15])
        #expect(draft.origins.count == draft.text.unicodeScalars.count)
    }

    @Test func writesNothingForADocumentWithoutLines() {
        var draft = NormalizationDraft(lines: [])
        self.pass.apply(to: &draft)
        #expect(draft.text.isEmpty)
        #expect(draft.paragraphs.isEmpty && draft.sentences.isEmpty && draft.origins.isEmpty)
    }
}
