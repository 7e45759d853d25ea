import DiaoyanModels

/// Section 3: projects by industry and by their latest stage, two bar lists side by side (one above the other on
/// a narrow screen).
package struct ProjectBreakdownChart: Sendable {
    package static let id = "breakdown"
    /// Most industries drawn; the rest are counted in a note. The taxonomy has 18, so only a store with
    /// unexpected keys reaches it.
    package static let industryLimit = 18
    private static let width = 320.0

    package var data: ReportData

    package init(_ data: ReportData) {
        self.data = data
    }

    package func section() -> ReportSection {
        let labels = DisplayLabels(.zh)
        let industries = self.data.projectsByIndustry.rows.map { row in
            BarList.Item(
                label: row.key.isEmpty ? "（未分类）" : labels.key(row.key, of: .industry),
                value: row.value,
                text: ReportNumber.count(row.value),
                fill: ReportPalette.bar
            )
        }
        let order = Dictionary(uniqueKeysWithValues: Stage.allCases.enumerated().map { ($1.rawValue, $0) })
        let stages = self.data.projectsByStage.rows
            .sorted { (order[$0.key] ?? Int.max, $0.key) < (order[$1.key] ?? Int.max, $1.key) }
            .map { row in
                BarList.Item(
                    label: row.key.isEmpty ? "（无）" : labels.key(row.key, of: .stage),
                    value: row.value,
                    text: ReportNumber.count(row.value),
                    fill: ReportPalette.stage(Stage(rawValue: row.key) ?? .unknown)
                )
            }
        let shownIndustries = Array(industries.prefix(Self.industryLimit))
        var chart = Markup()
        if !industries.isEmpty || !stages.isEmpty {
            chart.element("div", [.init("class", "pair")]) { pair in
                pair.append(Self.panel(shownIndustries, title: "按产业", label: "各产业项目数"))
                pair.append(Self.panel(stages, title: "按阶段", label: "各阶段项目数"))
            }
        }
        let total = ReportNumber.count(self.data.projectsByStage.total ?? self.data.projectCount)
        var rows = industries.map { ["产业", $0.label, $0.text] }
        rows += stages.map { ["阶段", $0.label, $0.text] }
        rows.append(["合计", "项目", total])
        let hidden = industries.count - shownIndustries.count
        return ReportSection(
            id: Self.id,
            title: "产业与阶段",
            explanation: "每个项目计入它的每个产业（故产业之和可多于项目数）和它最新报道的阶段；共 \(total) 个项目。",
            chart: chart,
            hasChart: !industries.isEmpty || !stages.isEmpty,
            table: .init(headers: ["分组", "类别", "项目"], rows: rows, numericColumns: [2]),
            note: hidden > 0 ? "产业只画前 \(shownIndustries.count) 个，另有 \(hidden) 个见表" : nil
        )
    }

    private static func panel(_ items: [BarList.Item], title: String, label: String) -> Markup {
        let bars = BarList(items: items, labelWidth: 96, width: Self.width, integral: true)
        var panel = Markup()
        panel.chart(width: Self.width, height: bars.height + 24, label: label) { svg in
            svg.label(title, x: 0, y: 14, width: Self.width, weight: "bold")
            bars.draw(into: &svg, top: 24)
        }
        return panel
    }
}
