import DiaoyanEvaluation
import Foundation

extension JSONSchema {
    /// One way an instance breaks the schema: where, and what is wrong there.
    package struct Violation: Hashable, Sendable, CustomStringConvertible {
        /// The offending value, or the object a required key is missing from.
        package var pointer: JSONPointer
        /// What is wrong, quoting the value (`"town" is not one of province, city, county`).
        package var message: String

        package init(pointer: JSONPointer, message: String) {
            self.pointer = pointer
            self.message = message
        }

        /// `/projects/3/place/level: "town" is not one of province, city, county`.
        package var description: String {
            "\(self.pointer.shown): \(self.message)"
        }
    }

    /// Every violation of the schema in `instance`, depth first, the keywords of each schema in alphabetical order;
    /// empty when `instance` is valid.
    ///
    /// - Complexity: O(n·k) for n values in `instance` and k keywords in the schemas that apply to each.
    package func validate(_ instance: JSONValue) -> [Violation] {
        var validation = Validation(root: self.document)
        validation.validate(instance, against: self.document, at: .root)
        return validation.violations
    }

    /// One validation run: the violations found so far and the patterns compiled so far.
    struct Validation {
        let root: JSONValue
        private(set) var violations: [Violation] = []
        private var patterns: [String: NSRegularExpression] = [:]

        init(root: JSONValue) {
            self.root = root
        }

        /// Applies every keyword of `schema` to `instance`, the value at `pointer`.
        mutating func validate(_ instance: JSONValue, against schema: JSONValue, at pointer: JSONPointer) {
            guard case .object(let keywords) = schema else { return }
            for (name, value) in keywords.sorted(by: { $0.key < $1.key }) {
                guard let keyword = Keyword(rawValue: name) else { continue }
                self.apply(keyword, value, of: keywords, to: instance, at: pointer)
            }
        }

        private mutating func apply(
            _ keyword: Keyword,
            _ value: JSONValue,
            of schema: [String: JSONValue],
            to instance: JSONValue,
            at pointer: JSONPointer
        ) {
            switch (keyword, instance) {
            case (.reference, _):
                guard case .string(let reference) = value, let target = Checker.target(of: reference.value),
                    let resolved = target.value(in: self.root)
                else { return }
                self.validate(instance, against: resolved, at: pointer)
            case (.properties, .object(let members)):
                self.applyProperties(value, to: members, at: pointer)
            case (.additionalProperties, .object(let members)):
                let known = schema[Keyword.properties.rawValue]?.members.map { Set($0.keys) } ?? []
                for key in members.keys.sorted() where !known.contains(key) {
                    self.report(pointer.appending(key), "unexpected key \"\(key)\"")
                }
            case (.prefixItems, .array(let elements)):
                for (index, (element, itemSchema)) in zip(elements, value.elements ?? []).enumerated() {
                    self.validate(element, against: itemSchema, at: pointer.appending(index))
                }
            case (.items, .array(let elements)):
                let start = schema[Keyword.prefixItems.rawValue]?.elements?.count ?? 0
                for index in elements.indices.dropFirst(start) {
                    self.validate(elements[index], against: value, at: pointer.appending(index))
                }
            default:
                self.check(keyword, value, on: instance, at: pointer)
            }
        }

        private mutating func applyProperties(
            _ properties: JSONValue,
            to members: [String: JSONValue],
            at pointer: JSONPointer
        ) {
            guard case .object(let schemas) = properties else { return }
            for (key, propertySchema) in schemas.sorted(by: { $0.key < $1.key }) {
                guard let member = members[key] else { continue }
                self.validate(member, against: propertySchema, at: pointer.appending(key))
            }
        }

        private mutating func check(
            _ keyword: Keyword,
            _ value: JSONValue,
            on instance: JSONValue,
            at pointer: JSONPointer
        ) {
            if let problem = self.problem(keyword, value, with: instance) {
                self.report(pointer, problem)
            }
            if case (.required, .object(let members)) = (keyword, instance) {
                for key in value.strings ?? [] where members[key] == nil {
                    self.report(pointer, "missing required key \"\(key)\"")
                }
            }
        }

        /// What is wrong with `instance` by one assertion keyword, nil when it holds or does not apply.
        private mutating func problem(_ keyword: Keyword, _ value: JSONValue, with instance: JSONValue) -> String? {
            switch (keyword, instance) {
            case (.type, _):
                let types = Checker.typeNames(value) ?? []
                guard !types.contains(where: { $0.admits(instance) }) else { return nil }
                return "\(instance) is not of type \(types.map(\.rawValue).joined(separator: " or "))"
            case (.enumeration, _):
                let allowed = value.elements ?? []
                guard !allowed.contains(instance) else { return nil }
                return "\(instance) is not one of \(allowed.map(\.listed).joined(separator: ", "))"
            case (.constant, _):
                return instance == value ? nil : "\(instance) is not \(value)"
            case (.pattern, .string(let string)):
                guard case .string(let pattern) = value, !self.matches(string.value, pattern.value) else { return nil }
                return "\(instance) does not match \(pattern)"
            case (.minimum, .number(let number)):
                guard case .number(let minimum) = value, number < minimum else { return nil }
                return "\(instance) is less than the minimum \(value)"
            default:
                return Self.sizeProblem(keyword, value.nonNegativeInteger ?? 0, with: instance)
            }
        }

        /// What is wrong with the length of a string or an array, nil when it holds or does not apply.
        ///
        /// A string's length is its number of Unicode scalars (code points), as JSON Schema counts characters.
        private static func sizeProblem(_ keyword: Keyword, _ limit: Int, with instance: JSONValue) -> String? {
            switch (keyword, instance) {
            case (.minLength, .string(let string)) where string.value.unicodeScalars.count < limit:
                "\(instance) has \(string.value.unicodeScalars.count) characters, fewer than \(limit)"
            case (.maxLength, .string(let string)) where string.value.unicodeScalars.count > limit:
                "\(instance) has \(string.value.unicodeScalars.count) characters, more than \(limit)"
            case (.minItems, .array(let elements)) where elements.count < limit:
                "\(instance) has fewer than \(limit) items"
            case (.maxItems, .array(let elements)) where elements.count > limit:
                "\(instance) has more than \(limit) items"
            default:
                nil
            }
        }

        /// Whether `pattern` matches somewhere in `string` (JSON Schema's patterns are not anchored).
        private mutating func matches(_ string: String, _ pattern: String) -> Bool {
            let expression: NSRegularExpression
            if let compiled = self.patterns[pattern] {
                expression = compiled
            } else {
                // The checker compiled every pattern of the schema when it was loaded.
                guard let compiled = try? NSRegularExpression(pattern: pattern) else { return false }
                self.patterns[pattern] = compiled
                expression = compiled
            }
            let range = NSRange(string.startIndex..<string.endIndex, in: string)
            return expression.firstMatch(in: string, range: range) != nil
        }

        private mutating func report(_ pointer: JSONPointer, _ message: String) {
            self.violations.append(Violation(pointer: pointer, message: message))
        }
    }
}
