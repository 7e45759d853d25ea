import DiaoyanModels
import DiaoyanNormalization
import Testing

/// The conversion pass: traditional to simplified in mainland usage, the script noted, length and origins kept.
@Suite struct ConversionPassTests {
    let pass: ConversionPass

    init() throws {
        self.pass = ConversionPass(converter: try NormalizationTables.shared().converter)
    }

    @Test func isNamedConversion() {
        #expect(self.pass.name == "conversion")
    }

    @Test func convertsTraditionalTextAndNotesItsScript() {
        var draft = NormalizationDraft(text: "縣裡著力發展儲能產業，電站顯著擴產。")
        self.pass.apply(to: &draft)
        #expect(draft.scalarText == "县里着力发展储能产业，电站显著扩产。")
        #expect(draft.script == .traditional)
    }

    @Test func keepsTheLengthAndTheOrigins() {
        let scalars = Array("瞭解電站".unicodeScalars)
        var draft = NormalizationDraft(scalars: scalars, origins: [7, 9, 10, 11])
        self.pass.apply(to: &draft)
        #expect(draft.scalarText == "了解电站")
        #expect(draft.origins == [7, 9, 10, 11])
    }

    @Test func leavesSimplifiedTextAndPlaceNamesAlone() {
        let text = "乾安县新建风电项目，著名企业随着市场扩产（2024年）。"
        var draft = NormalizationDraft(text: text)
        self.pass.apply(to: &draft)
        #expect(draft.scalarText == text)
        #expect(draft.origins == NormalizationDraft.identityOrigins(count: draft.scalars.count))
        #expect(draft.repairs.isEmpty)
    }

    @Test func callsSimplifiedTextSimplified() {
        var draft = NormalizationDraft(text: "新区风电项目今年扩产，带动当地就业。")
        self.pass.apply(to: &draft)
        #expect(draft.script == .simplified)
    }

    @Test func callsATextOfBothScriptsMixed() {
        var draft = NormalizationDraft(text: "新區產業園開工建設。新区产业园开工建设，项目总投资较大。")
        self.pass.apply(to: &draft)
        #expect(draft.script == .mixed)
        #expect(draft.scalarText == "新区产业园开工建设。新区产业园开工建设，项目总投资较大。")
    }
}
