import DiaoyanText

/// Decides whether a span names one project (`黔云智算中心`) or only a kind of project (`数字经济重点项目`,
/// `两个光伏产业项目`, `新能源制造业项目`).
///
/// A name must keep at least two scalars of its own once generic words, industry keywords, place names and figures
/// are masked out; a head noun such as 产业园 counts as content. A count (`12个`, `两个`) or an activity word (`举行`)
/// inside the span makes it an account, never a name.
package struct ProjectNameJudge: Sendable {
    /// How much evidence a span needs.
    package enum Strictness: Sendable {
        /// A span before 项目 or a head noun: industry keywords and places do not count as content.
        case standalone
        /// An item of an enumeration closed by 等项目: the list itself says it is a project; only generic words
        /// are masked.
        case listed
    }

    private let generic: ScalarTrie<Bool>
    private let heads: ScalarTrie<Bool>
    private let activities: ScalarTrie<Bool>
    private let namesWithActivities = ScalarTrie<Bool>(words: ProjectLexicon.namesHoldingActivityWords)
    /// Words after a year that make it a batch of projects (`2022年第三季度`, `2022年春季`).
    private let batches = ScalarTrie<Bool>(words: [
        "第", "一季度", "二季度", "三季度", "四季度", "春季", "秋季", "夏季", "冬季", "上半年", "下半年", "线上", "首批", "重点",
        "重大", "招商",
    ])
    private let industries: IndustryClassifier
    /// Words of a class of projects, or of a reference to one, written right before 项目.
    private static let classEnds = ScalarTrie<Bool>(endingWords: [
        "重大", "重点", "类", "协作", "招商", "投资", "经贸合作", "经济合作", "产业合作",
        // `本项目`, `该项目`: a reference to a project named elsewhere; `推介暨项目签约`: a gathering's name.
        "本", "该", "此", "暨",
        // `“863”计划项目`: a programme's projects.
        "计划",
        // `创业招商大会项目`: the projects a gathering brought, no project's name.
        "大会", "推介会", "博览会", "洽谈会", "交易会", "招商会",
        // `海南自由贸易港建设项目(第四批)`: the ceremonies' collective name, every project of the free-trade port.
        "贸易港建设", "贸易试验区建设", "自贸港建设", "自贸区建设",
        // `重大招商引资项目`, `临空经济区一季度项目`, `主会场项目`: a class, a quarter's batch, a venue's share.
        "引资", "季度", "主会场", "分会场",
        // `在招商引资过程中抢项目`, `我们更看重项目`, `坚持用项目`: projects as the object of a verb, no name.
        "抢", "攻", "看重", "坚持用",
        // `产业转型带动型项目`, `“航母型”项目`, `选派优秀项目(管理团队)`: a type or a quality of projects.
        "型", "型”", "型\"", "优秀",
    ])

    /// A judge over ProjectLexicon's words and IndustryLexicon's keywords.
    package init(industries: IndustryClassifier = IndustryClassifier()) {
        self.generic = ScalarTrie(words: ProjectLexicon.generic)
        self.heads = ScalarTrie(words: ProjectLexicon.headNouns)
        self.activities = ScalarTrie(words: ProjectLexicon.activityWords)
        self.industries = industries
    }

    /// Whether `range` of `scalars` (without 项目) names a project, given the place names written in it.
    ///
    /// - Complexity: O(n·k) for a span of n scalars and lexicon words of at most k scalars.
    package func isNamed(
        _ range: Range<Int>,
        in scalars: [Unicode.Scalar],
        places: [Range<Int>] = [],
        strictness: Strictness = .standalone
    ) -> Bool {
        guard range.count >= 2 else { return false }
        // `(二期)`, `(中合稀土)`: a bracket's inside is a fragment.
        if scalars[range.lowerBound] == "(" || scalars[range.lowerBound] == "（" { return false }
        // `杨浦区重大项目`, `科技创新类项目`, `东西部协作项目`: a word of a class right before 项目 makes the span a kind
        // of projects; no project's own name ends so.
        if strictness == .standalone, Self.classEnds.longestMatch(in: scalars, endingAt: range.upperBound) != nil {
            return false
        }
        // `区委****江涛`: a site's filter masked a word of the span (a title, mostly) with a run of stars.
        if range.contains(where: { $0 + 1 < range.upperBound && scalars[$0] == "*" && scalars[$0 + 1] == "*" }) {
            return false
        }
        // `动工仪式`, `奠基典礼`: a ceremony listed beside projects is no project.
        if Self.ceremonies.longestMatch(in: scalars, endingAt: range.upperBound) != nil { return false }
        // `市委常委`, `市政协副主席`, `我司支部书记`: an office listed beside projects is no project.
        if TitleLexicon.title(endingAt: range.upperBound, in: scalars) != nil { return false }
        if Self.holdsExhortation(range, in: scalars) || Self.opensWithOwnUnit(range, in: scalars)
            || Self.holdsReduplicatedMeasure(range, in: scalars) || Self.isQuotedSlogan(range, in: scalars)
        {
            return false
        }
        // `切实提升项目`, `坚定兑现一亿元项目`, `继续坚持项目`: an adverb of resolve opens a call to act, no name.
        if Self.resolve.longestMatch(in: scalars, from: range.lowerBound) != nil { return false }
        // `我们一期项目`, `与会领导共同点亮项目`: a speaker's own, or leaders acting.
        if Self.speakers.longestMatch(in: scalars, from: range.lowerBound) != nil
            || range.contains(where: { scalars.has(Self.leaders, at: $0) })
        {
            return false
        }
        if ProjectLexicon.counts(range, in: scalars) || self.hasActivity(range, in: scalars)
            || self.namesAProgramme(range, in: scalars)
        {
            return false
        }
        // `涉及高端纺织`, `参与临空经济区`: a verb holding a conjunction's scalar opens an account, no name.
        if Self.verbsHoldingConjunctions.longestMatch(in: scalars, from: range.lowerBound) != nil { return false }
        if let conjunction = range.last(where: { ProjectLexicon.conjunctions.contains(scalars[$0]) }),
            conjunction > range.lowerBound + 1,
            !self.joinsParts(at: conjunction, of: range, in: scalars, places: places, strictness: strictness)
        {
            return false
        }
        return self.hasContent(range, in: scalars, places: places, strictness: strictness)
    }

    /// Whether the conjunction at `conjunction` joins two parts of one name: each part has content of its own, or
    /// the part before names a field that shares the head noun closing the part after (`新材料及智能装备产业园`). A
    /// conjunction after the span's first scalar is none (`锦和养生酒店`: a trade name).
    private func joinsParts(
        at conjunction: Int,
        of range: Range<Int>,
        in scalars: [Unicode.Scalar],
        places: [Range<Int>],
        strictness: Strictness
    ) -> Bool {
        let after = (conjunction + 1)..<range.upperBound
        let before = range.lowerBound..<conjunction
        // `可熔金属桥塞研究及产业化`, `紫苏种植及深加工`: what is done next with the thing named before is part of its
        // project.
        if Self.isWorkOnly(after, in: scalars) {
            return self.hasContent(before, in: scalars, places: places, strictness: strictness)
        }
        guard self.hasContent(after, in: scalars, places: places, strictness: .listed) else { return false }
        if self.hasContent(before, in: scalars, places: places, strictness: strictness) { return true }
        let afterMask = self.mask(after, in: scalars, strictness: .standalone)
        let beforeMask = self.mask(before, in: scalars, strictness: .standalone)
        return afterMask.hasHead && beforeMask.keywords >= 1
    }

    /// Whether `range` is only words of work done on a product (`产业化`, `深加工`, `研发生产`, `综合利用`), each
    /// maybe followed by `建设`.
    private static func isWorkOnly(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound,
            let word = Self.workWords.longestMatch(in: scalars, from: index, upTo: range.upperBound)
        {
            index += word.length
        }
        return index == range.upperBound && index > range.lowerBound
    }

    private static let workWords = ScalarTrie<Bool>(words: [
        "产业化", "深加工", "精深加工", "加工", "研发", "生产", "制造", "应用", "推广", "销售", "综合利用", "示范",
        "建设",
    ])

    /// Whether the span holds the modal 要 of an exhortation (`要做深项目`, `施工方要加大项目`, `要利用项目`): a speech
    /// about projects, no name. 要 inside a word (`重要`, `主要`, `需要`, `要素`, the district 高要) is no modal.
    private static func holdsExhortation(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        range.contains { index in
            scalars[index] == "要"
                && (index == range.lowerBound || !Self.wordsEndingInYao.contains(scalars[index - 1]))
                && (index + 1 == range.upperBound || !Self.wordsStartingWithYao.contains(scalars[index + 1]))
        }
    }

    /// Whether the span holds 一 and a doubled measure word (`一块块项目展板`, `一台台机器`): a scene described, no
    /// name.
    private static func holdsReduplicatedMeasure(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        range.dropLast(2).contains { index in
            scalars[index] == "一" && scalars[index + 1] == scalars[index + 2] && scalars[index + 1].isHan
        }
    }

    /// Whether the span opens with the writer's own unit and then a class of its projects (`我县2016年“三十工程”项目`,
    /// `我省重大科技创新…项目`, `我县范围内…项目`, `是我县光电线缆行业重要延链补链项目`): said of projects named elsewhere.
    /// The unit before a firm (`我区润义金环保新材料公司…项目`) opens a name.
    private static func opensWithOwnUnit(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        guard range.count > 2, scalars[range.lowerBound] == "我", Self.ownUnits.contains(scalars[range.lowerBound + 1])
        else { return false }
        let next = range.lowerBound + 2
        if scalars[next].properties.numericType != nil || Self.classOpeners.longestMatch(in: scalars, from: next) != nil
        {
            return true
        }
        return (next..<range.upperBound - 1).contains { scalars.has(Self.trade, at: $0) }
    }

    /// Whether the span is only a short quoted slogan of numerals (`“百千万工程”`, `“双百双新”`, `“一渠六河”`) or of a
    /// campaign (`“厕所革命”`): a programme the projects serve, no project's name. A quoted name of a place or a
    /// facility (`“青禾谷”`, `“白鹭湾大酒店”`) passes.
    private static func isQuotedSlogan(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        guard range.count >= 4, range.count <= 9, Self.openingQuotes.contains(scalars[range.lowerBound]),
            Self.closingQuotes.contains(scalars[range.upperBound - 1])
        else { return false }
        let inside = (range.lowerBound + 1)..<(range.upperBound - 1)
        if Self.campaigns.longestMatch(in: scalars, endingAt: inside.upperBound) != nil { return true }
        let numerals = inside.count { Self.sloganNumerals.contains(scalars[$0]) || scalars[$0].isASCIIDigit }
        return numerals >= 2
    }

    private static let openingQuotes = ScalarSet("“\"「『".unicodeScalars)
    private static let closingQuotes = ScalarSet("”\"」』".unicodeScalars)
    /// Numerals of slogans: counts and 双 (`双百双新`).
    private static let sloganNumerals = ScalarSet("一二两三四五六七八九十百千万双".unicodeScalars)
    private static let campaigns = ScalarTrie<Bool>(endingWords: ["革命", "行动", "攻坚"])

    /// Verbs whose second scalar is a conjunction's (`涉及`, `参与`): opening a span, they make it an account.
    private static let verbsHoldingConjunctions = ScalarTrie<Bool>(words: [
        "涉及", "参与", "以及", "惠及", "普及", "顾及", "危及", "给与",
    ])

    /// Words opening a span that refer to whoever speaks (`我们一期项目`).
    private static let speakers = ScalarTrie<Bool>(words: ["我们", "他们", "咱们"])
    /// Adverbs of resolve and effort that open calls to act (`切实`, `坚定`, `继续`, `大力度`).
    private static let resolve = ScalarTrie<Bool>(words: [
        "切实", "坚定", "继续", "坚持", "大力度", "措施", "积极", "进一步", "努力", "不断", "最大", "始终",
    ])
    private static let leaders = Array("领导".unicodeScalars)

    /// Words ending the name of a ceremony.
    private static let ceremonies = ScalarTrie<Bool>(endingWords: ["仪式", "典礼"])

    /// The second scalars of `我县`, `我省`, `我市`, `我区`, `我镇`, `我乡`, `我州`, `我旗`.
    private static let ownUnits = ScalarSet("县省市区镇乡州旗".unicodeScalars)
    /// Words after the unit that open a class of its projects.
    private static let classOpeners = ScalarTrie<Bool>(words: ["范围", "重大", "重点", "首批", "首个", "年度"])
    private static let trade = Array("行业".unicodeScalars)

    /// First scalars of words ending in 要 (`重要`, `主要`, `需要`, `纲要`, `高要`).
    private static let wordsEndingInYao = ScalarSet("重主需纲摘简提首高紧必".unicodeScalars)
    /// Second scalars of words opening with 要 (`要素`, `要塞`, `要道`).
    private static let wordsStartingWithYao = ScalarSet("素塞道闻地害件".unicodeScalars)

    /// Whether `range` holds nothing but industry keywords and generic words (`能源交通`, `智能机器人`, `旅游开发`)
    /// and no head noun: a field a list names, no project's name.
    package func namesAField(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        let mask = self.mask(range, in: scalars, strictness: .standalone)
        // `乳业产业园`: a field's facility is a project.
        guard mask.keywords >= 1, !mask.hasHead else { return false }
        return !mask.kinds.enumerated().contains { offset, kind in
            kind == .own && scalars[range.lowerBound + offset].isHan
        }
    }

    /// Whether the span has content of its own: two scalars that are not generic, or a head noun with a described
    /// subject, or one of its own beside two of keywords and places.
    private func hasContent(
        _ range: Range<Int>,
        in scalars: [Unicode.Scalar],
        places: [Range<Int>],
        strictness: Strictness
    ) -> Bool {
        guard !range.isEmpty else { return false }
        var mask = self.mask(range, in: scalars, strictness: strictness)
        if strictness == .standalone {
            mask.maskPlaces(places)
        }
        var own = 0
        var described = 0
        for (offset, kind) in mask.kinds.enumerated() where kind != .masked {
            let scalar = scalars[range.lowerBound + offset]
            guard scalar.isHan || scalar.isASCIILetter else { continue }
            if kind == .own { own += 1 } else { described += 1 }
        }
        if strictness == .listed || mask.hasHead { return own >= 2 || (mask.hasHead && own + described >= 2) }
        let figure = Self.hasFigure(range, in: scalars)
        // A capacity and a product (年产12万吨工业硅), or several products (润滑油基础油), name a project by themselves.
        if figure && own + described >= 2 { return true }
        if mask.keywords >= 2 && described >= 6 { return true }
        return (own >= 2 && (own >= 3 || described >= 1)) || (own >= 1 && own + described >= 4)
    }

    /// Whether `range` holds an industry keyword (`大豆`, `轴承`, `光伏`): a kind of project that names what it makes.
    package func namesAProduct(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        self.mask(range, in: scalars, strictness: .standalone).keywords >= 1
    }

    /// The span's scalars sorted into own content, described (an industry keyword, when `strictness` counts them)
    /// and masked (generic words and head nouns), reading the longest lexicon word at each scalar.
    private func mask(_ range: Range<Int>, in scalars: [Unicode.Scalar], strictness: Strictness) -> SpanMask {
        var mask = SpanMask(range)
        var index = range.lowerBound
        while index < range.upperBound {
            if let head = self.heads.longestMatch(in: scalars, from: index), index + head.length <= range.upperBound {
                mask.hasHead = true
                mask.mark(index..<(index + head.length), as: .masked)
                index += head.length
                continue
            }
            // The longest generic word and keyword that fit the span, read without building lists of matches.
            let length = self.generic.longestMatch(in: scalars, from: index, upTo: range.upperBound)?.length ?? 0
            var keyword = 0
            if strictness == .standalone {
                keyword = self.industries.longestKeywordMatch(in: scalars, from: index, upTo: range.upperBound)
            }
            if keyword > length {
                mask.keywords += 1
                mask.mark(index..<(index + keyword), as: .described)
                index += keyword
            } else {
                mask.mark(index..<(index + length), as: .masked)
                index += max(length, 1)
            }
        }
        return mask
    }

    /// Whether the span writes a figure or a Latin name (`8GW`, `G60`) other than a year (`2024年`, which dates a
    /// class of projects rather than naming one).
    private static func hasFigure(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            let scalar = scalars[index]
            guard scalar.isASCIIDigit || scalar.isASCIILetter else {
                index += 1
                continue
            }
            var end = index
            while end < range.upperBound, scalars[end].isASCIIDigit { end += 1 }
            let isYear = end - index == 4 && end < range.upperBound && scalars[end] == "年"
            if !isYear { return true }
            index = end + 1
        }
        return false
    }

    /// Whether the span names an edition or a batch rather than a project: `第二十六届兰洽会…`, `2022年第三季度`,
    /// `2025年第一次`, `2022年春季线上`.
    private func namesAProgramme(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        range.contains { index in
            // `县继9月5日在县项目`: a day written inside is an account of what happened.
            if scalars[index] == "日", index - range.lowerBound >= 3, scalars[index - 1].isASCIIDigit,
                scalars[(range.lowerBound)..<index].contains("月")
            {
                return true
            }
            if scalars[index] == "届", index > range.lowerBound,
                ProjectLexicon.countNumerals.contains(scalars[index - 1])
                    || scalars[index - 1].isASCIIDigit
            {
                return true
            }
            guard scalars[index] == "年", index - range.lowerBound >= 4, index + 1 < range.upperBound,
                scalars[(index - 4)..<index].allSatisfy(\.isASCIIDigit)
            else { return false }
            return self.batches.longestMatch(in: scalars, from: index + 1) != nil
        }
    }

    private func hasActivity(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            if let name = self.namesWithActivities.longestMatch(in: scalars, from: index) {
                index += name.length
                continue
            }
            if let match = self.activities.longestMatch(in: scalars, from: index),
                index + match.length <= range.upperBound
            {
                return true
            }
            index += 1
        }
        return false
    }
}

extension ProjectNameJudge {
    /// What each scalar of a span counts as when judging whether it names a project.
    private struct SpanMask {
        enum Kind: UInt8 {
            /// Content of the span's own.
            case own
            /// An industry keyword or a place: content only beside a head noun.
            case described
            /// A generic word or a head noun.
            case masked
        }

        let range: Range<Int>
        /// One kind per scalar of `range`.
        var kinds: [Kind]
        var hasHead = false
        /// How many industry keywords the span holds.
        var keywords = 0

        init(_ range: Range<Int>) {
            self.range = range
            self.kinds = [Kind](repeating: .own, count: range.count)
        }

        mutating func mark(_ scalars: Range<Int>, as kind: Kind) {
            for offset in scalars { self.kinds[offset - self.range.lowerBound] = kind }
        }

        /// Marks the scalars of `places` inside the span that are still its own as described.
        mutating func maskPlaces(_ places: [Range<Int>]) {
            for place in places where place.overlaps(self.range) {
                let overlap = place.clamped(to: self.range)
                for offset in overlap where self.kinds[offset - self.range.lowerBound] == .own {
                    self.kinds[offset - self.range.lowerBound] = .described
                }
            }
        }
    }
}
