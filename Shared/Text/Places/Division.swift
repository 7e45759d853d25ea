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
    /// (Read for every candidate the resolver weighs: no allocation.)
    package var isNamedByDirection: Bool {
        guard self.level == 3 else { return false }
        var scalars = self.name.unicodeScalars.makeIterator()
        guard let first = scalars.next(), let second = scalars.next(), scalars.next() == nil else { return false }
        return second == "区" && (first == "东" || first == "南" || first == "西" || first == "北" || first == "中")
    }
}
