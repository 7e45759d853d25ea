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

    /// The sentence before `sentence` when `sentence` opens by picking from a group told there (`其中，…`,
    /// `4个项目中，…`, `签约项目中，…`): what that sentence says of the group holds for the project.
    package static func group(
        before sentence: Range<Int>,
        sentences: [Range<Int>],
        in scalars: [Unicode.Scalar]
    ) -> Range<Int>? {
        guard let current = sentences.firstIndex(of: sentence), current > 0 else { return nil }
        var comma = sentence.lowerBound
        while comma < sentence.upperBound, comma - sentence.lowerBound < 12, scalars[comma] != "，" { comma += 1 }
        guard comma < sentence.upperBound, scalars[comma] == "，" else { return nil }
        let opening = scalars[sentence.lowerBound..<comma]
        let picksFromGroup =
            opening.elementsEqual("其中".unicodeScalars)
            || (opening.last == "中" && (sentence.lowerBound..<comma).contains { scalars.has(Self.projectWord, at: $0) })
        return picksFromGroup ? sentences[current - 1] : nil
    }

    private static let projectWord = Array("项目".unicodeScalars)
}
