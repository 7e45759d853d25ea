import ClientCore
import Testing

@Suite struct TextFitTests {
    @Test func shortTextIsKept() {
        #expect(TextFit.fit("江苏省", width: 40, fontSize: 12) == "江苏省")
        #expect(TextFit.width("江苏省ab", fontSize: 12) == 48)
    }

    @Test func longTextIsCutToItsWidthWithAnEllipsis() {
        let fitted = TextFit.fit(String(repeating: "项", count: 50), width: 120, fontSize: 12)
        #expect(fitted.hasSuffix("…"))
        #expect(TextFit.width(fitted, fontSize: 12) <= 120)
        #expect(fitted.count == 9)
        #expect(TextFit.fit("abcdef", width: 6, fontSize: 12) == "")
    }
}
