import DiaoyanModels
import DiaoyanText
import Foundation

/// Stores the documents of one commit with their facts: links each to its story and its projects to the
/// projects of other articles, then inserts the rows statistics read and moves the running tallies. Every table
/// is written with a few multi-row statements per commit, not per document, so a commit costs about the same
/// number of round trips whatever its size. Used by every commit and by the `v3` migration's rebuild.
enum FactWriter {
    /// A document to store: its record, its context if the extractor sent one, its stored JSON and when it was
    /// first stored (seconds since 1970).
    struct Document {
        var record: ExtractionRecord
        var context: RecordContext?
        var json: [UInt8]
        var storedAt: Int64
    }

    /// Stores `documents`, none of which is stored yet (ids distinct), in this order.
    static func write(_ documents: [Document], session: any SQLSession) throws {
        var bands: StoryBandFilter?
        try Self.write(documents, session: session, bands: &bands)
    }

    /// The same, looking up only the band keys `bands` may hold (when there is one) and adding the new ones to it.
    static func write(_ documents: [Document], session: any SQLSession, bands: inout StoryBandFilter?) throws {
        guard !documents.isEmpty else { return }
        let facts = documents.map { FactRows($0.record, context: $0.context) }
        var stories = try StoryLinker(signatures: facts.compactMap(\.signature), session: session, filter: bands)
        var storyOf: [String] = []
        var roots: [(document: String, signature: MinHashSignature)] = []
        for (document, fact) in zip(documents, facts) {
            let id = document.record.id
            let story = stories.link(id, signature: fact.signature, fallback: fact.fallbackStory)
            storyOf.append(story)
            if let signature = fact.signature, story == id { roots.append((id, signature)) }
        }
        // Numbered after the last stored document, in this order: the `doc` of their facts (`v9`). One writer at a
        // time (SQLite's, PostgreSQL's advisory lock), so the numbers are free.
        let last = try session.rows("SELECT max(number) AS last FROM documents", []).first?.integer("last") ?? 0
        let numbers = documents.indices.map { last + 1 + Int64($0) }
        try Self.insertDocuments(documents, numbers: numbers, facts: facts, stories: storyOf, session: session)
        let storyNumbers = try StoryItems.numbers(
            stories: storyOf,
            ids: documents.map(\.record.id),
            numbers: numbers,
            session: session
        )
        let first = try StoryLinker.storeRoots(roots, session: session)
        for (offset, root) in roots.enumerated() {
            bands?.insert(root: first + Int64(offset), signature: root.signature)
        }
        try Self.insertDocumentFacts(numbers, facts: facts, stories: storyOf, session: session)
        let linked = try Self.insertReports(documents, numbers: numbers, facts: facts, session: session)
        var tallies = TallyWriter()
        tallies.reserveTotals(facts.count * 20)
        for (index, fact) in facts.enumerated() {
            let record = documents[index].record
            let members = DocumentTallies.members(
                fact,
                document: record.id,
                storyItem: StoryItems.name(storyNumbers[index]),
                source: record.source
            )
            tallies.count(members.documents)
            // A story numbered after the last stored document starts in this commit: its items (the story's, its
            // events', its figures') cannot be stored yet.
            let newStory = storyNumbers[index] > last
            for (item, itemMembers) in members.items {
                tallies.add(item: item, new: newStory && item.hasPrefix(StoryItems.prefix), itemMembers)
            }
        }
        let touched = linked.linker.touched
        let places = touched.map { $0.place.map(DividedPlace.init) }
        try Self.writeProjects(zip(touched, places).map { ($0, $1) }, session: session)
        for (project, place) in zip(touched, places) {
            let added = linked.added[project.id] ?? ProjectTallies()
            tallies.replace(item: ProjectTallies.item(project.id), new: project.change == .new) {
                added.members(of: project, in: place, stored: $0)
            }
        }
        try tallies.write(session)
    }

