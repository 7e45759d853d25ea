import ClientCore
import DiaoyanModels
import Foundation
import Testing

@Suite struct ProjectBreakdownChartTests {
    @Test func industriesAndStagesInChineseWithStagesInLifecycleOrder() {
        let section = ProjectBreakdownChart(ReportSamples.small).section()
        #expect(
            section.table.rows == [
                ["产业", "新能源", "2"], ["产业", "生物医药", "1"], ["阶段", "签约", "1"], ["阶段", "开工", "2"],
                ["合计", "项目", "3"],
            ]
        )
        let svg = section.chart.text
        #expect(svg.components(separatedBy: "<svg class=\"chart\"").count - 1 == 2)
        #expect(svg.contains("<title>新能源：2</title>"))
        #expect(svg.contains("fill=\"\(ReportPalette.stage(.groundbreaking))\""))
    }

    @Test func emptyKeysHaveANameAndNoDataDrawsNothing() {
        var data = ReportSamples.small
        data.projectsByIndustry.rows.append(.init(key: "", value: 4))
        #expect(ProjectBreakdownChart(data).section().table.rows.contains(["产业", "（未分类）", "4"]))
        #expect(!ProjectBreakdownChart(ReportData.empty(generated: "now")).section().hasChart)
    }
}
