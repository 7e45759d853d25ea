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
    /// - Complexity: O(f·n) for f facts of names of at most n scalars.
    static func merged<Fact: NamedFact>(_ facts: [Fact]) -> [Fact] {
        var byKey: [String: Int] = [:]
        var merged: [Fact] = []
        for fact in facts {
            let key = NameKey.of(fact.name)
            guard let index = byKey[key] else {
                byKey[key] = merged.count
                merged.append(fact)
                continue
            }
            merged[index].mentions = (merged[index].mentions + fact.mentions).sorted { $0.start < $1.start }
        }
        return merged
    }
}
