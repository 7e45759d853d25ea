/// Writes compact JSON straight into bytes, for the messages that cross the wire by the thousand (a `submit`'s
/// records) and the records the aggregator stores.
///
/// What it writes reads back, with `JSONDecoder` as with ``JSONByteReader``, to the same values `JSONEncoder`'s
/// output does (`.withoutEscapingSlashes`): strings with `"`, `\` and control characters escaped and everything else
/// as UTF-8, integers in decimal, doubles as Swift prints them (`35` rather than `35.0`, `1e+20`). Keys come in the
/// order the caller writes them; `JSONEncoder` orders them by its own dictionary, so only the values are comparable.
/// Profiling `diaoyan bench pipeline` found the extractor spending a quarter of its CPU in `JSONEncoder` on the
/// submit and the aggregator a twelfth on re-encoding the records it stores.
///
/// ```
/// writer.beginObject(); writer.key("id", first: true); writer.string(id); writer.endObject()
/// ```
package struct JSONByteWriter {
    /// Why a value cannot be written.
    package enum Error: Swift.Error, Hashable {
        /// JSON has no NaN or infinity (`JSONEncoder` refuses them too).
        case nonFiniteNumber(Double)
    }

    /// The JSON written so far.
    package private(set) var bytes: [UInt8]

    /// An empty writer with room for `capacity` bytes.
    package init(capacity: Int = 1024) {
        self.bytes = []
        self.bytes.reserveCapacity(capacity)
    }

    package mutating func beginObject() { self.bytes.append(UInt8(ascii: "{")) }
    package mutating func endObject() { self.bytes.append(UInt8(ascii: "}")) }
    package mutating func beginArray() { self.bytes.append(UInt8(ascii: "[")) }
    package mutating func endArray() { self.bytes.append(UInt8(ascii: "]")) }
    package mutating func comma() { self.bytes.append(UInt8(ascii: ",")) }
    package mutating func null() { self.bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }

    /// `"name":`, preceded by a comma unless it is the object's first key. `name` must need no escaping.
    package mutating func key(_ name: StaticString, first: Bool = false) {
        if !first { self.bytes.append(UInt8(ascii: ",")) }
        self.bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { self.bytes.append(contentsOf: $0) }
        self.bytes.append(UInt8(ascii: "\""))
        self.bytes.append(UInt8(ascii: ":"))
    }

    /// `"name":` for a key known only at run time (an id), escaped as a string, preceded by a comma unless first.
    package mutating func key(escaping name: String, first: Bool = false) {
        if !first { self.bytes.append(UInt8(ascii: ",")) }
        self.string(name)
        self.bytes.append(UInt8(ascii: ":"))
    }

    /// A JSON string: `"` and `\` escaped, control characters as `\n`, `\t`… or `\u00XX`, the rest as UTF-8.
    ///
    /// - Complexity: O(n) in the string's UTF-8 bytes.
    package mutating func string(_ value: String) {
        self.bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var runStart = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                self.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                runStart = index + 1
                self.escape(byte)
            }
            self.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
        self.bytes.append(UInt8(ascii: "\""))
    }

    /// A string, or `null` for nil.
    package mutating func string(_ value: String?) {
        if let value { self.string(value) } else { self.null() }
    }

    /// An integer in decimal.
    package mutating func integer(_ value: Int) {
        if value < 0 { self.bytes.append(UInt8(ascii: "-")) }
        let magnitude = value.magnitude
        var divisor: UInt = 1
        while magnitude / divisor >= 10 { divisor *= 10 }
        while divisor > 0 {
            self.bytes.append(UInt8(ascii: "0") + UInt8(magnitude / divisor % 10))
            divisor /= 10
        }
    }

    /// A double as Swift prints it, without a trailing `.0` (what `JSONEncoder` writes).
    ///
    /// - Throws: ``Error/nonFiniteNumber(_:)`` for NaN and infinities.
    package mutating func double(_ value: Double) throws(Error) {
        guard value.isFinite else { throw .nonFiniteNumber(value) }
        if value == value.rounded(), value.magnitude < 1e15 {
            // Whole numbers below 10^15 print as integers in Swift's shortest form too (`35.0` → `35`).
            if value == 0, value.sign == .minus {
                self.bytes.append(contentsOf: [UInt8(ascii: "-"), UInt8(ascii: "0")])
            } else {
                self.integer(Int(value))
            }
            return
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        self.bytes.append(contentsOf: text.utf8)
    }

    private mutating func escape(_ byte: UInt8) {
        self.bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): self.bytes.append(byte)
        case 0x08: self.bytes.append(UInt8(ascii: "b"))
        case 0x0C: self.bytes.append(UInt8(ascii: "f"))
        case 0x0A: self.bytes.append(UInt8(ascii: "n"))
        case 0x0D: self.bytes.append(UInt8(ascii: "r"))
        case 0x09: self.bytes.append(UInt8(ascii: "t"))
        default:
            let hex: StaticString = "0123456789abcdef"
            hex.withUTF8Buffer { digits in
                self.bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                self.bytes.append(digits[Int(byte >> 4)])
                self.bytes.append(digits[Int(byte & 0xF)])
            }
        }
    }
}
