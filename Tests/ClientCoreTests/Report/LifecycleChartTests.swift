import ClientCore
import DiaoyanModels
import Foundation
import Testing

@Suite struct LifecycleChartTests {
    @Test func oneStripPerProjectWithEveryReportInTheTable() {
        let section = LifecycleChart(ReportSamples.small).section()
        let svg = section.chart.text
        #expect(svg.components(separatedBy: "<g class=\"strip\">").count - 1 == 3)
        #expect(svg.contains("<title>签约 2025-05-12 文档 doc-a</title>"))
        #expect(svg.contains("<title>开工 2025-09-18 文档 doc-b</title>"))
        // The project with two stages comes first.
        #expect(
            section.table.rows == [
                ["储能材料项目", "签约", "2025-05-12", "doc-a"], ["", "开工", "2025-09-18", "doc-b"],
                ["光伏项目", "开工", "2025-09-20", "doc-b"], ["药业项目", "签约", "2025-05-03", "doc-c"],
            ]
        )
        #expect(section.note == nil)
    }

    @Test func thousandsOfProjectsDrawTheTopStripsWithFittedNames() {
        let section = LifecycleChart(ReportSamples.large(3000)).section()
        let svg = section.chart.text
        #expect(svg.components(separatedBy: "<g class=\"strip\">").count - 1 == LifecycleChart.projectLimit)
        #expect(section.note == "只画报道阶段最多的 25 个项目，另有 2975 个项目未画")
        #expect(svg.contains("…</text>"))
        #expect(section.table.rows.count == 50)
    }

    @Test func aSingleDateAndUndatedProjectsStillDraw() {
        var data = ReportData.empty(generated: "now")
        data.projectCount = 2
        data.projects = [
            ReportSamples.project("甲项目", stages: [(.signed, "2025-05-12", "d1")]),
            ReportSamples.project("乙项目", stages: [(.signed, nil, "d2")]),
            ReportSamples.project("丙项目", stages: [(.unknown, "2025-05-12", "d3")]),
        ]
        let section = LifecycleChart(data).section()
        #expect(section.hasChart)
        #expect(section.chart.text.contains(">无日期</text>"))
        #expect(!section.chart.text.contains("nan") && !section.chart.text.contains("inf"))
        #expect(section.table.rows.map(\.first) == ["甲项目", "乙项目"])
        #expect(section.note == "1 个项目没有报道阶段")
    }
}
