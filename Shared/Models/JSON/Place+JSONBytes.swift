extension Place: JSONByteCodable {
    /// `{"path":…,"code":…,"level":…}` with `"park":…` after them when there is one.
    package func write(to writer: inout JSONByteWriter) {
        writer.beginObject()
        self.writeFields(to: &writer)
        writer.endObject()
    }

    /// The place's keys without the braces, for objects that carry them beside their own (``ExtractionRecord/DocumentPlace``).
    func writeFields(to writer: inout JSONByteWriter) {
        writer.key("path", first: true)
        writer.string(self.path)
        writer.key("code")
        writer.string(self.code)
        writer.key("level")
        writer.string(self.level.rawValue)
        if let park = self.park {
            writer.key("park")
            writer.string(park)
        }
    }

    package init(json reader: inout JSONByteReader) throws(JSONByteReader.Error) {
        var fields = Fields()
        try reader.object { (reader: inout JSONByteReader, key: String) throws(JSONByteReader.Error) in
            if try !fields.read(key, from: &reader) { try reader.skipValue() }
        }
        self = try fields.place()
    }

    /// A place's keys as an object's reader meets them, beside the object's own keys.
    struct Fields {
        var path: String?
        var code: String?
        var level: Level?
        var park: String??

        /// Reads the value of `key` if it is one of a place's; false (nothing read) for any other key.
        mutating func read(_ key: String, from reader: inout JSONByteReader) throws(JSONByteReader.Error) -> Bool {
            switch key {
            case "path":
                try reader.field(&self.path, key: key) { reader throws(JSONByteReader.Error) in try reader.string() }
            case "code":
                try reader.field(&self.code, key: key) { reader throws(JSONByteReader.Error) in try reader.string() }
            case "level":
                try reader.field(&self.level, key: key) { reader throws(JSONByteReader.Error) in
                    try reader.value(Level.self)
                }
            case "park":
                try reader.field(&self.park, key: key) { reader throws(JSONByteReader.Error) in
                    try reader.optionalString()
                }
            default: return false
            }
            return true
        }

        /// The place read, once the object is over.
        func place() throws(JSONByteReader.Error) -> Place {
            Place(
                path: try JSONByteReader.required(self.path, "path"),
                code: try JSONByteReader.required(self.code, "code"),
                level: try JSONByteReader.required(self.level, "level"),
                park: self.park ?? nil
            )
        }
    }
}
