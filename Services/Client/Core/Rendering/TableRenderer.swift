import Foundation

/// Renders rows as an aligned plain-text table, CSV, or nothing fancier; widths count CJK characters as two.
package struct TableRenderer: Sendable {
    /// How a column is aligned.
    package enum Alignment: Sendable {
        case left, right
    }

    package var headers: [String]
    package var alignments: [Alignment]

    package init(headers: [String], alignments: [Alignment]? = nil) {
        self.headers = headers
        self.alignments = alignments ?? headers.map { _ in .left }
    }

    /// An aligned table with a header rule, one line per row, ending in a newline.
    package func table(_ rows: [[String]]) -> String {
        var widths = self.headers.map(DisplayWidth.of)
        for row in rows {
            for (column, cell) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], DisplayWidth.of(cell))
            }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (column, width) in widths.enumerated() {
                let cell = column < cells.count ? cells[column] : ""
                let padding = String(repeating: " ", count: max(0, width - DisplayWidth.of(cell)))
                let alignment = column < self.alignments.count ? self.alignments[column] : .left
                parts.append(alignment == .left ? cell + padding : padding + cell)
            }
            var text = parts.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        var output = line(self.headers) + "\n"
        output += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in rows {
            output += line(row) + "\n"
        }
        return output
    }

    /// RFC 4180 CSV with a header line; fields with commas, quotes or line breaks are quoted.
    package func csv(_ rows: [[String]]) -> String {
        func field(_ text: String) -> String {
            guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        var output = self.headers.map(field).joined(separator: ",") + "\r\n"
        for row in rows {
            output += row.map(field).joined(separator: ",") + "\r\n"
        }
        return output
    }
}
