import DiaoyanModels
import DiaoyanText
import Testing

@Suite struct SimplifiedConverterTests {
    let converter: SimplifiedConverter

    init() throws {
        self.converter = try SimplifiedConverter(protecting: try Gazetteer().allNames)
    }

    @Test func convertsCharactersAndPhrases() {
        #expect(self.converter.convert("產業項目建設情況") == "产业项目建设情况")
        #expect(self.converter.convert("指標整合") == "指标整合")
    }

    @Test func writes著AsMainlandTextDoes() {
        #expect(self.converter.convert("著力提高,涌動著熱潮") == "着力提高,涌动着热潮")
        #expect(self.converter.convert("著名企業,成效顯著") == "著名企业,成效显著")
    }

    @Test func writesTheVariant陜As陕() {
        #expect(self.converter.convert("陜西省陜建集团") == "陕西省陕建集团")
    }

    @Test func keepsPlaceNamesTheCharacterTableWouldSpoil() {
        #expect(self.converter.convert("乾安縣") == "乾安县")
        #expect(self.converter.convert("乾燥") == "干燥")
    }

    @Test func tellsTheScriptOfAText() {
        #expect(self.converter.script(of: Array("哈爾濱市阿城區調研產業項目".unicodeScalars)) == .traditional)
        #expect(self.converter.script(of: Array("哈尔滨市阿城区调研产业项目".unicodeScalars)) == .simplified)
        #expect(self.converter.script(of: Array("哈尔滨市阿城区調研產業項目建設".unicodeScalars)) == .mixed)
    }

    @Test func convertingConvertedTextChangesNothing() throws {
        // Every traditional character and phrase the tables know, converted twice.
        var sources: [String] = []
        for name in ["t2s_characters.tsv", "t2s_phrases.tsv"] {
            sources += try TextResources.rows(of: name).map { String($0[0]) }
        }
        let once = sources.map { self.converter.convert($0) }
        #expect(once.map { self.converter.convert($0) } == once)
        #expect(self.converter.convert("薴") == "苎")
    }
}
