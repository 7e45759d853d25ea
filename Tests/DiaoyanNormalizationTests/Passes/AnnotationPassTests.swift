import DiaoyanNormalization
import Testing

/// The annotations pass: pinyin readings after the character they read are dropped, real parentheses stay.
@Suite struct AnnotationPassTests {
    let pass: AnnotationPass

    init() throws {
        self.pass = AnnotationPass(stripper: try NormalizationTables.shared().stripper)
    }

    @Test func isNamedAnnotations() {
        #expect(self.pass.name == "annotations")
    }

    @Test func dropsReadingsWithToneMarksOrDigits() {
        var draft = NormalizationDraft(text: "新建(jiàn)廠房(fang2)")
        self.pass.apply(to: &draft)
        #expect(draft.scalarText == "新建廠房")
        #expect(draft.repairs.map(\.kind) == [.pinyin, .pinyin])
        #expect(draft.repairs.map(\.from) == ["(jiàn)", "(fang2)"])
    }

    @Test func keepsTheOriginsOfTheScalarsItKeeps() {
        // 新0 建1 (2 j3 i4 à5 n6 )7 廠8 房9
        var draft = NormalizationDraft(text: "新建(jiàn)廠房")
        self.pass.apply(to: &draft)
        #expect(draft.origins == [0, 1, 8, 9])
        #expect(draft.repairs.map(\.at) == [2])
    }

    @Test func dropsAReadingAfterASpaceWithTheSpace() {
        var draft = NormalizationDraft(text: "培訓 (xùn)中心")
        self.pass.apply(to: &draft)
        #expect(draft.scalarText == "培訓中心")
        #expect(draft.origins == [0, 1, 8, 9])
        #expect(draft.repairs.map(\.from) == [" (xùn)"])
    }

    @Test func keepsParenthesesThatAreNoReadingOfTheCharacterBefore() {
        let text = "二期(一期)工程(黑龍江)縣(市、區)項(fang)目(2)"
        var draft = NormalizationDraft(text: text)
        self.pass.apply(to: &draft)
        #expect(draft.scalarText == text)
        #expect(draft.origins == NormalizationDraft.identityOrigins(count: draft.scalars.count))
        #expect(draft.repairs.isEmpty)
    }

    @Test func addsItsRepairsAfterTheOnesBefore() {
        var draft = NormalizationDraft(text: "建(jiàn)")
        self.pass.apply(to: &draft)
        let scalars = Array("廠(chǎng)".unicodeScalars)
        draft.scalars = scalars
        draft.origins = NormalizationDraft.identityOrigins(count: scalars.count)
        self.pass.apply(to: &draft)
        #expect(draft.repairs.map(\.from) == ["(jiàn)", "(chǎng)"])
    }
}
