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
        var key = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            var value = scalar.value
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
            guard let folded = Unicode.Scalar(value), !Self.isDropped(folded) else { continue }
            if (0x41...0x5A).contains(folded.value) {
                key.append(Unicode.Scalar(folded.value + 0x20)!)
            } else {
                key.append(folded)
            }
        }
        return String(key)
    }

    private static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        Self.dropped.contains(scalar)
    }

    /// Quotes, brackets, the middle dot, and every scalar of Unicode's White_Space property (listed rather than
    /// asked of `Unicode.Scalar.Properties`, whose lookup costs more than the rest of the key).
    private static let dropped = ScalarSet(
        "\"'“”‘’「」『』《》〈〉()（）[]【】·".unicodeScalars
            + (0x09...0x0D).compactMap(Unicode.Scalar.init) + (0x2000...0x200A).compactMap(Unicode.Scalar.init)
            + ["\u{20}", "\u{85}", "\u{A0}", "\u{1680}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}"]
    )
}
