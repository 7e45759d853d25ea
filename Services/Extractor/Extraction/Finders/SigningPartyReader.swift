import DiaoyanText

/// Reads the companies that sign with a government or with each other (`沂水县人民政府与华润电力签约`,
/// `鄂州城投与灵玲文旅集团签订`, `襄阳与福建好运联联签订`): the parties written around 与/和/同 before a signing
/// verb, each a company unless it is a place or a body of government.
package enum SigningPartyReader {
    /// The companies among the signing parties in `scalars`, none overlapping an organization already known.
    package static func organizations(
        in scalars: [Unicode.Scalar],
        besides known: [OrganizationFinder.Found],
        gazetteer: Gazetteer
    ) -> [OrganizationFinder.Found] {
        var found: [OrganizationFinder.Found] = []
        var index = 0
        let joiners = Self.joiners  // read once, not at every scalar
        while index < scalars.count {
            defer { index += 1 }
            guard joiners.contains(scalars[index]) else { continue }
            let listed = Self.listedParties(after: index, in: scalars)
            if listed.count >= 2, let first = Self.firstParty(before: index, in: scalars),
                Self.isPlaceOrGovernment(first, gazetteer: gazetteer, in: scalars)
            {
                // `管委会分别与A、B、C签订了…`: a government signs with each company of the list.
                for party in listed
                where !known.contains(where: { $0.range.overlaps(party) })
                    && !Self.isPlaceOrGovernment(party, gazetteer: gazetteer, in: scalars)
                    && !Self.holdsOtherWords(party, in: scalars)
                    // `万丰村与江苏长强钢铁`: pairs of parties listed, each signing apart.
                    && !party.contains(where: { Self.joiners.contains(scalars[$0]) })
                {
                    found.appendCompany(at: party, in: scalars)
                }
                continue
            }
            let parties = Self.parties(around: index, in: scalars)
            guard parties.count == 2 else { continue }
            let isKnown = { (party: Range<Int>) in known.contains { $0.range.overlaps(party) } }
            let isPublic = { (party: Range<Int>) in Self.isPlaceOrGovernment(party, gazetteer: gazetteer, in: scalars) }
            // A government signs with a company (`政府与华润电力签约`); a company with a known one
            // (`鄂州城投与灵玲文旅集团签订`).
            var companies: [Range<Int>] = []
            if isPublic(parties[0]) && !isKnown(parties[1]) && !isPublic(parties[1]) { companies.append(parties[1]) }
            if isKnown(parties[1]) && !isKnown(parties[0]) && !isPublic(parties[0]) { companies.append(parties[0]) }
            for party in companies where !Self.holdsOtherWords(party, in: scalars) {
                found.appendCompany(at: party, in: scalars)
            }
        }
        return found
    }

    /// The parties of a list joined by 、 after the joiner at `joint` that a signing verb closes (`与A、B、C签订`),
    /// each of two to twelve Han scalars; empty when no such list follows.
    private static func listedParties(after joint: Int, in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var parties: [Range<Int>] = []
        var start = joint + 1
        var end = start
        while end < scalars.count, end - joint <= 80 {
            if scalars[end] == "、" || Self.verbs.longestMatch(in: scalars, from: end) != nil {
                guard (2...12).contains(end - start), scalars[start..<end].allSatisfy(\.isHan) else { return [] }
                parties.append(start..<end)
                if scalars[end] != "、" { return parties }
                start = end + 1
            } else if !scalars[end].isHan {
                return []
            }
            end += 1
        }
        return []
    }

    /// The party written before the joiner at `joint`, back to the clause's start: two to twelve scalars, or nil.
    private static func firstParty(before joint: Int, in scalars: [Unicode.Scalar]) -> Range<Int>? {
        let start = ClauseMarkers.nameStart(endingAt: joint, in: scalars, limit: 12)
        return (2...12).contains(joint - start) ? start..<joint : nil
    }

    /// The two parties around the joiner at `joint` when a signing verb closes the second within a few scalars of
    /// Han: `A与B签订`; none otherwise.
    private static func parties(around joint: Int, in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var end = joint + 1
        while end < scalars.count, scalars[end].isHan, end - joint <= 12,
            Self.verbs.longestMatch(in: scalars, from: end) == nil
        {
            end += 1
        }
        guard end < scalars.count, Self.verbs.longestMatch(in: scalars, from: end) != nil,
            (2...12).contains(end - joint - 1)
        else { return [] }
        let second = (joint + 1)..<end
        return Self.firstParty(before: joint, in: scalars).map { [$0, second] } ?? [second]
    }

    /// Whether `party` is a place (`襄阳`, `十堰市`) or a body of government (`县人民政府`, `管委会`, `经开区`).
    private static func isPlaceOrGovernment(_ party: Range<Int>, gazetteer: Gazetteer, in scalars: [Unicode.Scalar])
        -> Bool
    {
        if let place = gazetteer.names.longestMatch(in: scalars, from: party.lowerBound),
            place.length >= party.count - 1
        {
            return true
        }
        return Self.governmentEnds.longestMatch(in: scalars, endingAt: party.upperBound) != nil
            || party.contains { Self.governmentWords.longestMatch(in: scalars, from: $0) != nil }
    }

    /// Whether `party` holds words no company name holds (`领导`, `见证`, `分别`, `我市`).
    private static func holdsOtherWords(_ party: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        party.contains { Self.otherWords.longestMatch(in: scalars, from: $0) != nil }
    }

    private static let otherWords = ScalarTrie<Bool>(words: [
        "领导", "见证", "分别", "我", "该", "共同", "会场", "说明", "批次", "负责", "的", "主要", "协会", "商会", "总会",
        "日报", "网",
        // `与来自浙江、河北等省的客商签订`: merchants from places.
        "来自", "客商",
    ])
    private static let joiners = ScalarSet("与和同".unicodeScalars)
    private static let verbs = ScalarTrie<Bool>(words: ["签约", "签订", "签署", "达成", "正式签"])
    /// Endings of government bodies and divisions.
    private static let governmentEnds = ScalarTrie<Bool>(
        endingWords: ["政府", "管委会", "委员会", "县", "市", "区", "镇", "乡", "旗", "州", "局", "办", "园", "厅", "部", "省"]
    )
    private static let governmentWords = ScalarTrie<Bool>(words: [
        "政府", "管委会", "党委", "人大", "政协", "开发区", "高新区", "经开区", "园区", "代表", "双方", "企业", "项目",
    ])
}
