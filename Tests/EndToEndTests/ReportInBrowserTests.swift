import ClientCore
import DiaoyanModels
import Foundation
import TestSupport
import Testing

/// `diaoyan report` against the real trio holding the seeds, opened in Debian's chromium: every chart drawn,
/// every section's numbers those `diaoyan stats` and `diaoyan projects` answer for the same store, nothing fetched.
@Suite(.serialized) struct ReportInBrowserTests {
    /// Width of the desktop window and of a phone.
    private static let desktop = 1000
    private static let phone = 390
    private static let sections = ["map", "months", "breakdown", "investment", "officials", "lifecycles"]

    /// Where each chart of each section lies in the laid-out page, and how wide the page is: appended, in a copy
    /// of the report only, after everything the report itself holds, so the charts lie where they lie in the
    /// report.
    private static let measuring = """
        <script>
        (function(){var out={width:document.documentElement.scrollWidth,height:document.documentElement.scrollHeight,
        view:innerWidth,charts:[]};document.querySelectorAll("section").forEach(function(s){
        s.querySelectorAll("svg.chart").forEach(function(c){var r=c.getBoundingClientRect();
        out.charts.push({section:s.id,x:r.left+scrollX,y:r.top+scrollY,width:r.width,height:r.height});});});
        var pre=document.createElement("pre");pre.id="measured";pre.textContent=JSON.stringify(out);
        document.body.appendChild(pre);})();
        </script>
        """

    private struct Layout: Decodable {
        struct Chart: Decodable {
            var section: String
            var x, y, width, height: Double
        }
        var width: Double
        var height: Double
        var view: Double
        var charts: [Chart]
    }

    private struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    private func diaoyan(_ arguments: [String]) throws -> Run {
        guard let binaries = RepositoryPaths.productsFolder() else { throw HarnessError.productsMissing }
        let run = try ChildProcess.run(binaries.appendingPathComponent("diaoyan"), arguments)
        return Run(status: run.status, output: run.outputText, errors: run.errorText)
    }

