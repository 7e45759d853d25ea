import DiaoyanModels

/// The whole report as one HTML file: inline style sheet, inline SVG charts, one line of script, nothing
/// fetched from anywhere (no URL at all), Chinese labels; laid out for a phone (viewport, one column, charts
/// that scale) and for A4 paper (print rules, tables unfolded before printing).
package struct ReportPage: Sendable {
    package var data: ReportData

    package init(_ data: ReportData) {
        self.data = data
    }

    /// The sections in the order the page shows them.
    package func sections() -> [ReportSection] {
        [
            ProvinceMapChart(self.data).section(),
            MonthlyStagesChart(self.data).section(),
            ProjectBreakdownChart(self.data).section(),
            InvestmentChart(self.data).section(),
            OfficialsChart(self.data).section(),
            LifecycleChart(self.data).section(),
        ]
    }

    /// The HTML text of the page.
    package func html() -> String {
        let sections = self.sections()
        var page = Markup()
        page.trusted("<!DOCTYPE html>\n")
        page.element("html", [.init("lang", "zh-CN")]) { html in
            html.element("head") { head in
                head.empty("meta", [.init("charset", "utf-8")])
                head.empty(
                    "meta",
                    [.init("name", "viewport"), .init("content", "width=device-width, initial-scale=1")]
                )
                head.element("title", text: "调研 · 产业项目报告 \(self.data.generated)")
                head.element("style") { $0.trusted(ReportStyle.sheet) }
            }
            html.element("body") { body in
                body.element("header") { header in
                    header.element("h1", text: "产业项目报告")
                    header.element("p", [.init("class", "meta")], text: self.scope())
                    header.element("ul", [.init("class", "totals")]) { list in
                        for (name, value) in [
                            ("文章", self.data.documents), ("报道", self.data.stories), ("项目", self.data.projectCount),
                            ("活动", self.data.events), ("官员", self.data.officialCount),
                        ] {
                            list.element("li") { item in
                                item.element("b", text: ReportNumber.count(value))
                                item.text(" \(name)")
                            }
                        }
                    }
                    header.element("nav") { nav in
                        for section in sections {
                            nav.element("a", [.init("href", "#\(section.id)")], text: section.title)
                        }
                    }
                }
                body.element("main") { main in
                    for section in sections { Self.write(section, into: &main) }
                }
                body.element("footer") { footer in
                    footer.text("由 diaoyan report 生成。文档编号是文章的 SHA-256，`diaoyan document 编号` 显示其抽取记录。")
                }
                body.element("script") { $0.trusted(ReportStyle.script) }
            }
        }
        page.trusted("\n")
        return page.text
    }

    /// The line under the title: when, and which filter.
    private func scope() -> String {
        var parts = ["生成于 \(self.data.generated)"]
        if let filter = self.data.filter {
            if filter.from != nil || filter.to != nil {
                parts.append("发布日期 \(filter.from ?? "…") 至 \(filter.to ?? "…")")
            }
            if let place = filter.place { parts.append("地点 \(place)") }
            if let industry = filter.industry { parts.append("产业 \(DisplayLabels(.zh).industry(industry))") }
            if let stage = filter.stage { parts.append("阶段 \(DisplayLabels(.zh).stage(stage))") }
            if let official = filter.official { parts.append("官员 \(official)") }
        } else {
            parts.append("全部数据")
        }
        return parts.joined(separator: " · ")
    }

    private static func write(_ section: ReportSection, into main: inout Markup) {
        main.element("section", [.init("id", section.id)]) { block in
            block.element("h2", text: section.title)
            block.element("p", [.init("class", "explain")], text: section.explanation)
            block.element("figure", [.init("class", section.hasChart ? "figure" : "figure none")]) { figure in
                if section.hasChart {
                    figure.append(section.chart)
                } else {
                    figure.element("p", [.init("class", "empty")], text: "暂无数据")
                }
            }
            if let note = section.note { block.element("p", [.init("class", "note")], text: note) }
            block.element("details") { details in
                details.element("summary", text: "数据（\(section.table.rows.count) 行）")
                details.element("div", [.init("class", "scroll")]) { scroll in
                    scroll.element("table") { table in
                        table.element("thead") { head in
                            head.element("tr") { row in
                                for header in section.table.headers { row.element("th", text: header) }
                            }
                        }
                        table.element("tbody") { body in
                            for cells in section.table.rows {
                                body.element("tr") { row in
                                    for (column, cell) in cells.enumerated() {
                                        let numeric = section.table.numericColumns.contains(column)
                                        row.element("td", numeric ? [.init("class", "num")] : [], text: cell)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
