import ClientCore
import DiaoyanModels
import Foundation
import Testing

@Suite struct ProvinceMapChartTests {
    @Test func theGridHoldsEveryDivisionOnceWithoutOverlap() {
        #expect(ProvinceTile.all.count == 34)
        #expect(Set(ProvinceTile.all.map(\.code)).count == 34)
        #expect(Set(ProvinceTile.all.map(\.name)).count == 34)
        let cells = ProvinceTile.all.map { [$0.column, $0.row] }
        #expect(Set(cells).count == 34, "two divisions on one cell")
        #expect(ProvinceTile.all.allSatisfy { (0..<ProvinceTile.columns).contains($0.column) })
        #expect(ProvinceTile.all.allSatisfy { (0..<ProvinceTile.rows).contains($0.row) })
        #expect(ProvinceTile.tile(for: "内蒙古自治区")?.short == "内蒙古")
        #expect(ProvinceTile.tile(for: "广西")?.code == "450000")
        #expect(ProvinceTile.tile(for: "火星") == nil)
    }

    @Test func oneProvinceIsTheDarkestTileAndTheOthersAreEmpty() {
        var data = ReportData.empty(generated: "now")
        data.projectsByProvince = StatsResult(
            metric: .projects,
            by: .province,
            rows: [.init(key: "黑龙江省", value: 7)],
            total: 7
        )
        let section = ProvinceMapChart(data).section()
        let svg = section.chart.text
        #expect(svg.components(separatedBy: "fill=\"\(ReportPalette.emptyTile)\"").count - 1 == 33)
        #expect(svg.contains("<title>黑龙江省：7 个项目</title>"))
        #expect(svg.contains("fill=\"\(ReportPalette.shade(1))\""))
        #expect(section.table.rows == [["黑龙江省", "7"], ["合计", "7"]])
        #expect(section.note == nil)
    }

    @Test func keysOffTheGridAreCountedInANote() {
        var data = ReportData.empty(generated: "now")
        data.projectsByProvince = StatsResult(
            metric: .projects,
            by: .province,
            rows: [.init(key: "江苏省", value: 2), .init(key: "", value: 3)],
            total: 5
        )
        let section = ProvinceMapChart(data).section()
        #expect(section.note == "未画在图上：未标明省份 3 个")
        #expect(section.table.rows.contains(["（未标明）", "3"]))
    }

    @Test func theLegendNamesOnlyCountsThatOccur() {
        var data = ReportData.empty(generated: "now")
        data.projectsByProvince = StatsResult(
            metric: .projects,
            by: .province,
            rows: [.init(key: "江苏省", value: 2), .init(key: "浙江省", value: 1)],
            total: 3
        )
        let svg = ProvinceMapChart(data).section().chart.text
        // Largest 2: the shades of 1 and of 2 only, never a range like "1–0".
        #expect(!svg.contains("–"))
        #expect(svg.contains(">1</text>") && svg.contains(">2</text>"))
    }
}
