import DiaoyanText
import Testing

@Suite struct PinyinSyllableTests {
    func annotation(_ text: String) -> (plain: String, end: Int)? {
        PinyinSyllable.annotation(in: Array(text.unicodeScalars), from: 0).map { ($0.syllable.plain, $0.end) }
    }

    @Test func dropsToneMarksAndToneDigits() {
        #expect(PinyinSyllable(written: "xiàng".unicodeScalars)?.plain == "xiang")
        #expect(PinyinSyllable(written: "lv4".unicodeScalars)?.plain == "lv")
        #expect(PinyinSyllable(written: "lǜ".unicodeScalars)?.plain == "lv")
        #expect(PinyinSyllable(written: "CHUANG".unicodeScalars)?.plain == "chuang")
        #expect(PinyinSyllable(written: "xiàng".unicodeScalars) == PinyinSyllable(written: "xiang4".unicodeScalars))
    }

    @Test func refusesWhatNoSyllableIs() {
        #expect(PinyinSyllable(written: "黑龙江".unicodeScalars) == nil)
        #expect(PinyinSyllable(written: "4".unicodeScalars) == nil)
        #expect(PinyinSyllable(written: "zhuangzhuang".unicodeScalars) == nil)
    }

    @Test func readsAnAnnotationBodyWithSpacesAndEitherClosingParenthesis() {
        #expect(self.annotation("xiàng)目")! == ("xiang", 6))
        #expect(self.annotation("chuàng )新")! == ("chuang", 8))
        #expect(self.annotation("qǐng）")! == ("qing", 5))
    }

    @Test func leavesRealParenthesesAlone() {
        #expect(self.annotation("黑龙江)") == nil)
        #expect(self.annotation("记者 初霞)") == nil)
        #expect(self.annotation("2)") == nil)
        #expect(self.annotation(")") == nil)
        #expect(self.annotation("xiang") == nil)
    }
}
