import DiaoyanModels

/// Section 6: project lifecycles, one strip per project on a shared time axis from its first report to its last,
/// coloured by the stage each report gave (signing to commissioning), with every report's date and document in
/// the table.
package struct LifecycleChart: Sendable {
    package static let id = "lifecycles"
    /// Strips drawn: the projects with the most stages reported.
    package static let projectLimit = 25
    private static let width = 640.0
    private static let nameWidth = 190.0
    private static let rowHeight = 30.0
    private static let axisHeight = 26.0

    package var data: ReportData

    package init(_ data: ReportData) {
        self.data = data
    }

    /// A project's known stage reports, in the order the aggregator gave (date order).
    private static func reports(_ project: ProjectsResult.Project) -> [ProjectsResult.StageReport] {
        project.stages.filter { $0.stage != .unknown }
    }

    /// The projects drawn: most distinct stages first, then most reports, then the latest report, then by name.
    package func selected() -> [ProjectsResult.Project] {
        let candidates = self.data.projects.filter { !Self.reports($0).isEmpty }
        func key(_ project: ProjectsResult.Project) -> (Int, Int, String) {
            let reports = Self.reports(project)
            return (Set(reports.map(\.stage)).count, reports.count, reports.compactMap(\.date).max() ?? "")
        }
        let keyed = candidates.map { (project: $0, key: key($0)) }
        return keyed.sorted { lhs, rhs in
            if lhs.key != rhs.key { return lhs.key > rhs.key }
            return lhs.project.name < rhs.project.name
        }
        .prefix(Self.projectLimit).map(\.project)
    }

    package func section() -> ReportSection {
        let projects = self.selected()
        let labels = DisplayLabels(.zh)
        var rows: [[String]] = []
        for project in projects {
            for (index, report) in Self.reports(project).enumerated() {
                rows.append([
                    index == 0 ? project.name : "", labels.stage(report.stage), report.date ?? "（无日期）",
                    report.document,
                ])
            }
        }
        let withStages = self.data.projects.filter { !Self.reports($0).isEmpty }.count
        let notListed = max(0, Int(self.data.projectCount) - self.data.projects.count)
        let notDrawn = withStages - projects.count + notListed
        let withoutStages = self.data.projects.count - withStages
        var notes: [String] = []
        if notDrawn > 0 { notes.append("只画报道阶段最多的 \(projects.count) 个项目，另有 \(notDrawn) 个项目未画") }
        if withoutStages > 0 { notes.append("\(withoutStages) 个项目没有报道阶段") }
        return ReportSection(
            id: Self.id,
            title: "项目历程",
            explanation:
                "每行一个项目：圆点是一篇文章报道它处于某阶段的日期，色带从签约延伸到投产；表中的文档编号可用 diaoyan document 编号 查看原文记录。",
            chart: projects.isEmpty ? Markup() : self.draw(projects),
            hasChart: !projects.isEmpty,
            table: .init(headers: ["项目", "阶段", "日期", "文档"], rows: rows),
            note: notes.isEmpty ? nil : notes.joined(separator: "；")
        )
    }

    private func draw(_ projects: [ProjectsResult.Project]) -> Markup {
        let days = projects.flatMap(Self.reports).compactMap { $0.date.flatMap(ReportDate.init)?.dayNumber }
        var first = Double(days.min() ?? 0)
        var last = Double(days.max() ?? 0)
        let padding = max(15, (last - first) * 0.04)
        first -= padding
        last += padding
        let plotLeft = Self.nameWidth + 10
        let plotWidth = Self.width - plotLeft - 12
        let x = { (day: Int) in plotLeft + (Double(day) - first) / (last - first) * plotWidth }
        let height = Self.axisHeight + Double(projects.count) * Self.rowHeight + 8
        let labels = DisplayLabels(.zh)
        var chart = Markup()
        chart.chart(width: Self.width, height: height, label: "项目历程", minimumWidth: 560) { svg in
            self.axis(into: &svg, first: first, last: last, x: x, bottom: height - 4)
            for (row, project) in projects.enumerated() {
                let center = Self.axisHeight + Double(row) * Self.rowHeight + Self.rowHeight / 2
                let place = project.place.map { "（\($0.path)）" } ?? ""
                svg.element("g", [.init("class", "strip")]) { strip in
                    strip.element("title", text: project.name + place)
                    strip.label(
                        project.name,
                        x: Self.nameWidth,
                        y: center + 4,
                        width: Self.nameWidth - 4,
                        anchor: "end"
                    )
                    let dated = Self.reports(project).compactMap { report in
                        report.date.flatMap(ReportDate.init).map { (report, x($0.dayNumber)) }
                    }
                    guard let start = dated.first?.1, let end = dated.last?.1 else {
                        strip.label("无日期", x: plotLeft, y: center + 4, width: 80, size: 10, fill: "#888")
                        return
                    }
                    strip.line(x1: start, y1: center, x2: end, y2: center, stroke: "#d5d9de", width: 6)
                    for (index, (report, from)) in dated.enumerated().dropLast() {
                        strip.line(
                            x1: from,
                            y1: center,
                            x2: dated[index + 1].1,
                            y2: center,
                            stroke: ReportPalette.stage(report.stage),
                            width: 6
                        )
                    }
                    var labelledUpTo = -Double.infinity
                    for (report, at) in dated {
                        let stage = labels.stage(report.stage)
                        strip.element(
                            "circle",
                            [
                                .init("cx", at), .init("cy", center), .init("r", 5.5),
                                .init("fill", ReportPalette.stage(report.stage)), .init("stroke", "#fff"),
                            ]
                        ) { $0.element("title", text: "\(stage) \(report.date ?? "") 文档 \(report.document)") }
                        if at - labelledUpTo >= 30 {
                            strip.label(stage, x: at, y: center - 8, width: 28, anchor: "middle", size: 9, fill: "#444")
                            labelledUpTo = at
                        }
                    }
                }
            }
        }
        return chart
    }

    /// Month gridlines along the top, far enough apart that their labels never touch.
    private func axis(into svg: inout Markup, first: Double, last: Double, x: (Int) -> Double, bottom: Double) {
        let perDay = (x(1) - x(0))
        let monthWidth = perDay * 30.4
        let step = [1, 2, 3, 6, 12, 24, 60, 120].first { Double($0) * monthWidth >= 64 } ?? 240
        var year = 1970 + Int(first / 365.25) - 1
        var month = 1
        while true {
            let date = ReportDate(ReportDate.monthKey(year: year, month: month))!
            let day = date.dayNumber
            if Double(day) > last { break }
            let index = year * 12 + month - 1
            if Double(day) >= first, index % step == 0 {
                let at = x(day)
                svg.line(x1: at, y1: Self.axisHeight - 6, x2: at, y2: bottom, stroke: "#eceef1")
                let text = step >= 12 ? "\(year)" : ReportDate.monthKey(year: year, month: month)
                svg.label(text, x: at, y: 12, width: 60, anchor: "middle", size: 10, fill: ReportPalette.axis)
            }
            month += 1
            if month > 12 { (year, month) = (year + 1, 1) }
        }
    }
}
