import DiaoyanModels
import DiaoyanText

/// Extracts DESIGN.md's extraction record from one normalized document.
///
/// The extractor service and `diaoyan extract` both run this; it holds only immutable lexicons, loaded once per
/// process.
package struct RecordExtractor: Sendable {
    private let places: PlaceResolver
    private let persons = PersonFinder()
    private let projects = ProjectFinder()
    private let organizations = OrganizationFinder()
    private let events = EventFinder()
    private let industries = IndustryClassifier()

    /// An extractor over the process-wide gazetteer.
    package init() throws(TextResources.Error) {
        self.places = PlaceResolver(gazetteer: try Self.sharedGazetteer.get())
    }

    private static let sharedGazetteer: Result<Gazetteer, TextResources.Error> = Result { () throws(TextResources.Error) in
        try Gazetteer()
    }

    /// The facts found in `document`.
    package func extract(_ document: NormalizedDocument) -> ExtractionRecord {
        let scalars = Array(document.text.unicodeScalars)
        let gazetteer = self.places.gazetteer

        let resolved = self.places.resolve(scalars)
        let placeMentions = resolved.map { (path: gazetteer.path(of: $0.division), mentions: $0.mentions) }
        let deepest = placeMentions.filter { place in
            !placeMentions.contains { $0.path.hasPrefix(place.path + "/") }
        }

        let people = self.persons.find(in: scalars)
        let organizations = self.organizations.find(in: scalars)
        let quantities = MeasureReader.quantities(in: scalars)
        let dates = DocumentDates(published: document.published)

        var projects: [ExtractionRecord.Project] = []
        for found in self.projects.find(in: scalars) {
            let stage = StageReader.stage(of: found.range, in: found.sentence, scalars: scalars)
            let measures = quantities.filter { found.range.contains($0.range.lowerBound) }
            let place = placeMentions.last { place in
                place.mentions.contains { found.range.contains($0.lowerBound) }
            } ?? placeMentions.last { place in place.mentions.contains { found.sentence.contains($0.lowerBound) } }
            let organization = organizations.first { found.range.contains($0.range.lowerBound) }
            projects.append(
                ExtractionRecord.Project(
                    name: found.name,
                    stage: stage,
                    quantities: measures.map { .init(text: $0.text, value: $0.value, unit: $0.unit) },
                    place: place?.path,
                    organization: organization?.name,
                    industries: self.industries.industries(of: found.name + (organization?.name ?? "")),
                    mentions: [Mention(found.range.lowerBound, found.range.upperBound)]
                )
            )
        }

        var documentIndustries: [Industry] = []
        for industry in projects.flatMap(\.industries) + organizations.flatMap({ self.industries.industries(of: $0.name) })
        where !documentIndustries.contains(industry) {
            documentIndustries.append(industry)
        }

        return ExtractionRecord(
            id: document.id,
            source: document.source,
            title: document.title,
            published: document.published,
            script: document.script,
            persons: people.map { person in
                ExtractionRecord.Person(
                    name: person.name,
                    titles: person.titles,
                    role: person.role,
                    mentions: person.mentions.map { Mention($0.lowerBound, $0.upperBound) }
                )
            },
            places: deepest.map { place in
                ExtractionRecord.Place(
                    path: place.path,
                    code: resolved.first { gazetteer.path(of: $0.division) == place.path }.map { gazetteer.divisions[$0.division].code },
                    mentions: place.mentions.map { Mention($0.lowerBound, $0.upperBound) }
                )
            },
            organizations: organizations.map { organization in
                ExtractionRecord.Organization(
                    name: organization.name,
                    kind: organization.kind,
                    mentions: [Mention(organization.range.lowerBound, organization.range.upperBound)]
                )
            },
            projects: projects,
            amounts: MeasureReader.amounts(in: scalars).map { .init(text: $0.text, value: $0.value, currency: $0.unit) },
            events: self.events.find(in: scalars, persons: people, places: placeMentions, dates: dates),
            industries: documentIndustries
        )
    }
}
