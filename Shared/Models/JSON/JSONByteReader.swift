/// Reads JSON straight from bytes into the few types that cross the wire by the thousand (a `submit`'s records),
/// strictly: whatever it accepts, `JSONDecoder` decodes to the same value, and whatever it is not sure of it refuses.
///
/// It is a fast path, never the only one: a caller that meets ``Error`` decodes the same bytes with `JSONDecoder`,
/// which gives the error a peer is answered with (or the value, for JSON this reader leaves alone: a duplicate key,
/// a number with a fraction where an integer is due, a mention of three numbers). Nothing it reads can crash it:
/// every byte is bounds-checked, nesting is capped at ``maximumDepth``, strings are validated as UTF-8.
///
/// ```
/// var reader = JSONByteReader(bytes)
/// let record = try ExtractionRecord(json: &reader)
/// try reader.end()
/// ```
package struct JSONByteReader {
    /// Why the bytes were not read; the caller falls back to `JSONDecoder`.
    package enum Error: Swift.Error, Hashable {
        /// A byte that does not fit the grammar (or that this reader does not take) at an offset.
        case unexpected(offset: Int)
        /// The bytes end inside a value.
        case truncated
        /// A key came twice in one object.
        case duplicateKey(String)
        /// A required key is missing.
        case missingKey(String)
        /// A string names no case of the enumeration it is read as.
        case unknownCase(String)
        /// A number out of the range of its type.
        case outOfRange(offset: Int)
        /// Arrays and objects nested deeper than ``maximumDepth``.
        case tooDeep
    }

    /// How deep ``skipValue()`` follows nested arrays and objects.
    package static let maximumDepth = 128

    private let bytes: [UInt8]
    private var index: Int

    /// A reader at the start of `bytes`.
    package init(_ bytes: [UInt8]) {
        self.bytes = bytes
        self.index = 0
    }

    /// Checks that nothing but whitespace follows the value read.
    package mutating func end() throws(Error) {
        self.skipWhitespace()
        guard self.index == self.bytes.count else { throw .unexpected(offset: self.index) }
    }

    // MARK: Structure

    /// Reads an object, calling `field` with each key; `field` must read (or skip) the key's value.
    package mutating func object(_ field: (inout JSONByteReader, String) throws(Error) -> Void) throws(Error) {
        try self.expect(UInt8(ascii: "{"))
        if try self.consume(UInt8(ascii: "}")) { return }
        repeat {
            let key = try self.string()
            try self.expect(UInt8(ascii: ":"))
            try field(&self, key)
        } while try self.consume(UInt8(ascii: ","))
        try self.expect(UInt8(ascii: "}"))
    }

    /// Reads an array, calling `element` once per element; `element` must read (or skip) it.
    package mutating func elements(_ element: (inout JSONByteReader) throws(Error) -> Void) throws(Error) {
        try self.expect(UInt8(ascii: "["))
        if try self.consume(UInt8(ascii: "]")) { return }
        repeat {
            try element(&self)
        } while try self.consume(UInt8(ascii: ","))
        try self.expect(UInt8(ascii: "]"))
    }

    /// Reads an array of values each read by `read`.
    package mutating func array<Element>(
        _ read: (inout JSONByteReader) throws(Error) -> Element
    ) throws(Error) -> [Element] {
        var values: [Element] = []
        try self.elements { (reader: inout JSONByteReader) throws(Error) in values.append(try read(&reader)) }
        return values
    }

    /// Reads a key's value into `slot` with `read`, unless the object had the key before.
    ///
    /// - Throws: ``Error/duplicateKey(_:)`` for a key read twice (`JSONDecoder` decides what that means).
    package mutating func field<Value>(
        _ slot: inout Value?,
        key: String,
        _ read: (inout JSONByteReader) throws(Error) -> Value
    ) throws(Error) {
        guard slot == nil else { throw .duplicateKey(key) }
        slot = try read(&self)
    }

    /// Reads a key's string into `slot`, unless the object had the key before.
    package mutating func field(_ slot: inout String?, key: String) throws(Error) {
        try self.field(&slot, key: key) { (reader: inout JSONByteReader) throws(Error) in try reader.string() }
    }

    /// Reads a key's string or `null` into `slot`, unless the object had the key before.
    package mutating func field(_ slot: inout String??, key: String) throws(Error) {
        try self.field(&slot, key: key) { (reader: inout JSONByteReader) throws(Error) in try reader.optionalString() }
    }

    /// Reads a key's string naming a case of `Value` into `slot`, unless the object had the key before.
    package mutating func field<Value: RawRepresentable<String>>(_ slot: inout Value?, key: String) throws(Error) {
        try self.field(&slot, key: key) { (reader: inout JSONByteReader) throws(Error) in try reader.value(Value.self) }
    }

    /// The value read for a required key.
    ///
    /// - Throws: ``Error/missingKey(_:)`` when the object did not have it.
    package static func required<Value>(_ slot: Value?, _ key: StaticString) throws(Error) -> Value {
        guard let slot else { throw .missingKey(key.description) }
        return slot
    }

    /// Consumes a `null` if one comes next.
    package mutating func null() throws(Error) -> Bool {
        guard try self.peek() == UInt8(ascii: "n") else { return false }
        try self.literal("null")
        return true
    }

    /// Skips one value of any kind.
    package mutating func skipValue() throws(Error) {
        try self.skipValue(depth: 0)
    }

    // MARK: Scalars

    /// A string, unescaped; invalid UTF-8 and lone surrogates are refused.
    package mutating func string() throws(Error) -> String {
        try self.expect(UInt8(ascii: "\""))
        let start = self.index
        while self.index < self.bytes.count {
            let byte = self.bytes[self.index]
            if byte == UInt8(ascii: "\"") {
                let text = try self.text(start..<self.index)
                self.index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { return try self.escapedString(from: start) }
            guard byte >= 0x20 else { throw .unexpected(offset: self.index) }
            self.index += 1
        }
        throw .truncated
    }

    /// A string, or nil for `null`.
    package mutating func optionalString() throws(Error) -> String? {
        try self.null() ? nil : try self.string()
    }

    /// A string naming a case of `Value`.
    package mutating func value<Value: RawRepresentable<String>>(_: Value.Type) throws(Error) -> Value {
        let raw = try self.string()
        guard let value = Value(rawValue: raw) else { throw .unknownCase(raw) }
        return value
    }

    /// An integer written without fraction or exponent (anything else is left to `JSONDecoder`).
    package mutating func integer() throws(Error) -> Int {
        self.skipWhitespace()
        let start = self.index
        let negative = self.index < self.bytes.count && self.bytes[self.index] == UInt8(ascii: "-")
        if negative { self.index += 1 }
        var value = 0
        let first = self.index
        while self.index < self.bytes.count {
            let digit = self.bytes[self.index] &- UInt8(ascii: "0")
            guard digit < 10 else { break }
            let (times, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowAdding) = times.addingReportingOverflow(Int(digit))
            guard !overflow, !overflowAdding else { throw .outOfRange(offset: start) }
            value = sum
            self.index += 1
        }
        let count = self.index - first
        guard count > 0, count == 1 || self.bytes[first] != UInt8(ascii: "0") else {
            throw .unexpected(offset: start)
        }
        if self.index < self.bytes.count {
            let next = self.bytes[self.index]
            guard next != UInt8(ascii: "."), next != UInt8(ascii: "e"), next != UInt8(ascii: "E") else {
                throw .unexpected(offset: self.index)
            }
        }
        return negative ? -value : value
    }

    /// A finite number of JSON's grammar as a double.
    package mutating func double() throws(Error) -> Double {
        self.skipWhitespace()
        let start = self.index
        if self.index < self.bytes.count, self.bytes[self.index] == UInt8(ascii: "-") { self.index += 1 }
        let integerDigits = self.digits()
        guard integerDigits > 0, integerDigits == 1 || self.bytes[self.index - integerDigits] != UInt8(ascii: "0")
        else { throw .unexpected(offset: start) }
        if self.index < self.bytes.count, self.bytes[self.index] == UInt8(ascii: ".") {
            self.index += 1
            guard self.digits() > 0 else { throw .unexpected(offset: self.index) }
        }
        if self.index < self.bytes.count, self.bytes[self.index] | 0x20 == UInt8(ascii: "e") {
            self.index += 1
            if self.index < self.bytes.count,
                self.bytes[self.index] == UInt8(ascii: "+") || self.bytes[self.index] == UInt8(ascii: "-")
            {
                self.index += 1
            }
            guard self.digits() > 0 else { throw .unexpected(offset: self.index) }
        }
        let text = String(decoding: self.bytes[start..<self.index], as: UTF8.self)
        guard let value = Double(text), value.isFinite else { throw .outOfRange(offset: start) }
        return value
    }

    // MARK: Bytes

    /// The next byte after whitespace, not consumed.
    package mutating func peek() throws(Error) -> UInt8 {
        self.skipWhitespace()
        guard self.index < self.bytes.count else { throw .truncated }
        return self.bytes[self.index]
    }

    private mutating func expect(_ byte: UInt8) throws(Error) {
        guard try self.peek() == byte else { throw .unexpected(offset: self.index) }
        self.index += 1
    }

    private mutating func consume(_ byte: UInt8) throws(Error) -> Bool {
        guard try self.peek() == byte else { return false }
        self.index += 1
        return true
    }

    private mutating func skipWhitespace() {
        while self.index < self.bytes.count {
            switch self.bytes[self.index] {
            case 0x20, 0x0A, 0x0D, 0x09: self.index += 1
            default: return
            }
        }
    }

    private mutating func digits() -> Int {
        let start = self.index
        while self.index < self.bytes.count, self.bytes[self.index] &- UInt8(ascii: "0") < 10 { self.index += 1 }
        return self.index - start
    }

    private mutating func literal(_ word: StaticString) throws(Error) {
        let count = word.utf8CodeUnitCount
        guard self.index + count <= self.bytes.count else { throw .truncated }
        let matches = word.withUTF8Buffer { expected in
            (0..<count).allSatisfy { self.bytes[self.index + $0] == expected[$0] }
        }
        guard matches else { throw .unexpected(offset: self.index) }
        self.index += count
    }

    private func text(_ range: Range<Int>) throws(Error) -> String {
        let text = self.bytes.withUnsafeBufferPointer { buffer in
            String(validating: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
        }
        guard let text else { throw .unexpected(offset: range.lowerBound) }
        return text
    }

    /// The rest of a string holding escapes, from its first byte at `start`.
    private mutating func escapedString(from start: Int) throws(Error) -> String {
        var unescaped: [UInt8] = Array(self.bytes[start..<self.index])
        while self.index < self.bytes.count {
            let byte = self.bytes[self.index]
            self.index += 1
            switch byte {
            case UInt8(ascii: "\""):
                guard let text = String(validating: unescaped, as: UTF8.self) else { throw .unexpected(offset: start) }
                return text
            case UInt8(ascii: "\\"):
                guard self.index < self.bytes.count else { throw .truncated }
                let escape = self.bytes[self.index]
                self.index += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): unescaped.append(escape)
                case UInt8(ascii: "b"): unescaped.append(0x08)
                case UInt8(ascii: "f"): unescaped.append(0x0C)
                case UInt8(ascii: "n"): unescaped.append(0x0A)
                case UInt8(ascii: "r"): unescaped.append(0x0D)
                case UInt8(ascii: "t"): unescaped.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try self.hexQuad()
                    if (0xD800..<0xDC00).contains(scalar) {
                        try self.literal("\\u")
                        let low = try self.hexQuad()
                        guard (0xDC00..<0xE000).contains(low) else { throw .unexpected(offset: self.index) }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let value = Unicode.Scalar(scalar) else { throw .unexpected(offset: self.index) }
                    unescaped.append(contentsOf: UTF8.encode(value)!)
                default: throw .unexpected(offset: self.index - 1)
                }
            default:
                guard byte >= 0x20 else { throw .unexpected(offset: self.index - 1) }
                unescaped.append(byte)
            }
        }
        throw .truncated
    }

    private mutating func hexQuad() throws(Error) -> UInt32 {
        guard self.index + 4 <= self.bytes.count else { throw .truncated }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = self.bytes[self.index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw .unexpected(offset: self.index)
            }
            value = value << 4 | UInt32(digit)
            self.index += 1
        }
        return value
    }

    private mutating func skipValue(depth: Int) throws(Error) {
        guard depth < Self.maximumDepth else { throw .tooDeep }
        switch try self.peek() {
        case UInt8(ascii: "{"):
            try self.object { (reader: inout JSONByteReader, _: String) throws(Error) in
                try reader.skipValue(depth: depth + 1)
            }
        case UInt8(ascii: "["):
            try self.elements { (reader: inout JSONByteReader) throws(Error) in try reader.skipValue(depth: depth + 1) }
        case UInt8(ascii: "\""): _ = try self.string()
        case UInt8(ascii: "t"): try self.literal("true")
        case UInt8(ascii: "f"): try self.literal("false")
        case UInt8(ascii: "n"): try self.literal("null")
        default: _ = try self.double()
        }
    }
}
