import DiaoyanModels

/// Answers an unfiltered statistic from the totals alone (``TallyTotals``) (see ``TallyMember``): rows are the totals of the
/// metric under the dimension, the total the metric's totals under no dimension. The same rows, in the same order,
/// as the fact-table SQL (``StatsQuery``) gives, without touching a fact.
enum TallyQuery {
    /// Whether `request` can be answered from the tallies: it has no filter.
    static func answers(_ request: StatsRequest) -> Bool {
        request.filter == nil || request.filter == QueryFilter()
    }

    static func stats(_ request: StatsRequest, session: any SQLSession) throws -> StatsResult {
        let metric = request.metric
        let (table, value) = (TallyTotals.table, TallyTotals.valueColumn(metric))
        let counted = TallyTotals.countColumn(metric)
        let ordering =
            switch request.order ?? .valueDescending {
            case .valueDescending: "ORDER BY value DESC, key, unit"
            case .valueAscending: "ORDER BY value, key, unit"
            case .key: "ORDER BY key, unit"
            }
        let limited = request.limit.map { " LIMIT \(max($0, 0))" } ?? ""
        // Without a dimension a sum has one row per unit, keyed by the unit.
        let key = request.by == nil ? "unit" : "key"
        let rows = try session.rows(
            """
            SELECT \(key) AS key, unit, \(value) AS value FROM \(table)
            WHERE dimension = ? AND \(counted) > 0 \(ordering)\(limited)
            """,
            request.by?.rawValue ?? ""
        ).map { row in
            StatsResult.Row(
                key: row.text("key") ?? "",
                value: row.double("value") ?? 0,
                unit: metric.isSum ? row.text("unit") : nil
            )
        }
        let totals = try session.rows(
            "SELECT unit, \(value) AS value FROM \(table) WHERE dimension = '' AND \(counted) > 0 ORDER BY value DESC, unit",
            []
        ).map { StatsResult.Total(unit: $0.text("unit") ?? "", value: $0.double("value") ?? 0) }
        let query = StatsQuery(request)
        return query.result(rows: request.by == nil && !metric.isSum ? [] : rows, totals: totals)
    }
}
