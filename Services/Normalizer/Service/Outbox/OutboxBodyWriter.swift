import DiaoyanModels

/// Writes a ``NormalizedDocument`` as the JSON the outbox stores, straight into bytes.
///
/// The same JSON `JSONEncoder` makes of the document (same keys and values; `JSONDecoder` reads it back to an
/// equal document), at a fraction of the cost: profiling the normalizer under `diaoyan bench pipeline` found
/// Foundation's generic encoder spending more CPU on the outbox body (a third of the service's time: a
/// traditional article's `repairs` alone are about ten times its text) than normalization itself.
///
/// ```
/// {"id":…,"source":…,"title":…|null,"published":…|null,"source_name":…|null,"script":…,"text":…,
///  "paragraphs":[[s,e]…],"sentences":[[s,e]…],"repairs":[{"kind","from","to","at"}…],
///  "removed":[{"kind","text"}…],"source_map":[[out,in,length]…]}
/// ```
package enum OutboxBodyWriter {
    /// The document's JSON.
    ///
    /// - Complexity: O(n) in the UTF-8 bytes of its strings plus its spans, repairs and segments.
    package static func encode(_ document: NormalizedDocument) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(document.text.utf8.count * 2 + document.repairs.count * 48 + 256)
        out.append(UInt8(ascii: "{"))
        Self.key("id", &out, first: true)
        Self.string(document.id, &out)
        Self.key("source", &out)
        Self.string(document.source, &out)
        Self.key("title", &out)
        Self.optional(document.title, &out)
        Self.key("published", &out)
        Self.optional(document.published, &out)
        Self.key("source_name", &out)
        Self.optional(document.sourceName, &out)
        Self.key("script", &out)
        Self.string(document.script.rawValue, &out)
        Self.key("text", &out)
        Self.string(document.text, &out)
        Self.key("paragraphs", &out)
        Self.mentions(document.paragraphs, &out)
        Self.key("sentences", &out)
        Self.mentions(document.sentences, &out)
        Self.key("repairs", &out)
        out.append(UInt8(ascii: "["))
        for (index, repair) in document.repairs.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "{"))
            Self.key("kind", &out, first: true)
            Self.string(repair.kind, &out)
            Self.key("from", &out)
            Self.string(repair.from, &out)
            Self.key("to", &out)
            Self.string(repair.to, &out)
            Self.key("at", &out)
            Self.number(repair.at, &out)
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "]"))
        Self.key("removed", &out)
        out.append(UInt8(ascii: "["))
        for (index, removal) in document.removed.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "{"))
            Self.key("kind", &out, first: true)
            Self.string(removal.kind, &out)
            Self.key("text", &out)
            Self.string(removal.text, &out)
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "]"))
        Self.key("source_map", &out)
        out.append(UInt8(ascii: "["))
        for (index, segment) in document.sourceMap.segments.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "["))
            Self.number(segment.outStart, &out)
            out.append(UInt8(ascii: ","))
            Self.number(segment.inStart, &out)
            out.append(UInt8(ascii: ","))
            Self.number(segment.length, &out)
            out.append(UInt8(ascii: "]"))
        }
        out.append(UInt8(ascii: "]"))
        out.append(UInt8(ascii: "}"))
        return out
    }

    private static func key(_ name: StaticString, _ out: inout [UInt8], first: Bool = false) {
        if !first { out.append(UInt8(ascii: ",")) }
        out.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { out.append(contentsOf: $0) }
        out.append(UInt8(ascii: "\""))
        out.append(UInt8(ascii: ":"))
    }

    private static func optional(_ value: String?, _ out: inout [UInt8]) {
        if let value {
            Self.string(value, &out)
        } else {
            out.append(contentsOf: [UInt8(ascii: "n"), UInt8(ascii: "u"), UInt8(ascii: "l"), UInt8(ascii: "l")])
        }
    }

    private static func mentions(_ mentions: [Mention], _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "["))
        for (index, mention) in mentions.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "["))
            Self.number(mention.start, &out)
            out.append(UInt8(ascii: ","))
            Self.number(mention.end, &out)
            out.append(UInt8(ascii: "]"))
        }
        out.append(UInt8(ascii: "]"))
    }

    /// A JSON string: `"` and `\` escaped, control characters as `\uXXXX` (or their short forms), the rest as
    /// UTF-8 bytes.
    private static func string(_ value: String, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { bytes in
            var runStart = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                runStart = index + 1
                out.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(byte)
                case 0x0A: out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(UInt8(ascii: "r"))
                case 0x09: out.append(UInt8(ascii: "t"))
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    out.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                    out.append(hex[Int(byte >> 4)])
                    out.append(hex[Int(byte & 0xF)])
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func number(_ value: Int, _ out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        Self.digits(value.magnitude, &out)
    }

    private static func digits(_ value: UInt, _ out: inout [UInt8]) {
        if value >= 10 { Self.digits(value / 10, &out) }
        out.append(UInt8(ascii: "0") + UInt8(value % 10))
    }
}
