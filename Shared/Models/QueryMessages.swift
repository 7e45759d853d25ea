/// What a statistics query counts or sums.
package enum StatsMetric: String, Codable, CaseIterable, Sendable {
    /// Documents stored.
    case documents
    /// Distinct stories (near-duplicate articles counted once).
    case stories
    /// Distinct projects.
    case projects
    /// Events reported.
    case events
    /// Distinct officials.
    case officials
    /// Summed project capacity, one row per unit.
    case capacity
    /// Summed investment of projects (the largest figure reported for each project, per currency), under the
    /// project's own place, industries and stage.
    case investment
    /// Summed money the stories announce without a project (each figure once per story), under the story's place.
    case announcedInvestment = "announced_investment"

    /// Whether the metric sums amounts in a unit or currency rather than counting things.
    package var isSum: Bool {
        self == .capacity || self == .investment || self == .announcedInvestment
    }
}

/// How the rows of a statistic are ordered.
package enum StatsOrder: String, Codable, CaseIterable, Sendable {
    /// Largest value first (the default), ties by key.
    case valueDescending = "value_desc"
    /// Smallest value first, ties by key.
    case valueAscending = "value_asc"
    /// By key (a month, a name), ascending.
    case key
}

/// A name in a query that is not one of the valid ones: the query is refused `bad_request` naming them.
package struct UnknownName: Hashable, Sendable {
    /// The field it was given for (`metric`, `by`, `order`, `filter.industry`, `filter.stage`).
    package var field: String
    package var value: String
    /// Every valid value of the field.
    package var valid: [String]

    package init(field: String, value: String, valid: [String]) {
        self.field = field
        self.value = value
        self.valid = valid
    }

    /// Decodes an optional enumerated field; an unknown value is recorded in `unknown` and read as nil.
    static func decode<Value: RawRepresentable & CaseIterable, Key: CodingKey>(
        _: Value.Type,
        field: String,
        from container: KeyedDecodingContainer<Key>,
        key: Key,
        unknown: inout [UnknownName]
    ) throws -> Value? where Value.RawValue == String {
        guard let text = try container.decodeIfPresent(String.self, forKey: key) else { return nil }
        guard let value = Value(rawValue: text) else {
            unknown.append(UnknownName(field: field, value: text, valid: Value.allCases.map(\.rawValue)))
            return nil
        }
        return value
    }
}

/// What a statistics query groups by.
package enum StatsDimension: String, Codable, CaseIterable, Sendable {
    case province, city, county, park, industry, stage, month, official, organization, source
}

/// Restricts a query to part of the data. Every field is optional; set fields combine with AND.
package struct QueryFilter: Codable, Hashable, Sendable {
    /// Earliest publication date, inclusive (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    package var from: String?
    /// Latest publication date, inclusive.
    package var to: String?
    /// A place path prefix such as `黑龙江省` or `黑龙江省/哈尔滨市`, or a GB/T 2260 code (`230000` is the province,
    /// `230100` the city, `230112` the county).
    package var place: String?
    package var industry: Industry?
    package var stage: Stage?
    /// An official's name.
    package var official: String?
    /// Names given for `industry` or `stage` that are not in the vocabulary (never encoded).
    package var unknownNames: [UnknownName] = []

    package init(
        from: String? = nil,
        to: String? = nil,
        place: String? = nil,
        industry: Industry? = nil,
        stage: Stage? = nil,
        official: String? = nil
    ) {
        self.from = from
        self.to = to
        self.place = place
        self.industry = industry
        self.stage = stage
        self.official = official
    }

    private enum CodingKeys: String, CodingKey {
        case from, to, place, industry, stage, official
    }

    /// Decodes a filter; an unknown industry or stage is kept in ``unknownNames`` for a `bad_request`.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        var unknown: [UnknownName] = []
        self.from = try container.decodeIfPresent(String.self, forKey: .from)
        self.to = try container.decodeIfPresent(String.self, forKey: .to)
        self.place = try container.decodeIfPresent(String.self, forKey: .place)
        self.industry = try UnknownName.decode(
            Industry.self, field: "filter.industry", from: container, key: .industry, unknown: &unknown)
        self.stage = try UnknownName.decode(Stage.self, field: "filter.stage", from: container, key: .stage, unknown: &unknown)
        self.official = try container.decodeIfPresent(String.self, forKey: .official)
        self.unknownNames = unknown
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.from, forKey: .from)
        try container.encodeIfPresent(self.to, forKey: .to)
        try container.encodeIfPresent(self.place, forKey: .place)
        try container.encodeIfPresent(self.industry, forKey: .industry)
        try container.encodeIfPresent(self.stage, forKey: .stage)
        try container.encodeIfPresent(self.official, forKey: .official)
    }
}

