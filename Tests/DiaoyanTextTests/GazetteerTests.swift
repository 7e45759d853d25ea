import DiaoyanModels
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

    @Test func knowsEveryShortFormOfADivisionThatHasSeveral() throws {
        for short in ["巴州", "巴音郭楞", "克州", "克孜勒苏"] {
            let candidates = try #require(self.gazetteer.names.value(for: short.unicodeScalars), "\(short)")
            #expect(candidates.contains { $0.form == .short && self.gazetteer.divisions[$0.division].level == 2 })
        }
        #expect(self.gazetteer.names.value(for: "巴州/巴音郭楞".unicodeScalars) == nil)
    }

    @Test func placesAZoneInTheCountyItsNameOpensWith() throws {
        let korla = try #require(self.gazetteer.divisions(named: "库尔勒经济技术开发区").first)
        let place = self.gazetteer.place(of: korla)
        #expect(place.path == "新疆维吾尔自治区/巴音郭楞蒙古自治州/库尔勒市")
        #expect(place.park == "库尔勒经济技术开发区")
        #expect(place.level == .county)
        let baotou = try #require(self.gazetteer.divisions(named: "包头稀土高新技术产业开发区").first)
        #expect(self.gazetteer.place(of: baotou).path == "内蒙古自治区/包头市")
    }

    @Test func resolvesAFormerNameToTodaysDivision() throws {
        let candidates = try #require(self.gazetteer.names.value(for: "襄樊市".unicodeScalars))
        #expect(candidates.map { self.gazetteer.path(of: $0.division) } == ["湖北省/襄阳市"])
    }

    @Test func readsAMergedDistrictOnlyByItsFullFormerName() throws {
        let full = try #require(self.gazetteer.names.value(for: "红星区".unicodeScalars))
        #expect(full.map { self.gazetteer.path(of: $0.division) } == ["黑龙江省/伊春市/丰林县"])
        // `红星美凯龙`, `新青年`: the bare short form of a district merged away is an everyday word.
        #expect(self.gazetteer.names.value(for: "红星".unicodeScalars) == nil)
        #expect(self.gazetteer.names.value(for: "新青".unicodeScalars) == nil)
    }

    @Test func knowsWhichShortFormsAreEverydayWords() throws {
        let hezuo = try #require(self.gazetteer.divisions(named: "合作市").first)
        #expect(self.gazetteer.divisions[hezuo].shortIsEveryday)
        let harbin = try #require(self.gazetteer.divisions(named: "哈尔滨市").first)
        #expect(!self.gazetteer.divisions[harbin].shortIsEveryday)
    }
}
