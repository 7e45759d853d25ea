import DiaoyanModels

/// The facts one metric is computed from: the table they come from, what is counted or summed, and how a
/// dimension joins them.
///
/// Three levels: document facts (documents, stories, events, officials: grouped by the places, industries,
/// officials… of their documents), project facts (projects, capacity, investment: grouped by the project's own
/// place, stage and industries) and story money (announced investment: grouped by the story's place).
struct StatsBase {
    enum Level {
        case document, project, story
    }

    let metric: StatsMetric
    let level: Level
    /// FROM clause of the base alone.
    let from: String
    /// The distinct item counted, or what makes a summed figure distinct.
    let item: String
    /// The column holding the document's number (`documents.number`, the fact tables' `doc`), for document and
    /// story facts.
    let document: String
    /// Unit and value columns of summed metrics.
    let summed: (unit: String, value: String)?

    init(_ metric: StatsMetric) {
        self.metric = metric
        let projectSum = { (table: String, unit: String, condition: String) in
            "(SELECT project, \(unit) AS unit, max(value) AS value FROM \(table) \(condition) GROUP BY project, \(unit)) q JOIN projects p ON p.id = q.project"
        }
        switch metric {
        case .documents: (level, from, item, document, summed) = (.document, "documents d", "d.id", "d.number", nil)
        case .stories: (level, from, item, document, summed) = (.document, "documents d", "d.story", "d.number", nil)
        case .events: (level, from, item, document, summed) = (.document, "events e", "e.key", "e.doc", nil)
        case .officials:
            (level, from, item, document, summed) = (.document, "persons o", "o.name", "o.doc", nil)
        case .projects: (level, from, item, document, summed) = (.project, "projects p", "p.id", "", nil)
        case .capacity:
            (level, from, item, document, summed) = (
                .project, projectSum("quantities", "unit", ""), "p.id", "", ("q.unit", "q.value")
            )
        case .investment:
            (level, from, item, document, summed) = (
                .project, projectSum("amounts", "currency", "WHERE project IS NOT NULL"), "p.id", "",
                ("q.unit", "q.value")
            )
        case .announcedInvestment:
            (level, from, item, document, summed) = (
                .story, "amounts a JOIN documents d ON d.number = a.doc AND a.project IS NULL", "d.story", "d.number",
                ("a.currency", "a.value")
            )
        }
    }

    /// Whether `o` (persons) rows of the base are officials only.
    var baseCondition: String? {
        self.metric == .officials ? "o.role = 'official'" : nil
    }

    /// A base joined to a dimension: the FROM clause, the key grouped by, and the item and document columns
    /// under that join.
    struct Grouping {
        var from: String
        var key: String
        var item: String
        var document: String
    }

    /// The base without a dimension.
    var ungrouped: Grouping {
        Grouping(from: self.from, key: "''", item: self.item, document: self.document)
    }

    /// The FROM clause joined to `dimension`, and the key expression it groups by.
    func grouping(by dimension: StatsDimension) -> Grouping {
        switch self.level {
        case .project:
            let (from, key) = self.projectGrouping(by: dimension)
            return Grouping(from: from, key: key, item: self.item, document: self.document)
        case .document, .story:
            if self.metric == .documents, let table = Self.documentTable(dimension) {
                // Documents grouped by a fact of theirs: that fact's table alone, its covering index scanned.
                return Grouping(from: table.from, key: "g.\(table.column)", item: "g.doc", document: "g.doc")
            }
            let (from, key) = self.documentGrouping(by: dimension)
            return Grouping(from: from, key: key, item: self.item, document: self.document)
        }
    }

    /// The fact table a document dimension reads, when it has one.
    private static func documentTable(_ dimension: StatsDimension) -> (from: String, column: String)? {
        switch dimension {
        case .province, .city, .county, .park: ("places g", dimension.rawValue)
        case .industry: ("industries g", "industry")
        case .stage: ("reports g", "stage")
        case .official: ("(SELECT doc, name FROM persons WHERE role = 'official') g", "name")
        case .organization: ("organizations g", "name")
        case .month, .source: nil
        }
    }

    private func projectGrouping(by dimension: StatsDimension) -> (from: String, key: String) {
        let viaReports = { (select: String, join: String) in
            (
                "\(self.from) LEFT JOIN (SELECT DISTINCT r.project AS project, \(select) AS key FROM reports r \(join)) g ON g.project = p.id",
                "g.key"
            )
        }
        switch dimension {
        case .province, .city, .county, .park: return (self.from, "p.\(dimension.rawValue)")
        case .stage: return (self.from, "p.stage")
        case .industry: return ("\(self.from) LEFT JOIN project_industries g ON g.project = p.id", "g.industry")
        case .month: return viaReports("d.month", "JOIN documents d ON d.number = r.doc")
        case .source: return viaReports("d.source", "JOIN documents d ON d.number = r.doc")
        case .official: return viaReports("o.name", "JOIN persons o ON o.doc = r.doc AND o.role = 'official'")
        case .organization: return viaReports("r.organization", "")
        }
    }

    private func documentGrouping(by dimension: StatsDimension) -> (from: String, key: String) {
        let join = { (table: String, column: String, extra: String) in
            ("\(self.from) JOIN \(table) g ON g.doc = \(self.document)\(extra)", "g.\(column)")
        }
        let hasDocuments = self.from.contains("documents d")
        switch dimension {
        case .province, .city, .county, .park:
            if self.level == .story { return (self.from, "d.\(dimension.rawValue)") }
            return join("places", dimension.rawValue, "")
        case .industry: return join("industries", "industry", "")
        case .stage: return join("reports", "stage", "")
        case .official:
            if self.metric == .officials { return (self.from, "o.name") }
            return join("persons", "name", " AND g.role = 'official'")
        case .organization: return join("organizations", "name", "")
        case .month:
            if self.metric == .events { return (self.from, "e.month") }
            return hasDocuments
                ? (self.from, "d.month") : ("\(self.from) JOIN documents g ON g.number = \(self.document)", "g.month")
        case .source:
            return hasDocuments
                ? (self.from, "d.source") : ("\(self.from) JOIN documents g ON g.number = \(self.document)", "g.source")
        }
    }
}
