/// The context's JSON without `JSONEncoder`/`JSONDecoder`, as its `Encodable` conformance writes it: `signature`
/// left out when nil, `amount_projects` with `null` for money without a project.
///
/// ```
/// {"signature":[…],"amount_projects":[0,null,…],"revenue":[…]}
/// ```
extension RecordContext: JSONByteCodable {
    package func write(to writer: inout JSONByteWriter) {
        writer.beginObject()
        var first = true
        if let signature = self.signature {
            writer.key("signature", first: true)
            ExtractionRecord.write(signature, to: &writer) { value, writer in writer.integer(Int(value)) }
            first = false
        }
        writer.key("amount_projects", first: first)
        ExtractionRecord.write(self.amountProjects, to: &writer) { project, writer in
            if let project { writer.integer(project) } else { writer.null() }
        }
        writer.key("revenue")
        ExtractionRecord.write(self.revenue, to: &writer) { index, writer in writer.integer(index) }
        writer.endObject()
    }

    package init(json reader: inout JSONByteReader) throws(JSONByteReader.Error) {
        var signature: [UInt32]?? = nil
        var amountProjects: [Int?]?? = nil
        var revenue: [Int]?? = nil
        try reader.object { (reader: inout JSONByteReader, key: String) throws(JSONByteReader.Error) in
            switch key {
            case "signature":
                try reader.field(&signature, key: key) { reader throws(JSONByteReader.Error) in
                    try reader.null()
                        ? nil
                        : try reader.array { reader throws(JSONByteReader.Error) in
                            let value = try reader.integer()
                            guard let value = UInt32(exactly: value) else { throw .outOfRange(offset: 0) }
                            return value
                        }
                }
            case "amount_projects":
                try reader.field(&amountProjects, key: key) { reader throws(JSONByteReader.Error) in
                    try reader.null()
                        ? nil
                        : try reader.array { reader throws(JSONByteReader.Error) in
                            try reader.null() ? nil : try reader.integer()
                        }
                }
            case "revenue":
                try reader.field(&revenue, key: key) { reader throws(JSONByteReader.Error) in
                    try reader.null()
                        ? nil : try reader.array { reader throws(JSONByteReader.Error) in try reader.integer() }
                }
            default: try reader.skipValue()
            }
        }
        self.init(
            signature: signature ?? nil,
            amountProjects: (amountProjects ?? nil) ?? [],
            revenue: (revenue ?? nil) ?? []
        )
    }
}
