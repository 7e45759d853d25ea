import DiaoyanEvaluation
import TestSupport
import Testing

@Suite struct ExactStringTests {
    @Test func comparesScalarsNotCanonicalEquivalence() {
        #expect("é" == "e\u{301}")
        #expect(ExactString("é") != ExactString("e\u{301}"))
        #expect(Set([ExactString("é"), ExactString("e\u{301}")]).count == 2)
    }

    @Test func ordersByCodePoint() {
        let sorted = ["黑龙江省", "Z", "a", "吉林省", "辽宁省"].map { ExactString($0) }.sorted().map(\.value)
        #expect(sorted == ["Z", "a", "吉林省", "辽宁省", "黑龙江省"])
    }

    @Test func findsSubstringsAsPythonsInDoes() {
        #expect(ExactString("哈尔滨市委书记").contains(ExactString("市委书记")))
        #expect(ExactString("市委书记").contains(ExactString("")))
        #expect(!ExactString("市长").contains(ExactString("副市长")))
    }
}
