/// Section 5: the officials named in the most stories, with the titles an article gave them.
package struct OfficialsChart: Sendable {
    package static let id = "officials"
    private static let width = 640.0

    package var data: ReportData

    package init(_ data: ReportData) {
        self.data = data
    }

    package func section() -> ReportSection {
        let items = self.data.officials.map { official in
            BarList.Item(
                label: official.name,
                value: official.stories,
                text: "\(ReportNumber.count(official.stories)) 篇",
                fill: ReportPalette.bar,
                detail: official.titles.isEmpty ? "职务未详" : official.titles.joined(separator: "、")
            )
        }
        var chart = Markup()
        if !items.isEmpty {
            let bars = BarList(items: items, labelWidth: 220, width: Self.width, integral: true)
            chart.chart(width: Self.width, height: bars.height, label: "报道最多的官员") { svg in
                bars.draw(into: &svg, top: 0)
            }
        }
        let rest = Int(self.data.officialCount) - items.count
        return ReportSection(
            id: Self.id,
            title: "调研最多的官员",
            explanation:
                "提到该官员的报道数（转载合并为一篇），多为其调研、考察的报道；职务取自最近一篇写明职务的文章，活动为这些文章记述的活动数。",
            chart: chart,
            hasChart: !items.isEmpty,
            table: .init(
                headers: ["官员", "职务", "报道", "活动"],
                rows: self.data.officials.map { official in
                    [
                        official.name, official.titles.joined(separator: "、"), ReportNumber.count(official.stories),
                        ReportNumber.count(official.events),
                    ]
                },
                numericColumns: [2, 3]
            ),
            note: rest > 0 ? "只列前 \(items.count) 位，另有 \(rest) 位官员" : nil
        )
    }
}
