import ClientCore
import DiaoyanModels
import Foundation
import Testing

/// The whole page: scraped names escaped, nothing fetched, every section present whatever the data.
@Suite struct ReportPageTests {
    /// The text of `<section id="id">…</section>`.
    static func section(_ id: String, of html: String) -> String {
        guard let start = html.range(of: "<section id=\"\(id)\">") else { return "" }
        guard let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex) else { return "" }
        return String(html[start.lowerBound..<end.upperBound])
    }

    static func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func scriptInANameIsEscapedEverywhere() {
        var data = ReportSamples.small
        let hostile = "<script>alert(\"x\")</script>项目&<img src=x onerror=alert(1)>"
        data.projects[0].name = hostile
        data.officials[0].name = "<script>bad()</script>"
        data.officials[0].titles = ["\"><svg onload=alert(1)>"]
        data.projectsByProvince.rows.append(.init(key: "<b>省</b>", value: 1))
        data.investmentByProvince.rows.append(.init(key: "<i>省</i>", value: 1e8, unit: "<u>X</u>"))
        data.filter = QueryFilter(place: "</title><script>x()</script>")
        let html = ReportPage(data).html()
        #expect(Self.occurrences(of: "<script", in: html) == 1, "only the report's own script")
        #expect(!html.contains("<img"))
        #expect(!html.contains("<svg onload"))
        #expect(!html.contains("<b>省"))
        #expect(!html.contains("<u>X"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;项目&amp;&lt;img"))
        #expect(html.contains("&lt;script&gt;bad()&lt;/script&gt;"))
    }

    @Test func thePageLoadsNothing() {
        for data in [ReportSamples.small, ReportData.empty(generated: "now"), ReportSamples.large(3000)] {
            let html = ReportPage(data).html()
            #expect(!html.contains("http:") && !html.contains("https:") && !html.contains("//"))
            #expect(!html.contains("src="))
            #expect(!html.contains("@import"))
            #expect(html.contains("<meta name=\"viewport\""))
            #expect(html.contains("@media print"))
        }
    }

    @Test func emptyDataGivesEverySectionWithAMessage() {
        let html = ReportPage(ReportData.empty(generated: "2026-12-05 10:00")).html()
        for id in ["map", "months", "breakdown", "investment", "officials", "lifecycles"] {
            #expect(html.contains("<section id=\"\(id)\">"), "\(id)")
        }
        // The map still draws the 34 divisions, empty; the other charts say there is nothing.
        #expect(Self.occurrences(of: "class=\"tile\"", in: html) == 34)
        #expect(Self.occurrences(of: "暂无数据", in: html) == 5)
        #expect(Self.section("map", of: html).contains("暂无项目"))
    }

    @Test func eachSectionHasAnExplanationAChartAndItsTable() {
        let html = ReportPage(ReportSamples.small).html()
        for id in ["map", "months", "breakdown", "investment", "officials", "lifecycles"] {
            let section = Self.section(id, of: html)
            #expect(section.contains("<p class=\"explain\">"), "\(id)")
            #expect(section.contains("<svg class=\"chart\""), "\(id)")
            #expect(section.contains("<details><summary>"), "\(id)")
            #expect(section.contains("<table>"), "\(id)")
        }
        #expect(!html.contains("暂无数据"))
        #expect(html.contains("<b>4</b> 文章"))
        #expect(html.contains("<b>3</b> 项目"))
    }

    @Test func theFilterIsNamed() {
        var data = ReportSamples.small
        data.filter = QueryFilter(from: "2025", place: "江苏省", industry: .newEnergy, stage: .signed)
        let html = ReportPage(data).html()
        #expect(html.contains("发布日期 2025 至 …"))
        #expect(html.contains("地点 江苏省"))
        #expect(html.contains("产业 新能源"))
        #expect(html.contains("阶段 签约"))
    }
}
