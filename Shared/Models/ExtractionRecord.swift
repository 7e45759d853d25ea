/// The facts extracted from one normalized document: DESIGN.md's external contract.
///
/// `diaoyan extract --json` prints one of these per line and the aggregator stores the same object.
/// Every collection is present (possibly empty) so consumers never meet a missing key.
package struct ExtractionRecord: Codable, Hashable, Sendable {
    /// SHA-256 (lower-case hex) of the normalized text, or the id the client gave.
    package var id: String
    /// The file name or source label the document arrived with.
    package var source: String
    package var title: String?
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    package var published: String?
    package var script: Script
    package var persons: [Person]
    package var places: [Place]
    package var organizations: [Organization]
    package var projects: [Project]
    package var amounts: [Amount]
    package var events: [Event]
    package var industries: [Industry]

    package init(
        id: String,
        source: String,
        title: String? = nil,
        published: String? = nil,
        script: Script = .simplified,
        persons: [Person] = [],
        places: [Place] = [],
        organizations: [Organization] = [],
        projects: [Project] = [],
        amounts: [Amount] = [],
        events: [Event] = [],
        industries: [Industry] = []
    ) {
        self.id = id
        self.source = source
        self.title = title
        self.published = published
        self.script = script
        self.persons = persons
        self.places = places
        self.organizations = organizations
        self.projects = projects
        self.amounts = amounts
        self.events = events
        self.industries = industries
    }

    private enum CodingKeys: String, CodingKey {
        case id, source, title, published, script, persons, places, organizations, projects, amounts, events, industries
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.id, forKey: .id)
        try container.encode(self.source, forKey: .source)
        try container.encode(self.title, forKey: .title)
        try container.encode(self.published, forKey: .published)
        try container.encode(self.script, forKey: .script)
        try container.encode(self.persons, forKey: .persons)
        try container.encode(self.places, forKey: .places)
        try container.encode(self.organizations, forKey: .organizations)
        try container.encode(self.projects, forKey: .projects)
        try container.encode(self.amounts, forKey: .amounts)
        try container.encode(self.events, forKey: .events)
        try container.encode(self.industries, forKey: .industries)
    }
}

extension ExtractionRecord {
    /// A named person with the title chain that precedes the name.
    package struct Person: Codable, Hashable, Sendable {
        package var name: String
        package var titles: [String]
        package var role: PersonRole
        package var mentions: [Mention]

        package init(name: String, titles: [String] = [], role: PersonRole, mentions: [Mention] = []) {
            self.name = name
            self.titles = titles
            self.role = role
            self.mentions = mentions
        }
    }

    /// An administrative division (or a park under one), as a `/`-separated path with its GB/T 2260 code.
    package struct Place: Codable, Hashable, Sendable {
        /// `省/市/县`, e.g. `黑龙江省/哈尔滨市/阿城区`.
        package var path: String
        package var code: String?
        package var mentions: [Mention]

        package init(path: String, code: String?, mentions: [Mention] = []) {
            self.path = path
            self.code = code
            self.mentions = mentions
        }
    }

    /// A company, group, university or institute as written.
    package struct Organization: Codable, Hashable, Sendable {
        package var name: String
        /// company, group, university, institute, government, park, other.
        package var kind: String
        package var mentions: [Mention]

        package init(name: String, kind: String, mentions: [Mention] = []) {
            self.name = name
            self.kind = kind
            self.mentions = mentions
        }
    }

    /// A measured quantity such as `年产1000吨` or `8GW`.
    package struct Quantity: Codable, Hashable, Sendable {
        package var text: String
        package var value: Double
        package var unit: String

        package init(text: String, value: Double, unit: String) {
            self.text = text
            self.value = value
            self.unit = unit
        }
    }

    /// One project named in the article.
    package struct Project: Codable, Hashable, Sendable {
        package var name: String
        package var stage: Stage
        package var quantities: [Quantity]
        /// The place path the project is located in, when known.
        package var place: String?
        package var organization: String?
        package var industries: [Industry]
        package var mentions: [Mention]

        package init(
            name: String,
            stage: Stage = .unknown,
            quantities: [Quantity] = [],
            place: String? = nil,
            organization: String? = nil,
            industries: [Industry] = [],
            mentions: [Mention] = []
        ) {
            self.name = name
            self.stage = stage
            self.quantities = quantities
            self.place = place
            self.organization = organization
            self.industries = industries
            self.mentions = mentions
        }

        private enum CodingKeys: String, CodingKey {
            case name, stage, quantities, place, organization, industries, mentions
        }

        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.name, forKey: .name)
            try container.encode(self.stage, forKey: .stage)
            try container.encode(self.quantities, forKey: .quantities)
            try container.encode(self.place, forKey: .place)
            try container.encode(self.organization, forKey: .organization)
            try container.encode(self.industries, forKey: .industries)
            try container.encode(self.mentions, forKey: .mentions)
        }
    }

    /// An amount of money.
    package struct Amount: Codable, Hashable, Sendable {
        package var text: String
        package var value: Double
        /// ISO 4217 code: CNY, USD, EUR…
        package var currency: String

        package init(text: String, value: Double, currency: String) {
            self.text = text
            self.value = value
            self.currency = currency
        }
    }

    /// Something that happened: an inspection, a signing, a groundbreaking…
    package struct Event: Codable, Hashable, Sendable {
        package var type: EventType
        /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or nil when the text gives no anchor.
        package var date: String?
        package var persons: [String]
        package var places: [String]
        package var projects: [String]

        package init(
            type: EventType,
            date: String? = nil,
            persons: [String] = [],
            places: [String] = [],
            projects: [String] = []
        ) {
            self.type = type
            self.date = date
            self.persons = persons
            self.places = places
            self.projects = projects
        }

        private enum CodingKeys: String, CodingKey {
            case type, date, persons, places, projects
        }

        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.type, forKey: .type)
            try container.encode(self.date, forKey: .date)
            try container.encode(self.persons, forKey: .persons)
            try container.encode(self.places, forKey: .places)
            try container.encode(self.projects, forKey: .projects)
        }
    }
}
