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
