import DiaoyanText

/// Finds the large enterprises an article names bare, by ``KnownFirmLexicon``: `中国联通、京东、金逸影视`,
/// `韵达智慧物流`, `美国杜邦可降解塑料项目`; a word of business right after the name belongs to it (`蒙牛乳业`).
///
/// A name inside a company already found (`京东集团`, `昆明中粮制罐有限公司`) or the short form of one found
/// elsewhere in the text is not listed again. A two-scalar name counts only where the scalar before it ends a
/// word: no Han scalar, or a word of joining, placing or acting (`与华为`, `美国杜邦`, `签约华电`); inside a
/// longer word (`庆华电子`, `滇中粮仓`, `集中核心`, `大考中交出`) it is none.
package enum KnownFirmReader {
    /// The known firms written in `scalars`, each once, that `known` does not already hold.
    ///
    /// - Complexity: O(n·k) for n scalars and names of at most k scalars.
    package static func organizations(in scalars: [Unicode.Scalar], besides known: [OrganizationFinder.Found])
        -> [OrganizationFinder.Found]
    {
        var found: [OrganizationFinder.Found] = []
        let names = Self.names
        var index = 0
        while index < scalars.count {
            guard names.mayStart(with: scalars[index]), let match = names.longestMatch(in: scalars, from: index)
            else {
                index += 1
                continue
            }
            let end = index + match.length
            // `蒙牛乳业`, `华润电力`, `申通快递`: the firm's trade name runs on into its business.
            let range = index..<(end + (Self.businesses.longestMatch(in: scalars, from: end)?.length ?? 0))
            if match.value || Self.standsAlone(at: index, in: scalars) {
                let name = scalars.string(range)  // built once, not for every company known
                if !known.contains(where: { $0.range.overlaps(range) || $0.name.contains(name) }) {
                    found.appendCompany(at: range, in: scalars)
                }
            }
            index = range.upperBound
        }
        return found
    }

    /// Whether a short name at `index` starts a word: after no Han scalar, or after one that ends a word before a
    /// company.
    private static func standsAlone(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard index > 0 else { return true }
        let before = scalars[index - 1]
        // `近200万华侨`: 万 after a figure is the number's.
        if before.properties.numericType != nil { return false }
        return !before.isHan || Self.wordEnds.contains(before)
    }

    /// Words of a business that run on from a firm's short name into its trade name (`蒙牛乳业`, `国药控股`).
    private static let businesses = ScalarTrie<Bool>(
        words: [
            "乳业", "电力", "燃气", "汇能", "药材", "控股", "光电", "快递", "速递", "汽车", "置地", "置业", "能源", "新能源",
            "药业", "医药", "水泥", "化学", "重工", "地产", "电气", "环境", "光能", "股份", "智能云",
        ] + Self.bureaus
    )

    /// The numbered engineering bureaus of the builders (`中交一局`, `中铁十八局`).
    private static let bureaus: [String] = {
        let digits = ["一", "二", "三", "四", "五", "六", "七", "八", "九"]
        let numbers = digits + ["十"] + digits.map { "十" + $0 } + ["二十"] + digits.prefix(5).map { "二十" + $0 }
        return numbers.map { $0 + "局" }
    }()

    /// Han scalars that end a word a company may follow: joining (`与`, `和`), acting (`签约`, `引进`, `深入`, `观摩了`),
    /// placing (`美国`, `市`, `县`).
    private static let wordEnds = ScalarSet("与和及同跟是为在到由向将把被对给请约进入了访察看有国市县区省州".unicodeScalars)

    /// Every name, with whether it is distinctive wherever it stands.
    private static let names: ScalarTrie<Bool> = {
        var trie = ScalarTrie<Bool>()
        for name in KnownFirmLexicon.long { trie.insert(name.unicodeScalars, true) }
        for name in KnownFirmLexicon.short { trie.insert(name.unicodeScalars, false) }
        return trie
    }()
}
