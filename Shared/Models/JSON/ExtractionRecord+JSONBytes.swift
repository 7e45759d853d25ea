/// The record's JSON without `JSONEncoder`/`JSONDecoder`: the keys `Encodable` writes, in its declaration order.
///
/// ```
/// {"schema":2,"id":…,"source":…,"title":…|null,"published":…|null,"script":…,"persons":[…],"places":[…],
///  "organizations":[…],"projects":[…],"amounts":[…],"events":[…],"industries":[…]}
/// ```
extension ExtractionRecord: JSONByteCodable {
    package func write(to writer: inout JSONByteWriter) throws(JSONByteWriter.Error) {
        writer.beginObject()
        writer.key("schema", first: true)
        writer.integer(self.schema)
        writer.key("id")
        writer.string(self.id)
        writer.key("source")
        writer.string(self.source)
        writer.key("title")
        writer.string(self.title)
        writer.key("published")
        writer.string(self.published)
        writer.key("script")
        writer.string(self.script.rawValue)
        writer.key("persons")
        Self.write(self.persons, to: &writer) { person, writer in person.write(to: &writer) }
        writer.key("places")
        Self.write(self.places, to: &writer) { place, writer in place.write(to: &writer) }
        writer.key("organizations")
        Self.write(self.organizations, to: &writer) { organization, writer in organization.write(to: &writer) }
        writer.key("projects")
        try Self.write(self.projects, to: &writer) { (project, writer) throws(JSONByteWriter.Error) in
            try project.write(to: &writer)
        }
        writer.key("amounts")
        try Self.write(self.amounts, to: &writer) { (amount, writer) throws(JSONByteWriter.Error) in
            try amount.write(to: &writer)
        }
        writer.key("events")
        Self.write(self.events, to: &writer) { event, writer in event.write(to: &writer) }
        writer.key("industries")
        Self.write(self.industries, to: &writer) { industry, writer in writer.string(industry.rawValue) }
        writer.endObject()
    }

    package init(json reader: inout JSONByteReader) throws(JSONByteReader.Error) {
        var schema: Int?? = nil
        var id: String?
        var source: String?
        var title: String?? = nil
        var published: String?? = nil
        var script: Script?
        var persons: [Person]?
        var places: [DocumentPlace]?
        var organizations: [Organization]?
        var projects: [Project]?
        var amounts: [Amount]?
        var events: [Event]?
        var industries: [Industry]?
        try reader.object { (reader: inout JSONByteReader, key: String) throws(JSONByteReader.Error) in
            switch key {
            case "schema":
                try reader.field(&schema, key: key) { reader throws(JSONByteReader.Error) in
                    try reader.null() ? nil : try reader.integer()
                }
            case "id": try reader.field(&id, key: key)
            case "source":
                try reader.field(&source, key: key)
            case "title":
                try reader.field(&title, key: key)
            case "published":
                try reader.field(&published, key: key)
            case "script":
                try reader.field(&script, key: key)
            case "persons":
                try reader.field(&persons, key: key) { reader throws(JSONByteReader.Error) in
                    try reader.array { reader throws(JSONByteReader.Error) in try Person(json: &reader) }
                }
            case "places":
                try reader.field(&places, key: key) { reader throws(JSONByteReader.Error) in
                    try reader.array { reader throws(JSONByteReader.Error) in try DocumentPlace(json: &reader) }
                }
            case "organizations":
                try reader.field(&organizations, key: key) { reader throws(JSONByteReader.Error) in
                    try reader.array { reader throws(JSONByteReader.Error) in try Organization(json: &reader) }
                }
            case "projects":
                try reader.field(&projects, key: key) { reader throws(JSONByteReader.Error) in
                    try reader.array { reader throws(JSONByteReader.Error) in try Project(json: &reader) }
                }
            case "amounts":
                try reader.field(&amounts, key: key) { reader throws(JSONByteReader.Error) in
                    try reader.array { reader throws(JSONByteReader.Error) in try Amount(json: &reader) }
                }
            case "events":
                try reader.field(&events, key: key) { reader throws(JSONByteReader.Error) in
                    try reader.array { reader throws(JSONByteReader.Error) in try Event(json: &reader) }
                }
            case "industries":
                try reader.field(&industries, key: key) { reader throws(JSONByteReader.Error) in
                    try reader.array { reader throws(JSONByteReader.Error) in try reader.value(Industry.self) }
                }
            default: try reader.skipValue()
            }
        }
        self.init(
            id: try JSONByteReader.required(id, "id"),
            source: try JSONByteReader.required(source, "source"),
            title: title ?? nil,
            published: published ?? nil,
            script: try JSONByteReader.required(script, "script"),
            persons: try JSONByteReader.required(persons, "persons"),
            places: try JSONByteReader.required(places, "places"),
            organizations: try JSONByteReader.required(organizations, "organizations"),
            projects: try JSONByteReader.required(projects, "projects"),
            amounts: try JSONByteReader.required(amounts, "amounts"),
            events: try JSONByteReader.required(events, "events"),
            industries: try JSONByteReader.required(industries, "industries"),
            schema: (schema ?? nil) ?? 1
        )
    }

