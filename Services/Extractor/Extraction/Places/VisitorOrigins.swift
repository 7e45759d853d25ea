import DiaoyanText

/// Where a visiting delegation comes from, which is no scene of the story it visits (`某区党政代表团赴某市考察`,
/// `某市委常委、某县委书记张某率考察团来某县考察调研`, `某县领导王某、李某参加`).
///
/// A place is a delegation's origin when a delegation is named after it (`某县考察团`, `某区党政代表团`) or when it
/// opens the title of an official who leads one (`…县委书记张某率考察团`, `…率领…代表团`). Its mentions in those
/// constructions and in the titles of its officials are background; any other mention keeps it on the scene.
package enum VisitorOrigins {
    /// The mentions of `resolved` that only say where a visiting delegation comes from.
    ///
    /// - Complexity: O(m·r) for m mentions and a reach of r scalars around each.
    package static func mentions(_ resolved: [PlaceResolver.Resolved], in scalars: [Unicode.Scalar]) -> Set<Range<Int>>
    {
        let mentions = resolved.flatMap { place in place.mentions.map { (range: $0, division: place.division) } }
            .sorted { $0.range.lowerBound < $1.range.lowerBound }
        var origins: Set<Int> = []
        var constructions: Set<Range<Int>> = []
        for (index, mention) in mentions.enumerated() {
            // `北京市平谷区党政代表团`: the places written one after another name the delegation together.
            var chain = [mention]
            var next = index + 1
            while next < mentions.count, mentions[next].range.lowerBound == chain.last!.range.upperBound {
                chain.append(mentions[next])
                next += 1
            }
            let end = chain.last!.range.upperBound
            if Self.namesADelegation(after: end, in: scalars) || Self.leadsADelegation(from: end, in: scalars) {
                for link in chain {
                    origins.insert(link.division)
                    constructions.insert(link.range)
                }
            }
        }
        guard !origins.isEmpty else { return [] }
        var result = constructions
        for mention in mentions where origins.contains(mention.division) {
            if Self.offices.longestMatch(in: scalars, from: mention.range.upperBound) != nil {
                result.insert(mention.range)
            }
        }
        return result
    }

    /// Whether a delegation's word follows within a few scalars of the clause (`党政代表团`, `考察团`).
    private static func namesADelegation(after end: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var index = end
        while index < min(scalars.count, end + Self.nameReach) {
            if ClauseMarkers.clausePunctuation.contains(scalars[index]) || scalars[index] == "、" { return false }
            if Self.delegations.longestMatch(in: scalars, from: index) != nil { return true }
            index += 1
        }
        return false
    }

    /// Whether the place opens an office whose holder leads a delegation later in the clause (`县委书记张某率考察团`,
    /// `区委书记某某率领某区党政代表团`).
    private static func leadsADelegation(from end: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard Self.offices.longestMatch(in: scalars, from: end) != nil else { return false }
        var index = end
        while index < min(scalars.count, end + Self.leaderReach) {
            if ClauseMarkers.sentencePunctuation.contains(scalars[index]) { return false }
            if let lead = Self.leads.longestMatch(in: scalars, from: index) {
                let after = index + lead.length
                return (after..<min(scalars.count, after + Self.nameReach + 4)).contains { at in
                    Self.delegations.longestMatch(in: scalars, from: at) != nil
                }
            }
            index += 1
        }
        return false
    }

    private static let nameReach = 6
    private static let leaderReach = 40
    private static let delegations = ScalarTrie<Bool>(words: [
        "代表团", "考察团", "考察组", "参观团", "观摩团", "调研组", "视察组",
    ])
    private static let leads = ScalarTrie<Bool>(words: ["率领", "带领", "率", "带队"])
    /// Words after a place that make it part of an office's title (`县委书记`, `市委常委`, `区长`, `县领导`).
    private static let offices = ScalarTrie<Bool>(words: [
        "委", "县委", "市委", "区委", "州委", "人大", "政协", "政府", "人民政府", "县长", "市长", "区长", "州长", "副县长",
        "副市长", "副区长", "领导", "党政",
    ])
}
