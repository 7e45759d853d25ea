/// The document's JSON without `JSONEncoder`/`JSONDecoder`, as its `Encodable` conformance writes it: what a `lease`
/// carries to the extractors, a few kilobytes a document (`JSONEncoder` on the normalizer's side and `JSONDecoder`
/// on the extractor's were 3.5 % and 5.5 % of their CPU under `diaoyan bench pipeline`).
///
/// ```
/// {"id":…,"source":…,"title":…|null,"published":…|null,"source_name":…|null,"script":…,"text":…,
///  "paragraphs":[[s,e]…],"sentences":[[s,e]…],"repairs":[{"kind","from","to","at"}…],
///  "removed":[{"kind","text"}…],"source_map":[[out,in,length]…]}
/// ```
///
/// The reader checks a `source_map` as `SourceMap`'s decoding does (``SourceMap/init(segments:)``) and leaves one
/// that fails to `JSONDecoder`, which answers it.
extension NormalizedDocument: JSONByteCodable {
    package func write(to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.key("id", first: true)
        writer.string(self.id)
        writer.key("source")
        writer.string(self.source)
        writer.key("title")
        writer.string(self.title)
        writer.key("published")
        writer.string(self.published)
        writer.key("source_name")
        writer.string(self.sourceName)
        writer.key("script")
        writer.string(self.script.rawValue)
        writer.key("text")
        writer.string(self.text)
        writer.key("paragraphs")
        Mention.write(self.paragraphs, to: &writer)
        writer.key("sentences")
        Mention.write(self.sentences, to: &writer)
        writer.key("repairs")
        ExtractionRecord.write(self.repairs, to: &writer) { repair, writer in
            writer.beginObject()
            writer.key("kind", first: true)
            writer.string(repair.kind)
            writer.key("from")
            writer.string(repair.from)
            writer.key("to")
            writer.string(repair.to)
            writer.key("at")
            writer.integer(repair.at)
            writer.endObject()
        }
        writer.key("removed")
        ExtractionRecord.write(self.removed, to: &writer) { removal, writer in
            writer.beginObject()
            writer.key("kind", first: true)
            writer.string(removal.kind)
            writer.key("text")
            writer.string(removal.text)
            writer.endObject()
        }
        writer.key("source_map")
        ExtractionRecord.write(self.sourceMap.segments, to: &writer) { segment, writer in
            writer.beginArray()
            writer.integer(segment.outStart)
            writer.comma()
            writer.integer(segment.inStart)
            writer.comma()
            writer.integer(segment.length)
            writer.endArray()
        }
        writer.endObject()
    }

    package init(json reader: inout JSONByteReader) throws(JSONByteReader.Error) {
        var id: String?
        var source: String?
        var title: String?? = nil
        var published: String?? = nil
        var sourceName: String?? = nil
        var script: Script?
        var text: String?
        var paragraphs: [Mention]?
        var sentences: [Mention]?? = nil
        var repairs: [Repair]?
        var removed: [Removal]?
        var sourceMap: SourceMap?? = nil
        try reader.object { (reader: inout JSONByteReader, key: String) throws(JSONByteReader.Error) in
            switch key {
            case "id": try reader.field(&id, key: key)
            case "source":
                try reader.field(&source, key: key)
            case "title":
                try reader.field(&title, key: key)
            case "published":
                try reader.field(&published, key: key)
            case "source_name":
                try reader.field(&sourceName, key: key)
            case "script":
                try reader.field(&script, key: key)
            case "text":
                try reader.field(&text, key: key)
            case "paragraphs": try reader.field(&paragraphs, key: key, Mention.read)
            case "sentences":
                try reader.field(&sentences, key: key) { reader throws(JSONByteReader.Error) in
                    try reader.null() ? nil : try Mention.read(&reader)
                }
            case "repairs":
                try reader.field(&repairs, key: key) { reader throws(JSONByteReader.Error) in
                    try reader.array { reader throws(JSONByteReader.Error) in try Repair(json: &reader) }
                }
            case "removed":
                try reader.field(&removed, key: key) { reader throws(JSONByteReader.Error) in
                    try reader.array { reader throws(JSONByteReader.Error) in try Removal(json: &reader) }
                }
            case "source_map":
                try reader.field(&sourceMap, key: key) { reader throws(JSONByteReader.Error) in
                    if try reader.null() { return nil }
                    let segments = try reader.array { reader throws(JSONByteReader.Error) in
                        try Self.segment(&reader)
                    }
                    // The check SourceMap's decoding makes; a map that fails it is left to JSONDecoder's error.
                    guard let map = SourceMap(segments: segments) else { throw .unexpected(offset: 0) }
                    return map
                }
            default: try reader.skipValue()
            }
        }
        self.init(
            id: try JSONByteReader.required(id, "id"),
            source: try JSONByteReader.required(source, "source"),
            title: title ?? nil,
            published: published ?? nil,
            sourceName: sourceName ?? nil,
            script: try JSONByteReader.required(script, "script"),
            text: try JSONByteReader.required(text, "text"),
            paragraphs: try JSONByteReader.required(paragraphs, "paragraphs"),
            sentences: (sentences ?? nil) ?? [],
            repairs: try JSONByteReader.required(repairs, "repairs"),
            removed: try JSONByteReader.required(removed, "removed"),
            sourceMap: (sourceMap ?? nil) ?? SourceMap()
        )
    }

    /// `[outStart,inStart,length]`; an array of any other length is left to `JSONDecoder`.
    private static func segment(_ reader: inout JSONByteReader) throws(JSONByteReader.Error) -> SourceMap.Segment {
        var numbers: [Int] = []
        try reader.elements { (reader: inout JSONByteReader) throws(JSONByteReader.Error) in
            guard numbers.count < 3 else { throw .unexpected(offset: 0) }
            numbers.append(try reader.integer())
        }
        guard numbers.count == 3 else { throw .unexpected(offset: 0) }
        return SourceMap.Segment(outStart: numbers[0], inStart: numbers[1], length: numbers[2])
    }
}

extension NormalizedDocument.Repair {
    init(json reader: inout JSONByteReader) throws(JSONByteReader.Error) {
        var kind: String?
        var from: String?
        var to: String?
        var at: Int?
        try reader.object { (reader: inout JSONByteReader, key: String) throws(JSONByteReader.Error) in
            switch key {
            case "kind":
                try reader.field(&kind, key: key)
            case "from":
                try reader.field(&from, key: key)
            case "to": try reader.field(&to, key: key)
            case "at": try reader.field(&at, key: key) { reader throws(JSONByteReader.Error) in try reader.integer() }
            default: try reader.skipValue()
            }
        }
        self.init(
            kind: try JSONByteReader.required(kind, "kind"),
            from: try JSONByteReader.required(from, "from"),
            to: try JSONByteReader.required(to, "to"),
            at: try JSONByteReader.required(at, "at")
        )
    }
}

extension NormalizedDocument.Removal {
    init(json reader: inout JSONByteReader) throws(JSONByteReader.Error) {
        var kind: String?
        var text: String?
        try reader.object { (reader: inout JSONByteReader, key: String) throws(JSONByteReader.Error) in
            switch key {
            case "kind":
                try reader.field(&kind, key: key)
            case "text":
                try reader.field(&text, key: key)
            default: try reader.skipValue()
            }
        }
        self.init(kind: try JSONByteReader.required(kind, "kind"), text: try JSONByteReader.required(text, "text"))
    }
}
