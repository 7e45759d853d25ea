/// The envelope around a body that writes and reads its own JSON (``JSONByteCodable``: a `submit`), without
/// `JSONEncoder`/`JSONDecoder`. The wire codec tries these first and uses Foundation's coders for everything else.
///
/// ```
/// {"v":1,"type":"submit","id":"…","body":{…}}
/// ```
extension Envelope {
    /// The envelope's JSON, or nil when its body is not ``JSONByteCodable`` (the caller uses `JSONEncoder`).
    ///
    /// - Throws: what the body's writer throws (a non-finite number).
    package func jsonBytes(capacity: Int = 16_384) throws(JSONByteWriter.Error) -> [UInt8]? {
        guard case .body(let body) = self.message, let body = body as? any JSONByteCodable else { return nil }
        var writer = JSONByteWriter(capacity: capacity)
        writer.beginObject()
        writer.key("v", first: true)
        writer.integer(self.version)
        writer.key("type")
        writer.string(self.type)
        writer.key("id")
        writer.string(self.id)
        writer.key("body")
        try body.write(to: &writer)
        writer.endObject()
        return writer.bytes
    }

    /// Reads an envelope whose `type` comes before its `body` and names a ``JSONByteCodable`` body; nil for any
    /// other JSON, which the caller hands to `JSONDecoder` (so errors and unusual shapes are answered as before).
    package init?(jsonBytes bytes: [UInt8]) {
        var reader = JSONByteReader(bytes)
        var version: Int?
        var id: String?
        var type: String?
        var body: (any WireMessage)?
        do {
            try reader.object { (reader: inout JSONByteReader, key: String) throws(JSONByteReader.Error) in
                switch key {
                case "v":
                    try reader.field(&version, key: key) { reader throws(JSONByteReader.Error) in try reader.integer() }
                case "id":
                    try reader.field(&id, key: key)
                case "type":
                    try reader.field(&type, key: key)
                case "body":
                    guard body == nil, let type, let bodyType = Message.knownTypes[type] as? any JSONByteCodable.Type
                    else { throw .unexpected(offset: 0) }
                    body = try Self.read(bodyType, from: &reader)
                default: try reader.skipValue()
                }
            }
            try reader.end()
        } catch {
            return nil
        }
        guard let version, let id, let body else { return nil }
        self.init(id: id, message: .body(body), version: version)
    }

    private static func read<Body: JSONByteCodable>(
        _: Body.Type,
        from reader: inout JSONByteReader
    ) throws(JSONByteReader.Error) -> (any WireMessage)? {
        try Body(json: &reader) as? any WireMessage
    }
}
