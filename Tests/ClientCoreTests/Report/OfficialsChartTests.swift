import ClientCore
import DiaoyanModels
import Testing

@Suite struct OfficialsChartTests {
    @Test func officialsWithTheirTitles() {
        let section = OfficialsChart(ReportSamples.small).section()
        #expect(
            section.table.rows == [["王兆力", "黑龙江省委常委、哈尔滨市委书记", "2", "3"], ["张宝娟", "", "1", "1"]]
        )
        let svg = section.chart.text
        #expect(svg.contains(">黑龙江省委常委、哈尔滨市委书记</text>"))
        #expect(svg.contains(">职务未详</text>"))
        #expect(svg.contains(">2 篇</text>"))
        #expect(section.note == nil)
    }

    @Test func longTitlesAreFittedAndTheRestCounted() {
        let section = OfficialsChart(ReportSamples.large(500)).section()
        #expect(section.note == "只列前 10 位，另有 490 位官员")
        let svg = section.chart.text
        #expect(svg.contains("<title>某某省委常委、某某市委书记兼某某新区党工委书记</title>"))
        #expect(svg.contains("…</text>"))
    }
}