    /// The page laid out at `width`, measured in a copy holding the measuring script.
    private func layout(of report: URL, width: Int, browser: ReportBrowser, folder: TemporaryDirectory) throws -> Layout
    {
        let html = try String(contentsOf: report, encoding: .utf8)
        let copy = folder.file("measure-\(width).html")
        try html.replacingOccurrences(of: "</body>", with: Self.measuring + "</body>")
            .write(to: copy, atomically: true, encoding: .utf8)
        let dom = try browser.dumpDOM(copy, width: width, height: 900)
        guard let start = dom.range(of: "<pre id=\"measured\">"),
            let end = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex)
        else { throw ReportBrowser.Error.unreadableAnswer(dom) }
        let json = ReportDOM.unescape(String(dom[start.upperBound..<end.lowerBound]))
        return try JSONDecoder().decode(Layout.self, from: Data(json.utf8))
    }

    @Test func theSeedsReportRendersInChromiumWithTheNumbersOfStats() async throws {
        let browser = try ReportBrowser()
        let folder = try TemporaryDirectory("report-browser")
        defer { folder.remove() }
        try await TrioHarness.with("report") { harness in
            let extractor = try harness.startExtractor()
            let sender = DocumentSender(endpoint: try harness.ingest, identity: try harness.trio.clientIdentity())
            let sent = try await sender.send(try RepositoryPaths.seedFiles(), logger: harness.logger)
            #expect(sent.accepted == 5)
            #expect(try await harness.waitForDocuments(5) == 5, "aggregator log:\n\(harness.log("aggregator"))")

            let connection = ["--from", harness.trio.query, "--tls", harness.trio.tls.path]
            let report = folder.file("seeds.html")
            let written = try self.diaoyan(["report"] + connection + ["--out", report.path])
            #expect(written.status == 0, "\(written.errors)")
            let html = try String(contentsOf: report, encoding: .utf8)
            #expect(!html.contains("http://") && !html.contains("https://"), "the page names no URL")

            // What the CLI answers for the same store, compared with what the browser shows.
            func stats(_ arguments: [String]) throws -> StatsResult {
                let run = try self.diaoyan(["stats"] + connection + arguments + ["--json"])
                #expect(run.status == 0, "\(run.errors)")
                return try JSONDecoder().decode(StatsResult.self, from: Data(run.output.utf8))
            }
            let dom = ReportDOM(
                html: try browser.dumpDOM(report, width: Self.desktop, height: 900)
            )
            for fetching in ["<link", "<img", "<iframe", "<object", " src=", "url("] {
                #expect(dom.count(fetching) == 0, "the page holds \(fetching)")
            }
            try self.checkNumbers(dom: dom, stats: stats, connection: connection)

            // Every chart drawn: its part of a screenshot of the whole page holds ink of several colours.
            let layout = try self.layout(of: report, width: Self.desktop, browser: browser, folder: folder)
            #expect(Set(layout.charts.map(\.section)) == Set(Self.sections), "a chart in every section")
            #expect(layout.width <= layout.view, "no sideways scrolling on a desktop")
            let png = folder.file("seeds.png")
            try browser.screenshot(report, to: png, width: Self.desktop, height: Int(layout.height.rounded(.up)))
            let ink = try ReportBrowser.ink(
                of: png,
                regions: layout.charts.map { [$0.x, $0.y, $0.width, $0.height] }
            )
            for (chart, region) in zip(layout.charts, ink) {
                #expect(chart.width > 200 && chart.height > 40, "\(chart.section) is laid out")
                #expect(region.pixels > 0, "\(chart.section) lies inside the screenshot")
                #expect(region.colors >= 3, "\(chart.section) has \(region.colors) colours")
                #expect(region.inked > 0.01, "\(chart.section): \(region.inked) of its pixels drawn")
            }

            // The filters of `stats` narrow the report the same way.
            let filtered = folder.file("heilongjiang.html")
            let narrowed = try self.diaoyan(
                ["report"] + connection + ["--out", filtered.path, "--place", "黑龙江省", "--since", "2021"]
            )
            #expect(narrowed.status == 0, "\(narrowed.errors)")
            let filteredDOM = ReportDOM(html: try String(contentsOf: filtered, encoding: .utf8))
            let heilongjiang = try stats([
                "--metric", "projects", "--by", "province", "--place", "黑龙江省", "--since", "2021",
            ])
            #expect(
                filteredDOM.rows("map") == heilongjiang.rows.map { [$0.key, StatsPresentation.format($0.value)] }
                    + [["合计", StatsPresentation.format(heilongjiang.total ?? 0)]]
            )
            #expect(filteredDOM.html.contains("地点 黑龙江省"))

            // On a phone the page fits the screen's width: charts shrink with it, the two dense ones scroll
            // inside their figure.
            let narrow = try self.layout(of: report, width: Self.phone, browser: browser, folder: folder)
            #expect(narrow.width <= narrow.view, "page \(narrow.width) px wide on a \(narrow.view) px screen")
            for chart in narrow.charts where !["months", "lifecycles"].contains(chart.section) {
                #expect(chart.x >= 0 && chart.x + chart.width <= narrow.view + 1, "\(chart.section) fits a phone")
            }
            return [extractor]
        }
    }

    @Test func theDemoWritesTheReportOfItsDocuments() throws {
        let folder = try TemporaryDirectory("report-demo")
        defer { folder.remove() }
        let report = folder.file("demo.html")
        let run = try self.diaoyan(["demo", "--json", "--report", report.path, RepositoryPaths.seeds.path])
        #expect(run.status == 0, "\(run.errors)")
        let line = run.output.split(separator: "\n").last.map(String.init) ?? ""
        let summary = try JSONDecoder().decode(DemoRunner.Report.self, from: Data(line.utf8))
        let dom = ReportDOM(html: try String(contentsOf: report, encoding: .utf8))
        for id in Self.sections {
            #expect(dom.section(id).contains("<svg class=\"chart\""), "chart in \(id)")
        }
        #expect(dom.html.contains("<b>\(summary.documents)</b> 文章"))
        #expect(dom.html.contains("<b>\(summary.projects)</b> 项目"))
        let byProvince = try #require(summary.stats.first { $0.metric == .projects && $0.by == .province })
        #expect(
            dom.rows("map") == byProvince.rows.map { [$0.key, StatsPresentation.format($0.value)] }
                + [["合计", StatsPresentation.format(byProvince.total ?? 0)]]
        )
    }

    /// Each section's table against the CLI's answers.
    private func checkNumbers(
        dom: ReportDOM,
        stats: ([String]) throws -> StatsResult,
        connection: [String]
    ) throws {
        for id in Self.sections {
            #expect(!dom.section(id).isEmpty, "section \(id)")
            #expect(dom.section(id).contains("<svg class=\"chart\""), "chart in \(id)")
        }
        let documents = try stats(["--metric", "documents"])
        #expect(dom.html.contains("<b>\(Int(documents.total ?? 0))</b> 文章"))
        let projects = try stats(["--metric", "projects"])
        #expect(dom.html.contains("<b>\(Int(projects.total ?? 0))</b> 项目"))

        let byProvince = try stats(["--metric", "projects", "--by", "province"])
        #expect(!byProvince.rows.isEmpty)
        let mapRows = dom.rows("map")
        for row in byProvince.rows {
            #expect(mapRows.contains([row.key, StatsPresentation.format(row.value)]), "map: \(row.key)")
            if let tile = ProvinceTile.tile(for: row.key) {
                #expect(dom.section("map").contains("\(tile.name)：\(StatsPresentation.format(row.value)) 个项目"))
            }
        }

        let byMonth = try stats(["--metric", "events", "--by", "month"])
        let monthRows = Dictionary(
            dom.rows("months").map { ($0.first ?? "", $0.last ?? "") },
            uniquingKeysWith: { a, _ in a }
        )
        for row in byMonth.rows where ReportDate(row.key)?.monthKey == row.key {
            #expect(monthRows[row.key] == StatsPresentation.format(row.value), "events in \(row.key)")
        }

        let labels = DisplayLabels(.zh)
        let breakdown = dom.rows("breakdown")
        for row in try stats(["--metric", "projects", "--by", "industry"]).rows {
            let name = row.key.isEmpty ? "（未分类）" : labels.key(row.key, of: .industry)
            #expect(breakdown.contains(["产业", name, StatsPresentation.format(row.value)]), "industry \(row.key)")
        }
        for row in try stats(["--metric", "projects", "--by", "stage"]).rows {
            let name = row.key.isEmpty ? "（无）" : labels.key(row.key, of: .stage)
            #expect(breakdown.contains(["阶段", name, StatsPresentation.format(row.value)]), "stage \(row.key)")
        }

        let money = dom.rows("investment")
        var moneyRows = 0
        for (kind, metric) in [("项目投资", "investment"), ("公布投资", "announced_investment")] {
            for row in try stats(["--metric", metric, "--by", "province"]).rows {
                let unit = ReportNumber.hundredMillionsUnit(row.unit ?? "")
                let shown = money.first { $0.count == 4 && $0[0] == kind && $0[1] == row.key && $0[2] == unit }
                let value = shown.flatMap { Double($0[3]) }
                #expect(
                    value.map { abs($0 - row.value / 1e8) < 0.006 } == true,
                    "\(kind) \(row.key) \(unit): \(String(describing: shown))"
                )
                moneyRows += 1
            }
        }
        #expect(moneyRows > 0, "the seeds announce money")

        let officials = try stats(["--metric", "stories", "--by", "official", "--top", "10"])
        let officialRows = dom.rows("officials")
        #expect(officialRows.count == officials.rows.count)
        for (row, shown) in zip(officials.rows, officialRows) {
            #expect(shown.first == row.key && shown.dropLast().last == StatsPresentation.format(row.value), "\(shown)")
        }

        // Lifecycles: every drawn report is one the projects query answers, with its date and document.
        let run = try self.diaoyan(["projects"] + connection + ["--limit", "1000", "--json"])
        let listed = try JSONDecoder().decode(ProjectsResult.self, from: Data(run.output.utf8))
        let reports = Set(
            listed.projects.flatMap { project in
                project.stages.filter { $0.stage != .unknown }.map {
                    "\(labels.stage($0.stage))|\($0.date ?? "（无日期）")|\($0.document)"
                }
            }
        )
        let lifecycleRows = dom.rows("lifecycles")
        #expect(!lifecycleRows.isEmpty)
        for row in lifecycleRows {
            #expect(reports.contains(row.dropFirst().joined(separator: "|")), "\(row)")
        }
        let drawnProjects = lifecycleRows.compactMap { $0.first }.filter { !$0.isEmpty }
        #expect(dom.count("<g class=\"strip\">") == drawnProjects.count)
        #expect(Set(drawnProjects).isSubset(of: Set(listed.projects.map(\.name))))
    }
}
