/// The few Python behaviours `score.py` relies on when it reads and prints record values.
extension JSONValue {
    /// `score.py`'s `name_of(x, key)`: a string itself, or an object's first truthy member of `key`, `path`, `text`.
    ///
    /// Where Python would hand on a truthy non-string (and then fail on it), this reads `""`.
    package func name(key: String = "name") -> ExactString {
        switch self {
        case .string(let string):
            return string
        case .object:
            let found = [key, "path", "text"].lazy.compactMap { self[$0] }.first { $0.isTruthy }
            return found?.string ?? ExactString("")
        default:
            return ExactString("")
        }
    }

    /// Python's `str(value)` as it appears in the miss log (`None`, `True`, strings bare, lists and tuples in repr).
    package var pythonText: String {
        switch self {
        case .string(let string): string.value
        default: self.pythonRepr
        }
    }

    /// Python's `repr(value)`: strings quoted, `None`, `True`/`False`, integral numbers without a fraction (as JSON
    /// integers read), objects with their keys sorted.
    package var pythonRepr: String {
        switch self {
        case .null: return "None"
        case .bool(let value): return value ? "True" : "False"
        case .number(let value):
            return value == value.rounded() && abs(value) < 1e16 ? String(Int64(value)) : value.pythonRepr
        case .string(let string): return Self.quoted(string.value)
        case .array(let elements): return "[" + elements.map(\.pythonRepr).joined(separator: ", ") + "]"
        case .object(let members):
            let pairs = members.sorted { $0.key < $1.key }.map { "\(Self.quoted($0.key)): \($0.value.pythonRepr)" }
            return "{" + pairs.joined(separator: ", ") + "}"
        }
    }

    /// Python's `repr` of a tuple of these values: `('signing', None)`.
    package static func pythonTuple(_ values: [JSONValue]) -> String {
        "(" + values.map(\.pythonRepr).joined(separator: ", ") + (values.count == 1 ? ",)" : ")")
    }

    /// A total order that is Python's wherever Python can compare (numbers, strings by code point, `False < True`);
    /// across kinds, where Python would raise, `None` first, then booleans, numbers, strings, arrays, objects.
    package static func precedes(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.bool(let a), .bool(let b)): !a && b
        case (.number(let a), .number(let b)): a < b
        case (.string(let a), .string(let b)): a < b
        case (.array(let a), .array(let b)):
            a.lexicographicallyPrecedes(b, by: Self.precedes)
        default: lhs.kindRank < rhs.kindRank
        }
    }

    private var kindRank: Int {
        switch self {
        case .null: 0
        case .bool: 1
        case .number: 2
        case .string: 3
        case .array: 4
        case .object: 5
        }
    }

    private static func quoted(_ text: String) -> String {
        let quote: Unicode.Scalar = text.contains("'") && !text.contains("\"") ? "\"" : "'"
        var out = String.UnicodeScalarView()
        out.append(quote)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
            case "\n": out.append(contentsOf: "\\n".unicodeScalars)
            case "\r": out.append(contentsOf: "\\r".unicodeScalars)
            case "\t": out.append(contentsOf: "\\t".unicodeScalars)
            case quote: out.append(contentsOf: ["\\", quote])
            default: out.append(scalar)
            }
        }
        out.append(quote)
        return String(out)
    }
}
