import ClientCore
import DiaoyanModels
import Foundation
import Testing

@Suite struct MonthlyStagesChartTests {
    @Test func reportsStackByStageAndEventsComeFromTheStatistic() {
        let section = MonthlyStagesChart(ReportSamples.small).section()
        #expect(section.table.headers == ["月份", "签约", "开工", "阶段报道合计", "活动"])
        #expect(section.table.rows == [["2025-05", "2", "0", "2", "3"], ["2025-09", "0", "2", "2", "2"]])
        let svg = section.chart.text
        // May to September: five month slots, the empty ones drawn as gaps.
        #expect(svg.contains("<title>2025-05 签约：2</title>"))
        #expect(svg.contains("<title>2025-09 开工：2</title>"))
        #expect(svg.contains("<title>2025-09 活动：2</title>"))
        #expect(svg.components(separatedBy: "<polyline").count == 2)
    }

    @Test func undatedReportsAndOutOfRangeDatesAreLeftOut() {
        var data = ReportSamples.small
        data.projects.append(
            ReportSamples.project("无日期项目", stages: [(.signed, nil, "doc-x"), (.completed, "2025", "doc-y")])
        )
        data.filter = QueryFilter(from: "2025-06")
        let section = MonthlyStagesChart(data).section()
        #expect(section.note == "2 条阶段报道没有月份，未计入")
        #expect(section.table.rows.first?.first == "2025-05", "the statistic's May events stay in the table")
        #expect(section.table.rows.first?[1] == "0", "reports before the filter's start are not counted")
    }

    @Test func manyMonthsDrawTheLatestAndLabelsDoNotCrowd() {
        var data = ReportSamples.small
        data.eventsByMonth = StatsResult(
            metric: .events,
            by: .month,
            rows: (2010...2025).flatMap { year in
                (1...12).map { .init(key: ReportDate.monthKey(year: year, month: $0), value: 1) }
            },
            total: 192
        )
        let section = MonthlyStagesChart(data).section()
        #expect(section.note == "图中只画最近 60 个月，较早的 132 个月见表")
        #expect(section.table.rows.count == 192)
        let svg = section.chart.text
        let monthLabels = svg.components(separatedBy: "text-anchor=\"middle\"").count - 1
        // 60 slots of 9.9 px: one label every five months at most, 12 labels.
        #expect(monthLabels <= 12)
    }

    @Test func noEventsAndNoReportsDrawNothing() {
        let section = MonthlyStagesChart(ReportData.empty(generated: "now")).section()
        #expect(!section.hasChart)
        #expect(section.table.rows.isEmpty)
    }
}
