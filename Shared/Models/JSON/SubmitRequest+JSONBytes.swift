/// A `submit` body without `JSONEncoder`/`JSONDecoder`: its records and their contexts are most of what the
/// extractors send, a few kilobytes a record.
///
/// ```
/// {"records":[{…record…}…],"contexts":{"<id>":{…context…}…}}     contexts left out when nil
/// ```
extension SubmitRequest: JSONByteCodable {
    package func write(to writer: inout JSONByteWriter) throws(JSONByteWriter.Error) {
        writer.beginObject()
        writer.key("records", first: true)
        try ExtractionRecord.write(self.records, to: &writer) { (record, writer) throws(JSONByteWriter.Error) in
            try record.write(to: &writer)
        }
        if let contexts = self.contexts {
            writer.key("contexts")
            writer.beginObject()
            // In the records' order, so a submit is the same bytes each time it is sent.
            var written = Set<String>()
            for record in self.records {
                guard let context = contexts[record.id], written.insert(record.id).inserted else { continue }
                writer.key(escaping: record.id, first: written.count == 1)
                context.write(to: &writer)
            }
            for (id, context) in contexts.sorted(by: { $0.key < $1.key }) where !written.contains(id) {
                writer.key(escaping: id, first: written.isEmpty)
                written.insert(id)
                context.write(to: &writer)
            }
            writer.endObject()
        }
        writer.endObject()
    }

    package init(json reader: inout JSONByteReader) throws(JSONByteReader.Error) {
        var records: [ExtractionRecord]?
        var contexts: [String: RecordContext]?? = nil
        try reader.object { (reader: inout JSONByteReader, key: String) throws(JSONByteReader.Error) in
            switch key {
            case "records":
                try reader.field(&records, key: key) { reader throws(JSONByteReader.Error) in
                    try reader.array { reader throws(JSONByteReader.Error) in try ExtractionRecord(json: &reader) }
                }
            case "contexts":
                try reader.field(&contexts, key: key) { reader throws(JSONByteReader.Error) in
                    if try reader.null() { return nil }
                    var contexts: [String: RecordContext] = [:]
                    try reader.object { (reader: inout JSONByteReader, id: String) throws(JSONByteReader.Error) in
                        guard contexts[id] == nil else { throw .duplicateKey(id) }
                        contexts[id] = try RecordContext(json: &reader)
                    }
                    return contexts
                }
            default: try reader.skipValue()
            }
        }
        self.init(records: try JSONByteReader.required(records, "records"), contexts: contexts ?? nil)
    }
}
