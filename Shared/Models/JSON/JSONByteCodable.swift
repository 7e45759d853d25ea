/// A value that writes its own JSON with a ``JSONByteWriter`` (the same values its `Encodable` conformance writes)
/// and reads it back with a ``JSONByteReader`` (the same value its `Decodable` conformance reads, or an error where
/// the caller falls back to `JSONDecoder`).
///
/// The wire codec writes a message body that is one without `JSONEncoder` and reads a `submit` without
/// `JSONDecoder`; the aggregator writes the records it stores with it.
package protocol JSONByteCodable {
    /// Writes the value's JSON.
    func write(to writer: inout JSONByteWriter) throws(JSONByteWriter.Error)
    /// Reads a value from JSON written by this type's `Encodable` conformance, or by anyone else as JSON allows.
    init(json reader: inout JSONByteReader) throws(JSONByteReader.Error)
}

extension JSONByteCodable {
    /// The value's JSON as bytes.
    package func jsonBytes(capacity: Int = 1024) throws(JSONByteWriter.Error) -> [UInt8] {
        var writer = JSONByteWriter(capacity: capacity)
        try self.write(to: &writer)
        return writer.bytes
    }

    /// Reads a value from `bytes`, which must hold nothing else but whitespace.
    package init(jsonBytes bytes: [UInt8]) throws(JSONByteReader.Error) {
        var reader = JSONByteReader(bytes)
        self = try Self(json: &reader)
        try reader.end()
    }
}
