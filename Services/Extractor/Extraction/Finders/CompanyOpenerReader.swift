import DiaoyanText

/// Reads the companies that open project names by a short form, right before the project's capacity:
/// `伊利1600吨液态奶项目` → 伊利, `华电200MW` → 华电, `宁夏隆基乐叶年产3GW单晶电池配套项目` → 宁夏隆基乐叶.
///
/// Pages name the investor this way far more often than by the registered name with 有限公司, which is all
/// `OrganizationFinder` reads. The span before the capacity is a company only when it is none of the other things
/// that stand there: a place (`吉林市`), a kind of plant (`光伏`, `生猪`), or a word of the project's own
/// (`新建`, `一期`).
package enum CompanyOpenerReader {
    /// The companies opening the projects at `projects`, each once, none inside an organization already known.
    package static func organizations(
        openingProjectsAt projects: [Range<Int>],
        besides known: [OrganizationFinder.Found],
        gazetteer: Gazetteer,
        in scalars: [Unicode.Scalar]
    ) -> [OrganizationFinder.Found] {
        var found: [OrganizationFinder.Found] = []
        for project in projects {
            guard var opener = Self.opening(of: project, gazetteer: gazetteer, in: scalars) else { continue }
            opener = Self.afterCounty(opener, gazetteer: gazetteer, in: scalars)
            let written = Array(scalars[opener])
            guard opener.count >= 2, !Self.isPlaceOrKind(opener, gazetteer: gazetteer, in: scalars),
                !known.contains(where: {
                    $0.range.overlaps(opener)
                        || OrganizationFinder.isShortForm(written, of: [Unicode.Scalar](scalarsOf: $0.name))
                })
            else { continue }
            found.appendCompany(at: opener, in: scalars)
        }
        return found
    }

    /// The company opening the name that starts at `start` and ends at `end` (its short form before a capacity, or a
    /// trade name and a firm's word), nil when none does or the opening is a place or a kind of plant.
    package static func company(opening start: Int, to end: Int, gazetteer: Gazetteer, in scalars: [Unicode.Scalar])
        -> Range<Int>?
    {
        guard let opener = Self.opening(of: start..<end, gazetteer: gazetteer, in: scalars), opener.count >= 2,
            !Self.isPlaceOrKind(opener, gazetteer: gazetteer, in: scalars)
        else { return nil }
        return opener
    }

    /// What opens `project` as a company may: a short form before its capacity, else a trade name and a firm's word.
    private static func opening(of project: Range<Int>, gazetteer: Gazetteer, in scalars: [Unicode.Scalar])
        -> Range<Int>?
    {
        Self.opener(of: project, gazetteer: gazetteer, in: scalars)
            ?? Self.tradeName(opening: project, gazetteer: gazetteer, in: scalars)
    }

    /// The two to eight Han scalars opening `project` up to its capacity (digits, `年产`, `年加工`…), nil when the
    /// name does not open that way.
    private static func opener(of project: Range<Int>, gazetteer: Gazetteer, in scalars: [Unicode.Scalar])
        -> Range<Int>?
    {
        var start = project.lowerBound
        while start < project.upperBound, Self.quotes.contains(scalars[start]) { start += 1 }
        var end = start
        while end < project.upperBound, scalars[end].isHan, end - start <= Self.longestOpener {
            if Self.capacityWords.longestMatch(in: scalars, from: end) != nil { break }
            end += 1
        }
        // Past eight scalars, only a name registered with its province (`江苏某某某某家居用品`) is a short form.
        guard (2...Self.longestOpener).contains(end - start),
            end - start <= 8 || Self.opensWithProvince(start, gazetteer, scalars), end < project.upperBound,
            scalars[end].isASCIIDigit || Self.capacityWords.longestMatch(in: scalars, from: end) != nil
        else { return nil }
        // `五奎山5A景区…项目`: a scenic area's grade follows a place, no investor.
        if end + 1 < scalars.count, scalars[end].isASCIIDigit, scalars[end + 1] == "A" || scalars[end + 1] == "a" {
            return nil
        }
        return start..<end
    }

    /// A trade name and the word of a firm it takes on its own opening `project`, with more of the project's name
    /// after it: `伏岩煤业乏风瓦斯…项目` → 伏岩煤业, `三洋重工扩建项目` → 三洋重工, `蒙山乳业一期` → 蒙山乳业,
    /// `惠升制药胰岛素二期项目` → 惠升制药. Only words no product phrase opens with count (not `化工` of `煤化工`, nor
    /// `科技`, `智能`, `能源`; `电子` and `光电`, tried, made as many wrong names as right ones or more).
    private static func tradeName(opening project: Range<Int>, gazetteer: Gazetteer, in scalars: [Unicode.Scalar])
        -> Range<Int>?
    {
        var start = project.lowerBound
        while start < project.upperBound, Self.quotes.contains(scalars[start]) { start += 1 }
        let placeLength = gazetteer.names.longestMatch(in: scalars, from: start)?.length
        for length in 2...4 {
            let wordStart = start + length
            guard wordStart < project.upperBound, scalars[start..<wordStart].allSatisfy(\.isHan) else { return nil }
            guard let word = Self.firmWords.longestMatch(in: scalars, from: wordStart) else { continue }
            // `国家乳业技术创新中心`, `厨房电器`: a class of firms, no trade name; `高新区科技综合体`: a zone's.
            guard !Self.classWords.contains(scalars.string(start..<wordStart)),
                !Self.divisionEnds.contains(scalars[wordStart - 1]),
                !Self.descriptors.hasWord(in: scalars, startingIn: start..<wordStart),
                // `海宁泛半导体产业园`: a place and one scalar qualifying the trade leave no trade name.
                placeLength != length - 1
            else { return nil }
            let end = wordStart + word.length
            guard project.upperBound - end >= 2, scalars[end].isHan else { return nil }
            // `沭阳纺织服装产业链项目`, `中原电气城二期项目`: a place's trade or a trade's city, no firm.
            // `某某科技园`, `某某科技创新中心`: a place of science, no firm. `某某科技一期二期`: a trade name and its
            // phases alone name the project, not a firm (the seeds' gold lists none).
            if Self.scienceSites.longestMatch(in: scalars, from: wordStart) != nil { return nil }
            if scalars.has(Self.science, at: wordStart), Self.onlyPhases(end..<project.upperBound, in: scalars) {
                return nil
            }
            if scalars[end] == "城"
                || Self.tradesOfPlaces.contains(scalars.string(wordStart..<end))
                    && placeLength == length
            {
                return nil
            }
            return start..<end
        }
        return nil
    }

    /// `span` without a county, city or town written in full before the company (`西华县双汇` → 双汇); a short
    /// form of a province or prefecture stays, as companies are registered with it (`巴州鸿晟新能`).
    private static func afterCounty(
        _ span: Range<Int>,
        gazetteer: Gazetteer,
        in scalars: [Unicode.Scalar]
    ) -> Range<Int> {
        if let place = gazetteer.names.longestMatch(in: scalars, from: span.lowerBound), place.length < span.count,
            Self.divisionEnds.contains(scalars[span.lowerBound + place.length - 1])
        {
            return (span.lowerBound + place.length)..<span.upperBound
        }
        // A town the gazetteer does not list: two or three scalars and 镇 or 乡 (`水洛镇贡禾`).
        for length in 3...4 where length < span.count - 1 {
            if Self.townEnds.contains(scalars[span.lowerBound + length - 1]) {
                return (span.lowerBound + length)..<span.upperBound
            }
        }
        return span
    }

    /// Whether `span` is a place, ends in a division's or a park's word, opens with a project's own word, or opens
    /// with a kind of plant rather than a name (`光伏`, `风电`, `生猪`).
    private static func isPlaceOrKind(_ span: Range<Int>, gazetteer: Gazetteer, in scalars: [Unicode.Scalar]) -> Bool {
        if let place = gazetteer.names.longestMatch(in: scalars, from: span.lowerBound), place.length == span.count {
            return true
        }
        if Self.placeEnds.contains(scalars[span.upperBound - 1]) || scalars.string(span) == "中国" { return true }
        // `沭阳县科技年产…` less its county leaves a firm's word alone (`科技`), no name.
        if Self.firmWords.longestMatch(in: scalars, from: span.lowerBound)?.length == span.count { return true }
        if Self.projectWords.longestMatch(in: scalars, from: span.lowerBound) != nil { return true }
        return Self.kinds.longestMatch(in: scalars, from: span.lowerBound) != nil
    }

    /// Whether a province's name (`江苏`, `内蒙古`) is written at `start`.
    private static func opensWithProvince(_ start: Int, _ gazetteer: Gazetteer, _ scalars: [Unicode.Scalar]) -> Bool {
        guard let match = gazetteer.names.longestMatch(in: scalars, from: start) else { return false }
        return match.value.contains { gazetteer.divisions[$0.division].level == 1 }
    }

    /// The longest company short form read before a capacity, in Han scalars (`江苏某某某某家居用品` is ten).
    private static let longestOpener = 10
    private static let divisionEnds = ScalarSet("省市县区镇乡旗盟".unicodeScalars)
    private static let townEnds = ScalarSet("镇乡".unicodeScalars)
    private static let quotes = ScalarSet("“”\"'‘’「」《".unicodeScalars)
    /// Words of a firm a trade name takes on its own and no product phrase opens with (``tradeName(opening:in:)``).
    private static let firmWords = ScalarTrie<Bool>(words: [
        "煤业", "重工", "乳业", "矿业", "酒业", "药业", "实业", "股份", "控股", "集团", "置业", "牧业", "茶业", "纸业", "木业",
        "电器", "制药", "传动",
        "铝业", "铜业", "管业", "米业", "钢业", "瓷业", "钢构", "印务", "汽配", "纺织", "印染", "电气",
        // Counted on the gold of batches 1–29: a project opening with `XX科技` lists the firm 33 times in 46.
        "科技",
        // Counted the same way on batches 1–30: 环保, 特钢, 半导体 name the firm more often than not.
        "环保", "特钢", "半导体", "锂业",
    ])
    /// Firm words that are also a place's trade (`沭阳纺织`): after a place's name they name no firm.
    private static let tradesOfPlaces: Set<String> = ["纺织", "印染", "电气", "科技"]
    private static let science = Array("科技".unicodeScalars)

    /// Whether `span` holds phases and nothing else but 项目 (`一期二期`, `二期项目`; not `项目` alone).
    private static func onlyPhases(_ span: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        (Self.phaseWords.trueWords(covering: span, in: scalars) ?? 0) > 0
    }

    /// Phases (true) and the words that may close them (false).
    private static let phaseWords: ScalarTrie<Bool> = {
        var trie = ScalarTrie<Bool>()
        for phase in ProjectLexicon.phases { trie.insert(phase.unicodeScalars, true) }
        for word in ["项目", "工程"] { trie.insert(word.unicodeScalars, false) }
        return trie
    }()

    /// Words of science's places and institutions that 科技 opens (`科技园`, `科技创新中心`, `科技大学`).
    private static let scienceSites = ScalarTrie<Bool>(words: [
        "科技园", "科技城", "科技创新", "科技馆", "科技大学", "科技中心", "科技学院", "科技产业园", "科技孵化", "科技成果",
        "科技企业", "科技型", "科技示范", "科技小镇", "科技广场", "科技大厦", "科技研发", "科技服务",
    ])
    /// Words that make a firm's word a class of firms rather than a trade name (`国家乳业`, `厨房电器`).
    private static let classWords: Set<String> = [
        "国家", "中国", "全国", "厨房", "家用", "民营", "国有", "地方", "龙头", "未来", "高新", "农业", "信息", "生物", "数字",
    ]
    /// Words that describe a product rather than name its maker (`高端车用环保发动机`, `国产半导体设备`, `新型环保建材`).
    private static let descriptors = ScalarTrie<Bool>(words: [
        "高端", "国产", "新型", "车用", "绿色", "现代", "先进", "节能", "高性能",
    ])
    /// Words that open a capacity after the investor's name.
    private static let capacityWords = ScalarTrie<Bool>(words: [
        "年产", "年加工", "年处理", "年出栏", "年屠宰", "年存栏", "年新增", "年增", "年回收", "年储存", "年吞吐",
    ])
    /// Last scalars of places, parks and landmarks (`某某县`, `工业园区`, `当金山口`, the village `龙家坪`), never of a
    /// company's short form.
    private static let placeEnds = ScalarSet("省市县区镇乡村园口湾岛峡坪坝沟岭垭塬屯".unicodeScalars)
    /// Words of a project's own that open its name.
    private static let projectWords = ScalarTrie<Bool>(words: [
        "新建", "建设", "实施", "投资", "总投资", "扩建", "改扩建", "新增", "一期", "二期", "三期", "项目", "计划", "规划",
        "占地", "其中", "重点", "全市", "全县", "全区", "我市", "我县", "我区", "兴建", "地铁", "轨道", "装机容量", "装机", "世界",
        // A span of time or a herd before the figure (`连续4年…`, `出栏生猪30万头…`), no investor.
        "连续", "累计", "持续", "出栏", "存栏", "能繁",
    ])
    /// Kinds of plants and products standing first in a project's name.
    private static let kinds = ScalarTrie<Bool>(
        words: IndustryLexicon.keywords.map(\.0) + [
            "生猪", "肉牛", "奶牛", "肉羊", "蛋鸡", "肉鸡", "光伏", "风电", "风力", "水电", "火电", "集中式", "分布式", "渔光",
            "农光", "牧光", "高标准", "标准化", "智能", "绿色", "现代", "大型", "新型",
        ]
    )
}
