import DiaoyanModels

/// Section 1: a tile-grid map of the 34 provincial-level divisions, each shaded by its projects.
package struct ProvinceMapChart: Sendable {
    package static let id = "map"
    private static let tile = 62.0
    private static let gap = 4.0

    package var data: ReportData

    package init(_ data: ReportData) {
        self.data = data
    }

    package func section() -> ReportSection {
        var counts: [String: Double] = [:]
        var unmapped: [StatsResult.Row] = []
        for row in self.data.projectsByProvince.rows {
            if let tile = ProvinceTile.tile(for: row.key) {
                counts[tile.code, default: 0] += row.value
            } else {
                unmapped.append(row)
            }
        }
        let largest = counts.values.max() ?? 0
        let step = Self.tile + Self.gap
        let width = Double(ProvinceTile.columns) * step
        let legendTop = Double(ProvinceTile.rows) * step + 8
        var chart = Markup()
        chart.chart(width: width, height: legendTop + 34, label: "各省级行政区项目数地图") { svg in
            for tile in ProvinceTile.all {
                let count = counts[tile.code] ?? 0
                let fill = count > 0 ? ReportPalette.shade(count / largest) : ReportPalette.emptyTile
                let ink = ReportPalette.isDark(fill) ? "#ffffff" : "#243040"
                let x = Double(tile.column) * step
                let y = Double(tile.row) * step
                svg.element("g", [.init("class", "tile"), .init("data-province", tile.name)]) { group in
                    group.box(
                        x: x,
                        y: y,
                        width: Self.tile,
                        height: Self.tile,
                        fill: fill,
                        tooltip: "\(tile.name)：\(ReportNumber.count(count)) 个项目",
                        attributes: [.init("rx", 4)]
                    )
                    group.label(
                        tile.short,
                        x: x + Self.tile / 2,
                        y: y + 26,
                        width: Self.tile - 4,
                        anchor: "middle",
                        fill: ink
                    )
                    if count > 0 {
                        group.label(
                            ReportNumber.count(count),
                            x: x + Self.tile / 2,
                            y: y + 46,
                            width: Self.tile - 4,
                            anchor: "middle",
                            size: 14,
                            fill: ink,
                            weight: "bold"
                        )
                    }
                }
            }
            self.legend(into: &svg, largest: largest, top: legendTop)
        }
        var rows = self.data.projectsByProvince.rows.map { row in
            [row.key.isEmpty ? "（未标明）" : row.key, ReportNumber.count(row.value)]
        }
        rows.append(["合计", ReportNumber.count(self.data.projectsByProvince.total ?? 0)])
        let note =
            unmapped.isEmpty
            ? nil
            : "未画在图上："
                + unmapped.map { "\($0.key.isEmpty ? "未标明省份" : $0.key) \(ReportNumber.count($0.value)) 个" }
                .joined(separator: "，")
        return ReportSection(
            id: Self.id,
            title: "项目分布",
            explanation: "每个方块是一个省级行政区，颜色越深项目越多；项目按其报道中最具体的地点归省，同一项目多篇报道只计一次。",
            chart: chart,
            hasChart: true,
            table: .init(headers: ["省份", "项目"], rows: rows, numericColumns: [1]),
            note: note
        )
    }

    /// The five shades with the counts each stands for.
    private func legend(into svg: inout Markup, largest: Double, top: Double) {
        guard largest > 0 else {
            svg.label("暂无项目", x: 0, y: top + 16, width: 200, fill: "#666")
            return
        }
        var x = 0.0
        for step in 1...5 {
            // Counts are whole: the shade of step k is worn by counts above k-1 fifths and up to k fifths.
            let lower = (largest * Double(step - 1) / 5).rounded(.down) + 1
            let upper = (largest * Double(step) / 5).rounded(.down)
            guard lower <= upper else { continue }
            svg.box(x: x, y: top + 4, width: 18, height: 14, fill: ReportPalette.shade(Double(step) / 5))
            let range =
                lower == upper ? ReportNumber.count(upper) : "\(ReportNumber.count(lower))–\(ReportNumber.count(upper))"
            svg.label(range, x: x + 22, y: top + 16, width: 72, size: 11)
            x += 100
        }
    }
}
