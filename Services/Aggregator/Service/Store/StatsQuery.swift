import DiaoyanModels

/// Builds the SQL for one statistics request: a base of facts for the metric, joined to the dimension it is grouped
/// by, restricted by the filter (``StatsFilterSQL``).
///
/// Counting metrics count distinct items: a document, a story, a project, an event of a story (type, date and
/// persons: two reprints tell one event), an official's name. Summing metrics sum per unit or currency, never
/// across: a project's capacity or investment is the largest figure reported for it in that unit (a project
/// reported by three articles counts once, under its own place, industries and stage); announced money is each
/// distinct figure of a story once, under the story's place.
struct StatsQuery {
    struct Statement {
        var sql: String
        var arguments: [SQLValue]
    }

    let request: StatsRequest
    /// The grouped rows; nil for a count without a dimension.
    private(set) var grouped: Statement?
    /// The totals: one row (`unit` empty) for counts, one per unit for sums.
    private(set) var total: Statement

    init(_ request: StatsRequest) {
        self.request = request
        let base = StatsBase(request.metric)
        let ungrouped = base.ungrouped
        self.total = Self.totals(base, ungrouped, where: StatsFilterSQL(request.filter, base: base, grouping: ungrouped))
        if let dimension = request.by {
            let grouping = base.grouping(by: dimension)
            let filter = StatsFilterSQL(request.filter, base: base, grouping: grouping)
            self.grouped = Self.grouped(base, grouping, where: filter, order: request.order, limit: request.limit)
        } else if let summed = base.summed {
            var grouping = ungrouped
            grouping.key = summed.unit
            let filter = StatsFilterSQL(request.filter, base: base, grouping: grouping)
            self.grouped = Self.grouped(base, grouping, where: filter, order: request.order, limit: request.limit)
        }
    }

    /// The answer from the fetched rows and totals.
    func result(rows: [StatsResult.Row], totals: [StatsResult.Total]) -> StatsResult {
        guard self.request.metric.isSum else {
            return StatsResult(metric: self.request.metric, by: self.request.by, rows: rows, total: totals.first?.value ?? 0)
        }
        let total: Double? = totals.count > 1 ? nil : (totals.first?.value ?? 0)
        return StatsResult(metric: self.request.metric, by: self.request.by, rows: rows, total: total, totals: totals)
    }

    /// Rows grouped by `key`: distinct items counted, or per-item figures summed per unit.
    private static func grouped(
        _ base: StatsBase,
        _ grouping: StatsBase.Grouping,
        where filter: StatsFilterSQL,
        order: StatsOrder?,
        limit: Int?
    ) -> Statement {
        let ordering =
            switch order ?? .valueDescending {
            case .valueDescending: "ORDER BY value DESC, key, unit"
            case .valueAscending: "ORDER BY value, key, unit"
            case .key: "ORDER BY key, unit"
            }
        let limited = limit.map { " LIMIT \(max($0, 0))" } ?? ""
        let (from, key, item) = (grouping.from, grouping.key, grouping.item)
        guard let summed = base.summed else {
            return Statement(
                sql: """
                    SELECT coalesce(\(key), '') AS key, count(DISTINCT \(item)) AS value, NULL AS unit
                    FROM \(from) WHERE \(filter.condition)
                    GROUP BY coalesce(\(key), '') \(ordering)\(limited)
                    """,
                arguments: filter.arguments
            )
        }
        return Statement(
            sql: """
                SELECT key, unit, sum(value) AS value FROM (
                    SELECT DISTINCT coalesce(\(key), '') AS key, \(summed.unit) AS unit, \(item) AS item,
                        \(summed.value) AS value
                    FROM \(from) WHERE \(filter.condition)) facts
                GROUP BY key, unit \(ordering)\(limited)
                """,
            arguments: filter.arguments
        )
    }

    /// The count of distinct items, or the sum per unit, over everything the filter keeps.
    private static func totals(_ base: StatsBase, _ grouping: StatsBase.Grouping, where filter: StatsFilterSQL)
        -> Statement
    {
        let from = grouping.from
        guard let summed = base.summed else {
            return Statement(
                sql: "SELECT '' AS unit, count(DISTINCT \(base.item)) AS value FROM \(from) WHERE \(filter.condition)",
                arguments: filter.arguments
            )
        }
        return Statement(
            sql: """
                SELECT unit, sum(value) AS value FROM (
                    SELECT DISTINCT \(summed.unit) AS unit, \(base.item) AS item, \(summed.value) AS value
                    FROM \(from) WHERE \(filter.condition)) facts
                GROUP BY unit ORDER BY value DESC, unit
                """,
            arguments: filter.arguments
        )
    }
}
