import DiaoyanModels
import DiaoyanText

/// Extracts DESIGN.md's extraction record from one normalized document.
///
/// The extractor service and `diaoyan extract` both run this; it holds only immutable lexicons, loaded once per
/// process.
package struct RecordExtractor: Sendable {
    private let places: PlaceResolver
    private let persons = PersonFinder()
    private let taggedNames = TaggedNameFinder()
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
        let titleScalars = [Unicode.Scalar](scalarsOf: title)
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
        // One sentence split serves every finder that works sentence by sentence.
        let sentences = ClauseMarkers.sentences(of: scalars)
        var people = self.persons.find(in: scalars, sentences: sentences)
        let suffixed = self.organizations.find(in: scalars)
        let named = self.namedOrganizations(suffixed, people: people, in: scalars)
        let resolved = self.places.resolve(scalars)
        let placeMentions = resolved.flatMap(\.mentions)
        let organizationMentions = Self.everyMention(of: named, in: scalars)
        if TaggedNameFinder.rulesAreUnsure(about: people, in: scalars) {
            people = self.taggedNames.people(
                people,
                in: scalars,
                sentences: sentences,
                organizations: organizationMentions,
                places: placeMentions
            )
        }
        let measures = MeasureReader.measures(in: scalars)
        let headline = Self.headline(of: document, in: scalars)
        let unzoned = self.withoutTitledPeople(
            self.projects.find(
                in: scalars,
                places: placeMentions,
                headline: headline,
                sentences: sentences
            ),
            people: people,
            in: scalars
        )
        let found = ZonePrefixTrimmer.trimmed(
            unzoned,
            organizations: named,
            gazetteer: self.places.gazetteer,
            in: scalars
        )
        let openers = CompanyOpenerReader.organizations(
            openingProjectsAt: found.map(\.range),
            besides: named,
            gazetteer: self.places.gazetteer,
            in: scalars
        )
        let organizations = named + openers
        // A place inside an organization's or a person's name (`王建华` holds 建华, `福建圣农` 福建) is no scene.
        let places = DocumentPlaces(
            resolved,
            gazetteer: self.places.gazetteer,
            names: organizationMentions + openers.map(\.range),
            // Every place the text writes a person's name of three scalars or more, also where no finder read it
            // (`尼玛普赤` holds 尼玛); a name of two may be a place's own (a person `青岛` read in error).
            people: people.flatMap(\.mentions)
                + Self.namesHolding(placeMentions, of: people.map(\.name), in: scalars),
            projects: found.flatMap(\.mentions),
            in: scalars
        )
        let projects = self.projects(
            found,
            in: scalars,
            headline: headline,
            sentences: sentences,
            places: places,
            organizations: organizations,
            quantities: measures.quantities
        )
        return ExtractionRecord(
            id: document.id,
            source: document.source,
            title: document.title,
            published: document.published,
            script: document.script,
            persons: people.map(Self.person),
            places: places.record,
            organizations: RegisteredNameMerger.merged(
                Self.merged(OrganizationNameCheck.checked(organizations, in: scalars).map(Self.organization))
            ),
            projects: projects,
            amounts: measures.amounts.map { .init(text: $0.text, value: $0.value, currency: $0.unit) },
            events: Self.withoutUpcoming(
                CeremonyStage.upcoming(in: scalars),
                from: self.events.find(
                    in: scalars,
                    persons: people,
                    places: places.scene.map { (place: $0.place, mentions: $0.mentions) },
                    // An undated page's partial dates are read in the one year its text writes, if it writes one.
                    dates: DocumentDates(
                        published: document.published ?? WrittenYear.only(in: scalars).map(String.init),
                        dateline: Self.dateline(in: scalars),
                        lead: Self.leadDay(in: scalars)
                    ),
                    projects: projects.map { project in
                        (name: project.name, mentions: project.mentions.map { $0.start..<$0.end })
                    },
                    published: document.published
                )
            ),
            industries: self.documentIndustries(projects: projects, organizations: organizations, in: scalars)
        )
    }

    /// The month and day a line among the text's first thirty opens with (`3月26日上午，舒城县…`): the day the story
    /// tells, which its `今天` means.
    private static func leadDay(in scalars: [Unicode.Scalar]) -> (month: Int, day: Int)? {
        Self.firstOpening(of: scalars, reading: 8) { WrittenDate.leadingMonthDay($0) }
    }

    /// The month and day of a dateline opening one of the text's first thirty lines (`上海6月16日电`; page chrome
    /// may come first), which is the day a wire story's `今天` means.
    private static func dateline(in scalars: [Unicode.Scalar]) -> (month: Int, day: Int)? {
        Self.firstOpening(of: scalars, reading: 40) { WrittenDate.dateline(Array($0)) }
    }

    /// What `read` finds first in the opening `width` scalars of the text's first thirty lines (page chrome may
    /// come before the story's first line).
    private static func firstOpening<Found>(
        of scalars: [Unicode.Scalar],
        reading width: Int,
        _ read: (ArraySlice<Unicode.Scalar>) -> Found?
    ) -> Found? {
        var start = 0
        for _ in 0..<30 where start < scalars.count {
            let end = scalars[start...].firstIndex(of: "\n") ?? scalars.count
            if let found = read(scalars[start..<min(end, start + width)]) { return found }
            start = end + 1
        }
        return nil
    }

    /// The writings of a person's name of three scalars or more that hold or overlap one of `places` (a name of two
    /// may be a place's own: a person `青岛` read in error): checked only around the places, not over the whole text.
    private static func namesHolding(_ places: [Range<Int>], of names: [String], in scalars: [Unicode.Scalar])
        -> [Range<Int>]
    {
        let written = names.map { [Unicode.Scalar](scalarsOf: $0) }.filter { $0.count >= 3 }
        var holding: [Range<Int>] = []
        for place in places {
            // Inside the name or across its edge (`庞佑成都认真`: 庞佑成 leaves no 成都).
            for name in written where name.contains(where: { scalars[place].contains($0) }) {
                for start in max(0, place.lowerBound - name.count + 1)..<place.upperBound
                where scalars.has(name, at: start) {
                    holding.append(start..<(start + name.count))
                }
            }
        }
        return holding
    }

    /// Every place the names of `organizations` are written, not only where each was found.
    private static func everyMention(of organizations: [OrganizationFinder.Found], in scalars: [Unicode.Scalar])
        -> [Range<Int>]
    {
        var names = ScalarTrie<Bool>(
            reservingEdges: organizations.reduce(0) { $0 + $1.name.unicodeScalars.count }
        )
        for organization in organizations { names.insert(organization.name.unicodeScalars, true) }
        var mentions: [Range<Int>] = []
        var index = 0
        while index < scalars.count {
            guard names.mayStart(with: scalars[index]), let name = names.longestMatch(in: scalars, from: index) else {
                index += 1
                continue
            }
            mentions.append(index..<(index + name.length))
            index += name.length
        }
        return mentions
    }

    /// The organizations a document names: by their suffix, as people's employers, in lists of companies, beside a
    /// registered company in an enumeration, and as signing parties; a branch company's parent too.
    private func namedOrganizations(
        _ suffixed: [OrganizationFinder.Found],
        people: [PersonFinder.Found],
        in scalars: [Unicode.Scalar]
    ) -> [OrganizationFinder.Found] {
        let employed = suffixed + EmployerReader.employers(of: people, besides: suffixed, in: scalars)
        let listed =
            employed
            + CompanyListReader.organizations(in: scalars, besides: employed, gazetteer: self.places.gazetteer)
        let mates =
            listed + CompanyListMates.organizations(in: scalars, besides: listed, gazetteer: self.places.gazetteer)
        let parties =
            mates + SigningPartyReader.organizations(in: scalars, besides: mates, gazetteer: self.places.gazetteer)
        let known = parties + KnownFirmReader.organizations(in: scalars, besides: parties)
        return BranchCompanies.resolved(known, in: scalars, gazetteer: self.places.gazetteer)
    }

    /// The projects of the document, each with its stage, quantities, place, organization and industries; two
    /// written forms with one ``NameKey`` are one project.
    private func projects(
        _ found: [ProjectFinder.Found],
        in scalars: [Unicode.Scalar],
        headline: Range<Int>?,
        sentences: [Range<Int>],
        places: DocumentPlaces,
        organizations: [OrganizationFinder.Found],
        quantities: [MeasureReader.Measure]
    ) -> [ExtractionRecord.Project] {
        let subjects = ProjectSubjects(found.map(\.mentions))
        let stated = ProjectQuantityReader.quantities(
            for: subjects,
            quantities: quantities,
            in: scalars,
            sentences: sentences
        )
        let contents = ProjectContentReader.industries(
            for: subjects,
            in: scalars,
            sentences: sentences,
            classifier: self.industries
        )
        let attribution = ProjectPlaceAttribution(places)
        // A body that tells ceremonies of two kinds (a groundbreaking and the year's signings) leaves the one its
        // headline tells.
        let ceremony = CeremonyStage.of(scalars) ?? headline.flatMap { CeremonyStage.of(Array(scalars[$0])) }
        let projects = found.indices.map { index in
            let project = found[index]
            var measures = quantities.filter { project.range.contains($0.range.lowerBound) }
            for measure in stated[index]
            where !measures.contains(where: { $0.value == measure.value && $0.unit == measure.unit }) {
                measures.append(measure)
            }
            let organization = organizations.first { project.range.contains($0.range.lowerBound) }
            return ExtractionRecord.Project(
                name: Self.canonicalName(project.name),
                stage: ProjectStageFallback.stage(
                    of: index,
                    among: found,
                    sentences: sentences,
                    ceremony: ceremony,
                    in: scalars
                ),
                quantities: measures.map { .init(text: $0.text, value: $0.value, unit: $0.unit) },
                place: attribution.place(ofProjectAt: project.range, in: project.sentence),
                organization: organization.map { Self.canonicalName($0.name) },
                industries: self.projectIndustries(
                    named: project.name,
                    owner: organization?.name,
                    contents: contents[index]
                ),
                mentions: project.mentions.map { Mention($0.lowerBound, $0.upperBound) }
            )
        }
        return Self.merged(projects)
    }

    /// `found` without the people the page names and with no titled person's name inside a name: a name that is a
    /// person's (`刘某、秦某等一行到项目…` lists people before a project word) is dropped; a span that caught an
    /// official before the project (`区委书记夏志东主持铭普光磁…基地项目`) starts after the official and the verb after
    /// them; one that is nothing else (`市长王刚`, `副总经理王瀚斌`) is dropped.
    private func withoutTitledPeople(
        _ found: [ProjectFinder.Found],
        people: [PersonFinder.Found],
        in scalars: [Unicode.Scalar]
    ) -> [ProjectFinder.Found] {
        // `刘某、秦某等一行到项目…`: people listed before a project word are no projects.
        let named = Set(people.map(\.name))
        let found = found.filter { !named.contains($0.name) }
        let titled = people.filter { !$0.titles.isEmpty }.flatMap(\.mentions)
        guard !titled.isEmpty else { return found }
        return found.compactMap { project in
            let range = project.range
            guard
                let cut = titled.filter({ $0.lowerBound > range.lowerBound && range.contains($0.lowerBound) })
                    .map(\.upperBound).max()
            else { return project }
            var start = cut
            if let verb = Self.officialsVerbs.longestMatch(in: scalars, from: start) { start += verb.length }
            let nameEnd =
                scalars.has(ProjectFinder.suffix, at: range.upperBound - 2) ? range.upperBound - 2 : range.upperBound
            guard nameEnd - start >= 2, self.projects.judge.isNamed(start..<nameEnd, in: scalars) else { return nil }
            return project.starting(at: start, in: scalars)
        }
    }

    /// Verbs an official's name is followed by before the project a span caught with them (`主持…项目开工仪式`).
    private static let officialsVerbs = ScalarTrie<Bool>(words: ["主持", "率领", "率", "宣布", "出席", "参加", "为"])

    /// A project's industries: its name's, else (a name of a place or a brand, `天辅云泉小镇项目`) those of what the
    /// page says it makes or builds, else equipment when it says only that something is made there.
    private func projectIndustries(named name: String, owner: String?, contents: [Industry]) -> [Industry] {
        let named = self.industries.industries(ofName: name, owner: owner)
        guard named.isEmpty else { return named }
        return contents.isEmpty ? self.industries.industriesOfMaking(name: name) : contents
    }

    /// The document's industries: its projects', its organizations' and the fields its sector lists name, in order
    /// of first appearance.
    private func documentIndustries(
        projects: [ExtractionRecord.Project],
        organizations: [OrganizationFinder.Found],
        in scalars: [Unicode.Scalar]
    ) -> [Industry] {
        var industries: [Industry] = []
        // A university or an institute named beside the projects (a partner, a visitor's) is no trade of the page's;
        // a school or an institute built is a project and counts as one.
        let firms = organizations.filter { $0.kind != "university" && $0.kind != "institute" }
        for industry in projects.flatMap(\.industries)
            + firms.flatMap({ self.industries.industries(ofName: $0.name) })
            // Fields named in a list speak for the projects an article leaves unnamed, and a list of the projects'
            // fields for all of them.
            + SectorListReader.industries(
                in: scalars,
                classifier: self.industries,
                projectsOnly: projects.filter { !$0.industries.isEmpty }.count >= 2
            )
        where !industries.contains(industry) {
            industries.append(industry)
        }
        return industries
    }

    /// `events` less the undated ones of the kind of a ceremony still to come (`计划集中开工…集中开工项目包括`):
    /// they retell the plan, not a day.
    private static func withoutUpcoming(_ upcoming: EventType?, from events: [ExtractionRecord.Event])
        -> [ExtractionRecord.Event]
    {
        guard let upcoming else { return events }
        return events.filter { $0.date != nil || $0.type != upcoming }
    }

    private static func person(_ person: PersonFinder.Found) -> ExtractionRecord.Person {
        ExtractionRecord.Person(
            name: person.name,
            titles: person.titles,
            role: person.role,
            mentions: person.mentions.map { Mention($0.lowerBound, $0.upperBound) }
        )
    }

    private static func organization(_ organization: OrganizationFinder.Found) -> ExtractionRecord.Organization {
        ExtractionRecord.Organization(
            name: Self.canonicalName(organization.name),
            kind: organization.kind,
            mentions: [Mention(organization.range.lowerBound, organization.range.upperBound)]
        )
    }
}
