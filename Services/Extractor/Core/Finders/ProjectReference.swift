import DiaoyanText

/// Finds where the sentence after a project's mention refers back to it (`该项目去年底建成投产`,
/// `这一项目正由园区谋划推进`), so what that sentence says about the project can be read there.
package enum ProjectReference {
    private static let words = ScalarTrie<Bool>(words: ["该项目", "这一项目", "这个项目", "此项目", "上述项目", "该工程"])

    /// The reference in the sentence after the one holding `mention`, with that sentence, when no other project is
    /// named in it before the reference.
    ///
    /// - Parameters:
    ///   - sentences: the document's sentences in order.
    ///   - others: where every other project is mentioned.
    package static func following(
        _ mention: Range<Int>,
        sentences: [Range<Int>],
        others: [Range<Int>],
        in scalars: [Unicode.Scalar]
    ) -> (reference: Range<Int>, sentence: Range<Int>)? {
        guard let current = sentences.firstIndex(where: { $0.contains(mention.lowerBound) }),
            current + 1 < sentences.count
        else { return nil }
        let next = sentences[current + 1]
        let words = Self.words
        for index in next where words.mayStart(with: scalars[index]) {
            guard let match = words.longestMatch(in: scalars, from: index) else { continue }
            if others.contains(where: { next.contains($0.lowerBound) && $0.lowerBound < index }) { return nil }
            return (index..<(index + match.length), next)
        }
        return nil
    }
}
