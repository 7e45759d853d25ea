import DiaoyanModels
import DiaoyanText

/// Assigns industries from DESIGN.md's taxonomy to a name or a text by keyword.
package struct IndustryClassifier: Sendable {
    private let keywords: ScalarTrie<[Industry]>

    package init() {
        var keywords = ScalarTrie<[Industry]>()
        for (word, industry) in IndustryLexicon.keywords {
            keywords.insert(word.unicodeScalars, [industry]) { old, new in old + new.filter { !old.contains($0) } }
        }
        self.keywords = keywords
    }

    /// The lengths of the industry keywords that start at `start` in `scalars`, shortest first.
    package func keywordMatches(in scalars: [Unicode.Scalar], from start: Int) -> [Int] {
        self.keywords.matches(in: scalars, from: start).map(\.length)
    }

    /// The industries whose keywords occur in `scalars[range]`, in order of first occurrence.
    ///
    /// - Complexity: O(n·k) for n scalars and keywords of at most k scalars.
    package func industries(of scalars: [Unicode.Scalar], in range: Range<Int>) -> [Industry] {
        var found: [Industry] = []
        for index in range {
            for match in self.keywords.matches(in: scalars, from: index) where index + match.length <= range.upperBound
            {
                for industry in match.value where !found.contains(industry) { found.append(industry) }
            }
        }
        return found
    }

    /// The industries whose keywords occur in `text`, in order of first occurrence.
    package func industries(of text: String) -> [Industry] {
        let scalars = Array(text.unicodeScalars)
        var found: [Industry] = []
        for index in scalars.indices {
            for match in self.keywords.matches(in: scalars, from: index) {
                for industry in match.value where !found.contains(industry) { found.append(industry) }
            }
        }
        return found
    }
}
