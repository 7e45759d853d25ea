/// A place as every part of the record names it: an administrative division with its GB/T 2260 code, and the
/// development zone or park inside it when the text named one.
///
/// ```json
/// {"path":"黑龙江省/哈尔滨市/阿城区","code":"230112","level":"county"}
/// {"path":"内蒙古自治区/包头市","code":"150200","level":"city","park":"包头稀土高新技术产业开发区"}
/// ```
///
/// The extractor builds places from its gazetteer once; the aggregator stores them as they come. ``province``,
/// ``city`` and ``county`` read the levels off `path` and `level` alone, so the offline record and the statistics
/// always agree on where a fact is.
package struct Place: Codable, Hashable, Sendable {
    /// How deep in the hierarchy the division lies.
    package enum Level: String, Codable, CaseIterable, Sendable {
        /// A province, autonomous region or municipality (黑龙江省, 北京市).
        case province
        /// A prefecture-level city or region (哈尔滨市, 阿坝藏族羌族自治州).
        case city
        /// A county-level division: county, district, county-level city (阿城区, 凌源市).
        case county
    }

    /// The names from the province down, joined by `/`: `黑龙江省/哈尔滨市/阿城区`. A municipality's district has two
    /// (`北京市/朝阳区`), as has a county a province administers directly (`湖北省/仙桃市`).
    package var path: String
    /// The GB/T 2260 code of the division the path ends at (six digits).
    package var code: String
    package var level: Level
    /// The development zone or park named in the text, which lies in the division of `path`.
    package var park: String?

    package init(path: String, code: String, level: Level, park: String? = nil) {
        self.path = path
        self.code = code
        self.level = level
        self.park = park
    }

    /// The province the place lies in.
    package var province: String {
        self.components.first ?? self.path
    }

    /// The prefecture-level city, nil for a province and for a county no city administers (`湖北省/仙桃市`).
    ///
    /// A municipality is its own city: `北京市/朝阳区` lies in the city 北京市. GB/T 2260 gives the four
    /// municipalities the province codes 11, 12, 31 and 50.
    package var city: String? {
        let parts = self.components
        switch (self.level, parts.count) {
        case (.province, _): return nil
        case (_, 3...): return parts[1]
        case (.city, _): return parts.last
        case (.county, 2): return Self.municipalityCodes.contains(self.code.prefix(2)) ? parts[0] : nil
        default: return nil
        }
    }

    /// The county-level division, nil for a province or a city.
    package var county: String? {
        self.level == .county ? self.components.last : nil
    }

    /// Whether this place lies inside `other` and says more than it (`黑龙江省/哈尔滨市/阿城区` lies in
    /// `黑龙江省/哈尔滨市`); a place does not lie in itself. Paths are compared as UTF-8 bytes.
    package func lies(in other: Place) -> Bool {
        let inner = self.path.utf8
        let outer = other.path.utf8
        guard inner.count > outer.count, inner.starts(with: outer) else { return false }
        return inner[inner.index(inner.startIndex, offsetBy: outer.count)] == UInt8(ascii: "/")
    }

    private var components: [String] {
        self.path.split(separator: "/").map(String.init)
    }

    private static let municipalityCodes: Set<Substring> = ["11", "12", "31", "50"]

    private enum CodingKeys: String, CodingKey {
        case path, code, level, park
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.path, forKey: .path)
        try container.encode(self.code, forKey: .code)
        try container.encode(self.level, forKey: .level)
        try container.encodeIfPresent(self.park, forKey: .park)
    }
}
