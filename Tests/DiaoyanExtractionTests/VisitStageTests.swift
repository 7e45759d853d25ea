import DiaoyanExtraction
import DiaoyanModels
import Testing

/// The stage of projects whose sentence says what is done to them rather than what stage they are at.
@Suite struct VisitStageTests {
    let extractor: RecordExtractor

    init() throws {
        self.extractor = try RecordExtractor()
    }

    func stages(_ text: String) -> [String: Stage] {
        let record = self.extractor.extract(NormalizedDocument(id: "t", source: "t", published: nil, text: text))
        return Dictionary(uniqueKeysWithValues: record.projects.map { ($0.name, $0.stage) })
    }

    @Test func readsNoStageFromAVisitAlone() {
        #expect(self.stages("市长林远考察调研了青禾食品加工项目。") == ["青禾食品加工项目": .unknown])
        #expect(self.stages("林远察看青禾食品加工项目现场，了解项目规划和建设进度。") == ["青禾食品加工项目": .unknown])
    }

    @Test func readsAVisitedSiteAsUnderConstruction() {
        let stages = self.stages("县委书记林远先后深入青禾食品加工项目、云杉物流园项目建设现场，察看项目建设进度。")
        #expect(stages == ["青禾食品加工项目": .underConstruction, "云杉物流园项目": .underConstruction])
    }

    @Test func readsAListClosedAsVisitedSitesAsUnderConstructionWhateverElseIsAsked() {
        let text = "市长林远先后来到青禾商业综合体项目、云杉风电项目等建设现场，详细了解项目规划和市场前景。"
        #expect(self.stages(text) == ["青禾商业综合体项目": .underConstruction, "云杉风电项目": .underConstruction])
    }

    @Test func readsAVisitAskingAfterBuildingAndOutputAsUnderConstruction() {
        let text = "林远一行到青禾柠檬智能制造项目实地参观，认真听取项目负责人的情况介绍，询问项目建设进度、生产运营情况。"
        #expect(self.stages(text) == ["青禾柠檬智能制造项目": .underConstruction])
        #expect(self.stages("林远一行到青禾柠檬智能制造项目实地参观，了解生产经营情况。") == ["青禾柠檬智能制造项目": .inProduction])
    }

    @Test func readsTheProjectsATourStopsAtAsUnderConstruction() {
        let text = "林远一行先后到青禾轮胎有限公司项目、云杉电子有限公司电极箔项目等地实地调研。每到一处，林远都深入车间。"
        #expect(self.stages(text) == ["青禾轮胎有限公司项目": .underConstruction, "云杉电子有限公司电极箔项目": .underConstruction])
        #expect(self.stages("林远一行先后到青禾食品项目等地，了解项目规划。") == ["青禾食品项目": .unknown])
    }

    @Test func readsSitesToldInTheVisitsNeighbouringSentence() {
        let text = "市长林远实地踏查了青禾食品加工项目、云杉物流园项目。在各项目现场，林远详细了解施工进展。"
        #expect(self.stages(text) == ["青禾食品加工项目": .underConstruction, "云杉物流园项目": .underConstruction])
        // A neighbour telling plans or output says nothing of the sites.
        let planned = "市长林远实地踏查了青禾食品加工项目。林远详细了解项目规划和建设进度。"
        #expect(self.stages(planned) == ["青禾食品加工项目": .unknown])
        let mixed = "园区内在建项目现场机器轰鸣，已竣工的项目生产线高速运转。林远深入青禾食品加工项目调研。"
        #expect(self.stages(mixed) == ["青禾食品加工项目": .unknown])
        // Without a visit, a neighbour's words of sites are about something else.
        let unvisited = "青禾食品加工项目总投资5亿元。全县在建项目施工进度加快。"
        #expect(self.stages(unvisited) == ["青禾食品加工项目": .unknown])
    }

    @Test func readsNoStageFromAReportHeardAtAMeeting() {
        let stages = self.stages("会议听取了青禾食品加工项目、云杉物流园项目等项目推进情况汇报。")
        #expect(stages == ["青禾食品加工项目": .unknown, "云杉物流园项目": .unknown])
        let built = self.stages("随后听取了青禾食品加工项目、云杉物流园项目等项目建设情况汇报。")
        #expect(built == ["青禾食品加工项目": .unknown, "云杉物流园项目": .unknown])
        let studied = self.stages("会议研究了青禾食品加工项目、云杉物流园项目等项目建设有关事项。")
        #expect(studied == ["青禾食品加工项目": .unknown, "云杉物流园项目": .unknown])
        // Visited, the same words tell a project being built.
        #expect(self.stages("林远实地查看青禾食品加工项目推进情况。") == ["青禾食品加工项目": .underConstruction])
    }

    @Test func readsAProjectPushedAheadAsUnderConstruction() {
        #expect(self.stages("目前，青禾食品加工项目正在加速推进中。") == ["青禾食品加工项目": .underConstruction])
        #expect(self.stages("青禾精纺技改、云杉印染等项目加快推进。") == ["青禾精纺技改": .underConstruction, "云杉印染": .underConstruction])
        // Only urged on, it has no stage yet.
        #expect(self.stages("要求推进青禾食品加工项目。") == ["青禾食品加工项目": .unknown])
    }

    @Test func readsASiteOfATourAsUnderConstruction() {
        #expect(self.stages("代表们先后观摩了青禾食品加工项目。") == ["青禾食品加工项目": .underConstruction])
        #expect(self.stages("参加项目拉练的代表参观青禾汽车装备制造项目。") == ["青禾汽车装备制造项目": .underConstruction])
    }

    @Test func readsAVisitedPlantAskedAfterItsOutputAsInProduction() {
        let stages = self.stages("市长林远走进青禾乳业产业园项目，详细了解企业生产经营情况。")
        #expect(stages == ["青禾乳业产业园项目": .inProduction])
    }

    @Test func readsAPromotedProjectAsPlanned() {
        let stages = self.stages("推介会上，青禾县推介了云杉康养小镇项目、白河湿地公园项目。")
        #expect(stages == ["云杉康养小镇项目": .planned, "白河湿地公园项目": .planned])
    }

    @Test func letsAStageWordWin() {
        let stages = self.stages("林远察看了去年投产的青禾食品加工项目。")
        #expect(stages == ["青禾食品加工项目": .inProduction])
    }

    @Test func readsAVisitedConstructionAsUnderConstruction() {
        let stages = self.stages("县委书记林远先后观摩督查了青禾路改造项目、白河新村建设项目。")
        #expect(stages == ["青禾路改造项目": .underConstruction, "白河新村建设项目": .underConstruction])
    }

    @Test func givesEveryItemTheStageItsEnumerationOpensWith() {
        let text = "集中开工的3个项目分别为：青禾年产5万吨饲料项目；云杉物流园项目；白河食品加工项目。"
        #expect(Set(self.stages(text).values) == [.groundbreaking])
    }

    @Test func readsAProjectSeenWhereItIsBuiltAsUnderConstruction() {
        let stages = self.stages("在青禾凤阳经开区,林远首先来到青禾太阳能厂区项目建设地,实地查看了组件车间。")
        #expect(stages == ["青禾太阳能厂区项目": .underConstruction])
        let area = self.stages("在青禾环保高盐综合治理项目区,林远对该项目的技术路线作了了解。")
        #expect(area == ["青禾环保高盐综合治理项目": .underConstruction])
    }
}
