import DiaoyanModels
import DiaoyanText

/// The rows one extraction record contributes to the aggregator's fact tables.
///
/// Kept apart from SQL so the mapping reads on its own. It derives nothing the record already says: places are
/// stored with the path, code, level and park the extractor gave them (their province, city and county read off
/// by ``Place``), a project's place is the one the extractor attributed, and names are merged by the same
/// ``NameKey`` the extractor merges them by.
struct FactRows {
    struct ProjectRow {
        var index: Int
        var name: String
        var key: String
        var stage: String
        var place: ExtractionRecord.ProjectPlace?
        var organization: String?
        var date: String?
        var industries: [String]
        var quantities: [(unit: String, value: Double)]
    }

    var month: String?
    var story: String
    var places: [Place]
    var projects: [ProjectRow]
    var officials: [String]
    var persons: [(name: String, role: String)]
    var organizations: [String]
    var industries: [String]
    var events: [(index: Int, type: String, date: String?, month: String?)]
    var amounts: [(currency: String, value: Double)]

    init(_ record: ExtractionRecord) {
        self.month = record.published.flatMap(Self.month)
        self.story = record.title.map { "title:" + NameKey.of($0) } ?? "id:" + record.id
        self.places = record.places.map(\.place)
        self.projects = record.projects.enumerated().map { index, project in
            ProjectRow(
                index: index,
                name: project.name,
                key: NameKey.of(project.name),
                stage: project.stage.rawValue,
                place: project.place,
                organization: project.organization,
                date: record.events.first { $0.projects.contains(project.name) && $0.date != nil }?.date
                    ?? record.published,
                industries: Array(Set(project.industries.map(\.rawValue))).sorted(),
                quantities: project.quantities.map { ($0.unit, $0.value) }
            )
        }
        self.persons = record.persons.map { ($0.name, $0.role.rawValue) }
        self.officials = Array(Set(record.persons.filter { $0.role == .official }.map(\.name))).sorted()
        self.organizations = Array(Set(record.organizations.map(\.name))).sorted()
        self.industries = Array(Set(record.industries.map(\.rawValue))).sorted()
        self.events = record.events.enumerated().map { index, event in
            (index, event.type.rawValue, event.date, (event.date ?? record.published).flatMap(Self.month))
        }
        self.amounts = record.amounts.map { ($0.currency, $0.value) }
    }

    /// `YYYY-MM` of a `YYYY-MM[-DD]` date, nil for a bare year.
    static func month(_ date: String) -> String? {
        let scalars = Array(date.unicodeScalars)
        guard scalars.count >= 7 else { return nil }
        return String(String.UnicodeScalarView(scalars[0..<7]))
    }
}
