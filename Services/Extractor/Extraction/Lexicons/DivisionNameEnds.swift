import DiaoyanText

/// How the names of administrative divisions end, down to towns (`青禾县`, `太平镇`, `锡林郭勒盟`): the last scalar
/// tells a place's name from a company's or a person's where the gazetteer does not list the place.
package enum DivisionNameEnds {
    /// The last scalars of divisions' names.
    package static let scalars = "省市县区州盟旗镇乡"
    /// ``scalars`` as a set.
    package static let set = ScalarSet(Self.scalars.unicodeScalars)
}
