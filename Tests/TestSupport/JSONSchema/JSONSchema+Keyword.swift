import DiaoyanEvaluation

extension JSONSchema {
    /// The keywords this validator implements; a schema using any other is refused when it is loaded.
    package enum Keyword: String, CaseIterable, Sendable {
        // Identification and documentation: they validate nothing.
        case dialect = "$schema"
        case identifier = "$id"
        case definitions = "$defs"
        case title
        case description
        // Applicators: they validate parts of the instance (or the instance itself) against subschemas.
        case reference = "$ref"
        case properties
        case additionalProperties
        case prefixItems
        case items
        // Assertions.
        case type
        case required
        case enumeration = "enum"
        case constant = "const"
        case pattern
        case minimum
        case minLength
        case maxLength
        case minItems
        case maxItems
    }

    /// The JSON types `type` may name.
    package enum InstanceType: String, CaseIterable, Sendable {
        case null, boolean, integer, number, string, array, object

        /// Whether `value` is of this type; an integer is also a number, and a number with no fractional part is
        /// an integer.
        package func admits(_ value: JSONValue) -> Bool {
            switch (self, value) {
            case (.null, .null), (.boolean, .bool), (.number, .number), (.string, .string), (.array, .array),
                (.object, .object):
                true
            case (.integer, .number(let number)): number.isFinite && number.rounded() == number
            default: false
            }
        }
    }
}
