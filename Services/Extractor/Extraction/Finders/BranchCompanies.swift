import DiaoyanText

/// Reads the parent a branch company is named after: `牧原集团永济分公司` gives 牧原集团, `中国电信上海分公司` gives
/// 中国电信 — the guide lists the parent beside the branch. A branch named by nothing but a place or a number
/// (`海南分公司`, `第七分公司`, the writer's own company's branches) is no organization of its own.
package enum BranchCompanies {
    /// `found` without the bare branches and with the parents of the others added, each once.
    ///
    /// - Complexity: O(b·k) for b branches and place names of at most k scalars.
    package static func resolved(
        _ found: [OrganizationFinder.Found],
        in scalars: [Unicode.Scalar],
        gazetteer: Gazetteer
    ) -> [OrganizationFinder.Found] {
        var resolved: [OrganizationFinder.Found] = []
        var parents: [OrganizationFinder.Found] = []
        for organization in found {
            let range = organization.range
            guard range.count > Self.branch.count, scalars.has(Self.branch, at: range.upperBound - Self.branch.count)
            else {
                resolved.append(organization)
                continue
            }
            let branchStart = range.upperBound - Self.branch.count
            guard let parentEnd = Self.placeStart(before: branchStart, after: range.lowerBound, in: scalars, gazetteer)
            else {
                // `桂南分公司`: no place or number known before 分公司, the name stays as written.
                resolved.append(organization)
                continue
            }
            guard parentEnd - range.lowerBound >= Self.shortestParent else { continue }
            resolved.append(organization)
            parents.appendCompany(at: range.lowerBound..<parentEnd, in: scalars)
        }
        for parent in parents where !resolved.contains(where: { $0.name == parent.name }) {
            resolved.append(parent)
        }
        return resolved
    }

    /// Where the branch's place starts before `end` (`永济` in `牧原集团永济分公司`): the longest division name ending
    /// there, or an ordinal (`第三`); nil when neither is written.
    private static func placeStart(
        before end: Int,
        after start: Int,
        in scalars: [Unicode.Scalar],
        _ gazetteer: Gazetteer
    ) -> Int? {
        for length in stride(from: Self.longestPlace, through: 2, by: -1) where end - length >= start {
            if let place = gazetteer.names.longestMatch(in: scalars, from: end - length), place.length == length {
                return end - length
            }
        }
        if let ordinal = (start..<end).last(where: { scalars[$0] == "第" }), end - ordinal <= 3 { return ordinal }
        return nil
    }

    private static let branch = Array("分公司".unicodeScalars)
    /// The fewest scalars a parent's name holds (`华为`).
    private static let shortestParent = 2
    /// The longest place name looked for before 分公司 (`内蒙古自治区`).
    private static let longestPlace = 6
}
