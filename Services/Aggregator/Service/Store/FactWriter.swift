import DiaoyanModels
import DiaoyanText
import Foundation

/// Writes one stored document's facts: links it to its story and its projects to the projects of other articles,
/// then inserts the rows statistics read. Used by every commit and by the `v3` migration's rebuild.
enum FactWriter {
    /// Writes the facts of the document `record.id`, whose row in `documents` exists.
    static func write(_ record: ExtractionRecord, context: RecordContext?, session: any SQLSession) throws {
        let facts = FactRows(record, context: context)
        let story = try StoryLinker.story(
            of: record.id,
            signature: facts.signature,
            fallback: facts.fallbackStory,
            session: session
        )
        if let signature = facts.signature { try StoryLinker.index(record.id, signature: signature, session: session) }
        let place = facts.storyPlace
        try session.execute(
            """
            UPDATE documents SET story = ?, signature = ?, path = ?, code = ?, province = ?, city = ?, county = ?,
                park = ? WHERE id = ?
            """,
            story, facts.signature?.bytes, place?.path, place?.code, place?.province, place?.city, place?.county,
            place?.park, record.id
        )
        try Self.insertDocumentFacts(facts, document: record.id, story: story, session: session)
        let organizations = record.organizations.map(\.name) + record.projects.compactMap(\.organization)
        var projectIDs: [Int: Int64] = [:]
        for project in facts.projects {
            projectIDs[project.index] = try Self.insertReport(
                project,
                document: record.id,
                organizations: organizations,
                session: session
            )
        }
        try Self.insert(
            "amounts(doc, idx, project, currency, value)",
            facts.amounts.map { amount -> [any SQLBindable] in
                [record.id, amount.index, amount.project.flatMap { projectIDs[$0] }, amount.currency, amount.value]
            },
            session: session
        )
        try TallyWriter.add(DocumentTallies.members(facts, document: record.id, story: story, source: record.source), session: session)
        for project in Set(projectIDs.values).sorted() {
            try ProjectLinker.refresh(project, session: session)
            try TallyWriter.replace(
                item: ProjectTallies.item(project),
                metrics: ProjectTallies.metrics,
                with: try ProjectTallies.members(project, session: session),
                session: session
            )
        }
    }

    /// Places, persons, organizations, industries and events of the document, each table in one statement.
    private static func insertDocumentFacts(
        _ facts: FactRows,
        document id: String,
        story: String,
        session: any SQLSession
    ) throws {
        try Self.insert(
            "places(doc, path, code, level, province, city, county, park)",
            facts.places.map { place -> [any SQLBindable] in
                [id, place.path, place.code, place.level.rawValue, place.province, place.city, place.county, place.park]
            },
            session: session
        )
        try Self.insert("persons(doc, name, role)", facts.persons.map { person -> [any SQLBindable] in [id, person.name, person.role] }, session: session)
        try Self.insert("organizations(doc, name)", facts.organizations.map { name -> [any SQLBindable] in [id, name] }, session: session)
        try Self.insert("industries(doc, industry)", facts.industries.map { industry -> [any SQLBindable] in [id, industry] }, session: session)
        try Self.insert(
            "events(doc, idx, story, key, type, date, month)",
            facts.events.map { event -> [any SQLBindable] in
                [id, event.index, story, story + "|" + event.key, event.type, event.date, event.month]
            },
            session: session
        )
    }

    /// One multi-row INSERT of `rows` into `table` (its column list included); nothing for no rows.
    static func insert(_ table: String, _ rows: [[any SQLBindable]], session: any SQLSession) throws {
        guard let width = rows.first?.count else { return }
        let tuple = "(" + Array(repeating: "?", count: width).joined(separator: ", ") + ")"
        try session.execute(
            "INSERT INTO \(table) VALUES " + Array(repeating: tuple, count: rows.count).joined(separator: ", "),
            rows.flatMap { $0.map(\.sqlValue) }
        )
    }

    /// One article's report of a project: linked to its project, with the project's industries and quantities.
    private static func insertReport(
        _ project: FactRows.ProjectRow,
        document id: String,
        organizations: [String],
        session: any SQLSession
    ) throws -> Int64 {
        let key = ProjectNameKey.key(name: project.name, place: project.place, organizations: organizations)
        let projectID = try ProjectLinker.project(key: key, place: project.place, name: project.name, session: session)
        try session.execute(
            """
            INSERT INTO reports(doc, idx, project, name, stage, date, path, code, level, park, organization)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            id, project.index, projectID, project.name, project.stage, project.date, project.place?.path,
            project.place?.code, project.place?.level.rawValue, project.place?.park, project.organization
        )
        if !project.industries.isEmpty {
            let tuples = Array(repeating: "(?, ?)", count: project.industries.count).joined(separator: ", ")
            try session.execute(
                "INSERT INTO project_industries(project, industry) VALUES \(tuples) ON CONFLICT DO NOTHING",
                project.industries.flatMap { [SQLValue.integer(projectID), .text($0)] }
            )
        }
        try Self.insert(
            "quantities(project, doc, unit, value)",
            project.quantities.map { quantity -> [any SQLBindable] in [projectID, id, quantity.unit, quantity.value] },
            session: session
        )
        return projectID
    }

    /// Writes the facts of every stored record again, oldest first (records stored before contexts existed: no
    /// signature, no amount attribution).
    static func rebuild(_ session: any SQLSession) throws {
        let decoder = JSONDecoder()
        let rows = try session.rows("SELECT record FROM documents ORDER BY stored_at, id")
        for row in rows {
            guard let bytes = row.blob("record") else { continue }
            try Self.write(try decoder.decode(ExtractionRecord.self, from: Data(bytes)), context: nil, session: session)
        }
    }
}