    /// The `projects` rows of the projects the commit's reports touched: new ones and those whose place changed
    /// whole, those whose name or stage changed with only those columns set (``ProjectState/Change``: the indexes
    /// of the place's columns are then left alone), the rest not at all. The table ends as if every row were
    /// written whole.
    private static func writeProjects(_ touched: [(ProjectState, DividedPlace?)], session: any SQLSession) throws {
        let columns =
            "projects(id, key, rkey, name, path, code, level, province, city, county, park, stage, stage_date)"
        var whole: [[SQLValue]] = []
        var heads: [[SQLValue]] = []
        for (project, place) in touched {
            switch project.change {
            case .new, .place: whole.append(project.row(in: place))
            case .head: heads.append(project.row(in: place))
            case .none: continue
            }
        }
        try session.insert(
            into: columns,
            whole,
            suffix: """
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, path = excluded.path, code = excluded.code,
                    level = excluded.level, province = excluded.province, city = excluded.city,
                    county = excluded.county, park = excluded.park, stage = excluded.stage,
                    stage_date = excluded.stage_date
                """
        )
        try session.insert(
            into: columns,
            heads,
            suffix: """
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, stage = excluded.stage,
                    stage_date = excluded.stage_date
                """
        )
    }

    /// The `documents` rows, with each document's story, signature, story place and number.
    private static func insertDocuments(
        _ documents: [Document],
        numbers: [Int64],
        facts: [FactRows],
        stories: [String],
        session: any SQLSession
    ) throws {
        try session.insert(
            into: """
                documents(id, source, title, published, month, story, record, stored_at, signature, path, code,
                    province, city, county, park, number)
                """,
            documents.indices.map { index in
                let (document, fact, story) = (documents[index], facts[index], stories[index])
                let record = document.record
                let place = fact.storyPlace
                return [
                    .text(record.id), .text(record.source), record.title.sqlValue, record.published.sqlValue,
                    fact.month.sqlValue, .text(story), .blob(document.json), .integer(document.storedAt),
                    fact.signature?.storedBytes.sqlValue ?? .null, place?.path.sqlValue ?? .null,
                    place?.code.sqlValue ?? .null, place?.province.sqlValue ?? .null, place?.city.sqlValue ?? .null,
                    place?.county.sqlValue ?? .null, place?.park.sqlValue ?? .null, .integer(numbers[index]),
                ]
            }
        )
    }

    /// Places, persons, organizations, industries and events of the documents (by their numbers), each table in one
    /// statement.
    private static func insertDocumentFacts(
        _ numbers: [Int64],
        facts: [FactRows],
        stories: [String],
        session: any SQLSession
    ) throws {
        var places: [[SQLValue]] = []
        var persons: [[SQLValue]] = []
        var organizations: [[SQLValue]] = []
        var industries: [[SQLValue]] = []
        var events: [[SQLValue]] = []
        for (index, fact) in facts.enumerated() {
            let id = SQLValue.integer(numbers[index])
            let story = stories[index]
            places += fact.places.map { place in
                [
                    id, .text(place.path), .text(place.code), .text(place.level.rawValue), .text(place.province),
                    place.city.sqlValue, place.county.sqlValue, place.park.sqlValue,
                ]
            }
            persons += fact.persons.map { [id, .text($0.name), .text($0.role)] }
            organizations += fact.organizations.map { [id, .text($0)] }
            industries += fact.industries.map { [id, .text($0)] }
            events += fact.events.map { event in
                [
                    id, .integer(Int64(event.index)), .text(story), .text(story + "|" + event.key), .text(event.type),
                    event.date.sqlValue, event.month.sqlValue,
                ]
            }
        }
        try session.insert(into: "places(doc, path, code, level, province, city, county, park)", places)
        try session.insert(into: "persons(doc, name, role)", persons)
        try session.insert(into: "organizations(doc, name)", organizations)
        try session.insert(into: "industries(doc, industry)", industries)
        try session.insert(into: "events(doc, idx, story, key, type, date, month)", events)
    }

