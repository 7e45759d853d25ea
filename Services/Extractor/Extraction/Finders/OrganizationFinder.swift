import DiaoyanText

/// Finds organizations by their suffix (有限公司, 集团, 大学, 研究院…) with the name written before it, back to
/// clause punctuation or a leading verb.
package struct OrganizationFinder: Sendable {
    /// One organization and where it is written.
    package struct Found: Hashable, Sendable {
        package var name: String
        package var kind: String
        package var range: Range<Int>
    }

    private static let suffixes: [(String, String)] = [
        ("股份有限公司", "company"), ("有限责任公司", "company"), ("有限公司", "company"), ("分公司", "company"),
        ("集团", "group"), ("大学", "university"), ("学院", "university"), ("研究院", "institute"), ("研究所", "institute"),
        ("研究中心", "institute"), ("药业", "company"), ("股份", "company"), ("公司", "company"), ("株式会社", "company"),
        ("专业合作社", "cooperative"), ("重点实验室", "institute"), ("工程实验室", "institute"), ("联合实验室", "institute"),
    ]
    private static let branch = Array("分公司".unicodeScalars)
    private static let generic: Set<String> = [
        "该公司", "本公司", "子公司", "分公司", "公司", "集团", "大学", "该集团", "企业集团", "上市公司", "控股公司", "母公司",
        "实验室", "重点实验室", "专业合作社", "中心实验室",
    ]

    package init() {}

    /// Every organization named in `scalars`.
    package func find(in scalars: [Unicode.Scalar]) -> [Found] {
        var found: [Found] = []
        var index = 0
        let suffixes = Self.suffixTrie  // read once, not at every scalar
        while index < scalars.count {
            guard suffixes.mayStart(with: scalars[index]), let (suffixEnd, kind) = self.suffix(at: index, in: scalars)
            else {
                index += 1
                continue
            }
            var end = suffixEnd
            // Extend over a suffix that continues the name (研究所有限公司, 有限公司…分公司).
            while let (nextEnd, _) = self.suffix(at: end, in: scalars) { end = nextEnd }
            // A branch written after its parent company: 鞍钢股份有限公司鲅鱼圈钢铁分公司.
            var ahead = end
            while ahead < scalars.count, ahead - end < 12, scalars[ahead].isHan {
                if scalars.has(Self.branch, at: ahead) {
                    end = ahead + Self.branch.count
                    break
                }
                ahead += 1
            }
            // `中国科学院院士仝晓林`: an academy named in an academician's honour is no actor of the story.
            if scalars.has(Self.academician, at: end) {
                index = end
                continue
            }
            var start = self.nameStart(endingAt: index, in: scalars)
            // `龙头企业———英利集团`: no organization's name holds a dash; it starts after the last one.
            if let dash = (start..<index).last(where: { scalars[$0] == "—" }) { start = dash + 1 }
            start = Self.afterPark(start..<index, in: scalars)
            start = Self.afterProject(start..<index, in: scalars)
            start = Self.afterFigure(start..<index, in: scalars)
            start = self.afterCounty(start..<index, suffix: index..<suffixEnd, in: scalars)
            let name = scalars.string(start..<end)
            // `都是公司`, `成为集团`: a verb before the suffix, no name.
            let verbBefore = index > start && ProjectLexicon.dangling.contains(scalars[index - 1])
            if index - start >= 2, !verbBefore, scalars[start] != "各", !scalars[start..<index].contains("该"),
                // `听取公司`, `赶赴公司`, `未来公司`: a verb or an everyday word before the suffix, no name.
                !Self.isNoName(start..<index, in: scalars),
                !Self.generic.contains(name), !name.hasSuffix("上市公司"),
                // `3家上市公司`: a count of companies, no name.
                !ProjectLexicon.counts(start..<index, in: scalars, counters: ["家"])
            {
                found.append(Found(name: name, kind: kind, range: start..<end))
            }
            index = end
        }
        var seen = Set<String>()
        let unique = found.filter { seen.insert($0.name).inserted }
        // A company told again by a short form (`恒泰公司` after 鞍山恒泰冶金装备有限公司) is the same company; a group
        // after a company that is none (`海螺集团` after 江华海螺水泥有限公司) is its parent.
        return unique.filter { short in
            guard short.kind == "company" || short.kind == "group",
                let core = Self.core(of: short, in: scalars), core.count >= 2
            else { return true }
            let isGroup = short.name.hasSuffix("集团")
            return !unique.contains { full in
                full.range.lowerBound < short.range.lowerBound && full.range.count > short.range.count
                    && (!isGroup || full.name.contains("集团"))
                    && Self.isShortForm(core, of: Array(scalars[full.range]))
            }
        }
    }

    /// Where a name opened by a sum or a date starts: after it (`2500万美元宁波力劲科技有限公司`, `12月力劲集团`); no
    /// organization's name opens with a figure and its unit.
    private static func afterFigure(_ span: Range<Int>, in scalars: [Unicode.Scalar]) -> Int {
        var start = span.lowerBound
        while start < span.upperBound, scalars[start].isASCIIDigit {
            var cursor = start
            while cursor < span.upperBound, scalars[cursor].isASCIIDigit || scalars[cursor] == "." { cursor += 1 }
            let unitStart = cursor
            while cursor < span.upperBound, Self.figureUnits.contains(scalars[cursor]) { cursor += 1 }
            guard cursor > unitStart else { return span.lowerBound }
            start = cursor
        }
        return start
    }

    /// Units a figure before a name may carry: money, dates, counts.
    private static let figureUnits = ScalarSet("万亿千百元美日月年号".unicodeScalars)

    /// Where the name ending at `end` starts: after the clause's leading words, except a one-scalar word inside a
    /// name that opens with a place and a word of at most three scalars (`河北新方向智能装备有限公司`,
    /// `衡水大正和源家具有限公司`: 向 and 和 are the company's own).
    private func nameStart(endingAt end: Int, in scalars: [Unicode.Scalar]) -> Int {
        var start = ClauseMarkers.nameStart(endingAt: end, in: scalars, limit: 24)
        // `浙江诸暨志冠汽配有限公司`: the 暨 that ends a place's name (诸暨) joins nothing.
        if start >= 2, scalars[start - 1] == "暨", let gazetteer = self.gazetteer,
            gazetteer.names.longestMatch(in: scalars, from: start - 2)?.length == 2
        {
            start = ClauseMarkers.nameStart(endingAt: start - 2, in: scalars, limit: 24)
        }
        let businessOnly = Self.isBusinessOnly(start..<end, in: scalars)
        // `新希望六和食品控股有限公司`: 和 before nothing but a trade and business words is the name's own.
        if start >= 3, Self.ownConjunctions.contains(scalars[start - 1]), !businessOnly,
            Self.isTradeAndBusinessOnly(start..<end, in: scalars)
        {
            let earlier = ClauseMarkers.nameStart(endingAt: start - 1, in: scalars, limit: 24)
            if start - 1 - earlier >= 2 { return earlier }
        }
        guard businessOnly || (start > 0 && Self.joiningScalars.contains(scalars[start - 1])) else { return start }
        let clause = ClauseMarkers.nameStart(
            endingAt: end,
            in: scalars,
            limit: 24,
            leadingWords: ClauseMarkers.noLeadingWords
        )
        // `北湖开发区建设投资有限公司`: a leading word that leaves only the business (投资) was the name's own.
        if start > clause, businessOnly { return clause }
        guard start > clause, start - 1 > clause, let gazetteer = self.gazetteer else { return start }
        // The places the clause opens with, one after another (`四平市铁东区`).
        var placeEnd = clause
        while let place = gazetteer.names.longestMatch(in: scalars, from: placeEnd) { placeEnd += place.length }
        guard placeEnd > clause, placeEnd < start - 1, start - 1 - placeEnd <= 3 else { return start }
        // `东乡县分别与武汉…有限公司`: the word between the place and 与 is the clause's (分别), not the name's;
        // `文昌市政府与中国科学院…`: a government signing with the company is no part of its name.
        let between = scalars[placeEnd..<(start - 1)]
        if ClauseMarkers.leadingWords.contains(where: { $0.elementsEqual(between) }) { return start }
        if Self.governments.contains(where: { $0.elementsEqual(between) }) { return start }
        return clause
    }

    /// `name` (up to the suffix) without a project written before the company (`新能源类项目有庞大集团`,
    /// `腾耀新能源项目腾耀集团`): no company's name holds 项目; the name starts after the last one and the verb
    /// right after it (有, 为, 是).
    private static func afterProject(_ name: Range<Int>, in scalars: [Unicode.Scalar]) -> Int {
        guard let at = name.dropLast().last(where: { scalars.has(Self.project, at: $0) }) else {
            return name.lowerBound
        }
        var start = at + Self.project.count
        if start < name.upperBound, Self.copulas.contains(scalars[start]) { start += 1 }
        return start
    }

    private static let project = Array("项目".unicodeScalars)
    private static let copulas = ScalarSet("有为是".unicodeScalars)

    /// `name` (up to the suffix) without a park or zone written before the company (`浮山产业集聚区临汾染化集团`,
    /// `市工业园区华舟铝业有限公司`), unless what follows the park is its own business (`开发区建设投资有限公司`,
    /// `建新装配产业园科技有限责任公司`).
    private static func afterPark(_ name: Range<Int>, in scalars: [Unicode.Scalar]) -> Int {
        var start = name.lowerBound
        for index in name where index > name.lowerBound {
            guard Self.parkWords.longestMatch(in: scalars, endingAt: index) != nil,
                name.upperBound - index >= 2, Self.businessWords.longestMatch(in: scalars, from: index) == nil
            else { continue }
            start = index
        }
        return start
    }

    /// `name` (up to the suffix) without the county or district written before a group or a plain 公司, and the
    /// prefecture before it (`唐山市曹妃甸区三友集团` → 三友集团, `山阳县永恒公司` → 永恒公司), or the province before a
    /// trade name of two or three scalars (`安徽省海螺集团` → 海螺集团): pages say where such a company is, its name does
    /// not hold it. A registered name (`凤县超顺铸业有限公司`) keeps its place.
    private func afterCounty(_ name: Range<Int>, suffix: Range<Int>, in scalars: [Unicode.Scalar]) -> Int {
        guard let gazetteer = self.gazetteer, Self.plainSuffixes.contains(where: { scalars[suffix].elementsEqual($0) })
        else { return name.lowerBound }
        var start = name.lowerBound
        for _ in 0..<2 {
            guard let place = gazetteer.names.longestMatch(in: scalars, from: start),
                place.value.contains(where: { $0.form == .full }), start + place.length < name.upperBound
            else { break }
            start += place.length
            if Self.countyEnds.contains(scalars[start - 1]), name.upperBound - start >= 2,
                !Self.isBusinessOnly(start..<name.upperBound, in: scalars)
            {
                return start
            }
            // `安徽省海螺集团` → 海螺集团: a province before a short trade name says where the group is from.
            if scalars[start - 1] == "省", (2...3).contains(name.upperBound - start),
                !Self.isBusinessOnly(start..<name.upperBound, in: scalars)
            {
                return start
            }
        }
        return name.lowerBound
    }

    private static let countyEnds = ScalarSet("县区旗".unicodeScalars)

    /// Whether the words before the suffix are a leading word, or end with a verb a name never ends with.
    private static func isNoName(_ span: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        if Self.everyday.contains(scalars, span) { return true }
        // `leadingTrie` holds exactly `leadingWords`: a stored key is one of them, scalar for scalar.
        return ClauseMarkers.leadingTrie.value(for: scalars[span]) != nil
            || Self.verbEnds.longestMatch(in: scalars, endingAt: span.upperBound) != nil
    }

    private static let everyday: WordSet = ["未来", "全资子", "控股子", "独资子", "有关", "相关", "其他", "各家", "这家", "该"]
    /// Verbs that end the words before a suffix in `听取公司`, `赶赴公司`, `消化西洋公司`.
    private static let verbEnds = ScalarTrie<Bool>(
        endingWords: ["听取", "赶赴", "前往", "希望", "消化", "要求", "鼓励", "支持", "督促", "指导", "扩大", "凭借", "依靠"]
    )

    /// Whether `span` is nothing but business words (`建设投资`, `投资`).
    private static func isBusinessOnly(_ span: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        var index = span.lowerBound
        while index < span.upperBound, let word = Self.businessWords.longestMatch(in: scalars, from: index) {
            index += word.length
        }
        return index >= span.upperBound
    }

    /// Whether `span` is nothing but industry keywords and business words (`食品控股`, `新材料科技`): a kind of firm,
    /// never a firm's name on its own.
    private static func isTradeAndBusinessOnly(_ span: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        var index = span.lowerBound
        while index < span.upperBound {
            let word = max(
                Self.businessWords.longestMatch(in: scalars, from: index, upTo: span.upperBound)?.length ?? 0,
                Self.tradeWords.longestMatch(in: scalars, from: index, upTo: span.upperBound)?.length ?? 0
            )
            guard word > 0 else { return false }
            index += word
        }
        return true
    }

    /// The industry lexicon's keywords, as the trades a firm's name may state.
    private static let tradeWords = ScalarTrie<Bool>(words: IndustryLexicon.keywords.map(\.0))
    /// Conjunctions a trade name may hold (`六和`, `和顺`).
    private static let ownConjunctions = ScalarSet("和与".unicodeScalars)

    private let gazetteer = try? Gazetteer.shared()
    private static let joiningScalars = ScalarSet("和向与及同由并".unicodeScalars)
    /// Governments that sign with a company (`文昌市政府与…`).
    private static let governments: [[Unicode.Scalar]] = ["政府", "人民政府", "管委会", "县委", "市委", "区委"].map {
        Array($0.unicodeScalars)
    }
    /// Parks and zones, and the roles and verbs that stand before a company.
    private static let parkWords = ScalarTrie<Bool>(endingWords: [
        "开发区", "经开区", "高新区", "工业园区", "工业园", "产业园", "产业集聚区", "集聚区", "园区", "新区", "示范区", "片区",
        "入驻企业", "签约企业代表", "企业代表", "出席", "知名企业", "国际知名企业", "听取", "赶赴", "希望", "消化",
        // A rank before the company (`世界500强企业大唐集团`), a verb of giving (`长期以来给予中交集团`).
        "500强企业", "五百强企业", "给予",
    ])
    private static let businessWords = ScalarTrie<Bool>(words: [
        "建设", "开发", "投资", "管理", "运营", "发展", "实业", "城投", "控股", "资产", "服务", "有限", "公司", "集团",
        "科技", "技术", "科创", "置业", "物业",
        // `某某建设工程有限责任公司`: building works and the company's liability are its business too.
        "工程", "有限责任",
    ])

    /// The name without its suffix (`恒泰公司` → 恒泰), when the suffix is a plain 公司 or 集团.
    private static func core(of organization: Found, in scalars: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        let name = scalars[organization.range]
        for suffix in Self.plainSuffixes
        where name.count > suffix.count && name.suffix(suffix.count).elementsEqual(suffix) {
            return Array(name.dropLast(suffix.count))
        }
        return nil
    }

    private static let plainSuffixes = [Array("公司".unicodeScalars), Array("集团".unicodeScalars)]
    private static let academician = Array("院士".unicodeScalars)

    /// Whether `short` is written with the scalars of `full` in order (华钢特材 in 湖北华钢特种材料有限公司).
    static func isShortForm(_ short: [Unicode.Scalar], of full: [Unicode.Scalar]) -> Bool {
        var index = 0
        for scalar in full where index < short.count && short[index] == scalar { index += 1 }
        return index == short.count
    }

    private func suffix(at index: Int, in scalars: [Unicode.Scalar]) -> (Int, String)? {
        guard let match = Self.suffixTrie.longestMatch(in: scalars, from: index) else { return nil }
        return (index + match.length, match.value)
    }

    /// The suffixes as a trie: the longest one written at a position decides.
    private static let suffixTrie: ScalarTrie<String> = {
        var trie = ScalarTrie<String>()
        for (suffix, kind) in Self.suffixes { trie.insert(suffix.unicodeScalars, kind) }
        return trie
    }()
}

extension [OrganizationFinder.Found] {
    /// Adds the company written at `range` unless one of that name is already listed: the readers of short forms,
    /// lists and signing parties each find a company once however often the text names it.
    mutating func appendCompany(at range: Range<Int>, in scalars: [Unicode.Scalar]) {
        let name = scalars.string(range)
        guard !self.contains(where: { $0.name == name }) else { return }
        self.append(OrganizationFinder.Found(name: name, kind: "company", range: range))
    }
}
