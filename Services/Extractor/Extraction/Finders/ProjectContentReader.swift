import DiaoyanModels
import DiaoyanText

/// Gives a project the industries of what a page says it makes or builds, outside its name:
/// `海生润玻璃产业园…,主要生产钢化、中空玻璃` (new materials), `该项目…主要建设内容为:一是矿泉水产业…` (food).
///
/// Pages name many projects by their place or their brand (`天辅云泉小镇项目`), so the name alone gives no industry
/// (the extractor asks this reader only then: where a name tells its trade, the products a page goes on to list
/// add uses and markets more often than trades);
/// the clause a word of content opens (`主要生产`, `主要建设内容`, `主要从事`, `主要产品`) says what the project is,
/// up to the end of its sentence. Its subject is the project last named earlier in the sentence, else the one an
/// anaphor opening a clause before it refers to (`该项目`, `项目`, `基地`).
package enum ProjectContentReader {
    /// For each project (by index), the industries the content clauses about it name, in order of first occurrence.
    ///
    /// - Parameters:
    ///   - subjects: the projects' mentions, and which project a clause speaks of.
    ///   - sentences: the document's sentence ranges.
    /// - Complexity: O(n·k) for n scalars and content words of at most k scalars, plus the clauses classified.
    package static func industries(
        for subjects: ProjectSubjects,
        in scalars: [Unicode.Scalar],
        sentences: [Range<Int>],
        classifier: IndustryClassifier
    ) -> [[Industry]] {
        var result = [[Industry]](repeating: [], count: subjects.count)
        guard subjects.count > 0 else { return result }
        for sentence in sentences {
            var index = sentence.lowerBound
            while index < sentence.upperBound {
                guard Self.contentWords.mayStart(with: scalars[index]),
                    let word = Self.contentWords.longestMatch(in: scalars, from: index)
                else {
                    index += 1
                    continue
                }
                let clause = (index + word.length)..<min(sentence.upperBound, index + word.length + Self.reach)
                if let subject = subjects.subject(of: index, in: sentence, scalars: scalars) {
                    for industry in classifier.industries(of: scalars, in: clause)
                    where !result[subject].contains(industry) {
                        result[subject].append(industry)
                    }
                }
                index = clause.upperBound
            }
        }
        return result
    }

    /// Words that open what a project makes or is built to hold.
    private static let contentWords = ScalarTrie<Bool>(words: [
        "主要生产", "主要建设内容", "建设内容为", "建设内容包括", "主要从事", "主要产品", "产品主要有", "产品包括", "主要建设",
    ])

    /// How far after a content word its clause is read, in scalars: a sentence of contents, not a page.
    private static let reach = 120
}
