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
    /// Summed investment, one row per currency.
    case investment
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
    /// A place path prefix such as `黑龙江省` or `黑龙江省/哈尔滨市`.
    package var place: String?
    package var industry: Industry?
    package var stage: Stage?
    /// An official's name.
    package var official: String?

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
}

/// `stats` body.
package struct StatsRequest: Codable, Hashable, Sendable {
    package var metric: StatsMetric
    package var by: StatsDimension?
    package var filter: QueryFilter?

    package init(metric: StatsMetric, by: StatsDimension? = nil, filter: QueryFilter? = nil) {
        self.metric = metric
        self.by = by
        self.filter = filter
    }
}

/// `stats_result` body: one row per group, largest first, and the total over the filtered data.
package struct StatsResult: Codable, Hashable, Sendable {
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
    package var total: Double

    package init(metric: StatsMetric, by: StatsDimension?, rows: [Row], total: Double) {
        self.metric = metric
        self.by = by
        self.rows = rows
        self.total = total
    }

    private enum CodingKeys: String, CodingKey {
        case metric, by, rows, total
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.metric, forKey: .metric)
        try container.encode(self.by, forKey: .by)
        try container.encode(self.rows, forKey: .rows)
        try container.encode(self.total, forKey: .total)
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
        package var name: String
        /// The most specific place the articles gave the project.
        package var place: Place?
        package var industries: [Industry]
        package var stages: [StageReport]

        package init(name: String, place: Place?, industries: [Industry], stages: [StageReport]) {
            self.name = name
            self.place = place
            self.industries = industries
            self.stages = stages
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
