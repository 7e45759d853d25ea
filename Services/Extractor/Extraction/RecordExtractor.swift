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
        self.places = PlaceResolver(gazetteer: try Gazetteer.shared(), words: try HanBigramModel.shared())
    }

    /// The headline's range when the text opens with the document's title.
    private static func headline(of document: NormalizedDocument, in scalars: [Unicode.Scalar]) -> Range<Int>? {
        guard let title = document.title, !title.isEmpty else { return nil }
        let titleScalars = Array(title.unicodeScalars)
        guard scalars.has(titleScalars, at: 0) else { return nil }
        return 0..<titleScalars.count
    }

    /// A name as the record gives it: brackets inside it in their ASCII form (`施密特动力系统（合肥）有限公司` →
    /// `施密特动力系统(合肥)有限公司`), so one company or project written with either kind is one name to count.
    static func canonicalName(_ name: String) -> String {
        guard name.unicodeScalars.contains(where: { $0 == "（" || $0 == "）" }) else { return name }
        var scalars = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            scalars.append(scalar == "（" ? "(" : scalar == "）" ? ")" : scalar)
        }
        return String(scalars)
    }

    /// The facts found in `document`.
    package func extract(_ document: NormalizedDocument) -> ExtractionRecord {
        let scalars = [Unicode.Scalar](scalarsOf: document.text)
        let gazetteer = self.places.gazetteer

        // One sentence split serves every finder that works sentence by sentence.
        let sentences = ClauseMarkers.sentences(of: scalars)
        let people = self.persons.find(in: scalars, sentences: sentences)
        let suffixed = self.organizations.find(in: scalars)
        let organizations = suffixed + EmployerReader.employers(of: people, besides: suffixed, in: scalars)

        let allResolved = self.places.resolve(scalars)
        // A place inside an organization's or a person's name (`王建华` holds 建华) is no scene.
        let nameRanges = suffixed.map(\.range) + people.flatMap(\.mentions)
        let resolved = allResolved.filter { place in
            !place.mentions.allSatisfy {
                PlaceSceneFilter.isBackground($0, in: scalars, names: nameRanges)
            }
        }
        let placeMentions = resolved.map { (path: gazetteer.path(of: $0.division), mentions: $0.mentions) }
        // A place another place lies in is said by the deeper one (paths compared as bytes, not characters).
        let deepest = placeMentions.filter { place in
            let parent = Array((place.path + "/").utf8)
            return !placeMentions.contains { $0.path.utf8.starts(with: parent) }
        }
        let measures = MeasureReader.measures(in: scalars)
        let quantities = measures.quantities
        let dates = DocumentDates(published: document.published)

        let placeRanges = allResolved.flatMap(\.mentions)
        let headline = Self.headline(of: document, in: scalars)
        var projects: [ExtractionRecord.Project] = []
        let foundProjects = self.projects.find(
            in: scalars,
            places: placeRanges,
            headline: headline,
            sentences: sentences
        )
        let stated = ProjectQuantityReader.quantities(
            for: foundProjects.map(\.mentions),
            quantities: quantities,
            in: scalars,
            sentences: sentences
        )
        for (projectIndex, found) in foundProjects.enumerated() {
            var stage = StageReader.stage(of: found.stageAnchor, in: found.sentence, scalars: scalars)
            if stage == .unknown {
                for mention in found.mentions where mention != found.range {
                    let sentence = sentences.first { $0.contains(mention.lowerBound) } ?? mention
                    stage = StageReader.stage(of: mention, in: sentence, scalars: scalars)
                    if stage != .unknown { break }
                }
            }
            // Still unknown: what the next sentence says of `该项目`.
            if stage == .unknown {
                let others = foundProjects.enumerated().filter { $0.offset != projectIndex }.flatMap(\.element.mentions)
                for mention in found.mentions {
                    guard let reference = ProjectReference.following(
                        mention, sentences: sentences, others: others, in: scalars)
                    else { continue }
                    stage = StageReader.stage(of: reference.reference, in: reference.sentence, scalars: scalars)
                    if stage != .unknown { break }
                }
            }
            // Still unknown and picked from a group (`4个项目中，…`): the group's stage, from the sentence before.
            if stage == .unknown,
                let previous = ProjectReference.group(before: found.sentence, sentences: sentences, in: scalars)
            {
                stage = StageReader.stage(
                    of: previous.upperBound..<previous.upperBound, in: previous, scalars: scalars)
            }
            var measures = quantities.filter { found.range.contains($0.range.lowerBound) }
            for measure in stated[projectIndex]
            where !measures.contains(where: { $0.value == measure.value && $0.unit == measure.unit }) {
                measures.append(measure)
            }
            let place =
                placeMentions.last { place in
                    place.mentions.contains { found.range.contains($0.lowerBound) }
                } ?? placeMentions.last { place in place.mentions.contains { found.sentence.contains($0.lowerBound) } }
            let organization = organizations.first { found.range.contains($0.range.lowerBound) }
            projects.append(
                ExtractionRecord.Project(
                    name: Self.canonicalName(found.name),
                    stage: stage,
                    quantities: measures.map { .init(text: $0.text, value: $0.value, unit: $0.unit) },
                    place: place?.path,
                    organization: organization.map { Self.canonicalName($0.name) },
                    industries: self.industries.industries(of: found.name + (organization?.name ?? "")),
                    mentions: found.mentions.map { Mention($0.lowerBound, $0.upperBound) }
                )
            )
        }

        var documentIndustries: [Industry] = []
        for industry in projects.flatMap(\.industries)
            + organizations.flatMap({ self.industries.industries(of: $0.name) })
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
                    code: resolved.first { gazetteer.path(of: $0.division) == place.path }.map {
                        gazetteer.divisions[$0.division].code
                    },
                    mentions: place.mentions.map { Mention($0.lowerBound, $0.upperBound) }
                )
            },
            organizations: organizations.map { organization in
                ExtractionRecord.Organization(
                    name: Self.canonicalName(organization.name),
                    kind: organization.kind,
                    mentions: [Mention(organization.range.lowerBound, organization.range.upperBound)]
                )
            },
            projects: projects,
            amounts: measures.amounts.map {
                .init(text: $0.text, value: $0.value, currency: $0.unit)
            },
            events: self.events.find(
                in: scalars,
                persons: people,
                places: placeMentions,
                dates: dates,
                projects: projects.map { project in
                    (name: project.name, mentions: project.mentions.map { $0.start..<$0.end })
                }
            ),
            industries: documentIndustries
        )
    }
}
