import DiaoyanModels
import GRDB

/// Builds the SQL for one statistics request: a base of facts for the metric, joined to the dimension it is grouped
/// by, restricted by the filter.
///
/// Counting metrics count distinct items (a document, a story, a project key, an event, an official's name), so a
/// project reported by three articles is one project. Summing metrics sum distinct (project, unit, value) or
/// (story, currency, value) facts, so a reprinted article does not double a capacity or an investment.
struct StatsQuery {
    struct Statement {
        var sql: String
        var arguments: StatementArguments
    }

    private(set) var groupedSQL: Statement?
    private(set) var totalSQL: Statement

    /// Whether a metric's rows are projects (their own place, stage and industries) or documents.
    private enum Base {
        case documents, stories, projects, events, officials, capacity, investment

        var isProjectLevel: Bool { self == .projects || self == .capacity }

        /// FROM clause; every base has `d` (documents).
        var from: String {
            switch self {
            case .documents, .stories: "documents d"
            case .projects: "projects p JOIN documents d ON d.id = p.doc"
            case .events: "events e JOIN documents d ON d.id = e.doc"
            case .officials: "persons o JOIN documents d ON d.id = o.doc AND o.role = 'official'"
            case .capacity: "quantities q JOIN projects p ON p.doc = q.doc AND p.idx = q.idx JOIN documents d ON d.id = q.doc"
            case .investment: "amounts a JOIN documents d ON d.id = a.doc"
            }
        }

        /// The distinct item counted, or for sums the columns that make a fact distinct.
        var item: String {
            switch self {
            case .documents: "d.id"
            case .stories: "d.story"
            case .projects: "p.key"
            case .events: "e.doc || ':' || e.idx"
            case .officials: "o.name"
            case .capacity: "p.key"
            case .investment: "d.story"
            }
        }

        var summed: (value: String, unit: String)? {
            switch self {
            case .capacity: ("q.value", "q.unit")
            case .investment: ("a.value", "a.currency")
            default: nil
            }
        }
    }

    init(_ request: StatsRequest) {
        let base = Self.base(of: request.metric)
        let (condition, arguments) = Self.condition(request.filter, base: base)
        if let dimension = request.by {
            let (join, key) = Self.dimension(dimension, base: base, metric: request.metric)
            self.groupedSQL = Self.grouped(base, from: "\(base.from) \(join)", key: key, where: condition, arguments)
        } else if let summed = base.summed {
            self.groupedSQL = Statement(
                sql: """
                    SELECT unit AS key, unit, sum(value) AS value FROM (
                        SELECT DISTINCT \(summed.unit) AS unit, \(base.item) AS item, \(summed.value) AS value
                        FROM \(base.from) WHERE \(condition))
                    GROUP BY unit ORDER BY value DESC, unit
                    """,
                arguments: arguments
            )
        }
        self.totalSQL = Self.total(base, where: condition, arguments)
    }

    private static func base(of metric: StatsMetric) -> Base {
        switch metric {
        case .documents: .documents
        case .stories: .stories
        case .projects: .projects
        case .events: .events
        case .officials: .officials
        case .capacity: .capacity
        case .investment: .investment
        }
    }

    /// Rows of `base` grouped by `key`: distinct items counted, or distinct facts summed per unit.
    private static func grouped(
        _ base: Base,
        from: String,
        key: String,
        where condition: String,
        _ arguments: StatementArguments
    ) -> Statement {
        guard let summed = base.summed else {
            return Statement(
                sql: """
                    SELECT coalesce(\(key), '') AS key, count(DISTINCT \(base.item)) AS value, NULL AS unit
                    FROM \(from) WHERE \(condition)
                    GROUP BY coalesce(\(key), '') ORDER BY value DESC, key
                    """,
                arguments: arguments
            )
        }
        return Statement(
            sql: """
                SELECT key, unit, sum(value) AS value FROM (
                    SELECT DISTINCT coalesce(\(key), '') AS key, \(summed.unit) AS unit, \(base.item) AS item,
                        \(summed.value) AS value
                    FROM \(from) WHERE \(condition))
                GROUP BY key, unit ORDER BY value DESC, key, unit
                """,
            arguments: arguments
        )
    }

