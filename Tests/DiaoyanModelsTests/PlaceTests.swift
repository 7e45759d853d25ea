import DiaoyanModels
import Foundation
import Testing

@Suite struct PlaceTests {
    @Test func readsTheLevelsOfACountyUnderACity() {
        let place = Place(path: "黑龙江省/哈尔滨市/阿城区", code: "230112", level: .county)
        #expect(place.province == "黑龙江省")
        #expect(place.city == "哈尔滨市")
        #expect(place.county == "阿城区")
    }

    @Test func makesAMunicipalityTheCityOfItsDistricts() {
        let place = Place(path: "北京市/朝阳区", code: "110105", level: .county)
        #expect(place.province == "北京市")
        #expect(place.city == "北京市")
        #expect(place.county == "朝阳区")
    }

    @Test func givesACountyAProvinceAdministersNoCity() {
        let place = Place(path: "湖北省/仙桃市", code: "429004", level: .county)
        #expect(place.city == nil)
        #expect(place.county == "仙桃市")
    }

    @Test func givesAProvinceNoCityAndACityNoCounty() {
        let province = Place(path: "江苏省", code: "320000", level: .province)
        #expect(province.province == "江苏省")
        #expect(province.city == nil)
        #expect(province.county == nil)
        let city = Place(path: "江苏省/扬州市", code: "321000", level: .city, park: "扬州经济技术开发区")
        #expect(city.city == "扬州市")
        #expect(city.county == nil)
    }

    @Test func liesInTheDivisionsItsPathPassesThrough() {
        let acheng = Place(path: "黑龙江省/哈尔滨市/阿城区", code: "230112", level: .county)
        let harbin = Place(path: "黑龙江省/哈尔滨市", code: "230100", level: .city)
        #expect(acheng.lies(in: harbin))
        #expect(acheng.lies(in: Place(path: "黑龙江省", code: "230000", level: .province)))
        #expect(!harbin.lies(in: acheng))
        #expect(!acheng.lies(in: acheng))
        #expect(!Place(path: "黑龙江省/哈尔滨市区", code: "0", level: .city).lies(in: harbin))
    }

    @Test func writesAParkOnlyWhenThereIsOne() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let plain = Place(path: "江苏省/扬州市", code: "321000", level: .city)
        #expect(
            String(decoding: try encoder.encode(plain), as: UTF8.self)
                == #"{"code":"321000","level":"city","path":"江苏省/扬州市"}"#
        )
        var park = plain
        park.park = "扬州经济技术开发区"
        let json = try encoder.encode(park)
        #expect(String(decoding: json, as: UTF8.self).contains(#""park":"扬州经济技术开发区""#))
        #expect(try JSONDecoder().decode(Place.self, from: json) == park)
    }
}
