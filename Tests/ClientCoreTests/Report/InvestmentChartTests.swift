import ClientCore
import DiaoyanModels
import Foundation
import Testing

@Suite struct InvestmentChartTests {
    @Test func oneListPerCurrencyIn亿() {
        let section = InvestmentChart(ReportSamples.small).section()
        #expect(
            section.table.rows == [
                ["项目投资", "江苏省", "亿元", "35"], ["项目投资", "黑龙江省", "亿元", "12.5"],
                ["项目投资", "江苏省", "亿美元", "5"], ["项目投资", "合计", "亿元", "47.5"], ["项目投资", "合计", "亿美元", "5"],
                ["公布投资", "江苏省", "亿元", "100"], ["公布投资", "合计", "亿元", "100"],
            ]
        )
        let svg = section.chart.text
        #expect(svg.components(separatedBy: "<svg class=\"chart\"").count - 1 == 3)
        #expect(svg.contains(">项目投资（亿元）</text>") && svg.contains(">项目投资（亿美元）</text>"))
        #expect(svg.contains(">公布投资（亿元）</text>"))
        #expect(svg.contains("<title>江苏省：35亿元</title>"))
        #expect(svg.contains("fill=\"\(ReportPalette.series(1))\""))
    }

    @Test func longListsAreCutWithTheRestCounted() {
        let section = InvestmentChart(ReportSamples.large(3000)).section()
        #expect(section.note == "项目投资（亿元）只画前 15 个省份，另有 19 个见表")
        #expect(section.table.rows.count == 35 + 2)
        #expect(section.chart.text.components(separatedBy: "<rect").count - 1 == 15 + 1)
    }

    @Test func noMoneyDrawsNothing() {
        #expect(!InvestmentChart(ReportData.empty(generated: "now")).section().hasChart)
    }
}
