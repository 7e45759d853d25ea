import Foundation

/// A parsed JSON value: what the scorer reads records and gold as (as loosely typed as Python's `json.loads`
/// result, so places may be strings or objects), what ``JSONSchema`` validates, and what a test edits to break a
/// record on purpose.
///
/// Numbers are doubles (Python's `1 == 1.0` holds, and a number whose fractional part is zero counts as an integer,
/// as JSON Schema says); strings compare by Unicode scalars (``ExactString``).
package enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(ExactString)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Why bytes could not be read as JSON.
    package enum Error: Swift.Error, CustomStringConvertible {
        case notJSON(reason: String)

        package var description: String {
            switch self {
            case .notJSON(let reason): "not JSON: \(reason)"
            }
        }
    }

    /// Reads one JSON document.
    ///
    /// - Throws: ``Error/notJSON(reason:)`` when `data` is not JSON.
    package init(parsing data: Data) throws(Error) {
        do {
            self = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw .notJSON(reason: "\(error)")
        }
    }

    /// The same value, encoded and read back: what a consumer of `value`'s JSON sees.
    package init(encoding value: some Encodable, with encoder: JSONEncoder = JSONEncoder()) throws {
        try self.init(parsing: try encoder.encode(value))
    }

    /// Python's `dict.get(key)`: the member `key` of an object, nil for a missing key or a value that is no object.
    /// Setting nil removes it.
    package subscript(key: String) -> JSONValue? {
        get {
            guard case .object(let members) = self else { return nil }
            return members[key]
        }
        set {
            guard case .object(var members) = self else { return }
            members[key] = newValue
            self = .object(members)
        }
    }

    /// The element at `index` of an array; nil when out of range or no array. Setting a value replaces it.
    package subscript(index: Int) -> JSONValue? {
        get {
            guard case .array(let elements) = self, elements.indices.contains(index) else { return nil }
            return elements[index]
        }
        set {
            guard case .array(var elements) = self, elements.indices.contains(index), let newValue else { return }
            elements[index] = newValue
            self = .array(elements)
        }
    }

    /// Python's `value.get(key, [])` iterated: the member's elements, empty when it is missing or no array.
    package func elements(_ key: String) -> [JSONValue] {
        guard case .array(let elements) = self[key] else { return [] }
        return elements
    }

    /// The string, when this is one.
    package var string: ExactString? {
        guard case .string(let string) = self else { return nil }
        return string
    }

    package var isObject: Bool {
        guard case .object = self else { return false }
        return true
    }

    /// Python's truth value: `None`, `False`, `0`, `""`, `[]` and `{}` are false.
    package var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let value): value
        case .number(let value): value != 0
        case .string(let value): !value.value.isEmpty
        case .array(let elements): !elements.isEmpty
        case .object(let members): !members.isEmpty
        }
    }
}

extension JSONValue: Decodable {
    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(ExactString(value))
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }
}

extension JSONValue: CustomStringConvertible {
    /// The value as a violation message quotes it: scalars as JSON, containers by their size.
    package var description: String {
        switch self {
        case .null: "null"
        case .bool(let bool): "\(bool)"
        case .number(let number): Self.format(number)
        case .string(let string): "\"\(string.value)\""
        case .array(let elements): "an array of \(elements.count)"
        case .object(let members): "an object of \(members.count) keys"
        }
    }

    /// `2` for an integral number, `2.5` otherwise.
    static func format(_ number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e15 {
            return String(Int64(number))
        }
        return "\(number)"
    }
}
