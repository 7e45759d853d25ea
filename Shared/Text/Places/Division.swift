/// One administrative division of China (or a development zone under one), as the gazetteer lists it.
package struct Division: Hashable, Sendable {
    /// What kind of entry this is.
    package enum Kind: String, Hashable, Sendable {
        /// A province, prefecture or county-level division.
        case admin
        /// A placeholder grouping counties directly under a province (省直辖县级行政区划).
        case direct
        /// A development zone or park with a statistical code; it belongs to its parent.
        case zone
    }

    /// GB/T 2260 code (six digits).
    package var code: String
    /// 1 province, 2 prefecture, 3 county.
    package var level: Int
    package var name: String
    /// The form people write without the suffix (哈尔滨 for 哈尔滨市), several `/`-separated (巴州/巴音郭楞), empty when
    /// there is none.
    package var shortName: String
    /// The index of the parent in `Gazetteer.divisions`, nil for a province.
    package var parent: Int?
    package var kind: Kind
    /// Whether the short form is also an everyday word (合作, 振兴), so it names this place only with context.
    package var shortIsEveryday: Bool

    /// Whether the division is a district named by a direction alone (`东区`, `北区`), which parks and towns call
    /// their parts too.
    package var isNamedByDirection: Bool {
        let scalars = Array(self.name.unicodeScalars)
        return self.level == 3 && scalars.count == 2 && scalars[1] == "区" && "东南西北中".unicodeScalars.contains(scalars[0])
    }
}
