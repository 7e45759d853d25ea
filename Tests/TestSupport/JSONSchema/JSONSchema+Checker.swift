import DiaoyanEvaluation
import Foundation

extension JSONSchema {
    /// Walks a schema document once and refuses what the validator cannot honour (see ``JSONSchema``).
    struct Checker {
        /// The whole schema document, which `$ref`s point into.
        let root: JSONValue
        /// Where a schema was checked: the places a `$ref` may lead to.
        private var schemas: Set<JSONPointer> = []
        /// Every `$ref` met, with the schema that holds it.
        private var references: [(reference: String, at: JSONPointer)] = []

        init(root: JSONValue) {
            self.root = root
        }

        /// Checks the schema at `pointer` and every schema inside it.
        mutating func check(_ schema: JSONValue, at pointer: JSONPointer) throws(Error) {
            guard case .object(let members) = schema else { throw .notASchema(at: pointer) }
            self.schemas.insert(pointer)
            for (name, value) in members.sorted(by: { $0.key < $1.key }) {
                guard let keyword = Keyword(rawValue: name) else { throw .unsupportedKeyword(name, at: pointer) }
                try self.check(keyword, value, at: pointer.appending(name))
            }
            if case .string(let reference)? = members[Keyword.reference.rawValue] {
                self.references.append((reference.value, pointer))
            }
        }

        /// Checks that every `$ref` leads to a schema of the document and that no chain of them goes round.
        func checkReferences() throws(Error) {
            for (reference, holder) in self.references {
                guard let target = Self.target(of: reference), self.schemas.contains(target) else {
                    throw .unresolvedReference(reference, at: holder)
                }
                var visited: Set<JSONPointer> = [holder]
                var next: JSONPointer? = target
                while let current = next {
                    guard visited.insert(current).inserted else { throw .referenceCycle(reference, at: holder) }
                    guard case .string(let further)? = current.value(in: self.root)?[Keyword.reference.rawValue]
                    else { break }
                    next = Self.target(of: further.value)
                }
            }
        }

        /// The pointer a `$ref` of the form `#` or `#/…` designates; nil for any other form.
        static func target(of reference: String) -> JSONPointer? {
            guard reference.first == "#" else { return nil }
            let fragment = String(reference.dropFirst())
            guard fragment.isEmpty || fragment.first == "/" else { return nil }
            return JSONPointer(fragment)
        }

        private mutating func check(_ keyword: Keyword, _ value: JSONValue, at pointer: JSONPointer) throws(Error) {
            switch keyword {
            case .dialect, .identifier, .title, .description, .reference:
                try Self.require(value.isString, keyword, at: pointer, "a string")
            case .definitions, .properties:
                guard case .object(let members) = value else { throw Self.malformed(keyword, at: pointer, "an object") }
                for (name, schema) in members.sorted(by: { $0.key < $1.key }) {
                    try self.check(schema, at: pointer.appending(name))
                }
            case .prefixItems:
                guard case .array(let schemas) = value else { throw Self.malformed(keyword, at: pointer, "an array") }
                for (index, schema) in schemas.enumerated() {
                    try self.check(schema, at: pointer.appending(index))
                }
            case .items:
                try self.check(value, at: pointer)
            default:
                try Self.checkAssertion(keyword, value, at: pointer)
            }
        }

        private static func checkAssertion(_ keyword: Keyword, _ value: JSONValue, at pointer: JSONPointer)
            throws(Error)
        {
            switch keyword {
            case .additionalProperties:
                try Self.require(value == .bool(false), keyword, at: pointer, "false")
            case .type:
                try Self.require(Self.typeNames(value) != nil, keyword, at: pointer, "a type name or an array of them")
            case .required:
                try Self.require(value.strings != nil, keyword, at: pointer, "an array of strings")
            case .enumeration:
                try Self.require(value.elements != nil, keyword, at: pointer, "an array")
            case .pattern:
                try Self.checkPattern(value, at: pointer)
            case .minimum:
                try Self.require(InstanceType.number.admits(value), keyword, at: pointer, "a number")
            case .minLength, .maxLength, .minItems, .maxItems:
                try Self.require(value.nonNegativeInteger != nil, keyword, at: pointer, "a non-negative integer")
            default:
                break
            }
        }

        private static func checkPattern(_ value: JSONValue, at pointer: JSONPointer) throws(Error) {
            guard case .string(let pattern) = value else { throw Self.malformed(.pattern, at: pointer, "a string") }
            do {
                _ = try NSRegularExpression(pattern: pattern.value)
            } catch {
                throw .invalidPattern(pattern.value, at: pointer, reason: "\(error)")
            }
        }

        /// The type names of a `type` value, nil unless it is one known name or a non-empty array of them.
        static func typeNames(_ value: JSONValue) -> [InstanceType]? {
            let names: [String]?
            if case .string(let name) = value { names = [name.value] } else { names = value.strings }
            guard let names, !names.isEmpty else { return nil }
            let types = names.compactMap(InstanceType.init)
            return types.count == names.count ? types : nil
        }

        private static func require(_ holds: Bool, _ keyword: Keyword, at pointer: JSONPointer, _ expected: String)
            throws(Error)
        {
            guard holds else { throw Self.malformed(keyword, at: pointer, expected) }
        }

        private static func malformed(_ keyword: Keyword, at pointer: JSONPointer, _ expected: String) -> Error {
            .malformedKeyword(keyword.rawValue, at: pointer, expected: expected)
        }
    }
}
