import DiaoyanText
import Testing

@Suite struct GazetteerTests {
    let gazetteer: Gazetteer

    init() throws {
        self.gazetteer = try Gazetteer()
    }

    @Test func holdsEveryProvinceAndTheirCounties() {
        let provinces = self.gazetteer.divisions.filter { $0.level == 1 }
        #expect(provinces.count >= 34)
        #expect(self.gazetteer.divisions.filter { $0.level == 3 }.count > 2800)
    }

    @Test func givesTheFullPathWithoutRepeatingAMunicipality() throws {
        let lingyuan = try #require(self.gazetteer.divisions(named: "凌源市").first)
        #expect(self.gazetteer.path(of: lingyuan) == "辽宁省/朝阳市/凌源市")
        #expect(self.gazetteer.divisions[lingyuan].code == "211382")
        let jiading = try #require(self.gazetteer.divisions(named: "嘉定区").first)
        #expect(self.gazetteer.path(of: jiading) == "上海市/嘉定区")
    }

    @Test func resolvesAFormerNameToTodaysDivision() throws {
        let candidates = try #require(self.gazetteer.names.value(for: "襄樊市".unicodeScalars))
        #expect(candidates.map { self.gazetteer.path(of: $0.division) } == ["湖北省/襄阳市"])
    }

    @Test func knowsWhichShortFormsAreEverydayWords() throws {
        let hezuo = try #require(self.gazetteer.divisions(named: "合作市").first)
        #expect(self.gazetteer.divisions[hezuo].shortIsEveryday)
        let harbin = try #require(self.gazetteer.divisions(named: "哈尔滨市").first)
        #expect(!self.gazetteer.divisions[harbin].shortIsEveryday)
    }
}
