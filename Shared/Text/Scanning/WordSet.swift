/// A set of words asked about spans of a document's scalars without building a string for each span.
///
/// Answers exactly as a `Set<String>` of the same words: a span of scalars that are all canonically plain (ASCII,
/// CJK unified ideographs, CJK punctuation, full-width forms: no canonical decomposition, no combining class) is
/// canonically equivalent to a word only when it is that word scalar for scalar, so it is looked up in a trie; any
/// other span is turned into a string and asked of the set, as before.
public struct WordSet: Sendable, ExpressibleByArrayLiteral {
    @usableFromInline let trie: ScalarTrie<Bool>
    @usableFromInline let words: Set<String>
    /// Whether every word is canonically plain: otherwise the trie may miss a word equivalent to a plain span.
    @usableFromInline let isPlain: Bool

    /// The set of `words`.
    package init(_ words: some Sequence<String>) {
        let words = Set(words)
        var trie = ScalarTrie<Bool>()
        for word in words { trie.insert(word.unicodeScalars, true) }
        self.trie = trie
        self.words = words
        self.isPlain = words.allSatisfy { $0.unicodeScalars.allSatisfy(Self.isPlain) }
    }

    public init(arrayLiteral elements: String...) {
        self.init(elements)
    }

    /// Whether `word` is in the set.
    @inlinable
    public func contains(_ word: String) -> Bool {
        self.words.contains(word)
    }

    /// Whether the string made of `scalars[range]` is in the set.
    ///
    /// - Complexity: O(n) in the length of `range`.
    @inlinable
    public func contains(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard self.isPlain else { return self.words.contains(scalars.string(range)) }
        for index in range where !Self.isPlain(scalars[index]) {
            return self.words.contains(scalars.string(range))
        }
        return self.trie.value(for: scalars[range]) != nil
    }

    /// Whether `scalar` has no canonical decomposition and no combining class, so that strings of such scalars are
    /// canonically equivalent only when equal.
    @inlinable @inline(__always)
    public static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x80, 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x3000...0x3029, 0x3030...0x303F, 0xFF01...0xFFEF,
            0x2010...0x2027:
            true
        default: false
        }
    }
}

extension String {
    /// `self == other` (canonical equivalence), answered from the bytes when both strings are canonically plain:
    /// equal bytes are equal strings, and two plain strings that differ are never equivalent. `==` on Han text
    /// otherwise checks every difference against the normalization tables.
    @inlinable
    public func sameText(as other: String) -> Bool {
        if self.utf8.elementsEqual(other.utf8) { return true }
        if self.isCanonicallyPlain && other.isCanonicallyPlain { return false }
        return self == other
    }

    /// Whether every scalar is canonically plain (``WordSet/isPlain(_:)``).
    @inlinable
    public var isCanonicallyPlain: Bool {
        self.unicodeScalars.allSatisfy(WordSet.isPlain)
    }
}
