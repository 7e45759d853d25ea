import DiaoyanModels

/// Section 4: money by province in 亿 of each currency: the projects' investment, then the money stories announce
/// without naming a project, one bar list per kind and currency (yuan and dollars are never added or drawn on one
/// scale).
package struct InvestmentChart: Sendable {
    package static let id = "investment"
    /// Most provinces drawn per list; the rest are counted under the lists.
    package static let provinceLimit = 15
    private static let width = 640.0

    package var data: ReportData

    package init(_ data: ReportData) {
        self.data = data
    }

    /// The currencies of `result`, largest total first, each with its rows largest first.
    private static func currencies(_ result: StatsResult) -> [(currency: String, rows: [StatsResult.Row])] {
        var rows: [String: [StatsResult.Row]] = [:]
        for row in result.rows {
            rows[row.unit ?? "", default: []].append(row)
        }
        let totals = Dictionary(result.totals.map { ($0.unit, $0.value) }, uniquingKeysWith: { first, _ in first })
        return rows.keys
            .sorted { ((totals[$0] ?? 0), $1) > ((totals[$1] ?? 0), $0) }
            .map { currency in
                (currency, rows[currency]!.sorted { ($0.value, $1.key) > ($1.value, $0.key) })
            }
    }

    package func section() -> ReportSection {
        var chart = Markup()
        var notes: [String] = []
        var tableRows: [[String]] = []
        var lists = 0
        for (kind, result) in [("项目投资", self.data.investmentByProvince), ("公布投资", self.data.announcedByProvince)] {
            for entry in Self.currencies(result) {
                let unit = ReportNumber.hundredMillionsUnit(entry.currency)
                let items = entry.rows.map { row in
                    BarList.Item(
                        label: row.key.isEmpty ? "（未标明）" : row.key,
                        value: row.value / 1e8,
                        text: ReportNumber.hundredMillions(row.value) + unit,
                        fill: ReportPalette.series(lists)
                    )
                }
                let shown = Array(items.prefix(Self.provinceLimit))
                let bars = BarList(items: shown, labelWidth: 120, width: Self.width, integral: false)
                let title = "\(kind)（\(unit)）"
                chart.chart(width: Self.width, height: bars.height + 24, label: "各省\(title)") { svg in
                    svg.label(title, x: 0, y: 14, width: Self.width, weight: "bold")
                    bars.draw(into: &svg, top: 24)
                }
                if items.count > shown.count {
                    notes.append("\(title)只画前 \(shown.count) 个省份，另有 \(items.count - shown.count) 个见表")
                }
                tableRows += zip(entry.rows, items).map { row, item in
                    [kind, item.label, unit, ReportNumber.hundredMillions(row.value)]
                }
                lists += 1
            }
            for total in result.totals {
                tableRows.append([
                    kind, "合计", ReportNumber.hundredMillionsUnit(total.unit), ReportNumber.hundredMillions(total.value),
                ])
            }
        }
        return ReportSection(
            id: Self.id,
            title: "各省投资",
            explanation:
                "项目投资：每个项目按其报道过的最大金额计一次，计入项目所在省份；公布投资：报道宣布却未归于具体项目的金额，每篇报道每个数额计一次。不同币种分开画，不相加。",
            chart: chart,
            hasChart: lists > 0,
            table: .init(headers: ["类别", "省份", "单位", "金额"], rows: tableRows, numericColumns: [3]),
            note: notes.isEmpty ? nil : notes.joined(separator: "；")
        )
    }
}