    /// Links every project report to its project and inserts the reports, the projects' industries and
    /// quantities, and the amounts (with their project); returns the linker holding the projects it touched, and
    /// what the reports add to each project's tallies.
    private static func insertReports(
        _ documents: [Document],
        numbers: [Int64],
        facts: [FactRows],
        session: any SQLSession
    ) throws -> (linker: ProjectLinker, added: [Int64: ProjectTallies]) {
        let keyed = zip(documents, facts).map { document, fact in
            let record = document.record
            let organizations = ProjectNameKey.organizationForms(
                record.organizations.map(\.name) + record.projects.compactMap(\.organization)
            )
            return fact.projects.map {
                ProjectNameKey.key(name: $0.name, place: $0.place, organizationForms: organizations)
            }
        }
        var linker = try ProjectLinker(
            keys: keyed.flatMap { $0 },
            places: facts.flatMap { $0.projects.map(\.place) },
            session: session
        )
        var reports: [[SQLValue]] = []
        var industries: [[SQLValue]] = []
        var quantities: [[SQLValue]] = []
        var amounts: [[SQLValue]] = []
        var added: [Int64: ProjectTallies] = [:]
        for (index, fact) in facts.enumerated() {
            let id = SQLValue.integer(numbers[index])
            var projectIDs: [Int: Int64] = [:]
            for (project, key) in zip(fact.projects, keyed[index]) {
                let projectID = linker.link(
                    key: key,
                    name: project.name,
                    stage: Stage(rawValue: project.stage) ?? .unknown,
                    date: project.date,
                    place: project.place
                )
                projectIDs[project.index] = projectID
                added[projectID, default: ProjectTallies()].add(
                    report: project,
                    of: fact,
                    source: documents[index].record.source
                )
                reports.append([
                    id, .integer(Int64(project.index)), .integer(projectID), .text(project.name), .text(project.stage),
                    project.date.sqlValue, project.place?.path.sqlValue ?? .null, project.place?.code.sqlValue ?? .null,
                    project.place?.level.rawValue.sqlValue ?? .null, project.place?.park.sqlValue ?? .null,
                    project.organization.sqlValue,
                ])
                industries += project.industries.map { [.integer(projectID), .text($0)] }
                quantities += project.quantities.map { [.integer(projectID), id, .text($0.unit), .real($0.value)] }
            }
            for amount in fact.amounts {
                if let project = amount.project.flatMap({ projectIDs[$0] }) {
                    added[project, default: ProjectTallies()].add(investment: amount)
                }
            }
            amounts += fact.amounts.map { amount in
                [
                    id, .integer(Int64(amount.index)), amount.project.flatMap { projectIDs[$0] }.sqlValue,
                    .text(amount.currency), .real(amount.value),
                ]
            }
        }
        try session.insert(
            into: "reports(doc, idx, project, name, stage, date, path, code, level, park, organization)",
            reports
        )
        try session.insert(
            into: "project_industries(project, industry)",
            Array(Set(industries)),
            suffix: "ON CONFLICT DO NOTHING"
        )
        try session.insert(into: "quantities(project, doc, unit, value)", quantities)
        try session.insert(into: "amounts(doc, idx, project, currency, value)", amounts)
        return (linker, added)
    }

    /// Writes the facts of every stored record again, oldest first, a thousand at a time (records stored before
    /// contexts existed: no signature, no amount attribution).
    static func rebuild(_ session: any SQLSession) throws {
        let rows = try session.rows("SELECT id, record, stored_at FROM documents ORDER BY stored_at, id")
        try session.execute("DELETE FROM documents", [])
        for start in stride(from: 0, to: rows.count, by: 1000) {
            let slice = rows[start..<min(start + 1000, rows.count)]
            var documents: [Document] = []
            for row in slice {
                guard let bytes = row.blob("record") else { continue }
                let record = try StoredRecordJSON.decode(bytes)
                documents.append(
                    Document(record: record, context: nil, json: bytes, storedAt: row.integer("stored_at") ?? 0)
                )
            }
            try Self.write(documents, session: session)
        }
    }
}
