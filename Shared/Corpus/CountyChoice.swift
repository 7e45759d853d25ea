import DiaoyanText

/// A county-level district or county of the gazetteer with its city and province: where an article happens.
package struct CountyChoice: Sendable {
    package var province: String
    package var city: String
    package var county: String
    /// `province/city/county`, the gold place.
    package var path: String
    /// Other counties of the same province, for the footer's SEO list.
    package var neighbours: [String]

    /// The city without its `市` (`哈尔滨`).
    package var cityShort: String { String(self.city.dropLast()) }
    /// `区` or `县`, the last character of the county's name.
    package var countyKind: String { String(self.county.suffix(1)) }
    /// Whether the province is a `…省` (the others' party titles are written differently).
    package var isProvince: Bool { self.province.hasSuffix("省") }

    /// Every county of `gazetteer` an article can be placed in: an ordinary district or county (`…区`, `…县`) of a
    /// prefecture-level `…市` of a province or autonomous region, named once in its city.
    package static func all(in gazetteer: Gazetteer) -> [CountyChoice] {
        let divisions = gazetteer.divisions
        var byProvince: [Int: [Int]] = [:]
        var candidates: [(county: Int, city: Int, province: Int)] = []
        for (index, division) in divisions.enumerated() where division.level == 3 && division.kind == .admin {
            guard let cityIndex = division.parent, let provinceIndex = divisions[cityIndex].parent else { continue }
            let city = divisions[cityIndex]
            let province = divisions[provinceIndex]
            guard city.level == 2, city.kind == .admin, city.name.hasSuffix("市"), city.name != province.name,
                province.level == 1, division.name.unicodeScalars.count >= 2,
                division.name.hasSuffix("区") || division.name.hasSuffix("县")
            else { continue }
            candidates.append((index, cityIndex, provinceIndex))
            byProvince[provinceIndex, default: []].append(index)
        }
        return candidates.map { item in
            let neighbours = (byProvince[item.province] ?? []).filter { $0 != item.county }.map { divisions[$0].name }
            return CountyChoice(
                province: divisions[item.province].name,
                city: divisions[item.city].name,
                county: divisions[item.county].name,
                path: "\(divisions[item.province].name)/\(divisions[item.city].name)/\(divisions[item.county].name)",
                neighbours: neighbours
            )
        }
    }
}
