/// The key two written names of one project or organization share: what merges them within an article (the
/// extractor) and across articles (the aggregator), so both sides count the same things as one.
///
/// White space, quotes, brackets and the middle dot are dropped, full-width ASCII is folded to half width and Latin
/// letters are lower-cased: `“华明管业”（阿城）１００万吨制管项目` and `华明管业(阿城)100万吨制管项目` share the key
/// `华明管业阿城100万吨制管项目`.
package enum NameKey {
    /// The key of `name`.
    ///
    /// - Complexity: O(n) in the scalars of `name`.
    package static func of(_ name: String) -> String {
        // Folded into an array of scalars, then encoded once (appending to a string's scalar view costs more).
        var key: [Unicode.Scalar] = []
        key.reserveCapacity(name.utf8.count)
        let dropped = Self.dropped
        for scalar in name.unicodeScalars {
            var value = scalar.value
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
            guard let folded = Unicode.Scalar(value), !dropped.contains(folded) else { continue }
            if (0x41...0x5A).contains(folded.value) {
                key.append(Unicode.Scalar(folded.value + 0x20)!)
            } else {
                key.append(folded)
            }
        }
        return key.string(key.indices)
    }

    /// Quotes, brackets, the middle dot, and every scalar of Unicode's White_Space property (listed rather than
    /// asked of `Unicode.Scalar.Properties`, whose lookup costs more than the rest of the key).
    private static let dropped = ScalarSet(
        "\"'“”‘’「」『』《》〈〉()（）[]【】·".unicodeScalars
            + (0x09...0x0D).compactMap(Unicode.Scalar.init) + (0x2000...0x200A).compactMap(Unicode.Scalar.init)
            + ["\u{20}", "\u{85}", "\u{A0}", "\u{1680}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}"]
    )
}
