/// The facts extracted from one normalized document: DESIGN.md's external contract.
///
/// `diaoyan extract --json` prints one of these per line and the aggregator stores the same object.
/// Every collection is present (possibly empty) so consumers never meet a missing key. `Shared/Models/
/// ExtractionRecord.schema.json` is the record's JSON Schema; `schema` says which version of it a record follows.
package struct ExtractionRecord: Codable, Hashable, Sendable {
    /// The version of the record's shape this build writes: 2 gave every place `path`, `code` and `level`.
    package static let currentSchema = 2

    /// The version of the record's shape; a record without one is of version 1.
    package var schema: Int
    /// SHA-256 (lower-case hex) of the normalized text, or the id the client gave.
    package var id: String
    /// The file name or source label the document arrived with.
    package var source: String
    package var title: String?
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    package var published: String?
    package var script: Script
    package var persons: [Person]
    package var places: [DocumentPlace]
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
        places: [DocumentPlace] = [],
        organizations: [Organization] = [],
        projects: [Project] = [],
        amounts: [Amount] = [],
        events: [Event] = [],
        industries: [Industry] = [],
        schema: Int = ExtractionRecord.currentSchema
    ) {
        self.schema = schema
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
        case schema, id, source, title, published, script, persons, places, organizations, projects, amounts, events
        case industries
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.schema = try container.decodeIfPresent(Int.self, forKey: .schema) ?? 1
        self.id = try container.decode(String.self, forKey: .id)
        self.source = try container.decode(String.self, forKey: .source)
        self.title = try container.decodeIfPresent(String.self, forKey: .title)
        self.published = try container.decodeIfPresent(String.self, forKey: .published)
        self.script = try container.decode(Script.self, forKey: .script)
        self.persons = try container.decode([Person].self, forKey: .persons)
        self.places = try container.decode([DocumentPlace].self, forKey: .places)
        self.organizations = try container.decode([Organization].self, forKey: .organizations)
        self.projects = try container.decode([Project].self, forKey: .projects)
        self.amounts = try container.decode([Amount].self, forKey: .amounts)
        self.events = try container.decode([Event].self, forKey: .events)
        self.industries = try container.decode([Industry].self, forKey: .industries)
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.schema, forKey: .schema)
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

    /// A place the document names, with where it names it.
    @dynamicMemberLookup
    package struct DocumentPlace: Codable, Hashable, Sendable {
        package var place: Place
        package var mentions: [Mention]

        /// The place's own fields: `documentPlace.path`, `.code`, `.province`…
        package subscript<Value>(dynamicMember keyPath: KeyPath<Place, Value>) -> Value {
            self.place[keyPath: keyPath]
        }

        package init(_ place: Place, mentions: [Mention] = []) {
            self.place = place
            self.mentions = mentions
        }

        private enum CodingKeys: String, CodingKey {
            case mentions
        }

        /// The place's own keys, then `mentions`, in one object.
        package init(from decoder: any Decoder) throws {
            self.place = try Place(from: decoder)
            self.mentions = try decoder.container(keyedBy: CodingKeys.self).decode([Mention].self, forKey: .mentions)
        }

        package func encode(to encoder: any Encoder) throws {
            try self.place.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.mentions, forKey: .mentions)
        }
    }

    /// Where a project is, and how the extractor knows.
    @dynamicMemberLookup
    package struct ProjectPlace: Codable, Hashable, Sendable {
        /// What the project's place was read from, in the order the extractor tries them.
        package enum Source: String, Codable, CaseIterable, Sendable {
            /// A place written in the project's name or its sentence (`阿城区华明管业…项目`).
            case mention
            /// The development zone or park the project's sentence names.
            case park
            /// The place the whole story is about, for a project told without a place of its own.
            case story
        }

        package var place: Place
        package var from: Source

        /// The place's own fields: `projectPlace.path`, `.code`, `.province`…
        package subscript<Value>(dynamicMember keyPath: KeyPath<Place, Value>) -> Value {
            self.place[keyPath: keyPath]
        }

        package init(_ place: Place, from: Source) {
            self.place = place
            self.from = from
        }

        private enum CodingKeys: String, CodingKey {
            case from
        }

        /// The place's own keys, then `from`, in one object.
        package init(from decoder: any Decoder) throws {
            self.place = try Place(from: decoder)
            self.from = try decoder.container(keyedBy: CodingKeys.self).decode(Source.self, forKey: .from)
        }

        package func encode(to encoder: any Encoder) throws {
            try self.place.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.from, forKey: .from)
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
        /// Where the project is: its own mention, else its park, else the story's place; nil when the document
        /// names no place at all.
        package var place: ProjectPlace?
        package var organization: String?
        package var industries: [Industry]
        package var mentions: [Mention]

        package init(
            name: String,
            stage: Stage = .unknown,
            quantities: [Quantity] = [],
            place: ProjectPlace? = nil,
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
        package var places: [Place]
        package var projects: [String]

        package init(
            type: EventType,
            date: String? = nil,
            persons: [String] = [],
            places: [Place] = [],
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
