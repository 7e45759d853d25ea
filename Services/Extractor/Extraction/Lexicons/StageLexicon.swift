import DiaoyanModels
import DiaoyanText

/// The words around a project that tell its stage, strongest evidence first.
package enum StageLexicon {
    /// Keyword → stage, tried in order; the first keyword found in a project's clause decides.
    package static let keywords: [(String, Stage)] = [
        // Getting ready to build (`察看了A、B等项目施工准备情况`): not started yet.
        ("施工准备", .planned), ("开工准备", .planned),
        ("封顶", .toppedOut), ("主体工程完工", .toppedOut), ("主体完工", .toppedOut),
        ("竣工投产", .inProduction), ("竣工", .completed), ("建成投产", .inProduction), ("投产", .inProduction),
        ("建成投运", .inProduction), ("投运", .inProduction),
        ("开工投产", .inProduction),
        ("投用", .inProduction),
        ("投入使用", .inProduction), ("投入运营", .inProduction), ("启动运行", .inProduction), ("正式运营", .inProduction),
        // A plant started up (`一次开车成功`, `送电试车`), a first unit off its line (`首台…下线`); getting ready to
        // produce (`投产准备`) is still building.
        ("开车成功", .inProduction), ("下线", .inProduction), ("试车", .inProduction),
        ("投产准备", .underConstruction),
        ("达产", .inProduction), ("量产", .inProduction), ("上线运行", .inProduction), ("运营", .inProduction),
        ("并网", .inProduction), ("试生产", .inProduction), ("试运行", .inProduction), ("调试运行", .inProduction),
        ("具备试车条件", .completed),
        ("建成", .completed), ("完工", .completed),
        // Started and now being built (`等34个项目开工在建`).
        ("开工在建", .underConstruction),
        ("开工", .groundbreaking), ("奠基", .groundbreaking), ("破土动工", .groundbreaking), ("动工", .groundbreaking),
        ("开建", .groundbreaking),
        // A signing still pressed for (`推动A、B等项目加快签约落地`): not signed yet.
        ("加快签约", .planned), ("尽快签约", .planned),
        ("签约", .signed), ("签署", .signed), ("签订", .signed), ("落户", .signed), ("签了", .signed), ("签下", .signed),
        ("承接了", .signed), ("引进了", .signed), ("成功引进", .signed),
        ("建设现场", .underConstruction), ("建设情况", .underConstruction),
        ("在建", .underConstruction), ("加快建设", .underConstruction), ("加快推进", .underConstruction),
        ("加速推进", .underConstruction), ("稳步推进", .underConstruction), ("扎实推进", .underConstruction),
        ("顺利推进", .underConstruction), ("抓紧推进", .underConstruction),
        // Works kept to their schedule's milestones (`均超节点计划推进`): being built, no plan.
        ("节点计划", .underConstruction), ("按节点", .underConstruction),
        // Started or resumed (`相继开复工A、B`), carried out (`主要实施了A、B等项目`): both are being built.
        ("开复工", .underConstruction), ("复工", .underConstruction), ("实施了", .underConstruction),
        ("推进中", .underConstruction), ("正在推进", .underConstruction), ("有序推进", .underConstruction),
        ("按步推进", .underConstruction),
        ("建设中", .underConstruction), ("施工", .underConstruction), ("加紧", .underConstruction),
        // Works told in full swing or near their end (`建设正酣`, `如火如荼地进行`, `正加速建设`, `已开始建设`,
        // `已进入收尾阶段`, `设备安装已接近尾声`).
        ("正酣", .underConstruction), ("如火如荼", .underConstruction), ("加速建设", .underConstruction),
        ("开始建设", .underConstruction), ("收尾阶段", .underConstruction), ("接近尾声", .underConstruction),
        // Works carried on from an earlier year (`A改造续建`, `续建项目`): being built.
        ("续建", .underConstruction),
        ("谋划", .planned), ("意向项目", .planned),
        // Still being negotiated (`加大与A、B等项目的沟通洽谈`).
        ("沟通洽谈", .planned), ("正在洽谈", .planned), ("洽谈中", .planned),
        // Projects a county strives to bring in (`力争引进A、B等招商引资项目`): not signed yet.
        ("力争引进", .planned), ("争取引进", .planned),
        // Projects promoted to investors (`重点推介了A、B等项目`, `对A、B等项目进行了推介`): still looking for one.
        ("推介了", .planned), ("进行了推介", .planned), ("进行推介", .planned), ("在谈项目", .planned), ("拟建", .planned),
        ("规划建设", .planned),
        ("计划", .planned),
        // A site still being chosen, a design heard, projects reviewed before approval (`拟选地`, `选址现场`,
        // `设计方案汇报`, `会议评审了A、B项目`); `选址惠农区` only says where it goes.
        ("选址现场", .planned), ("选址规划", .planned), ("拟选址", .planned), ("拟选地", .planned), ("设计方案", .planned),
        ("评审了", .planned),
        // Work before building (`A项目前期工作`, `正在开展前期工作`): not started yet.
        ("前期工作", .planned),
        // Papers before a start (`正在办理开工前手续`, `正在办理前期手续`): not started yet.
        ("开工前", .planned), ("前期手续", .planned),
        // The scope of a project, not its stage: read and passed over.
        ("计划投资", .unknown), ("计划总投资", .unknown), ("计划建设", .unknown), ("拟建设", .unknown),
        ("计划完成投资", .unknown),
        // A plan of phases (`计划分三期建设`) tells how it is built, not that it is still to come.
        ("计划分", .unknown),
        // A year's plan met in part (`完成年度计划的82%`) is a measure of money, no project's stage.
        ("年度计划", .unknown), ("投资计划", .unknown),
        // `集中开竣工A、B`: which item started and which finished is not said.
        ("开竣工", .unknown), ("开(竣)工", .unknown), ("开（竣）工", .unknown),
    ]

    /// Words that put the stage word after them in the future (预计年内投产): the project is not there yet.
    package static let future: [String] = [
        "预计", "力争", "计划", "有望", "争取", "将于", "将在", "即将", "确保", "拟", "将",
        // Instructions of a speech (`要加快推进…项目建设`): what should happen, not what has.
        "要加快", "要全力", "要加速", "要抓紧", "要把",
    ]
    /// `future` as a trie, for the stage reader and the event finder alike.
    package static let futureWords = ScalarTrie<Bool>(words: Self.future)

    /// Words of a ceremony that starts some projects and completes others (`集中开竣工`, `集中开(竣)工`): the event
    /// finder reads a groundbreaking and a completion from them, the ceremony's stage none.
    package static let startAndCompletion: [String] = ["开竣工", "开(竣)工"]

    /// Written right after a stage word, makes it a condition (`建成后可年产`, `达产后`): no evidence of the stage.
    package static let conditional: ScalarSet = ["后"]

    /// How far after a project name a stage word still speaks about it, in scalars.
    package static let reachAfterName = 30
}
