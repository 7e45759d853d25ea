/// Years written as four ASCII digits (`2015年`, a bare `2024` before Han text): the normalizer's dateline takes
/// the first one a body writes, the extractor anchors an undated page on the one its text writes.
package enum WrittenYear {
    /// The one year `scalars` write as four digits and 年 (1949 to 2099), or as four digits opening the name of an
    /// edition (`2019中国·…产业发展大会`, `2023(中国)…博览会`, `2020第二季…恳谈会`, `2017浦江·第九届…`), nil for none
    /// or several.
    ///
    /// A page scraped without its header often keeps the year only in the body (`9月8日上午，2015年…集中开工`).
    /// When the text writes exactly one year, its partial dates (`9月8日`) are read in that year; two years or
    /// none leave them unanchored, as without a publication date.
    ///
    /// - Complexity: O(n) over the scalars.
    /// When several years are written, the one that names the day's programme wins if it is the only such year
    /// (`自贡市举行2017年第四批…集中开工仪式` beside `2019年全面竣工投产`).
    package static func only(in scalars: [Unicode.Scalar]) -> Int? {
        var years = Set<Int>()
        var programmes = Set<Int>()
        var gatherings = Set<Int>()
        var index = 0
        while index + 4 < scalars.count {
            // `2025 年第一次`: a space may stand before 年.
            guard scalars[index].isASCIIDigit, let year = Self.fourDigits(at: index, in: scalars),
                (1949...2099).contains(year)
            else {
                index += 1
                continue
            }
            let after = index + 4 < scalars.count && scalars[index + 4] == " " ? index + 5 : index + 4
            guard after < scalars.count, Self.opensYear(scalars, at: after) else {
                index += 1
                continue
            }
            if Self.isBackground(yearAt: index, yearEnd: after, in: scalars) || Self.opensDate(at: after, in: scalars)
                || Self.opensMilestone(at: after, in: scalars)
            {
                index = after + 1
                continue
            }
            years.insert(year)
            let namesGathering = Self.namesGathering(scalars, after: after)
            if namesGathering { gatherings.insert(year) }
            if namesGathering || Self.numbersABatch(scalars, after: after) { programmes.insert(year) }
            index = after + 1
        }
        if years.count == 1 { return years.first }
        if gatherings.count == 1 { return gatherings.first }
        return programmes.count == 1 ? programmes.first : nil
    }

    private static let since = Array("年以来".unicodeScalars)

    /// Whether the year at `index` (its 年 or edition word at `yearEnd`) is another time than the story's: the start
    /// of a period looked back on (`2017年以来`) or a target (`计划2020年6月竣工`).
    private static func isBackground(yearAt index: Int, yearEnd: Int, in scalars: [Unicode.Scalar]) -> Bool {
        scalars.has(Self.since, at: yearEnd) || Self.isTarget(yearAt: index, in: scalars)
            || Self.deadlines.contains { scalars.has($0, at: yearEnd) }
    }

    /// A year written as a deadline (`2022年底前全部建成`, `2025年前建成`): a target, whatever stands before it.
    private static let deadlines: [[Unicode.Scalar]] = ["年底前", "年前", "年以前"].map { Array($0.unicodeScalars) }

    /// Whether the year at `index` is a target a plan sets (`计划2020年6月竣工`, `预计于2024年底建成`, `力争到2025年`):
    /// the year a project should reach, not the story's. A plan named by its year (`2017年计划投资`) is no target.
    private static func isTarget(yearAt index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var end = index
        if end > 0, Self.targetLinks.contains(scalars[end - 1]) { end -= 1 }
        return Self.targetWords.contains { word in end >= word.count && scalars.has(word, at: end - word.count) }
    }

    /// Whether the 年 at `index` opens a date with its month (`2020年5月29日`, `2012年12月底`): that date tells its own
    /// month or day, an earlier milestone as often as the story's; it dates no day written without a year.
    private static func opensDate(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard scalars[index] == "年" else { return false }
        var cursor = index + 1
        let start = cursor
        while cursor < scalars.count, cursor - start < 2, scalars[cursor].isASCIIDigit { cursor += 1 }
        // `2025年1月份…集中签约仪式`: a month naming a batch of the day's programme, not a step of its own.
        guard cursor > start, cursor < scalars.count, scalars[cursor] == "月" else { return false }
        return cursor + 1 == scalars.count || scalars[cursor + 1] != "份"
    }

    /// Whether the 年 at `index` is followed by a stage reached that year (`于1971年建成投产`, `2005年成立`): a
    /// project's history, not the story's year.
    private static func opensMilestone(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard scalars[index] == "年" else { return false }
        // `2019年底建成投产`, `2018年初竣工`, `2025年上半年投产`: the part of the year may stand between.
        let part = Self.partsOfYear.first { scalars.has($0, at: index + 1) }
        let next = index + 1 + (part?.count ?? 0)
        if Self.milestones.contains(where: { scalars.has($0, at: next) }) { return true }
        return Self.opensReview(at: index, in: scalars) || Self.opensFigures(at: index, in: scalars)
    }

    /// Whether the 年 at `index` opens a year's figures (`2022年总产值50亿元`, `2025年，全区GDP增长6.3%`): the year
    /// looked back on, not the story's.
    private static func opensFigures(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var cursor = index + 1
        while cursor < scalars.count, cursor - index <= Self.figuresReach, !Self.clauseEnds.contains(scalars[cursor]) {
            if Self.figures.longestMatch(in: scalars, from: cursor) != nil { return true }
            cursor += 1
        }
        return false
    }

    /// Words of a year's economic figures.
    private static let figures = ScalarTrie<Bool>(words: [
        "总产值", "产值", "GDP", "生产总值", "增加值", "营业收入", "营收", "税收", "增长", "增速", "同比",
    ])
    /// How far after 年 a word of figures may stand, in scalars.
    private static let figuresReach = 14
    private static let clauseEnds = ScalarSet("。；;！？\n".unicodeScalars)

    /// Whether the 年 at `index` opens the review of a year (`公司2013年项目建设情况`, `2019年工作情况`): the year looked
    /// back on, not the story's.
    private static func opensReview(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var cursor = index + 1
        while cursor < scalars.count, cursor - index <= Self.reviewReach, scalars[cursor].isHan {
            if scalars.has(Self.review, at: cursor) { return true }
            cursor += 1
        }
        return false
    }

    private static let partsOfYear: [[Unicode.Scalar]] = ["底", "初", "末", "上半年", "下半年", "中", "内"].map {
        Array($0.unicodeScalars)
    }
    private static let review = Array("情况".unicodeScalars)
    /// How far after 年 the word of a review may stand, in scalars.
    private static let reviewReach = 8

    /// Stages and honours a year is followed by in a history (`2005年成立`, `2020年获评全省…园区`, `2020年入选…试点`).
    private static let milestones: [[Unicode.Scalar]] = [
        "建成", "投产", "竣工", "成立", "建厂", "获评", "入选", "荣获", "获批", "被评为", "被列为", "列入",
    ].map { Array($0.unicodeScalars) }

    /// Words that set a target before its year, and the links between them (`预计于`, `力争到`, `计划在`).
    private static let targetWords: [[Unicode.Scalar]] = ["计划", "预计", "力争", "争取", "确保", "有望", "将", "拟"].map {
        Array($0.unicodeScalars)
    }
    private static let targetLinks: Set<Unicode.Scalar> = ["于", "在", "到"]

    /// Whether the year whose 年 (or edition word) is at `index` numbers a programme's batch or season: `年第四批`,
    /// `年第一次`, `年度`, an edition's `第`. With a gathering's name (``namesGathering(_:after:)``), a programme's year.
    private static func numbersABatch(_ scalars: [Unicode.Scalar], after index: Int) -> Bool {
        let next = index + 1
        guard scalars[index] == "年", next < scalars.count else { return scalars[index] == "第" }
        return scalars[next] == "第" || scalars[next] == "度"
    }

    /// Whether the year whose 年 (or edition word) is at `index` opens a gathering's name: an edition
    /// (`2018西藏林芝·广东招商引资推介会`) or a name with 年 (`召开2026年重大项目建设推进大会`). Such a year is the
    /// day's, over a programme's (`2023年度…优秀团队`).
    private static func namesGathering(_ scalars: [Unicode.Scalar], after index: Int) -> Bool {
        if scalars[index] != "年" { return Self.gatheringEnd(from: index, in: scalars) != nil }
        return index + 1 < scalars.count
            && Self.gatheringEnd(from: index + 1, in: scalars, within: Self.yearedGatheringReach) != nil
    }

    /// How many scalars the name of a gathering written after its year (`2023年…推介会`) may run: such names carry
    /// the host's full name.
    private static let yearedGatheringReach = 32

    /// The first year within `years` that `scalars` write as four digits standing alone — before 年, an edition's
    /// name, punctuation, a space or nothing —, nil for none.
    ///
    /// - Complexity: O(n) over the scalars.
    /// A number before a Han word other than those (`年产2000吨`, `2000亩`) is a quantity, not a year; a year a period
    /// runs from or a plan aims at (``isBackground(yearAt:yearEnd:in:)``) is skipped.
    package static func first(in scalars: [Unicode.Scalar], within years: ClosedRange<Int>) -> Int? {
        for index in scalars.indices {
            guard let year = Self.fourDigits(at: index, in: scalars), years.contains(year) else { continue }
            guard index + 4 < scalars.count else { return year }
            // `自2009年以来…在2011年…目录中`: a year looked back from or aimed at is not the story's.
            if Self.isBackground(yearAt: index, yearEnd: index + 4, in: scalars) { continue }
            if !scalars[index + 4].isHan || Self.opensYear(scalars, at: index + 4) { return year }
        }
        return nil
    }

    /// Whether the scalars at `index`, right after four digits, make them a year: `年`, or the start of an
    /// edition's name (`中国`, `(中国)`, `第二季`).
    private static func opensYear(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        switch scalars[index] {
        case "年", "第": return true
        case "中": return index + 1 < scalars.count && scalars[index + 1] == "国"
        case "(", "（": return index + 2 < scalars.count && scalars[index + 1] == "中" && scalars[index + 2] == "国"
        default:
            // `2018西藏林芝·广东招商引资推介会`, `2022湖南-长三角经贸合作洽谈周`: a gathering's name.
            if Self.gatheringEnd(from: index, in: scalars) != nil { return true }
            // `2017浦江·第九届…博览会`: a place and a middle dot before the edition.
            var cursor = index
            while cursor < scalars.count, cursor - index < 4, scalars[cursor].isHan { cursor += 1 }
            return cursor > index + 1 && cursor + 1 < scalars.count && scalars[cursor] == "·"
                && scalars[cursor + 1] == "第"
        }
    }

    /// Where the name of a gathering that opens at `index` ends (`西藏林芝·广东招商引资推介会`): Han scalars, a middle
    /// dot or a dash, up to 20, closed by a gathering's word; nil when the run is no such name.
    private static func gatheringEnd(from index: Int, in scalars: [Unicode.Scalar], within reach: Int = 20) -> Int? {
        var cursor = index
        while cursor < scalars.count, cursor - index < reach,
            scalars[cursor].isHan || scalars[cursor] == "·" || scalars[cursor] == "-" || scalars[cursor] == "—"
        {
            cursor += 1
            if let word = Self.gatherings.longestMatch(in: scalars, endingAt: cursor), cursor - index > word.length {
                return cursor
            }
        }
        return nil
    }

    private static let gatherings = ScalarTrie<Bool>(endingWords: [
        "推介会", "洽谈会", "博览会", "交易会", "洽谈周", "大会", "论坛", "峰会", "招商会", "展销会", "推进会",
        "开工仪式", "签约仪式", "启动仪式", "投产仪式", "开工活动",
    ])

    /// The number four ASCII digits at `index` write, when no digit stands right before or after them.
    private static func fourDigits(at index: Int, in scalars: [Unicode.Scalar]) -> Int? {
        guard index + 4 <= scalars.count, index == 0 || !scalars[index - 1].isASCIIDigit,
            index + 4 == scalars.count || !scalars[index + 4].isASCIIDigit
        else { return nil }
        var value = 0
        for scalar in scalars[index..<(index + 4)] {
            guard scalar.isASCIIDigit else { return nil }
            value = value * 10 + Int(scalar.value - 48)
        }
        return value
    }
}
