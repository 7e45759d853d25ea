import DiaoyanModels
import DiaoyanWire
import Foundation

/// Asks an aggregator, over one query connection, for everything the report shows.
///
/// Only the query messages every client has: `stats` for the counts and sums (each with the report's filter),
/// `projects` for the lifecycles, and `document` for a few records, read only for the titles of the officials
/// shown (statistics name officials without their titles).
package struct ReportCollector: Sendable {
    /// Most projects asked for: the most `projects` answers.
    package static let projectLimit = 1000
    /// Officials shown.
    package static let officialLimit = 10
    /// Records read at most per official when looking for their titles.
    package static let recordsPerOfficial = 3

    package var filter: QueryFilter?
    package var timeout: Duration

    package init(filter: QueryFilter? = nil, timeout: Duration = .seconds(120)) {
        self.filter = filter
        self.timeout = timeout
    }

    /// Asks `client` for the report's data; `generated` is the time written in the report.
    package func collect(from client: QueryClient, generated: Date = Date()) async throws -> ReportData {
        func stats(_ metric: StatsMetric, by dimension: StatsDimension? = nil, limit: Int? = nil) async throws
            -> StatsResult
        {
            try await client.stats(
                StatsRequest(metric: metric, by: dimension, filter: self.filter, limit: limit),
                timeout: self.timeout
            )
        }
        let officialsByStories = try await stats(.stories, by: .official, limit: Self.officialLimit)
        let officialEvents = try await stats(.events, by: .official)
        let eventsPerOfficial = Dictionary(
            officialEvents.rows.map { ($0.key, $0.value) },
            uniquingKeysWith: { first, _ in first }
        )
        var officials: [ReportData.Official] = []
        var records: [String: ExtractionRecord] = [:]
        for row in officialsByStories.rows where !row.key.isEmpty {
            let titles = try await self.titles(of: row.key, client: client, records: &records)
            officials.append(
                .init(name: row.key, stories: row.value, events: eventsPerOfficial[row.key] ?? 0, titles: titles)
            )
        }
        let projects = try await client.projects(
            ProjectsRequest(filter: self.filter, limit: Self.projectLimit),
            timeout: self.timeout
        )
        return ReportData(
            filter: self.filter,
            generated: Self.timestamp(generated),
            documents: try await stats(.documents).total ?? 0,
            stories: try await stats(.stories).total ?? 0,
            projectCount: try await stats(.projects).total ?? 0,
            events: try await stats(.events).total ?? 0,
            officialCount: try await stats(.officials).total ?? 0,
            projectsByProvince: try await stats(.projects, by: .province),
            eventsByMonth: try await stats(.events, by: .month),
            projectsByIndustry: try await stats(.projects, by: .industry),
            projectsByStage: try await stats(.projects, by: .stage),
            investmentByProvince: try await stats(.investment, by: .province),
            announcedByProvince: try await stats(.announcedInvestment, by: .province),
            officials: officials,
            projects: projects.projects
        )
    }

    /// The titles an article gave `official`: from the latest of up to ``recordsPerOfficial`` records of the
    /// projects reported in articles naming them. Empty when those articles report no project or give no title.
    private func titles(
        of official: String,
        client: QueryClient,
        records: inout [String: ExtractionRecord]
    ) async throws -> [String] {
        var filter = self.filter ?? QueryFilter()
        filter.official = official
        let projects = try await client.projects(ProjectsRequest(filter: filter, limit: 20), timeout: self.timeout)
        var documents: [String] = []
        for report in projects.projects.flatMap(\.stages) where !documents.contains(report.document) {
            documents.append(report.document)
        }
        var found: (published: String, titles: [String])?
        var read = 0
        for id in documents where read < Self.recordsPerOfficial {
            let record: ExtractionRecord
            if let known = records[id] {
                record = known
            } else {
                record = try await client.document(DocumentRequest(id: id), timeout: self.timeout)
                records[id] = record
                read += 1
            }
            guard
                let person = record.persons.first(where: {
                    $0.name == official && $0.role == .official && !$0.titles.isEmpty
                })
            else { continue }
            let published = record.published ?? ""
            if published > found?.published ?? "" || found == nil { found = (published, person.titles) }
        }
        return found?.titles ?? []
    }

    /// `date` as the report prints it, in the machine's time zone.
    private static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}
