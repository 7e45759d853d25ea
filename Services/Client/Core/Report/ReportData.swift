import DiaoyanModels

/// Everything the report shows, as the aggregator answered it: the statistics, the officials with their titles
/// and the projects with their lifecycles. ``ReportCollector`` asks for it; the chart renderers only read it.
package struct ReportData: Sendable {
    /// An official among those named in the most stories, with the titles an article gave them.
    package struct Official: Sendable, Hashable {
        package var name: String
        /// Stories (reprints counted once) naming the official.
        package var stories: Double
        /// Events of the documents naming the official.
        package var events: Double
        /// The titles of the latest article that gave some (`黑龙江省委常委`, `哈尔滨市委书记`); empty when none
        /// of the articles read did.
        package var titles: [String]

        package init(name: String, stories: Double, events: Double, titles: [String]) {
            self.name = name
            self.stories = stories
            self.events = events
            self.titles = titles
        }
    }

    /// The filter every query was asked with.
    package var filter: QueryFilter?
    /// When the report was made, as written in it (`2026-12-05 14:30`).
    package var generated: String
    /// Totals over the filtered data: documents, stories, projects, events, officials.
    package var documents: Double
    package var stories: Double
    package var projectCount: Double
    package var events: Double
    package var officialCount: Double
    /// `projects` by `province`.
    package var projectsByProvince: StatsResult
    /// `events` by `month`, every event type.
    package var eventsByMonth: StatsResult
    /// `projects` by `industry` and by `stage`.
    package var projectsByIndustry: StatsResult
    package var projectsByStage: StatsResult
    /// `investment` by `province`, one row per province and currency.
    package var investmentByProvince: StatsResult
    /// `announced_investment` by `province`: money the stories announce without a project.
    package var announcedByProvince: StatsResult
    /// The officials named in the most stories, most first.
    package var officials: [Official]
    /// Projects with their stage reports, as `projects` answers them (earliest reported first, at most
    /// ``ReportCollector/projectLimit``).
    package var projects: [ProjectsResult.Project]

    package init(
        filter: QueryFilter? = nil,
        generated: String,
        documents: Double,
        stories: Double,
        projectCount: Double,
        events: Double,
        officialCount: Double,
        projectsByProvince: StatsResult,
        eventsByMonth: StatsResult,
        projectsByIndustry: StatsResult,
        projectsByStage: StatsResult,
        investmentByProvince: StatsResult,
        announcedByProvince: StatsResult,
        officials: [Official],
        projects: [ProjectsResult.Project]
    ) {
        self.filter = filter
        self.generated = generated
        self.documents = documents
        self.stories = stories
        self.projectCount = projectCount
        self.events = events
        self.officialCount = officialCount
        self.projectsByProvince = projectsByProvince
        self.eventsByMonth = eventsByMonth
        self.projectsByIndustry = projectsByIndustry
        self.projectsByStage = projectsByStage
        self.investmentByProvince = investmentByProvince
        self.announcedByProvince = announcedByProvince
        self.officials = officials
        self.projects = projects
    }

    /// A report of an empty store: every statistic without rows.
    package static func empty(generated: String, filter: QueryFilter? = nil) -> ReportData {
        ReportData(
            filter: filter,
            generated: generated,
            documents: 0,
            stories: 0,
            projectCount: 0,
            events: 0,
            officialCount: 0,
            projectsByProvince: StatsResult(metric: .projects, by: .province, rows: [], total: 0),
            eventsByMonth: StatsResult(metric: .events, by: .month, rows: [], total: 0),
            projectsByIndustry: StatsResult(metric: .projects, by: .industry, rows: [], total: 0),
            projectsByStage: StatsResult(metric: .projects, by: .stage, rows: [], total: 0),
            investmentByProvince: StatsResult(metric: .investment, by: .province, rows: [], total: nil),
            announcedByProvince: StatsResult(metric: .announcedInvestment, by: .province, rows: [], total: nil),
            officials: [],
            projects: []
        )
    }
}
