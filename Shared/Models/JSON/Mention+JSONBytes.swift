extension Mention: JSONByteCodable {
    /// `[start,end]`.
    package func write(to writer: inout JSONByteWriter) {
        writer.beginArray()
        writer.integer(self.start)
        writer.comma()
        writer.integer(self.end)
        writer.endArray()
    }

    /// Reads `[start,end]`; an array of any other length is left to `JSONDecoder`.
    package init(json reader: inout JSONByteReader) throws(JSONByteReader.Error) {
        var numbers: [Int] = []
        try reader.elements { (reader: inout JSONByteReader) throws(JSONByteReader.Error) in
            guard numbers.count < 2 else { throw .unexpected(offset: 0) }
            numbers.append(try reader.integer())
        }
        guard numbers.count == 2 else { throw .unexpected(offset: 0) }
        self.init(numbers[0], numbers[1])
    }

    /// Writes `mentions` as an array.
    static func write(_ mentions: [Mention], to writer: inout JSONByteWriter) {
        writer.beginArray()
        for (index, mention) in mentions.enumerated() {
            if index > 0 { writer.comma() }
            mention.write(to: &writer)
        }
        writer.endArray()
    }

    /// Reads an array of mentions.
    static func read(_ reader: inout JSONByteReader) throws(JSONByteReader.Error) -> [Mention] {
        try reader.array { (reader: inout JSONByteReader) throws(JSONByteReader.Error) in try Mention(json: &reader) }
    }
}
