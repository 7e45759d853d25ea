import DiaoyanText

/// Keeps the places where the reported activity happens and drops places written only as background: inside an
/// organization's or a person's name (`天津中科智能识别研究院` landing in 龙江, `王建华` holding 建华), or in a list summarised by a count of places
/// (`已有内蒙古、重庆、四川等10多个省、自治区、直辖市举办了…`: earlier hosts, not this story's scene).
///
/// A place keeps all its mentions when any one of them is on the scene.
package enum PlaceSceneFilter {
    /// Nouns that, after `等` and a count, say the list before was a sample of many places.
    private static let placeNouns: ScalarSet = ["省", "市", "地", "区", "县", "国", "城"]
    private static let counters: ScalarSet = ["个", "座", "家"]

    /// Whether the place written at `mention` is background only; `names` are where organizations and persons are
    /// named.
    ///
    /// - Complexity: O(l) for a clause of l scalars.
    package static func isBackground(_ mention: Range<Int>, in scalars: [Unicode.Scalar], names: [Range<Int>])
        -> Bool
    {
        if names.contains(where: { $0.lowerBound <= mention.lowerBound && mention.upperBound <= $0.upperBound })
        {
            return true
        }
        return Self.isInCountedList(mention, in: scalars)
    }

    /// Whether `mention` is an item of `A、B、C等N个省…` (the count may be `10多个`, `二十余个`).
    static func isInCountedList(_ mention: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        var index = mention.upperBound
        while index < scalars.count, index - mention.upperBound < 30 {
            let scalar = scalars[index]
            if ClauseMarkers.clausePunctuation.contains(scalar) { return false }
            if scalar == "等" { break }
            index += 1
        }
        guard index < scalars.count, scalars[index] == "等" else { return false }
        var cursor = index + 1
        guard cursor < scalars.count, ChineseNumber.startsNumber(scalars[cursor]) || scalars[cursor] == "几" else {
            return false
        }
        while cursor < scalars.count, cursor - index < 8 {
            if Self.counters.contains(scalars[cursor]) {
                return cursor + 1 < scalars.count && Self.placeNouns.contains(scalars[cursor + 1])
            }
            cursor += 1
        }
        return false
    }
}
