import ClientCore
import DiaoyanModels
import Testing

/// Tables a person reads: Chinese stages, industries and 亿元 by default, English on request; CSV keeps the
/// wire's names and raw numbers; totals per unit, never added across units.
@Suite struct StatsPresentationTests {
    private let byStage = StatsResult(
        metric: .projects,
        by: .stage,
        rows: [.init(key: "under_construction", value: 3), .init(key: "signed", value: 2), .init(key: "", value: 1)],
        total: 6
    )
    private let investment = StatsResult(
        metric: .investment,
        by: .province,
        rows: [
            .init(key: "黑龙江省", value: 1_367_730_000_000, unit: "CNY"), .init(key: "江苏省", value: 5e8, unit: "USD"),
            .init(key: "辽宁省", value: 35_000_000, unit: "CNY"),
        ],
        total: nil,
        totals: [.init(unit: "CNY", value: 1_367_765_000_000), .init(unit: "USD", value: 5e8)]
    )

    @Test func tablesShowChineseStagesAndTotals() {
        let (renderer, rows) = StatsPresentation.renderer(for: self.byStage, labels: DisplayLabels(.zh))
        #expect(renderer.headers == ["阶段", "项目"])
        #expect(rows == [["在建", "3"], ["签约", "2"], ["（无）", "1"], ["合计", "6"]])
        let (english, englishRows) = StatsPresentation.renderer(for: self.byStage, labels: DisplayLabels(.en))
        #expect(english.headers == ["stage", "projects"])
        #expect(englishRows.first == ["under construction", "3"])
    }

    @Test func moneyReadsIn亿元AndTotalsStayPerCurrency() {
        let (renderer, rows) = StatsPresentation.renderer(for: self.investment, labels: DisplayLabels(.zh))
        #expect(renderer.headers == ["省份", "项目投资"])
        #expect(rows == [
            ["黑龙江省", "13677.3亿元"], ["江苏省", "5亿美元"], ["辽宁省", "3500万元"],
            ["合计", "13677.65亿元"], ["合计", "5亿美元"],
        ])
        let (_, english) = StatsPresentation.renderer(for: self.investment, labels: DisplayLabels(.en))
        #expect(english[0] == ["黑龙江省", "1.37 tn CNY"])
        #expect(english[1] == ["江苏省", "500.00 m USD"])
    }

    @Test func csvKeepsTheWiresNamesAndRawNumbers() {
        let (renderer, rows) = StatsPresentation.renderer(for: self.investment)
        #expect(renderer.headers == ["province", "investment", "unit"])
        #expect(rows.first == ["黑龙江省", "1367730000000", "CNY"])
        #expect(rows.suffix(2) == [["total", "1367765000000", "CNY"], ["total", "500000000", "USD"]])
        let (_, stages) = StatsPresentation.renderer(for: self.byStage)
        #expect(stages.first == ["under_construction", "3"])
    }

    @Test func projectsShowTheirLatestStageAndLifecycle() {
        let result = ProjectsResult(projects: [
            .init(
                name: "年产20万吨新型储能材料项目",
                place: Place(path: "江苏省/南通市/如东县", code: "320623", level: .county),
                industries: [.newEnergy],
                stage: .groundbreaking,
                stages: [.init(stage: .signed, date: "2025-05-12", document: "a"), .init(stage: .groundbreaking, date: "2025-09-18", document: "b")],
                investment: [.init(unit: "CNY", value: 3.5e9)]
            )
        ])
        let (renderer, rows) = StatsPresentation.renderer(for: result, labels: DisplayLabels(.zh))
        #expect(renderer.headers == ["项目", "地点", "产业", "阶段", "投资", "历程"])
        #expect(rows == [["年产20万吨新型储能材料项目", "江苏省/南通市/如东县", "新能源", "开工", "35亿元", "签约@2025-05-12 → 开工@2025-09-18"]])
    }
}