    /// Writes `elements` as an array, each with `write`.
    static func write<Element, Failure: Swift.Error>(
        _ elements: [Element],
        to writer: inout JSONByteWriter,
        _ write: (Element, inout JSONByteWriter) throws(Failure) -> Void
    ) throws(Failure) {
        writer.beginArray()
        for (index, element) in elements.enumerated() {
            if index > 0 { writer.comma() }
            try write(element, &writer)
        }
        writer.endArray()
    }

    /// Writes strings as an array.
    static func write(_ strings: [String], to writer: inout JSONByteWriter) {
        Self.write(strings, to: &writer) { string, writer in writer.string(string) }
    }

    /// Reads an array of strings.
    static func strings(_ reader: inout JSONByteReader) throws(JSONByteReader.Error) -> [String] {
        try reader.array { reader throws(JSONByteReader.Error) in try reader.string() }
    }
}

extension ExtractionRecord.Person {
    func write(to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.key("name", first: true)
        writer.string(self.name)
        writer.key("titles")
        ExtractionRecord.write(self.titles, to: &writer)
        writer.key("role")
        writer.string(self.role.rawValue)
        writer.key("mentions")
        Mention.write(self.mentions, to: &writer)
        writer.endObject()
    }

    init(json reader: inout JSONByteReader) throws(JSONByteReader.Error) {
        var name: String?
        var titles: [String]?
        var role: PersonRole?
        var mentions: [Mention]?
        try reader.object { (reader: inout JSONByteReader, key: String) throws(JSONByteReader.Error) in
            switch key {
            case "name":
                try reader.field(&name, key: key)
            case "titles": try reader.field(&titles, key: key, ExtractionRecord.strings)
            case "role":
                try reader.field(&role, key: key)
            case "mentions": try reader.field(&mentions, key: key, Mention.read)
            default: try reader.skipValue()
            }
        }
        self.init(
            name: try JSONByteReader.required(name, "name"),
            titles: try JSONByteReader.required(titles, "titles"),
            role: try JSONByteReader.required(role, "role"),
            mentions: try JSONByteReader.required(mentions, "mentions")
        )
    }
}

extension ExtractionRecord.DocumentPlace {
    /// The place's keys, then `mentions`, in one object.
    func write(to writer: inout JSONByteWriter) {
        writer.beginObject()
        self.place.writeFields(to: &writer)
        writer.key("mentions")
        Mention.write(self.mentions, to: &writer)
        writer.endObject()
    }

    init(json reader: inout JSONByteReader) throws(JSONByteReader.Error) {
        var place = Place.Fields()
        var mentions: [Mention]?
        try reader.object { (reader: inout JSONByteReader, key: String) throws(JSONByteReader.Error) in
            if try place.read(key, from: &reader) { return }
            if key == "mentions" {
                try reader.field(&mentions, key: key, Mention.read)
            } else {
                try reader.skipValue()
            }
        }
        self.init(try place.place(), mentions: try JSONByteReader.required(mentions, "mentions"))
    }
}

