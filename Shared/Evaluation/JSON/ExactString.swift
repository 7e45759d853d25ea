/// A string compared, hashed and ordered by its Unicode scalars, the way Python compares `str`.
///
/// Swift's `String` equality is canonical equivalence (`"é"` equals `"e\u{301}"`); the reference scorer
/// (`score.py`) compares code points. Wrapping the text keeps sets, dictionary keys and sorted log lines identical
/// to Python's. UTF-8 byte order is code point order, so ordering by bytes orders by scalars.
package struct ExactString: Hashable, Comparable, Sendable, CustomStringConvertible {
    package var value: String

    package init(_ value: String) {
        self.value = value
    }

    package var description: String { self.value }

    /// `self.value.unicodeScalars` as an array, the indexable form of Python's `str`.
    package var scalars: [Unicode.Scalar] { Array(self.value.unicodeScalars) }

    package static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.value.utf8.elementsEqual(rhs.value.utf8)
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(self.value.utf8.count)
        for byte in self.value.utf8 { hasher.combine(byte) }
    }

    package static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.value.utf8.lexicographicallyPrecedes(rhs.value.utf8)
    }

    /// Python's `needle in self`: true when `needle`'s scalars occur contiguously in this string (always for `""`).
    ///
    /// - Complexity: O(*n*·*m*) for lengths *n* and *m*, fine for titles.
    package func contains(_ needle: ExactString) -> Bool {
        let haystack = Array(self.value.utf8)
        let pattern = Array(needle.value.utf8)
        guard pattern.count <= haystack.count else { return false }
        guard !pattern.isEmpty else { return true }
        for start in 0...(haystack.count - pattern.count)
        where haystack[start..<(start + pattern.count)].elementsEqual(pattern) {
            return true
        }
        return false
    }

    /// Python's `self.startswith(prefix)`.
    package func hasPrefix(_ prefix: ExactString) -> Bool {
        self.value.utf8.starts(with: prefix.value.utf8)
    }

    /// This string without its first `prefix.value.utf8.count` bytes; call only after ``hasPrefix(_:)``.
    package func dropping(_ prefix: ExactString) -> ExactString {
        ExactString(String(decoding: self.value.utf8.dropFirst(prefix.value.utf8.count), as: UTF8.self))
    }
}

extension ExactString: ExpressibleByStringLiteral {
    package init(stringLiteral value: String) {
        self.init(value)
    }
}
