import DiaoyanModels
import DiaoyanText

/// Reads the industries an article names as the fields of its projects (`项目涵盖新能源、新材料、生物医药等领域`,
/// `涉及装备制造、现代物流等产业`): a list closed by `等产业/领域/行业` or opened by `涵盖/涉及/聚焦`, and the stops
/// of a leader's tour (`先后来到肉牛养殖基地、食用菌产业园`).
///
/// Signing fairs and concentrated groundbreakings often name their projects only by field, and inspection stories
/// their stops by what is made or grown there; the fields are the article's industries as much as a project's
/// name would be.
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
        // The tables are read once, not at every scalar.
        let openers = Self.openers
        let clauseEnds = Self.clauseEnds
        while index < scalars.count {
            if openers.mayStart(with: scalars[index]),
                let verb = openers.longestMatch(in: scalars, from: index)
            {
                let start = index + verb.length
                var end = start
                while end < scalars.count, !clauseEnds.contains(scalars[end]) { end += 1 }
                if end - start >= 2 { lists.append(start..<end) }
                index = end
                continue
            }
            // `4个生物医药类项目`, `2个新能源产业项目`, `2个新一代汽车技术项目`: a field naming a kind of project
            // (tested only where 类, 产 or 项 stands: this runs at every scalar).
            let scalar = scalars[index]
            if scalar == "类" || scalar == "产" || scalar == "项", Self.namesKind(at: index, in: scalars) {
                let start = Self.kindStart(endingAt: index, in: scalars)
                if index - start >= 2 { lists.append(start..<index) }
            }
            if scalars[index] == "等", Self.fields.longestMatch(in: scalars, from: index + 1) != nil {
                var start = index
                while start > 0, !clauseEnds.contains(scalars[start - 1]), index - start < 40 { start -= 1 }
                if index - start >= 2 { lists.append(start..<index) }
            } else if scalars[index] == "等", Self.countedProjectsEnd(after: index, in: scalars) != nil {
                // A list of many fields runs longer than a clause of fields usually does.
                var start = index
                while start > 0, !clauseEnds.contains(scalars[start - 1]), index - start < 80 { start -= 1 }
                if Self.itemsAreFields(start..<index, in: scalars) { lists.append(start..<index) }
            }
            index += 1
        }
        return lists
    }

    /// Whether a field ending at `index` names a kind of project: `类项目`, `产业项目`, or a count's `N个…项目`.
    private static func namesKind(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        if let kind = Self.kinds.longestMatch(in: scalars, from: index),
            scalars.has(Self.project, at: index + kind.length)
        {
            return true
        }
        return Self.isCounted(kindEndingAt: index, in: scalars)
    }

    /// Whether 项目 at `index` is counted: `6个项目`, `项目6个`.
    private static func isCountedProjects(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.has(Self.project, at: index) else { return false }
        let after = index + Self.project.count
        if after < scalars.count, ChineseNumber.startsNumber(scalars[after]) { return true }
        return Self.countEnds(at: index, counters: Self.projectCounter, in: scalars)
    }

    /// Whether 项目 at `index` closes a count of projects of a kind (`2个新一代汽车技术项目`).
    private static func isCounted(kindEndingAt index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.has(Self.project, at: index) else { return false }
        let start = Self.kindStart(endingAt: index, in: scalars)
        return index - start >= 2 && Self.countEnds(at: start, counters: Self.kindCounters, in: scalars)
    }

    /// Where the field before `index` starts: after a counter, a separator or punctuation, at most 12 scalars back.
    private static func kindStart(endingAt index: Int, in scalars: [Unicode.Scalar]) -> Int {
        var start = index
        while start > 0, index - start < 12, !Self.kindStarts.contains(scalars[start - 1]) { start -= 1 }
        return start
    }

    /// Whether a number and one of `counters` end right before `index` (`6个`).
    private static func countEnds(at index: Int, counters: ScalarSet, in scalars: [Unicode.Scalar]) -> Bool {
        index >= 2 && counters.contains(scalars[index - 1]) && ChineseNumber.startsNumber(scalars[index - 2])
    }

    /// Whether a list closed on counted projects lists fields (`数字经济、文旅产业、生物医药、棚户区改造工程`), not
    /// projects by name: three items or more, three quarters of them without a project's head noun.
    private static func itemsAreFields(_ list: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        let items = ClauseMarkers.enumerationItems(of: list, in: scalars)
        guard items.count >= 3 else { return false }
        let named = items.filter { Self.headNouns.longestMatch(in: scalars, endingAt: $0.upperBound) != nil }
        return named.count * 4 <= items.count
    }

    private static let headNouns = ScalarTrie<Bool>(endingWords: ["项目"] + ProjectLexicon.headNouns)

    /// Where `等26个重点项目` ends when the 等 at `etc` closes a list on counted projects (a count, words of their
    /// importance, 项目): a list of fields so closed names the fields of the projects counted.
    private static func countedProjectsEnd(after etc: Int, in scalars: [Unicode.Scalar]) -> Int? {
        var index = etc + 1
        guard index < scalars.count, ChineseNumber.startsNumber(scalars[index]),
            let number = ChineseNumber.read(scalars, from: index)
        else { return nil }
        index += number.length
        guard index < scalars.count, Self.kindCounters.contains(scalars[index]) else { return nil }
        index += 1
        while let word = Self.countedModifiers.longestMatch(in: scalars, from: index) { index += word.length }
        return scalars.has(Self.project, at: index) ? index + Self.project.count : nil
    }

    private static let countedModifiers = ScalarTrie<Bool>(words: ["重点", "重大", "产业", "建设"])
    private static let projectCounter: ScalarSet = ["个"]
    private static let kindCounters: ScalarSet = ["个", "项"]

    /// Whether the clause before `list` names projects as what the list describes (`签约项目涵盖…`), or its sentence
    /// counts or names them first (`签约项目6个，签约金额307亿元，涉及…`, `此次开工的项目建设周期为1至3年，涉及…`),
    /// or the list closes with them (`新材料、新能源等项目13个`, `生物医药类项目`).
    private static func describesProjects(_ list: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        let clause = ClauseMarkers.start(before: list.lowerBound, in: scalars, within: 30, at: Self.clauseEnds)
        if (clause..<list.lowerBound).contains(where: { scalars.has(Self.project, at: $0) }) { return true }
        // Earlier in the sentence, projects counted (`签约项目6个，…，涉及`, `36个项目现场集中签约，…，涵盖`).
        let start = ClauseMarkers.start(before: list.lowerBound, in: scalars, within: 80, at: Self.sentenceEnds)
        // Counted, or named by a sentence whose list a field verb opens (`此次开工的项目…，涉及…`; not `项目由某公司建设，
        // 面向金融、教育等行业`: whom the project serves).
        if (start..<clause).contains(where: { Self.isCountedProjects(at: $0, in: scalars) }) { return true }
        if Self.openerEnds.longestMatch(in: scalars, endingAt: list.lowerBound) != nil,
            (start..<clause).contains(where: { scalars.has(Self.project, at: $0) })
        {
            return true
        }
        // A sentence that is only the list (`外资项目28个。涉及智能科技、…等重点领域。`) speaks of the projects the
        // sentence before counted.
        if start == clause, list.lowerBound - clause <= 4, start > 0 {
            var end = start
            while end > 0, Self.sentenceEnds.contains(scalars[end - 1]) { end -= 1 }
            let before = ClauseMarkers.start(before: end, in: scalars, within: 80, at: Self.sentenceEnds)
            if (before..<end).contains(where: { Self.isCountedProjects(at: $0, in: scalars) }) { return true }
        }
        if list.upperBound + 1 < scalars.count, scalars[list.upperBound] == "等",
            scalars.has(Self.project, at: list.upperBound + 1)
                || Self.countedProjectsEnd(after: list.upperBound, in: scalars) != nil
        {
            return true
        }
        return Self.namesKind(at: list.upperBound, in: scalars)
    }

    private static let project = Array("项目".unicodeScalars)
    /// Verbs opening a list of fields, and verbs of a tour opening its stops (`深入` only as `深入到`: `深入推进` is no
    /// tour).
    private static let openers = ScalarTrie<Bool>(
        words: Self.fieldVerbs + [
            "先后深入", "先后来到", "先后到", "先后前往", "来到", "前往", "深入到", "走进",
        ]
    )
    /// The openers that say what fields a list covers, not where a tour went.
    private static let fieldVerbs = ["涵盖", "涉及", "覆盖", "聚焦", "主要集中在", "集中在", "项目包括"]
    /// ``fieldVerbs`` read backwards from a list's start.
    private static let openerEnds = ScalarTrie<Bool>(endingWords: Self.fieldVerbs)
    private static let fields = ScalarTrie<Bool>(words: [
        "产业", "领域", "行业", "板块", "多个领域", "多个行业", "重点产业", "项目",
        // `汽车、电子、装备等先进制造业`, `商贸物流、金融等现代服务业`.
        "先进制造业", "制造业", "现代服务业", "服务业", "新兴产业", "战略性新兴产业", "高新技术产业", "现代农业",
    ])
    /// Words between a field and 项目 that make the field a kind of project (`生物医药类项目`).
    private static let kinds = ScalarTrie<Bool>(words: ["类", "产业", "类产业"])
    /// What stands before a field named as a kind of project: a count's counter, a separator, punctuation.
    private static let kindStarts = ScalarSet("个项家、，,。；;：:！？\n（）()等和及与的".unicodeScalars)
    private static let sentenceEnds = ScalarSet("。；;！？\n".unicodeScalars)
    private static let clauseEnds = ScalarSet("，,。；;：:！？\n（）()".unicodeScalars)
}
