import DiaoyanText

/// Reads the companies listed beside a registered one: in `三台酒业、新疆庄子实业、天山骄子食品有限责任公司`, the
/// items before and after the registered name are companies too, written by a trade name and one company-style
/// word (`酒业`, `实业`, `科技`…).
///
/// Only items that end with such a word count: an enumeration may also hold places, projects and people.
package enum CompanyListMates {
    /// The companies of enumerations that hold a registered company of `known`, each once, none overlapping a known
    /// organization.
    ///
    /// - Complexity: O(n) over the scalars of the enumerations around the known companies.
    package static func organizations(
        in scalars: [Unicode.Scalar],
        besides known: [OrganizationFinder.Found],
        gazetteer: Gazetteer
    ) -> [OrganizationFinder.Found] {
        var found: [OrganizationFinder.Found] = []
        var listEnds = Set<Int>(Self.sitesListEnds(in: scalars))
        // `先后到龙吟景观节点、金丹乳酸、巨鑫生物等地观摩`: the firms of a list of visited sites.
        for end in listEnds.sorted() {
            for item in Self.items(endingAt: end, in: scalars)
            where !known.contains(where: { $0.range.overlaps(item) }) && Self.isCompany(item, gazetteer, in: scalars) {
                found.appendCompany(at: item, in: scalars)
            }
        }
        for company in known where Self.isRegistered(company, in: scalars) {
            guard let end = Self.enumerationEnd(from: company.range, in: scalars), listEnds.insert(end).inserted
            else { continue }
            for item in Self.items(endingAt: end, in: scalars)
            where !known.contains(where: { $0.range.overlaps(item) }) && Self.isCompany(item, gazetteer, in: scalars) {
                found.appendCompany(at: item, in: scalars)
            }
        }
        return found
    }

    /// Where the lists of visited sites end: at each `等地` after an item joined by `、`.
    private static func sitesListEnds(in scalars: [Unicode.Scalar]) -> [Int] {
        var ends: [Int] = []
        var search = 0
        while let at = scalars.firstIndex(of: Self.sitesClose, from: search) {
            search = at + Self.sitesClose.count
            let start = max(0, at - Self.longestItem)
            if scalars[start..<at].contains("、") { ends.append(at) }
        }
        return ends
    }

    private static let sitesClose = Array("等地".unicodeScalars)

    /// Whether `company` carries a registered suffix (`有限公司`, `集团`, `合作社`).
    private static func isRegistered(_ company: OrganizationFinder.Found, in scalars: [Unicode.Scalar]) -> Bool {
        Self.registeredEnds.longestMatch(in: scalars, endingAt: company.range.upperBound) != nil
    }

    /// Where the enumeration holding `range` ends: after the last item joined by `、`; nil when `range` is joined to
    /// nothing.
    private static func enumerationEnd(from range: Range<Int>, in scalars: [Unicode.Scalar]) -> Int? {
        let joinedBefore = range.lowerBound > 0 && scalars[range.lowerBound - 1] == "、"
        var end = range.upperBound
        while end < scalars.count, scalars[end] == "、" {
            var next = end + 1
            while next < scalars.count, next - end <= Self.longestItem, !Self.itemEnds.contains(scalars[next]) {
                next += 1
            }
            guard next - end > 2, next < scalars.count, Self.itemEnds.contains(scalars[next]) else { break }
            end = next
        }
        return joinedBefore || end > range.upperBound ? end : nil
    }

    /// The items joined by `、` ending at `end`, back to the clause's start.
    private static func items(endingAt end: Int, in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        let start = ClauseMarkers.nameStart(endingAt: end, in: scalars, limit: 200, stopAtEnumeration: false)
        var items: [Range<Int>] = []
        var itemStart = start
        for index in start...end where index == end || scalars[index] == "、" {
            if (4...Self.longestItem).contains(index - itemStart) { items.append(itemStart..<index) }
            itemStart = index + 1
        }
        return items
    }

    /// Whether `item` is a trade name with a company-style word: Han only, ending with such a word, not a place.
    private static func isCompany(_ item: Range<Int>, _ gazetteer: Gazetteer, in scalars: [Unicode.Scalar]) -> Bool {
        guard scalars[item].allSatisfy(\.isHan),
            let word = Self.companyWords.longestMatch(in: scalars, endingAt: item.upperBound),
            item.count - word.length >= 2
        else { return false }
        // `三台酒业` is a company named by its county; a division's full name (`青禾县农业`) is no trade name.
        if let place = gazetteer.names.longestMatch(in: scalars, from: item.lowerBound),
            place.length == item.count
                || DivisionNameEnds.set.contains(scalars[item.lowerBound + place.length - 1])
                    && item.count - place.length < 2 + word.length
        {
            return false
        }
        return !scalars[item].indices.contains { scalars.has(Self.project, at: $0) }
    }

    private static let longestItem = 14
    private static let project = Array("项目".unicodeScalars)
    /// What closes an item of the enumeration.
    private static let itemEnds = ScalarSet("、，,。；;等和及与\n".unicodeScalars)
    private static let registeredEnds = ScalarTrie<Bool>(endingWords: ["有限公司", "有限责任公司", "集团", "合作社"])
    /// Company-style words a trade name takes on its own (`乾泰科技`, `庄子实业`).
    private static let companyWords = ScalarTrie<Bool>(endingWords: [
        "实业", "酒业", "食品", "农业", "科技", "矿业", "纺织", "化工", "材料", "新材", "能源", "新能", "生物", "电子",
        "药业", "乳业", "物流", "建材", "电力", "机械", "装备", "钢铁", "重工", "光电", "环保", "水泥", "纸业", "木业",
        "家居", "牧业", "农牧", "粮油", "茶业", "果业", "工贸", "商贸", "置业", "智能", "精密", "集团", "股份", "控股",
    ])
}
