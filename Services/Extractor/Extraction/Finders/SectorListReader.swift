import DiaoyanModels
import DiaoyanText

/// Reads the industries an article names as the fields of its projects (`项目涵盖新能源、新材料、生物医药等领域`,
/// `涉及装备制造、现代物流等产业`): a list closed by `等产业/领域/行业` or opened by `涵盖/涉及/聚焦`.
///
/// Signing fairs and concentrated groundbreakings often name their projects only by field; the fields are the
/// article's industries as much as a project's name would be.
package enum SectorListReader {
    /// The industries of every sector list in `scalars`, in order of first appearance.
    ///
    /// With `projectsOnly`, only lists whose clause makes projects their subject (`签约项目涵盖盐湖化工、装备制造…`):
    /// those describe the projects an article reports even where it names some of them.
    package static func industries(
        in scalars: [Unicode.Scalar],
        classifier: IndustryClassifier,
        projectsOnly: Bool = false
    ) -> [Industry] {
        var found: [Industry] = []
        for list in Self.lists(in: scalars) where !projectsOnly || Self.describesProjects(list, in: scalars) {
            for industry in classifier.industries(of: scalars, in: list) where !found.contains(industry) {
                found.append(industry)
            }
        }
        return found
    }

    /// The spans of the sector lists: from an opening verb (or the clause's start) to `等` before a field word, or
    /// from an opening verb to the clause's end.
    private static func lists(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var lists: [Range<Int>] = []
        var index = 0
        while index < scalars.count {
            if Self.openers.mayStart(with: scalars[index]),
                let verb = Self.openers.longestMatch(in: scalars, from: index)
            {
                let start = index + verb.length
                var end = start
                while end < scalars.count, !Self.clauseEnds.contains(scalars[end]) { end += 1 }
                if end - start >= 2 { lists.append(start..<end) }
                index = end
                continue
            }
            if scalars[index] == "等", Self.fields.longestMatch(in: scalars, from: index + 1) != nil {
                var start = index
                while start > 0, !Self.clauseEnds.contains(scalars[start - 1]), index - start < 40 { start -= 1 }
                if index - start >= 2 { lists.append(start..<index) }
            }
            index += 1
        }
        return lists
    }

    /// Whether the clause before `list` names projects as what the list describes (`签约项目涵盖…`, `这些项目涉及…`).
    private static func describesProjects(_ list: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        var start = list.lowerBound
        while start > 0, !Self.clauseEnds.contains(scalars[start - 1]), list.lowerBound - start < 30 { start -= 1 }
        return (start..<list.lowerBound).contains { scalars.has(Self.project, at: $0) }
    }

    private static let project = Array("项目".unicodeScalars)
    private static let openers = ScalarTrie<Bool>(words: ["涵盖", "涉及", "覆盖", "聚焦", "主要集中在", "集中在"])
    private static let fields = ScalarTrie<Bool>(words: ["产业", "领域", "行业", "板块", "多个领域", "多个行业", "重点产业"])
    private static let clauseEnds = ScalarSet("，,。；;：:！？\n（）()".unicodeScalars)
}