extension ExtractionRecord.ProjectPlace {
    /// The place's keys, then `from`, in one object.
    func write(to writer: inout JSONByteWriter) {
        writer.beginObject()
        self.place.writeFields(to: &writer)
        writer.key("from")
        writer.string(self.from.rawValue)
        writer.endObject()
    }

    init(json reader: inout JSONByteReader) throws(JSONByteReader.Error) {
        var place = Place.Fields()
        var from: Source?
        try reader.object { (reader: inout JSONByteReader, key: String) throws(JSONByteReader.Error) in
            if try place.read(key, from: &reader) { return }
            if key == "from" {
                try reader.field(&from, key: key)
            } else {
                try reader.skipValue()
            }
        }
        self.init(try place.place(), from: try JSONByteReader.required(from, "from"))
    }
}

extension ExtractionRecord.Organization {
    func write(to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.key("name", first: true)
        writer.string(self.name)
        writer.key("kind")
        writer.string(self.kind)
        writer.key("mentions")
        Mention.write(self.mentions, to: &writer)
        writer.endObject()
    }

    init(json reader: inout JSONByteReader) throws(JSONByteReader.Error) {
        var name: String?
        var kind: String?
        var mentions: [Mention]?
        try reader.object { (reader: inout JSONByteReader, key: String) throws(JSONByteReader.Error) in
            switch key {
            case "name":
                try reader.field(&name, key: key)
            case "kind":
                try reader.field(&kind, key: key)
            case "mentions": try reader.field(&mentions, key: key, Mention.read)
            default: try reader.skipValue()
            }
        }
        self.init(
            name: try JSONByteReader.required(name, "name"),
            kind: try JSONByteReader.required(kind, "kind"),
            mentions: try JSONByteReader.required(mentions, "mentions")
        )
    }
}

extension ExtractionRecord.Quantity {
    func write(to writer: inout JSONByteWriter) throws(JSONByteWriter.Error) {
        try FigureJSON.write(text: self.text, value: self.value, "unit", self.unit, to: &writer)
    }

    init(json reader: inout JSONByteReader) throws(JSONByteReader.Error) {
        let figure = try FigureJSON.read(&reader, "unit")
        self.init(text: figure.text, value: figure.value, unit: figure.label)
    }
}

/// The JSON of a figure as written (`text`), its value and one label (a quantity's `unit`, an amount's `currency`).
private enum FigureJSON {
    static func write(
        text: String,
        value: Double,
        _ key: StaticString,
        _ label: String,
        to writer: inout JSONByteWriter
    ) throws(JSONByteWriter.Error) {
        writer.beginObject()
        writer.key("text", first: true)
        writer.string(text)
        writer.key("value")
        try writer.double(value)
        writer.key(key)
        writer.string(label)
        writer.endObject()
    }

    static func read(_ reader: inout JSONByteReader, _ key: StaticString) throws(JSONByteReader.Error)
        -> (text: String, value: Double, label: String)
    {
        var text: String?
        var value: Double?
        var label: String?
        let labelKey = key.description
        try reader.object { (reader: inout JSONByteReader, name: String) throws(JSONByteReader.Error) in
            switch name {
            case "text": try reader.field(&text, key: name)
            case "value":
                try reader.field(&value, key: name) { reader throws(JSONByteReader.Error) in try reader.double() }
            case labelKey: try reader.field(&label, key: name)
            default: try reader.skipValue()
            }
        }
        return (
            try JSONByteReader.required(text, "text"), try JSONByteReader.required(value, "value"),
            try JSONByteReader.required(label, key)
        )
    }
}

extension ExtractionRecord.Project {
    func write(to writer: inout JSONByteWriter) throws(JSONByteWriter.Error) {
        writer.beginObject()
        writer.key("name", first: true)
        writer.string(self.name)
        writer.key("stage")
        writer.string(self.stage.rawValue)
        writer.key("quantities")
        try ExtractionRecord.write(self.quantities, to: &writer) { (quantity, writer) throws(JSONByteWriter.Error) in
            try quantity.write(to: &writer)
        }
        writer.key("place")
        if let place = self.place { place.write(to: &writer) } else { writer.null() }
        writer.key("organization")
        writer.string(self.organization)
        writer.key("industries")
        ExtractionRecord.write(self.industries, to: &writer) { industry, writer in writer.string(industry.rawValue) }
        writer.key("mentions")
        Mention.write(self.mentions, to: &writer)
        writer.endObject()
    }

