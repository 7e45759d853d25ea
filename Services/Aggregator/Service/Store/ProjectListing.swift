import DiaoyanModels

/// Answers `projects`: projects across articles, each with its lifecycle (every known stage an article reported,
/// with its date and document, in date order) and its investment per currency.
struct ProjectListing {
    let request: ProjectsRequest

    init(_ request: ProjectsRequest) {
        self.request = request
    }

    /// The projects the filter keeps, those first reported earliest first, at most `limit` (default 100, at most
    /// 1,000).
    func fetch(_ session: any SQLSession) throws -> ProjectsResult {
        let limit = min(max(self.request.limit ?? 100, 1), 1000)
        let base = StatsBase(.projects)
        let filter = StatsFilterSQL(self.request.filter, base: base, grouping: base.ungrouped)
        let rows = try session.rows(
            """
            SELECT p.id AS id, p.name AS name, p.path AS path, p.code AS code, p.level AS level, p.park AS park,
                p.stage AS stage, (SELECT min(coalesce(date, '9999')) FROM reports WHERE project = p.id) AS first
            FROM projects p WHERE \(filter.condition) ORDER BY first, p.id LIMIT \(limit)
            """,
            filter.arguments
        )
        return ProjectsResult(projects: try rows.map { try Self.project($0, session: session) })
    }

    /// One project with its reports, industries and investment.
    private static func project(_ row: SQLRow, session: any SQLSession) throws -> ProjectsResult.Project {
        let id = row.integer("id") ?? 0
        let reports = try session.rows(
            """
            SELECT d.id AS doc, r.stage AS stage, r.date AS date FROM reports r JOIN documents d ON d.number = r.doc
            WHERE r.project = ? ORDER BY d.id
            """,
            id
        )
        let stages = ProjectLifecycle.ordered(
            reports.map { report in
                ProjectsResult.StageReport(
                    stage: report.text("stage").flatMap(Stage.init(rawValue:)) ?? .unknown,
                    date: report.text("date"),
                    document: report.text("doc") ?? ""
                )
            },
            stage: \.stage,
            date: \.date
        )
        let industries = try session.rows(
            "SELECT industry FROM project_industries WHERE project = ? ORDER BY industry",
            id
        ).compactMap { $0.text("industry").flatMap(Industry.init(rawValue:)) }
        let investment = try session.rows(
            "SELECT currency, max(value) AS value FROM amounts WHERE project = ? GROUP BY currency ORDER BY currency",
            id
        ).map { StatsResult.Total(unit: $0.text("currency") ?? "", value: $0.double("value") ?? 0) }
        return ProjectsResult.Project(
            id: Int(id),
            name: row.text("name") ?? "",
            place: ProjectLinker.place(row),
            industries: industries,
            stage: row.text("stage").flatMap(Stage.init(rawValue:)),
            stages: stages,
            investment: investment
        )
    }
}
