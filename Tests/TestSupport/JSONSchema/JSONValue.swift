import Foundation

/// A JSON document as a value: what ``JSONSchema`` validates, and what a test edits to break a record on purpose.
///
/// Numbers are kept as `Double`; a number whose fractional part is zero counts as an integer, as JSON Schema says
/// (`1.0` is an integer).
package enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
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

    /// The member `key` of an object; nil for a missing key or a value that is no object. Setting nil removes it.
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
}

extension JSONValue: Decodable {
    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let bool = try? container.decode(Bool.self) {
            self = .bool(bool)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let string = try? container.decode(String.self) {
            self = .string(string)
        } else if let array = try? container.decode([JSONValue].self) {
            self = .array(array)
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
        case .string(let string): "\"\(string)\""
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