    init(json reader: inout JSONByteReader) throws(JSONByteReader.Error) {
        var name: String?
        var stage: Stage?
        var quantities: [ExtractionRecord.Quantity]?
        var place: ExtractionRecord.ProjectPlace?? = nil
        var organization: String?? = nil
        var industries: [Industry]?
        var mentions: [Mention]?
        try reader.object { (reader: inout JSONByteReader, key: String) throws(JSONByteReader.Error) in
            switch key {
            case "name":
                try reader.field(&name, key: key)
            case "stage":
                try reader.field(&stage, key: key)
            case "quantities":
                try reader.field(&quantities, key: key) { reader throws(JSONByteReader.Error) in
                    try reader.array { reader throws(JSONByteReader.Error) in
                        try ExtractionRecord.Quantity(json: &reader)
                    }
                }
            case "place":
                try reader.field(&place, key: key) { reader throws(JSONByteReader.Error) in
                    try reader.null() ? nil : try ExtractionRecord.ProjectPlace(json: &reader)
                }
            case "organization":
                try reader.field(&organization, key: key)
            case "industries":
                try reader.field(&industries, key: key) { reader throws(JSONByteReader.Error) in
                    try reader.array { reader throws(JSONByteReader.Error) in try reader.value(Industry.self) }
                }
            case "mentions": try reader.field(&mentions, key: key, Mention.read)
            default: try reader.skipValue()
            }
        }
        self.init(
            name: try JSONByteReader.required(name, "name"),
            stage: try JSONByteReader.required(stage, "stage"),
            quantities: try JSONByteReader.required(quantities, "quantities"),
            place: place ?? nil,
            organization: organization ?? nil,
            industries: try JSONByteReader.required(industries, "industries"),
            mentions: try JSONByteReader.required(mentions, "mentions")
        )
    }
}

extension ExtractionRecord.Amount {
    func write(to writer: inout JSONByteWriter) throws(JSONByteWriter.Error) {
        try FigureJSON.write(text: self.text, value: self.value, "currency", self.currency, to: &writer)
    }

    init(json reader: inout JSONByteReader) throws(JSONByteReader.Error) {
        let figure = try FigureJSON.read(&reader, "currency")
        self.init(text: figure.text, value: figure.value, currency: figure.label)
    }
}

extension ExtractionRecord.Event {
    func write(to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.key("type", first: true)
        writer.string(self.type.rawValue)
        writer.key("date")
        writer.string(self.date)
        writer.key("persons")
        ExtractionRecord.write(self.persons, to: &writer)
        writer.key("places")
        ExtractionRecord.write(self.places, to: &writer) { place, writer in place.write(to: &writer) }
        writer.key("projects")
        ExtractionRecord.write(self.projects, to: &writer)
        writer.endObject()
    }

    init(json reader: inout JSONByteReader) throws(JSONByteReader.Error) {
        var type: EventType?
        var date: String?? = nil
        var persons: [String]?
        var places: [Place]?
        var projects: [String]?
        try reader.object { (reader: inout JSONByteReader, key: String) throws(JSONByteReader.Error) in
            switch key {
            case "type":
                try reader.field(&type, key: key)
            case "date":
                try reader.field(&date, key: key)
            case "persons": try reader.field(&persons, key: key, ExtractionRecord.strings)
            case "places":
                try reader.field(&places, key: key) { reader throws(JSONByteReader.Error) in
                    try reader.array { reader throws(JSONByteReader.Error) in try Place(json: &reader) }
                }
            case "projects": try reader.field(&projects, key: key, ExtractionRecord.strings)
            default: try reader.skipValue()
            }
        }
        self.init(
            type: try JSONByteReader.required(type, "type"),
            date: date ?? nil,
            persons: try JSONByteReader.required(persons, "persons"),
            places: try JSONByteReader.required(places, "places"),
            projects: try JSONByteReader.required(projects, "projects")
        )
    }
}
