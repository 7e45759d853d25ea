import Foundation

/// Deploy/grafana/diaoyan-dashboard.json, read for its panel queries.
struct GrafanaDashboard {
    /// Every PromQL expression of every panel, in panel order.
    var expressions: [String]

    static func load() throws -> GrafanaDashboard {
        let data = try Data(contentsOf: DeployFiles.url("grafana/diaoyan-dashboard.json"))
        let dashboard = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        let panels = dashboard["panels"] as? [[String: Any]] ?? []
        return GrafanaDashboard(
            expressions: panels.flatMap {
                ($0["targets"] as? [[String: Any]] ?? []).compactMap { $0["expr"] as? String }
            }
        )
    }
}
