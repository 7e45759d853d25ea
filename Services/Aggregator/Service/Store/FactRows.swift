import DiaoyanModels
import DiaoyanText

/// The rows one extraction record (and its ``RecordContext``) contributes to the aggregator's fact tables.
///
/// Kept apart from SQL so the mapping reads on its own. It derives nothing the record already says: places are
/// stored with the path, code, level and park the extractor gave them, a project's place is the one the extractor
/// attributed, an amount's project is the one the extractor read off its sentence.
struct FactRows {
    struct ProjectRow {
        var index: Int
        var name: String
        var stage: String
        var place: Place?
        var organization: String?
        /// The date of the event that names the project, else the publication date.
        var date: String?
        var industries: [String]
        var quantities: [(unit: String, value: Double)]
    }

    struct EventRow {
        var index: Int
        var type: String
        var date: String?
        var month: String?
        /// Type, date and persons: the same event told by two reprints of one story has one key in the story.
        var key: String
    }

    struct AmountRow {
        var index: Int
        var currency: String
        var value: Double
        /// The index in `projects` of the project the amount belongs to; nil for money of the story.
        var project: Int?
    }

    var month: String?
    /// The place the story is about (see ``storyPlace(of:)``).
    var storyPlace: DividedPlace?
    var places: [DividedPlace]
    var projects: [ProjectRow]
    var persons: [(name: String, role: String)]
    var organizations: [String]
    var industries: [String]
    var events: [EventRow]
    /// The record's amounts of money, less those the context calls output value or revenue.
    var amounts: [AmountRow]
    var signature: MinHashSignature?
    /// Used as the story when the record came without a signature: its headline's name key.
    var fallbackStory: String

    init(_ record: ExtractionRecord, context: RecordContext?) {
        self.month = record.published.flatMap(Self.month)
        self.storyPlace = Self.storyPlace(of: record).map(DividedPlace.init)
        self.places = record.places.map { DividedPlace($0.place) }
        self.projects = record.projects.enumerated().map { index, project in
            ProjectRow(
                index: index,
                name: project.name,
                stage: project.stage.rawValue,
                place: project.place?.place,
                organization: project.organization,
                date: record.events.first { $0.projects.contains(project.name) && $0.date != nil }?.date
                    ?? record.published,
                industries: Array(Set(project.industries.map(\.rawValue))).sorted(),
                quantities: project.quantities.map { ($0.unit, $0.value) }
            )
        }
        self.persons = record.persons.map { ($0.name, $0.role.rawValue) }
        self.organizations = Array(Set(record.organizations.map(\.name))).sorted()
        self.industries = Array(Set(record.industries.map(\.rawValue))).sorted()
        self.events = record.events.enumerated().map { index, event in
            EventRow(
                index: index,
                type: event.type.rawValue,
                date: event.date,
                month: (event.date ?? record.published).flatMap(Self.month),
                key: [event.type.rawValue, event.date ?? "", event.persons.sorted().joined(separator: ",")]
                    .joined(separator: "|")
            )
        }
        let attribution = context?.amountProjects ?? []
        let revenue = Set(context?.revenue ?? [])
        self.amounts = record.amounts.enumerated().filter { !revenue.contains($0.offset) }.map { index, amount in
            let project = attribution.indices.contains(index) ? attribution[index] : nil
            return AmountRow(
                index: index,
                currency: amount.currency,
                value: amount.value,
                project: project.flatMap { record.projects.indices.contains($0) ? $0 : nil }
            )
        }
        self.signature = context?.signature.flatMap { MinHashSignature(values: $0) }
        self.fallbackStory = record.title.map { "title:" + NameKey.of($0) } ?? "id:" + record.id
    }

    /// The place the story is about: the place the extractor gave projects told without a place of their own
    /// (`from: story`), else the document place named most often, else nil.
    static func storyPlace(of record: ExtractionRecord) -> Place? {
        if let story = record.projects.first(where: { $0.place?.from == .story })?.place?.place {
            return story
        }
        return record.places.enumerated().max { lhs, rhs in
            (lhs.element.mentions.count, -lhs.offset) < (rhs.element.mentions.count, -rhs.offset)
        }?.element.place
    }

    /// `YYYY-MM` of a `YYYY-MM[-DD]` date, nil for a bare year.
    static func month(_ date: String) -> String? {
        let scalars = Array(date.unicodeScalars)
        guard scalars.count >= 7 else { return nil }
        return String(String.UnicodeScalarView(scalars[0..<7]))
    }
}
