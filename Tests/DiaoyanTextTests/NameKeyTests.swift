import DiaoyanText
import Testing

@Suite struct NameKeyTests {
    @Test func dropsSpacesQuotesAndBrackets() {
        #expect(NameKey.of("“华明管业”（阿城） 100万吨制管项目") == "华明管业阿城100万吨制管项目")
        #expect(NameKey.of("华明管业 100万吨制管项目") == NameKey.of("华明管业100万吨制管项目"))
        #expect(NameKey.of("《数字龙江》智算中心") == "数字龙江智算中心")
    }

    @Test func foldsFullWidthAndLatinCase() {
        #expect(NameKey.of("ＧＭＰ升级改造项目") == "gmp升级改造项目")
        #expect(NameKey.of("联东U谷") == NameKey.of("联东ｕ谷"))
    }

    @Test func keepsWhatTellsProjectsApart() {
        #expect(NameKey.of("科霸生物一期项目") != NameKey.of("科霸生物二期项目"))
        #expect(NameKey.of("年产10万吨项目") != NameKey.of("年产100万吨项目"))
    }
}

@Suite struct NameKeyWhiteSpaceTests {
    /// Every scalar Unicode calls white space is dropped, as `Unicode.Scalar.Properties.isWhitespace` says.
    @Test func dropsExactlyUnicodesWhiteSpace() {
        for value in 0...0x3000 {
            guard let scalar = Unicode.Scalar(value), !"\"'“”‘’「」『』《》〈〉()（）[]【】·".unicodeScalars.contains(scalar)
            else { continue }
            let key = NameKey.of("项" + String(scalar) + "目")
            #expect((key == "项目") == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
    }
}
