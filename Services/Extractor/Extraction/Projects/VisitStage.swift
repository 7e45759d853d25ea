import DiaoyanModels
import DiaoyanText

/// The stage a project takes from what its sentence does to it when no stage word is written: a project whose site
/// officials visit (`察看了…项目建设情况`, `深入…项目现场`) is being built, or runs when they ask after its output
/// (`了解生产经营情况`); one a fair promotes or releases (`推介`, `发布`) with nothing signed is planned.
///
/// The last resort before the ceremony's stage (``CeremonyStage``): a stage word anywhere near the name wins.
package enum VisitStage {
    /// The stage of the project whose name is taken from `found.sentence`, or `unknown`.
    package static func stage(
        of found: ProjectFinder.Found,
        sentences: [Range<Int>] = [],
        in scalars: [Unicode.Scalar]
    ) -> Stage {
        let sentence = found.sentence
        // `会议听取了A、B等项目进展情况`: a project reported on at a meeting is not visited; its sentence's words of
        // sites and tours are about the others.
        if Self.isHeard(found, in: scalars) { return .unknown }
        // Visitors asking after output and sales (`了解生产经营情况`) stand in a plant that runs, unless they ask after
        // the building too (`询问项目建设进度、生产运营情况`).
        if Self.visitVerbs.hasWord(in: scalars, startingIn: sentence),
            Self.operations.hasWord(in: scalars, startingIn: sentence),
            !Self.progress.hasWord(in: scalars, startingIn: sentence)
        {
            return .inProduction
        }
        if Self.sites.hasWord(in: scalars, startingIn: sentence), !Self.plans.hasWord(in: scalars, startingIn: sentence)
        {
            return .underConstruction
        }
        // `来到A项目、B项目等建设现场，…了解项目规划…`: a list the visit closes as sites is of projects being built,
        // whatever else the visitors asked after.
        if Self.visitedSites.hasWord(in: scalars, startingIn: sentence) { return .underConstruction }
        // `观摩了…`, `项目拉练`: a tour of sites shows projects being built.
        if Self.tours.hasWord(in: scalars, startingIn: sentence), !Self.plans.hasWord(in: scalars, startingIn: sentence)
        {
            return .underConstruction
        }
        // `观摩督查了…建设项目`: a visited project that names itself a construction.
        if Self.visitVerbs.hasWord(in: scalars, startingIn: sentence), Self.isConstruction(found.name) {
            return .underConstruction
        }
        // `先后到A项目、B项目等地实地调研`: a project a tour stops at is being built.
        if Self.tourStops.hasWord(in: scalars, startingIn: sentence),
            found.name.hasSuffix("项目") || Self.namesAWorks(found.name),
            !Self.plans.hasWord(in: scalars, startingIn: sentence)
        {
            return .underConstruction
        }
        if Self.neighbourTellsSites(of: found, sentences: sentences, in: scalars) { return .underConstruction }
        if Self.promotions.hasWord(in: scalars, startingIn: sentence),
            !Self.signings.hasWord(in: scalars, startingIn: sentence)
        {
            return .planned
        }
        return .unknown
    }

    /// Whether the verb nearest before the project's name in its sentence is one of hearing a report (`听取`),
    /// not one of a visit.
    package static func isHeard(_ found: ProjectFinder.Found, in scalars: [Unicode.Scalar]) -> Bool {
        var index = found.range.lowerBound - 1
        while index >= found.sentence.lowerBound {
            if Self.hearing.longestMatch(in: scalars, from: index) != nil { return true }
            if Self.visitVerbs.longestMatch(in: scalars, from: index) != nil { return false }
            index -= 1
        }
        return false
    }

    /// Whether the sentence before or after a visit's tells of the sites it saw (`实地踏查了A、B项目。在各项目现场，…
    /// 施工进展…`), and neither tells of plans, output or works finished or running (`考察援藏项目建设运行情况`) (`在建项目现场机器轰鸣，已竣工的项目生产线
    /// 高速运转`: some of the visited are built, which is not said).
    private static func neighbourTellsSites(
        of found: ProjectFinder.Found,
        sentences: [Range<Int>],
        in scalars: [Unicode.Scalar]
    ) -> Bool {
        guard Self.visitVerbs.hasWord(in: scalars, startingIn: found.sentence),
            !Self.plans.hasWord(in: scalars, startingIn: found.sentence),
            let current = sentences.firstIndex(where: { $0.contains(found.range.lowerBound) })
        else { return false }
        return [current - 1, current + 1].contains { neighbour in
            guard sentences.indices.contains(neighbour) else { return false }
            let other = sentences[neighbour]
            return Self.sites.hasWord(in: scalars, startingIn: other)
                && !Self.plans.hasWord(in: scalars, startingIn: other)
                && !Self.operations.hasWord(in: scalars, startingIn: other)
                && !Self.finishedWorks.hasWord(in: scalars, startingIn: other)
        }
    }

    /// Words of works finished or running, which a neighbour telling of sites may also tell of others.
    private static let finishedWorks = ScalarTrie<Bool>(words: ["竣工", "投产", "建成", "运转", "运行", "生产线"])

    /// Verbs of hearing reports, and of a meeting studying matters (`会议研究了A、B等项目建设有关事项`).
    private static let hearing = ScalarTrie<Bool>(words: ["听取", "听了", "研究了", "会议研究"])
    /// Verbs of a visit; alone (`考察调研了…项目`) they tell no stage.
    private static let visitVerbs = ScalarTrie<Bool>(words: [
        "察看", "查看", "走进", "深入", "来到", "调研", "考察", "参观", "观摩", "督查", "踏查",
    ])
    /// Words of a site under construction.
    private static let sites = ScalarTrie<Bool>(
        words: [
            "建设现场", "施工现场", "工地", "项目现场", "施工情况", "在建", "推进情况", "进展情况", "建设地", "项目点", "项目区", "工程点",
            "现场办公",
        ]
            + Self.progressWords
    )
    /// A list of projects closed as the sites of works visited (`等项目现场` alone says less: the seeds' gold leaves
    /// such sites `unknown` when the visitors ask after plans).
    private static let visitedSites = ScalarTrie<Bool>(words: [
        "等建设现场", "等施工现场", "等项目建设现场", "等项目施工现场", "等在建项目现场",
    ])
    /// Words of the stops of a tour (`先后到…`, `…等地调研`).
    private static let tourStops = ScalarTrie<Bool>(words: [
        "先后到", "先后来到", "先后深入", "先后前往", "先后走进", "等地", "等处",
        // `与会人员参观了A项目,以及B项目`, `先后察看了…`: the stops named one after another.
        "参观了", "先后参观", "先后察看", "先后考察", "先后对",
    ])
    /// Words of a project's building going on (`建设进度`, `建造进展`).
    private static let progressWords = ["建设进度", "施工进度", "建设进展", "建造进展", "工程进度", "项目进展", "建设情况"]
    private static let progress = ScalarTrie<Bool>(words: Self.progressWords)
    /// Words of a tour of sites (`观摩`, `拉练`).
    private static let tours = ScalarTrie<Bool>(words: ["观摩", "拉练"])
    /// Words of plans beside the visit (`了解项目规划和建设进度`): the sentence then tells no one stage.
    private static let plans = ScalarTrie<Bool>(words: ["规划", "前期", "谋划", "布局"])
    /// Whether a name without 项目 ends in a works or a plant a tour may stop at (`…生产线`, `…实验楼`, `…产业园`).
    private static func namesAWorks(_ name: String) -> Bool {
        Self.worksEnds.contains { name.hasSuffix($0) }
    }

    private static let worksEnds = [
        "生产线", "楼", "产业园", "科技园", "基地", "工程", "厂房", "车间", "大道", "党校", "组团", "小区", "中心", "公路",
        "大桥", "水库",
    ]

    /// Whether a project's name ends in a word of construction (`…建设项目`, `…改造项目`, `…工程`).
    private static func isConstruction(_ name: String) -> Bool {
        ["建设项目", "改造项目", "建设工程", "改造工程", "扩建项目"].contains { name.hasSuffix($0) }
    }

    /// Words of a plant at work.
    private static let operations = ScalarTrie<Bool>(words: [
        "生产经营", "生产车间", "生产线上", "生产情况", "经营情况", "运营情况", "满负荷", "正常生产", "产销", "订单",
    ])
    /// Words of projects offered to investors.
    private static let promotions = ScalarTrie<Bool>(words: ["推介", "发布", "招商项目", "拟引进", "寻求合作"])
    private static let signings = ScalarTrie<Bool>(words: ["签约", "签订", "签署", "落地", "落户"])
}