/// `stats` body.
package struct StatsRequest: Codable, Hashable, Sendable {
    package var metric: StatsMetric
    package var by: StatsDimension?
    package var filter: QueryFilter?
    /// Most rows answered (the total still covers every row). Default: all.
    package var limit: Int?
    /// Row order; default ``StatsOrder/valueDescending``.
    package var order: StatsOrder?
    /// Names given for `metric`, `by` or `order` that are not valid ones (never encoded).
    package var unknownNames: [UnknownName] = []

    package init(
        metric: StatsMetric,
        by: StatsDimension? = nil,
        filter: QueryFilter? = nil,
        limit: Int? = nil,
        order: StatsOrder? = nil
    ) {
        self.metric = metric
        self.by = by
        self.filter = filter
        self.limit = limit
        self.order = order
    }

    private enum CodingKeys: String, CodingKey {
        case metric, by, filter, limit, order
    }

    /// Decodes a request; unknown names are kept in ``unknownNames`` (with the filter's) for a `bad_request`
    /// that lists the valid ones, rather than failing the whole body as `bad_json`.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        var unknown: [UnknownName] = []
        let metric = try UnknownName.decode(StatsMetric.self, field: "metric", from: container, key: .metric, unknown: &unknown)
        self.metric = metric ?? .documents
        if metric == nil, unknown.isEmpty {
            throw DecodingError.keyNotFound(CodingKeys.metric, .init(codingPath: [], debugDescription: "metric is required"))
        }
        self.by = try UnknownName.decode(StatsDimension.self, field: "by", from: container, key: .by, unknown: &unknown)
        self.filter = try container.decodeIfPresent(QueryFilter.self, forKey: .filter)
        self.limit = try container.decodeIfPresent(Int.self, forKey: .limit)
        self.order = try UnknownName.decode(StatsOrder.self, field: "order", from: container, key: .order, unknown: &unknown)
        self.unknownNames = unknown + (self.filter?.unknownNames ?? [])
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.metric, forKey: .metric)
        try container.encodeIfPresent(self.by, forKey: .by)
        try container.encodeIfPresent(self.filter, forKey: .filter)
        try container.encodeIfPresent(self.limit, forKey: .limit)
        try container.encodeIfPresent(self.order, forKey: .order)
    }
}

/// `stats_result` body: one row per group, largest first, and the total over the filtered data.
///
/// A summed metric's total is given per unit or currency in `totals`; `total` is their sum only when there is
/// one unit (null otherwise: tons and gigawatts, yuan and dollars are never added).
package struct StatsResult: Codable, Hashable, Sendable {
    /// The total of a summed metric in one unit or currency.
    package struct Total: Codable, Hashable, Sendable {
        package var unit: String
        package var value: Double

        package init(unit: String, value: Double) {
            self.unit = unit
            self.value = value
        }
    }

    package struct Row: Codable, Hashable, Sendable {
        package var key: String
        package var value: Double
        /// The unit or currency a summed row is in (capacity, investment).
        package var unit: String?

        package init(key: String, value: Double, unit: String? = nil) {
            self.key = key
            self.value = value
            self.unit = unit
        }
    }

    package var metric: StatsMetric
    package var by: StatsDimension?
    package var rows: [Row]
    /// The count over everything the filter keeps, or a summed metric's total when it is in one unit; nil for a
    /// sum over several units.
    package var total: Double?
    /// A summed metric's total per unit or currency, largest first; empty for counts.
    package var totals: [Total]

    package init(metric: StatsMetric, by: StatsDimension?, rows: [Row], total: Double?, totals: [Total] = []) {
        self.metric = metric
        self.by = by
        self.rows = rows
        self.total = total
        self.totals = totals
    }

    private enum CodingKeys: String, CodingKey {
        case metric, by, rows, total, totals
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.metric = try container.decode(StatsMetric.self, forKey: .metric)
        self.by = try container.decodeIfPresent(StatsDimension.self, forKey: .by)
        self.rows = try container.decode([Row].self, forKey: .rows)
        self.total = try container.decodeIfPresent(Double.self, forKey: .total)
        self.totals = try container.decodeIfPresent([Total].self, forKey: .totals) ?? []
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.metric, forKey: .metric)
        try container.encode(self.by, forKey: .by)
        try container.encode(self.rows, forKey: .rows)
        try container.encode(self.total, forKey: .total)
        if !self.totals.isEmpty { try container.encode(self.totals, forKey: .totals) }
    }
}

