import Foundation

/// A parsed JSON value, kept as loosely typed as Python's `json.loads` result so the scorer can read records whose
/// fields are strings today and objects tomorrow (places as `{"path": …, "code": …}`).
///
/// Numbers are doubles (Python's `1 == 1.0` holds for them too); strings compare by Unicode scalars.
package enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(ExactString)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Parses one JSON document.
    /// - Throws: `DecodingError` when `data` is not JSON.
    package init(parsing data: Data) throws {
        self = try JSONDecoder().decode(JSONValue.self, from: data)
    }

    /// Python's `dict.get(key)`: the member's value, `nil` when this is no object or has no such member.
    package subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members[key]
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
