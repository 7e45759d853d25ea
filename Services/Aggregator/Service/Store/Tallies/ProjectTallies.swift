import DiaoyanModels

/// The members one project has in the tallies of the project metrics (projects, capacity, investment), read
/// back from its rows after every change: its place and latest stage, its industries, and the months, sources,
/// officials and organizations of the articles that reported it — the keys ``StatsBase`` groups projects by.
enum ProjectTallies {
    /// The metrics whose members are projects.
    static let metrics: [StatsMetric] = [.projects, .capacity, .investment]

    /// The item a project is in the tallies.
    static func item(_ project: Int64) -> String { "p\(project)" }

    /// The keys of every dimension a project has beyond its own row, in one query.
    private static let keysSQL = """
        SELECT 'industry' AS dimension, industry AS key FROM project_industries WHERE project = ?
        UNION SELECT 'month', d.month FROM reports r JOIN documents d ON d.id = r.doc WHERE r.project = ?
        UNION SELECT 'source', d.source FROM reports r JOIN documents d ON d.id = r.doc WHERE r.project = ?
        UNION SELECT 'official', o.name FROM reports r JOIN persons o ON o.doc = r.doc AND o.role = 'official'
            WHERE r.project = ?
        UNION SELECT 'organization', organization FROM reports WHERE project = ?
        """

    /// The project's capacity per unit and investment per currency: the largest figure of each.
    private static let figuresSQL = """
        SELECT 'capacity' AS metric, unit, max(value) AS value FROM quantities WHERE project = ? GROUP BY unit
        UNION ALL SELECT 'investment', currency, max(value) FROM amounts WHERE project = ? GROUP BY currency
        """

    static func members(_ project: Int64, session: any SQLSession) throws -> [TallyMember] {
        guard let row = try session.rows("SELECT province, city, county, park, stage FROM projects WHERE id = ?", project).first
        else { return [] }
        var keys: [StatsDimension: Set<String>] = [
            .province: [row.text("province") ?? ""],
            .city: [row.text("city") ?? ""],
            .county: [row.text("county") ?? ""],
            .park: [row.text("park") ?? ""],
            .stage: [row.text("stage") ?? ""],
        ]
        for key in try session.rows(Self.keysSQL, Array(repeating: .integer(project), count: 5)) {
            guard let dimension = key.text("dimension").flatMap(StatsDimension.init(rawValue:)) else { continue }
            keys[dimension, default: []].insert(key.text("key") ?? "")
        }
        // A project no article gives an industry, an official or an organization is counted under none ('').
        for dimension in [StatsDimension.industry, .month, .source, .official, .organization] where keys[dimension] == nil {
            keys[dimension] = [""]
        }
        let item = Self.item(project)
        var members = TallyMember.members(.projects, item: item, keys: keys)
        for figure in try session.rows(Self.figuresSQL, project, project) {
            guard let metric = figure.text("metric").flatMap(StatsMetric.init(rawValue:)) else { continue }
            members += TallyMember.members(
                metric,
                item: item,
                unit: figure.text("unit") ?? "",
                value: figure.double("value") ?? 0,
                keys: keys
            )
        }
        return members
    }
}
