import DiaoyanModels

/// Section 2: what happened each month. Bars stack the projects' stage reports of the month by stage (a project
/// reported signed in May and under construction in September adds to May's 签约 and September's 在建); a line
/// marks the month's events of every type, as `stats --metric events --by month` counts them.
package struct MonthlyStagesChart: Sendable {
    package static let id = "months"
    /// Most months drawn (the latest); the table keeps every month.
    package static let monthLimit = 60
    private static let width = 640.0
    private static let left = 40.0
    private static let plotTop = 12.0
    private static let plotHeight = 190.0

    package var data: ReportData

    package init(_ data: ReportData) {
        self.data = data
    }

    /// Stage reports per month and stage, within the filter's dates; reports without a month are counted apart.
    private func reportsByMonth() -> (counts: [String: [Stage: Int]], undated: Int) {
        var counts: [String: [Stage: Int]] = [:]
        var undated = 0
        for report in self.data.projects.flatMap(\.stages) where report.stage != .unknown {
            guard let date = report.date, let month = ReportDate(date)?.monthKey else {
                undated += 1
                continue
            }
            if let from = self.data.filter?.from, String(date.prefix(from.count)) < from { continue }
            if let to = self.data.filter?.to, String(date.prefix(to.count)) > to { continue }
            counts[month, default: [:]][report.stage, default: 0] += 1
        }
        return (counts, undated)
    }

    package func section() -> ReportSection {
        let (counts, undated) = self.reportsByMonth()
        var events: [String: Double] = [:]
        var eventsWithoutMonth = 0.0
        for row in self.data.eventsByMonth.rows {
            if ReportDate(row.key)?.monthKey == row.key {
                events[row.key, default: 0] += row.value
            } else {
                eventsWithoutMonth += row.value
            }
        }
        let known = Set(counts.keys).union(events.keys).sorted()
        let months = known.first.map { ReportDate.months(from: $0, to: known.last!) } ?? []
        let stages = ReportPalette.stages.filter { stage in counts.values.contains { ($0[stage] ?? 0) > 0 } }
        let headers = ["月份"] + stages.map { DisplayLabels(.zh).stage($0) } + ["阶段报道合计", "活动"]
        let rows = months.filter { counts[$0] != nil || events[$0] != nil }.map { month in
            let perStage = stages.map { counts[month]?[$0] ?? 0 }
            return [month] + perStage.map(String.init) + [
                String(perStage.reduce(0, +)),
                ReportNumber.count(events[month] ?? 0),
            ]
        }
        var notes: [String] = []
        let drawn = Array(months.suffix(Self.monthLimit))
        if drawn.count < months.count {
            notes.append("图中只画最近 \(drawn.count) 个月，较早的 \(months.count - drawn.count) 个月见表")
        }
        if undated > 0 { notes.append("\(undated) 条阶段报道没有月份，未计入") }
        if eventsWithoutMonth > 0 { notes.append("\(ReportNumber.count(eventsWithoutMonth)) 项活动没有月份，未计入") }
        var chart = Markup()
        if !drawn.isEmpty {
            chart = self.draw(months: drawn, counts: counts, events: events, stages: stages)
        }
        return ReportSection(
            id: Self.id,
            title: "每月动态",
            explanation:
                "柱：每月各阶段的项目报道（一个项目在一篇文章中处于某阶段计一次，按事件日期，无则按发布日期）；折线：每月活动数（调研、签约、开工等各类）。",
            chart: chart,
            hasChart: !drawn.isEmpty,
            table: .init(headers: headers, rows: rows, numericColumns: Set(1..<headers.count)),
            note: notes.isEmpty ? nil : notes.joined(separator: "；")
        )
    }

    private func draw(months: [String], counts: [String: [Stage: Int]], events: [String: Double], stages: [Stage])
        -> Markup
    {
        let plotWidth = Self.width - Self.left - 8
        let slot = plotWidth / Double(months.count)
        let barWidth = max(1, min(36, slot * 0.7))
        let totals = months.map { month in Double(counts[month]?.values.reduce(0, +) ?? 0) }
        let largest = max(totals.max() ?? 0, months.map { events[$0] ?? 0 }.max() ?? 0)
        let scale = ChartScale(largest: largest, count: 4, integral: true)
        let bottom = Self.plotTop + Self.plotHeight
        let legendTop = bottom + 30
        var chart = Markup()
        chart.chart(width: Self.width, height: legendTop + 24, label: "每月各阶段项目报道与活动数", minimumWidth: 560) { svg in
            for tick in scale.ticks {
                let y = bottom - scale.position(tick, length: Self.plotHeight)
                svg.line(x1: Self.left, y1: y, x2: Self.width - 8, y2: y, stroke: "#e3e6ea")
                svg.label(
                    ReportNumber.count(tick),
                    x: Self.left - 4,
                    y: y + 4,
                    width: Self.left - 4,
                    anchor: "end",
                    size: 10
                )
            }
            let labelEvery = max(1, Int((46 / slot).rounded(.up)))
            var line: [String] = []
            for (index, month) in months.enumerated() {
                let center = Self.left + slot * (Double(index) + 0.5)
                var y = bottom
                for stage in stages {
                    let count = counts[month]?[stage] ?? 0
                    guard count > 0 else { continue }
                    let height = scale.position(Double(count), length: Self.plotHeight)
                    y -= height
                    svg.box(
                        x: center - barWidth / 2,
                        y: y,
                        width: barWidth,
                        height: height,
                        fill: ReportPalette.stage(stage),
                        tooltip: "\(month) \(DisplayLabels(.zh).stage(stage))：\(count)"
                    )
                }
                if index % labelEvery == 0 {
                    svg.label(
                        month,
                        x: center,
                        y: bottom + 14,
                        width: slot * Double(labelEvery),
                        anchor: "middle",
                        size: 10
                    )
                }
                let eventY = bottom - scale.position(events[month] ?? 0, length: Self.plotHeight)
                line.append("\(Markup.number(center)),\(Markup.number(eventY))")
            }
            svg.line(x1: Self.left, y1: bottom, x2: Self.width - 8, y2: bottom, stroke: ReportPalette.axis)
            svg.empty(
                "polyline",
                [
                    .init("points", line.joined(separator: " ")), .init("fill", "none"), .init("stroke", "#222"),
                    .init("stroke-width", 1.5),
                ]
            )
            for (index, month) in months.enumerated() where (events[month] ?? 0) > 0 {
                let center = Self.left + slot * (Double(index) + 0.5)
                let eventY = bottom - scale.position(events[month] ?? 0, length: Self.plotHeight)
                svg.element(
                    "circle",
                    [.init("cx", center), .init("cy", eventY), .init("r", 3), .init("fill", "#222")]
                ) { $0.element("title", text: "\(month) 活动：\(ReportNumber.count(events[month] ?? 0))") }
            }
            var x = Self.left
            for stage in stages {
                svg.box(x: x, y: legendTop + 4, width: 12, height: 12, fill: ReportPalette.stage(stage))
                svg.label(DisplayLabels(.zh).stage(stage), x: x + 16, y: legendTop + 14, width: 40, size: 11)
                x += 58
            }
            svg.line(x1: x, y1: legendTop + 10, x2: x + 14, y2: legendTop + 10, stroke: "#222", width: 1.5)
            svg.label("活动", x: x + 18, y: legendTop + 14, width: 40, size: 11)
        }
        return chart
    }
}
