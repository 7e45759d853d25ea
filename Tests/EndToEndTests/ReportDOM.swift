import Foundation

/// The report's DOM as chromium's `--dump-dom` prints it, read for what the test checks: a section's text and the
/// cells of its table.
struct ReportDOM {
    let html: String

    /// `<section id="id">…</section>`, empty when the page has none.
    func section(_ id: String) -> String {
        guard let start = self.html.range(of: "<section id=\"\(id)\">"),
            let end = self.html.range(of: "</section>", range: start.upperBound..<self.html.endIndex)
        else { return "" }
        return String(self.html[start.lowerBound..<end.upperBound])
    }

    /// The body rows of the section's table, each cell's text with entities read.
    func rows(_ id: String) -> [[String]] {
        let section = self.section(id)
        guard let body = section.range(of: "<tbody>"), let end = section.range(of: "</tbody>") else { return [] }
        let rows = section[body.upperBound..<end.lowerBound].components(separatedBy: "</tr>")
        return rows.compactMap { row -> [String]? in
            guard row.contains("<tr>") else { return nil }
            return row.components(separatedBy: "</td>").dropLast().map { cell in
                let text = cell.range(of: ">", options: .backwards).map { String(cell[$0.upperBound...]) } ?? ""
                return Self.unescape(text)
            }
        }
    }

    /// How often `needle` occurs in the page.
    func count(_ needle: String) -> Int {
        self.html.components(separatedBy: needle).count - 1
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
