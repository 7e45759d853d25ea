import DiaoyanModels
import Testing

@testable import AggregatorService

/// A divided place (``DividedPlace``) names the province, city and county `Place` names, for every kind of path.
@Suite struct DividedPlaceTests {
    private static let places = [
        Place(path: "黑龙江省", code: "230000", level: .province),
        Place(path: "北京市", code: "110000", level: .province),
        Place(path: "黑龙江省/哈尔滨市", code: "230100", level: .city),
        Place(path: "黑龙江省/哈尔滨市/阿城区", code: "230112", level: .county),
        Place(path: "黑龙江省/哈尔滨市/阿城区", code: "230112", level: .county, park: "阿城经济开发区"),
        Place(path: "北京市/朝阳区", code: "110105", level: .county),
        Place(path: "重庆市/万州区", code: "500101", level: .county),
        Place(path: "湖北省/仙桃市", code: "429004", level: .county),
        Place(path: "湖北省/仙桃市", code: "429004", level: .city),
        Place(path: "", code: "", level: .county),
        Place(path: "a/b/c/d", code: "1", level: .city),
        Place(path: "a/b/c/d", code: "1", level: .province),
        Place(path: "/x", code: "31", level: .county),
    ]

    @Test(arguments: Self.places) func namesWhatThePlaceNames(_ place: Place) {
        let divided = DividedPlace(place)
        #expect(divided.province == place.province)
        #expect(divided.city == place.city)
        #expect(divided.county == place.county)
    }
}
