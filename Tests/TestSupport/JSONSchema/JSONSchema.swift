import DiaoyanEvaluation
import Foundation

/// A JSON Schema (draft 2020-12) validator for exactly the keywords ``Keyword`` lists: the ones the extraction
/// record's schema uses.
///
/// The schema is checked when it is loaded: a keyword this validator does not implement, a keyword with a value of
/// the wrong shape, a pattern that does not compile, a `$ref` that leads nowhere or round in a circle is refused, so
/// the schema file can never silently say more than the validator checks.
///
/// ```swift
/// let schema = try JSONSchema(contentsOf: url)
/// for violation in schema.validate(try JSONValue(parsing: data)) { print(violation) }
/// // /projects/3/place/level: "town" is not one of province, city, county
/// ```
package struct JSONSchema: Sendable {
    /// Why a schema was refused.
    package enum Error: Swift.Error, Hashable, CustomStringConvertible {
        /// The schema file could not be read.
        case unreadable(path: String, reason: String)
        /// The schema is not JSON.
        case notJSON(reason: String)
        /// A schema (the root, a property's, an item's, a definition) is not a JSON object.
        case notASchema(at: JSONPointer)
        /// A keyword this validator does not implement.
        case unsupportedKeyword(String, at: JSONPointer)
        /// A keyword whose value has the wrong shape.
        case malformedKeyword(String, at: JSONPointer, expected: String)
        /// A `$ref` that is not a `#`-pointer to a schema inside the document.
        case unresolvedReference(String, at: JSONPointer)
        /// A `$ref` chain that comes back to where it started without descending into the instance.
        case referenceCycle(String, at: JSONPointer)
        /// A `pattern` that is no regular expression.
        case invalidPattern(String, at: JSONPointer, reason: String)

        package var description: String {
            switch self {
            case .unreadable(let path, let reason): "\(path): cannot read the schema: \(reason)"
            case .notJSON(let reason): "the schema is not JSON: \(reason)"
            case .notASchema(let at): "\(at.shown): a schema must be an object"
            case .unsupportedKeyword(let keyword, let at): "\(at.shown): keyword \(keyword) is not supported"
            case .malformedKeyword(let keyword, let at, let expected): "\(at.shown): \(keyword) must be \(expected)"
            case .unresolvedReference(let reference, let at): "\(at.shown): $ref \(reference) leads to no schema"
            case .referenceCycle(let reference, let at): "\(at.shown): $ref \(reference) comes back to itself"
            case .invalidPattern(let pattern, let at, let reason): "\(at.shown): pattern \(pattern): \(reason)"
            }
        }
    }

    /// The schema document, checked.
    package let document: JSONValue

    /// Checks `document` and keeps it.
    ///
    /// - Throws: ``Error`` for the first thing in `document` this validator cannot honour.
    package init(_ document: JSONValue) throws(Error) {
        var checker = Checker(root: document)
        try checker.check(document, at: .root)
        try checker.checkReferences()
        self.document = document
    }

    /// Reads and checks the schema in `data`.
    ///
    /// - Throws: ``Error``.
    package init(parsing data: Data) throws(Error) {
        let document: JSONValue
        do {
            document = try JSONValue(parsing: data)
        } catch {
            throw .notJSON(reason: error.description)
        }
        try self.init(document)
    }

    /// Reads and checks the schema file at `url`.
    ///
    /// - Throws: ``Error``.
    package init(contentsOf url: URL) throws(Error) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(path: url.path, reason: "\(error)")
        }
        try self.init(parsing: data)
    }
}

extension JSONPointer {
    /// The pointer as a message shows it: `(root)` for the empty pointer.
    var shown: String {
        self.tokens.isEmpty ? "(root)" : self.description
    }
}
