import DiaoyanModels
import Foundation

/// Turns query answers into table rows.
package enum StatsPresentation {
    /// Formats a statistic value: whole numbers without decimals, others with up to four significant decimals.
    package static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// The table for one `stats_result`: key, value (and unit when the rows carry one), then a total line.
    package static func renderer(for result: StatsResult) -> (TableRenderer, [[String]]) {
        let keyHeader = result.by?.rawValue ?? "metric"
        let hasUnit = result.rows.contains { $0.unit != nil }
        var rows = result.rows.map { row -> [String] in
            var cells = [row.key.isEmpty ? "(none)" : row.key, Self.format(row.value)]
            if hasUnit { cells.append(row.unit ?? "") }
            return cells
        }
        if result.by != nil || result.rows.isEmpty {
            var total = ["total", Self.format(result.total)]
            if hasUnit { total.append("") }
            rows.append(total)
        }
        var headers = [keyHeader, result.metric.rawValue]
        if hasUnit { headers.append("unit") }
        return (TableRenderer(headers: headers, alignments: [.left, .right, .left]), rows)
    }

    /// Rows for a `projects_result`: name, place, industries, and the stage history.
    package static func rows(for result: ProjectsResult) -> [[String]] {
        result.projects.map { project in
            [
                project.name,
                project.place.map { place in place.park.map { "\(place.path)/\($0)" } ?? place.path } ?? "",
                project.industries.map(\.rawValue).joined(separator: " "),
                project.stages.map { "\($0.stage.rawValue)@\($0.date ?? "?")" }.joined(separator: " → "),
            ]
        }
    }
}
