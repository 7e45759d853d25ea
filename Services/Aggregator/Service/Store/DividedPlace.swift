import DiaoyanModels

/// A ``Place`` with the divisions it lies in read once: `Place` reads its province, city and county off its path
/// on every call (a split into an array of strings each time), and a fold asked every place for all three at
/// least twice — for its rows and for its tallies — 2 % of the aggregator's time. The path is split once here for
/// all three (three splits were still 1.5 % of a fold), by the rules of `Place.province`, `city` and `county`,
/// which `DividedPlaceTests` holds it to.
struct DividedPlace {
    var place: Place
    var province: String
    var city: String?
    var county: String?

    init(_ place: Place) {
        self.place = place
        let parts = place.path.split(separator: "/")
        self.province = parts.first.map(String.init) ?? place.path
        self.city = Self.city(place, parts: parts)
        self.county = place.level == .county ? parts.last.map(String.init) : nil
    }

    var path: String { self.place.path }
    var code: String { self.place.code }
    var level: Place.Level { self.place.level }
    var park: String? { self.place.park }

    /// The prefecture-level city, as `Place.city` tells it: nil for a province and for a county no city
    /// administers, a municipality (province codes 11, 12, 31, 50) its own city.
    private static func city(_ place: Place, parts: [Substring]) -> String? {
        switch (place.level, parts.count) {
        case (.province, _): return nil
        case (_, 3...): return String(parts[1])
        case (.city, _): return parts.last.map(String.init)
        case (.county, 2): return Self.municipalityCodes.contains(place.code.prefix(2)) ? String(parts[0]) : nil
        default: return nil
        }
    }

    private static let municipalityCodes: Set<Substring> = ["11", "12", "31", "50"]
}
