/// An `ingest` body without `JSONEncoder`/`JSONDecoder`: the documents a client sends, texts of a few kilobytes.
///
/// ```
/// {"documents":[{"source":…,"id":…,"text":…,"bytes_base64":…,"charset":…}…]}     absent keys left out
/// ```
extension IngestRequest: JSONByteCodable {
    package func write(to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.key("documents", first: true)
        ExtractionRecord.write(self.documents, to: &writer) { document, writer in document.write(to: &writer) }
        writer.endObject()
    }

    package init(json reader: inout JSONByteReader) throws(JSONByteReader.Error) {
        var documents: [IncomingDocument]?
        try reader.object { (reader: inout JSONByteReader, key: String) throws(JSONByteReader.Error) in
            if key == "documents" {
                try reader.field(&documents, key: key) { reader throws(JSONByteReader.Error) in
                    try reader.array { reader throws(JSONByteReader.Error) in try IncomingDocument(json: &reader) }
                }
            } else {
                try reader.skipValue()
            }
        }
        self.init(documents: try JSONByteReader.required(documents, "documents"))
    }
}

extension IncomingDocument {
    func write(to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.key("source", first: true)
        writer.string(self.source)
        if let id = self.id {
            writer.key("id")
            writer.string(id)
        }
        if let text = self.text {
            writer.key("text")
            writer.string(text)
        }
        if let bytesBase64 = self.bytesBase64 {
            writer.key("bytes_base64")
            writer.string(bytesBase64)
        }
        if let charset = self.charset {
            writer.key("charset")
            writer.string(charset)
        }
        writer.endObject()
    }

    init(json reader: inout JSONByteReader) throws(JSONByteReader.Error) {
        var source: String?
        var id: String?? = nil
        var text: String?? = nil
        var bytesBase64: String?? = nil
        var charset: String?? = nil
        try reader.object { (reader: inout JSONByteReader, key: String) throws(JSONByteReader.Error) in
            switch key {
            case "source":
                try reader.field(&source, key: key)
            case "id":
                try reader.field(&id, key: key)
            case "text":
                try reader.field(&text, key: key)
            case "bytes_base64":
                try reader.field(&bytesBase64, key: key)
            case "charset":
                try reader.field(&charset, key: key)
            default: try reader.skipValue()
            }
        }
        self.init(
            source: try JSONByteReader.required(source, "source"),
            id: id ?? nil,
            text: text ?? nil,
            bytesBase64: bytesBase64 ?? nil,
            charset: charset ?? nil
        )
    }
}
