import DiaoyanModels
import Foundation

/// Turns query answers into table rows: with ``DisplayLabels`` for a table a person reads (stages, industries and
/// money in their language), or with the raw English names and numbers for CSV (`labels` nil).
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

    /// The table for one `stats_result`: key, value (and unit when the rows carry one), then the total lines: one
    /// for a count, one per unit or currency for a sum.
    package static func renderer(for result: StatsResult, labels: DisplayLabels? = nil) -> (TableRenderer, [[String]]) {
        let money = labels != nil && (result.metric == .investment || result.metric == .announcedInvestment)
        // Without a dimension a sum's key is its unit already.
        let hasUnit = result.metric.isSum && !money && result.by != nil
        func value(_ value: Double, unit: String?) -> String {
            guard money, let labels, let unit else { return Self.format(value) }
            return MoneyFormat.format(value, currency: unit, language: labels.language)
        }
        var rows = result.rows.map { row -> [String] in
            let key = labels?.key(row.key, of: result.by) ?? (row.key.isEmpty ? "(none)" : row.key)
            var cells = [key, value(row.value, unit: row.unit)]
            if hasUnit { cells.append(row.unit ?? "") }
            return cells
        }
        let totalWord = labels?.total ?? "total"
        if result.metric.isSum {
            if result.by != nil {
                rows += result.totals.map { total in
                    [totalWord, value(total.value, unit: total.unit)] + (hasUnit ? [total.unit] : [])
                }
            }
            if result.totals.isEmpty { rows.append([totalWord, "0"] + (hasUnit ? [""] : [])) }
        } else if result.by != nil || result.rows.isEmpty {
            rows.append([totalWord, Self.format(result.total ?? 0)])
        }
        let keyHeader =
            result.by.map { labels?.dimension($0) ?? $0.rawValue } ?? (result.metric.isSum ? (labels?.unit ?? "unit") : (labels?.metricHeader ?? "metric"))
        var headers = [keyHeader, labels?.metric(result.metric) ?? result.metric.rawValue]
        if hasUnit { headers.append(labels?.unit ?? "unit") }
        return (TableRenderer(headers: headers, alignments: [.left, .right, .left]), rows)
    }

    /// The table for a `projects_result`: name, place, industries, latest stage, investment and the lifecycle.
    package static func renderer(for result: ProjectsResult, labels: DisplayLabels? = nil) -> (TableRenderer, [[String]]) {
        let headers = labels?.projectHeaders ?? ["project", "place", "industries", "stage", "investment", "stages"]
        let rows = result.projects.map { project -> [String] in
            let stage = { (stage: Stage) in labels?.stage(stage) ?? stage.rawValue }
            let money = project.investment.map { total in
                labels.map { MoneyFormat.format(total.value, currency: total.unit, language: $0.language) }
                    ?? "\(Self.format(total.value)) \(total.unit)"
            }
            return [
                project.name,
                project.place.map { place in place.park.map { "\(place.path)/\($0)" } ?? place.path } ?? "",
                project.industries.map { labels?.industry($0) ?? $0.rawValue }.joined(separator: " "),
                project.stage.map(stage) ?? "",
                money.joined(separator: " "),
                project.stages.map { "\(stage($0.stage))@\($0.date ?? "?")" }.joined(separator: " → "),
            ]
        }
        return (TableRenderer(headers: headers), rows)
    }
}