/// `projects` body.
package struct ProjectsRequest: Codable, Hashable, Sendable {
    package var filter: QueryFilter?
    package var limit: Int?

    package init(filter: QueryFilter? = nil, limit: Int? = nil) {
        self.filter = filter
        self.limit = limit
    }
}

/// `projects_result` body: projects with the lifecycle stages articles reported for them.
package struct ProjectsResult: Codable, Hashable, Sendable {
    package struct Project: Codable, Hashable, Sendable {
        /// The aggregator's number for the project, stable while its store lives.
        package var id: Int?
        package var name: String
        /// The most specific place the articles gave the project.
        package var place: Place?
        package var industries: [Industry]
        /// The latest stage an article reported (by date, then lifecycle order); nil when none said one.
        package var stage: Stage?
        /// Each known stage an article reported, in date order; `unknown` is never listed.
        package var stages: [StageReport]
        /// The project's investment per currency (the largest figure reported for it).
        package var investment: [StatsResult.Total]

        package init(
            id: Int? = nil,
            name: String,
            place: Place?,
            industries: [Industry],
            stage: Stage? = nil,
            stages: [StageReport],
            investment: [StatsResult.Total] = []
        ) {
            self.id = id
            self.name = name
            self.place = place
            self.industries = industries
            self.stage = stage
            self.stages = stages
            self.investment = investment
        }

        private enum CodingKeys: String, CodingKey {
            case id, name, place, industries, stage, stages, investment
        }

        package init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.id = try container.decodeIfPresent(Int.self, forKey: .id)
            self.name = try container.decode(String.self, forKey: .name)
            self.place = try container.decodeIfPresent(Place.self, forKey: .place)
            self.industries = try container.decode([Industry].self, forKey: .industries)
            self.stage = try container.decodeIfPresent(Stage.self, forKey: .stage)
            self.stages = try container.decode([StageReport].self, forKey: .stages)
            self.investment = try container.decodeIfPresent([StatsResult.Total].self, forKey: .investment) ?? []
        }
    }

    /// One article's report of a project at a stage.
    package struct StageReport: Codable, Hashable, Sendable {
        package var stage: Stage
        package var date: String?
        /// The id of the document that reported it.
        package var document: String

        package init(stage: Stage, date: String?, document: String) {
            self.stage = stage
            self.date = date
            self.document = document
        }
    }

    package var projects: [Project]

    package init(projects: [Project]) {
        self.projects = projects
    }
}

/// `document` body: asks for one stored extraction record.
package struct DocumentRequest: Codable, Hashable, Sendable {
    package var id: String

    package init(id: String) {
        self.id = id
    }
}

extension StatsRequest: WireRequest {
    package typealias Response = StatsResult
    package static let type = "stats"
}

extension StatsResult: WireResponse {
    package static let type = "stats_result"
}

extension ProjectsRequest: WireRequest {
    package typealias Response = ProjectsResult
    package static let type = "projects"
    /// `projects` may come without a body: every project, default limit.
    package static var absentBody: ProjectsRequest? { ProjectsRequest() }
}

extension ProjectsResult: WireResponse {
    package static let type = "projects_result"
}

extension DocumentRequest: WireRequest {
    package typealias Response = DocumentResult
    package static let type = "document"
}
