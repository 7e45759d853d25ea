import DiaoyanModels
import DiaoyanText

/// A fact the record names, merged with another of the same ``NameKey``.
protocol NamedFact {
    var name: String { get }
    var mentions: [Mention] { get set }
}

extension ExtractionRecord.Project: NamedFact {}
extension ExtractionRecord.Organization: NamedFact {}

extension RecordExtractor {
    /// `facts` with those of one ``NameKey`` merged into the first, which gains the others' mentions: the key the
    /// aggregator merges projects and organizations across articles by.
    ///
    /// - Complexity: O(f²·n) for f facts of names of at most n scalars.
    static func merged<Fact: NamedFact>(_ facts: [Fact]) -> [Fact] {
        guard facts.count > 1 else { return facts }
        var keys: [String] = []
        var merged: [Fact] = []
        for fact in facts {
            let key = NameKey.of(fact.name)
            // Compared as bytes: a key is already folded, and String's == would check canonical equivalence.
            guard let index = keys.firstIndex(where: { $0.utf8.elementsEqual(key.utf8) }) else {
                keys.append(key)
                merged.append(fact)
                continue
            }
            merged[index].mentions = (merged[index].mentions + fact.mentions).sorted { $0.start < $1.start }
        }
        return merged
    }
}