    /// The total of `base` over everything the filter keeps.
    private static func total(_ base: Base, where condition: String, _ arguments: StatementArguments) -> Statement {
        guard let summed = base.summed else {
            return Statement(
                sql: "SELECT count(DISTINCT \(base.item)) FROM \(base.from) WHERE \(condition)",
                arguments: arguments
            )
        }
        return Statement(
            sql: """
                SELECT coalesce(sum(value), 0) FROM (
                    SELECT DISTINCT \(summed.unit) AS unit, \(base.item) AS item, \(summed.value) AS value
                    FROM \(base.from) WHERE \(condition))
                """,
            arguments: arguments
        )
    }

    /// The join and key expression for grouping `base` by `dimension`.
    private static func dimension(_ dimension: StatsDimension, base: Base, metric: StatsMetric) -> (String, String) {
        let projectLevel = base.isProjectLevel
        switch dimension {
        case .province, .city, .county, .park:
            let column = dimension.rawValue
            return projectLevel ? ("", "p.\(column)") : ("JOIN places g ON g.doc = d.id", "g.\(column)")
        case .industry:
            return projectLevel
                ? ("JOIN project_industries g ON g.doc = p.doc AND g.idx = p.idx", "g.industry")
                : ("JOIN industries g ON g.doc = d.id", "g.industry")
        case .stage:
            return projectLevel ? ("", "p.stage") : ("JOIN projects g ON g.doc = d.id", "g.stage")
        case .organization:
            return projectLevel ? ("", "p.organization") : ("JOIN organizations g ON g.doc = d.id", "g.name")
        case .official:
            if base == .officials { return ("", "o.name") }
            return ("JOIN persons g ON g.doc = d.id AND g.role = 'official'", "g.name")
        case .month:
            return ("", base == .events ? "e.month" : "d.month")
        case .source:
            return ("", "d.source")
        }
    }

    /// The WHERE condition for `filter`, with its arguments.
    private static func condition(_ filter: QueryFilter?, base: Base) -> (String, StatementArguments) {
        var clauses = ["1"]
        var arguments: [(any DatabaseValueConvertible)?] = []
        guard let filter else { return ("1", []) }
        if let from = filter.from {
            clauses.append("d.published IS NOT NULL AND substr(d.published, 1, length(?)) >= ?")
            arguments += [from, from]
        }
        if let to = filter.to {
            clauses.append("d.published IS NOT NULL AND substr(d.published, 1, length(?)) <= ?")
            arguments += [to, to]
        }
        if let place = filter.place {
            if base.isProjectLevel {
                clauses.append("(p.path = ? OR substr(p.path, 1, length(?) + 1) = ? || '/')")
            } else {
                clauses.append(
                    "EXISTS (SELECT 1 FROM places x WHERE x.doc = d.id AND (x.path = ? OR substr(x.path, 1, length(?) + 1) = ? || '/'))"
                )
            }
            arguments += [place, place, place]
        }
        if let industry = filter.industry {
            clauses.append(
                base.isProjectLevel
                    ? "EXISTS (SELECT 1 FROM project_industries x WHERE x.doc = p.doc AND x.idx = p.idx AND x.industry = ?)"
                    : "EXISTS (SELECT 1 FROM industries x WHERE x.doc = d.id AND x.industry = ?)"
            )
            arguments.append(industry.rawValue)
        }
        if let stage = filter.stage {
            clauses.append(
                base.isProjectLevel ? "p.stage = ?" : "EXISTS (SELECT 1 FROM projects x WHERE x.doc = d.id AND x.stage = ?)"
            )
            arguments.append(stage.rawValue)
        }
        if let official = filter.official {
            clauses.append("EXISTS (SELECT 1 FROM persons x WHERE x.doc = d.id AND x.role = 'official' AND x.name = ?)")
            arguments.append(official)
        }
        return (clauses.joined(separator: " AND "), StatementArguments(arguments))
    }

    /// The WHERE condition for a project listing.
    static func projectCondition(_ filter: QueryFilter?) -> (String, StatementArguments) {
        self.condition(filter, base: .projects)
    }
}
