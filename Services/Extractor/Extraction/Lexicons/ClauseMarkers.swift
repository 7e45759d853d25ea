import DiaoyanText

/// Where names start and end in running text: punctuation, and the verbs and function words that come before a
/// project or organization name (`到` `参观` `察看` `深入`…) and are not part of it.
package enum ClauseMarkers {
    /// Punctuation that ends a clause; the marks that open photo captions (`▲广西森工集团…`) end one too.
    package static let clausePunctuation: ScalarSet = ScalarSet("，,。；;：:！!？?\n（）()【】《》▲△■□●◆★…".unicodeScalars)
    /// Scalars of web markup a scraper left (`xhtml}]">…项目`): no name holds them.
    package static let markup: ScalarSet = ScalarSet("<>{}=\"".unicodeScalars)
    /// Dashes that introduce what follows them (`——`, `—`, `－`).
    private static let dashes = ScalarSet("—－".unicodeScalars)
    /// Punctuation that ends a sentence.
    package static let sentencePunctuation: ScalarSet = ScalarSet("。；;！!？?\n".unicodeScalars)

    /// Words that precede a name without belonging to it, longest first.
    package static let leadingWords: [[Unicode.Scalar]] = [
        "先后来到", "来到", "走进", "深入", "参观", "察看", "查看", "考察", "调研", "视察", "了解", "推进", "实施", "加快",
        "推动", "开工", "签约", "落户", "位于", "详细", "重点", "随后", "其中", "还到", "先后", "正在", "加速", "目前",
        "包括", "依托", "引进", "建设", "打造", "更多", "一批", "多个", "有关", "相关", "这些", "该", "提高", "确保", "听取",
        "询问", "保障", "加强", "强化", "形成", "扭住", "围绕", "涌动着", "参加", "细致", "全力", "牢牢", "促使", "谋划",
        "一大批", "大批", "聚焦", "支持", "服务", "抓好", "抓", "做好", "优化", "招引", "还有", "拟建", "拟", "储备",
        "追加", "新开工", "分别", "安排", "协调解决", "解决", "完成", "宣布", "组建", "提高", "力争", "促进", "督促",
        "落实", "争取", "帮助", "对接", "观摩", "跟踪", "推介", "开展", "盯紧", "紧盯", "介绍", "叮嘱", "坚持", "要求",
        "强调", "指出", "表示", "赴", "外资企业", "德资企业", "港资企业", "台资企业", "民营企业", "龙头企业", "到",
        "在", "对", "为",
        "是", "与", "和", "及", "同", "跟", "由", "了", "的", "将", "把", "从", "向", "等", "并", "还", "以", "如", "总投资",
        "签订", "签署", "关于", "按照", "含", "举行", "会见", "涵盖", "暨",
        // Verbs of exhortation and review whose object is 项目 in general (`做实做细项目`, `督查庄浪县项目`).
        "增强", "对照", "督查", "督导", "展示", "汇集", "突出", "列入", "做实做细", "做深做细", "抓实", "紧抓", "谋实", "鼓励",
        "重视", "得知",
        "就", "以及",
        // Words introducing the items of a list (`主要有…项目`, `共有…全产业链`).
        "主要有", "共有", "项目有", "企业有", "分别是", "分别为", "主要是", "标志着", "既有", "也有", "又有",
        // Verbs of witnessing, boosting and belonging before a company (`见证广西森工集团…`, `隶属鑫宇集团`).
        "见证", "助推", "投入", "带着", "这种", "快速提升", "领军企业", "隶属", "属于", "据悉", "根据",
        // Words of speaking for, asking and encouraging before a company (`总经理X代表山东九羊集团`, `勉励华邦建投集团`,
        // `此次西南水泥有限公司`).
        "代表", "此次", "勉励", "问询", "提供给",
        // A party's role before its name (`项目实施方平谷…有限公司`).
        "项目实施方", "实施方", "我公司",
        // Reporting before what is reported on (`企业负责人反映项目`, `县城乡投汇报泵业产业园项目`).
        "反映", "汇报",
        // A draw and a restart before a name (`引来400亿元项目`, `计划开复工扎鲁特旗…`; 据 alone would cut 数据).
        "引来", "开复工", "复工",
        // A time clause opening on what it follows (`随着A项目投产`).
        "随着",
        // Attending, hosting, honouring with a visit (`出席A项目开工仪式`, `主持A项目签约`, `莅临A产业园`).
        "出席", "主持", "莅临", "走访", "踏查",
        // `跟进A项目`: 跟 here opens a verb, no conjunction.
        "跟进",
        // What a day's deals concern (`签约17个项目，主要涉及新能源、智能装备等工业产业项目`).
        "主要涉及", "涉及到",
    ].map { Array($0.unicodeScalars) }

    /// Where the clause holding `index` starts: the scalar after the last of `punctuation` before `index`, at most
    /// `reach` scalars back.
    ///
    /// - Complexity: O(min(reach, index)).
    package static func start(
        before index: Int,
        in scalars: [Unicode.Scalar],
        within reach: Int = .max,
        at punctuation: ScalarSet = ClauseMarkers.clausePunctuation
    ) -> Int {
        var start = index
        while start > 0, index - start < reach, !punctuation.contains(scalars[start - 1]) { start -= 1 }
        return start
    }

    /// The start of a name that ends at `end`: walks back to clause punctuation (or `limit` scalars), then skips
    /// past the last leading word inside the span.
    package static func nameStart(
        endingAt end: Int,
        in scalars: [Unicode.Scalar],
        limit: Int = 40,
        stopAtEnumeration: Bool = true,
        leadingWords: ScalarTrie<Bool> = ClauseMarkers.leadingTrie
    ) -> Int {
        var start = end
        var depth = 0
        // The classes are read once, not at every scalar walked.
        let clausePunctuation = Self.clausePunctuation
        let markup = Self.markup
        while start > 0 && end - start < limit {
            let scalar = scalars[start - 1]
            if scalar == "”" || scalar == "」" || scalar == ")" || scalar == "）" {
                // `…13个月。”湖北…`: a quoted sentence closes here; the name starts after it.
                if start >= 2, "。！？!?".unicodeScalars.contains(scalars[start - 2]) { break }
                depth += 1
            } else if scalar == "“" || scalar == "「" || scalar == "(" || scalar == "（" {
                if depth == 0 { break }
                depth -= 1
            } else if depth == 0 {
                if clausePunctuation.contains(scalar) || markup.contains(scalar) { break }
                // A space ends a name, except between Latin letters and digits (`10GW N型电池片`) and around a
                // figure spaced from its words (`年产 20 万件工程机械配套件项目`).
                if scalar == " ",
                    !(start >= 2 && start < scalars.count && Self.joinsAFigure(scalars[start - 2], scalars[start]))
                {
                    break
                }
                if stopAtEnumeration && scalar == "、" { break }
            }
            start -= 1
        }
        // Skip leading words: the rightmost one that leaves a name of at least two scalars.
        var best = start
        var index = start
        while index < end - 2 {
            if leadingWords.mayStart(with: scalars[index]), !Self.joinsABodysName(at: index, in: scalars),
                !Self.opensAWordOfTheName(at: index, in: scalars)
            {
                // The longest word that fits: the last of the matches that do.
                if let match = leadingWords.longestMatch(in: scalars, from: index, upTo: end - 2) {
                    best = max(best, index + match.length)
                }
            }
            index += 1
        }
        return Self.afterDashes(best, before: end, in: scalars)
    }

    /// The items of `list` joined by 、, none empty (`A、B、C` → A, B, C).
    package static func enumerationItems(of list: Range<Int>, in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var items: [Range<Int>] = []
        var itemStart = list.lowerBound
        for index in list where scalars[index] == "、" {
            items.append(itemStart..<index)
            itemStart = index + 1
        }
        items.append(itemStart..<list.upperBound)
        return items.filter { !$0.isEmpty }
    }

    /// `start` moved past the dashes written there (`已开工——年产2万吨金属镁…项目`): a dash introduces the name after
    /// it, no name opens with one. Two scalars before `end` are left.
    package static func afterDashes(_ start: Int, before end: Int, in scalars: [Unicode.Scalar]) -> Int {
        var start = start
        while start < end - 2, Self.dashes.contains(scalars[start]) { start += 1 }
        return start
    }

    /// Whether the 和 at `index` joins the two halves of a department's name (`发展和改革委员会`, `住房和城乡建设局`)
    /// rather than two names: no word leads a name there.
    private static func joinsABodysName(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard scalars[index] == "和", index >= 2 else { return false }
        return Self.bodyNameJoins.contains { join in
            let before = join.before.count
            let after = join.after.count
            return index >= before && index + 1 + after <= scalars.count
                && scalars[(index - before)..<index].elementsEqual(join.before)
                && scalars[(index + 1)..<(index + 1 + after)].elementsEqual(join.after)
        }
    }

    /// Whether the leading word at `index` is part of a word of the name instead (`光伏并网发电项目`, `并购重组项目`:
    /// 并 as the verb of grid connection or of a merger, not the conjunction; `分布式光伏整县推进项目`: a programme).
    package static func opensAWordOfTheName(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        if scalars[index] == "并" { return index + 1 < scalars.count && Self.afterJoining.contains(scalars[index + 1]) }
        return (1...2).contains { back in
            index >= back && (Self.programmes.longestMatch(in: scalars, from: index - back)?.length ?? 0) > back
        }
    }

    /// Whether a programme whose name holds a leading word ends at `end` (`…整县推进`).
    package static func endsAProgramme(at end: Int, in scalars: [Unicode.Scalar]) -> Bool {
        Self.programmeEnds.longestMatch(in: scalars, endingAt: end) != nil
    }

    /// Programmes whose names hold a leading word (`整县推进`).
    private static let programmeNames = ["整县推进"]
    private static let programmes = ScalarTrie<Bool>(words: Self.programmeNames)
    private static let programmeEnds = ScalarTrie<Bool>(endingWords: Self.programmeNames)

    /// Scalars after 并 that make it a word's first (`并网`, `并购`).
    private static let afterJoining = ScalarSet("网购".unicodeScalars)

    /// The halves around 和 in the names of government departments (GB names since the 2018 reform and before).
    private static let bodyNameJoins: [(before: [Unicode.Scalar], after: [Unicode.Scalar])] = [
        ("发展", "改革"), ("住房", "城乡"), ("资源", "社会"), ("工业", "信息"), ("文化", "旅游"), ("资源", "规划"),
        ("卫生", "计划"), ("教育", "体育"), ("商务", "粮食"), ("出版", "广电"), ("科学", "技术"),
        ("经济", "信息"), ("科技", "信息"), ("民族", "宗教"), ("国土", "资源"),
    ].map { (Array($0.0.unicodeScalars), Array($0.1.unicodeScalars)) }

    /// ``leadingWords`` as a trie: a span is scanned once rather than once per word.
    package static let leadingTrie = ScalarTrie(words: ClauseMarkers.leadingWords)
    /// No leading words: the clause's start is the name's.
    package static let noLeadingWords = ScalarTrie<Bool>()

    private static func isLatinOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCIILetter || scalar.isASCIIDigit
    }

    /// Whether a space between `before` and `after` stays inside a name: between Latin letters and digits, between a
    /// Han scalar and the digits after it (`年产 20`), and between digits and the unit after them (`20 万件`).
    private static func joinsAFigure(_ before: Unicode.Scalar, _ after: Unicode.Scalar) -> Bool {
        if Self.isLatinOrDigit(before) && Self.isLatinOrDigit(after) { return true }
        if before.isHan && after.isASCIIDigit { return true }
        return before.isASCIIDigit && Self.units.contains(after)
    }

    /// Han scalars that open the unit of a figure.
    private static let units = ScalarSet("万亿千百吨件台套个条座平亩米元瓦兆".unicodeScalars)

    /// Sentence ranges, split at `punctuation` (by default every sentence-ending mark, semicolons included).
    package static func sentences(
        of scalars: [Unicode.Scalar],
        splittingAt punctuation: ScalarSet = ClauseMarkers.sentencePunctuation
    ) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for (index, scalar) in scalars.enumerated() where punctuation.contains(scalar) {
            if index > start { ranges.append(start..<index) }
            start = index + 1
        }
        if start < scalars.count { ranges.append(start..<scalars.count) }
        return ranges
    }
}
