/// A `lease` body without `JSONEncoder`/`JSONDecoder`: the documents handed to an extractor.
///
/// ```
/// {"documents":[{…document…}…],"lease_ms":N}
/// ```
extension LeaseGrant: JSONByteCodable {
    package func write(to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.key("documents", first: true)
        ExtractionRecord.write(self.documents, to: &writer) { document, writer in document.write(to: &writer) }
        writer.key("lease_ms")
        writer.integer(self.leaseMilliseconds)
        writer.endObject()
    }

    package init(json reader: inout JSONByteReader) throws(JSONByteReader.Error) {
        var documents: [NormalizedDocument]?
        var leaseMilliseconds: Int?
        try reader.object { (reader: inout JSONByteReader, key: String) throws(JSONByteReader.Error) in
            switch key {
            case "documents":
                try reader.field(&documents, key: key) { reader throws(JSONByteReader.Error) in
                    try reader.array { reader throws(JSONByteReader.Error) in try NormalizedDocument(json: &reader) }
                }
            case "lease_ms":
                try reader.field(&leaseMilliseconds, key: key) { reader throws(JSONByteReader.Error) in
                    try reader.integer()
                }
            default: try reader.skipValue()
            }
        }
        self.init(
            documents: try JSONByteReader.required(documents, "documents"),
            leaseMilliseconds: try JSONByteReader.required(leaseMilliseconds, "lease_ms")
        )
    }
}
