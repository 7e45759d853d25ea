import DiaoyanNormalization
import Testing

@Suite struct MojibakeRepairerTests {
    let repairer: MojibakeRepairer

    init() throws {
        self.repairer = try #require(try NormalizationTables.shared().mojibake)
    }

    func repair(_ text: String) -> (text: String, repairs: [TextRepair]) {
        let result = self.repairer.repair(Array(text.unicodeScalars))
        return (String(String.UnicodeScalarView(result.scalars)), result.repairs)
    }

    @Test func recoversACharacterNamedByTwoOrphanReadings() {
        #expect(self.repair("來源:哈爾濱日?qǐng)?bào)").text == "來源:哈爾濱日報")
    }

    @Test func realignsARunAfterAnOrphanUpToItsASCIITrailByte() {
        #expect(self.repair("依托當(dāng)?shù)丶t豆杉").text == "依托當(dāng)地紅豆杉")
        #expect(self.repair("發(fā)展?jié)摿Γ\u{E0FA}M(jìn)一步").text == "發(fā)展潛力，進(jìn)一步")
    }

    @Test func completesARunWithoutAnOrphanFromTheBigramModel() {
        let result = self.repair("燕龍基環(huán)?萍加邢薰\u{E088}緡(guó)家")
        #expect(result.text == "燕龍基環(huán)保科技有限公司國家")
        #expect(result.repairs.map(\.kind) == [.mojibake])
    }

    @Test func leavesCleanTextAndRealAnnotationsAlone() {
        let clean = "項(xiàng)目建設(shè)?加快推進,β-内酰胺原料药(一期)项目投产。"
        #expect(self.repair(clean).text == clean)
        #expect(self.repair(clean).repairs.isEmpty)
    }
}
