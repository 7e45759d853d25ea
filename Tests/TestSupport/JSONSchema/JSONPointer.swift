import DiaoyanEvaluation
import Foundation

/// An RFC 6901 JSON pointer: where a value lies in a document (`/projects/3/place/level`).
///
/// The empty pointer is the document itself. In a token, `~` is written `~0` and `/` is written `~1`.
package struct JSONPointer: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The keys and indices from the root down, unescaped.
    package var tokens: [String]

    /// The pointer to the whole document.
    package static let root = JSONPointer(tokens: [])

    package init(tokens: [String]) {
        self.tokens = tokens
    }

    /// Reads a pointer as RFC 6901 writes it (`""`, `/projects/0`, `/a~1b`).
    package init(_ written: String) {
        let parts = written.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        self.tokens = parts.map {
            $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
    }

    package init(stringLiteral value: String) {
        self.init(value)
    }

    /// The pointer one key further down.
    package func appending(_ key: String) -> JSONPointer {
        JSONPointer(tokens: self.tokens + [key])
    }

    /// The pointer one array element further down.
    package func appending(_ index: Int) -> JSONPointer {
        self.appending(String(index))
    }

    /// The value the pointer designates in `document`, nil when there is none.
    package func value(in document: JSONValue) -> JSONValue? {
        var value: JSONValue? = document
        for token in self.tokens {
            switch value {
            case .object(let members): value = members[token]
            case .array(let elements): value = Int(token).flatMap { elements.indices.contains($0) ? elements[$0] : nil }
            default: return nil
            }
        }
        return value
    }

    /// The pointer as RFC 6901 writes it; the empty string for the root.
    package var description: String {
        self.tokens.map { "/" + $0.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1") }
            .joined()
    }
}
