import DiaoyanModels
import DiaoyanText

/// Reads a project's stage from the words of its sentence: the nearest stage word after the name, else the
/// nearest before it; a stage word in the future (预计年内投产) says the project is still being built.
package enum StageReader {
    private static let keywords: [(word: [Unicode.Scalar], stage: Stage)] = StageLexicon.keywords.map {
        (Array($0.0.unicodeScalars), $0.1)
    }
    private static let future: [[Unicode.Scalar]] = StageLexicon.future.map { Array($0.unicodeScalars) }

    /// The stage of the project written at `name` inside `sentence`.
    package static func stage(of name: Range<Int>, in sentence: Range<Int>, scalars: [Unicode.Scalar]) -> Stage {
        var after: (distance: Int, stage: Stage)?
        var before: (distance: Int, stage: Stage)?
        var index = sentence.lowerBound
        while index < sentence.upperBound {
            guard let keyword = Self.keywords.first(where: { scalars.has($0.word, at: index) }) else {
                index += 1
                continue
            }
            var stage = keyword.stage
            let wordEnd = index + keyword.word.count
            if stage != .signed, wordEnd < scalars.count, StageLexicon.conditional.contains(scalars[wordEnd]) {
                index = wordEnd
                continue
            }
            if index >= name.upperBound, index - name.upperBound > StageLexicon.reachAfterName {
                break
            }
            // A future word between the name and the stage word, or just before the stage word.
            let lookBack = index >= name.upperBound ? name.upperBound : max(sentence.lowerBound, index - 6)
            if stage != .planned, stage != .underConstruction,
                Self.future.contains(where: { word in (lookBack..<index).contains { scalars.has(word, at: $0) } })
            {
                stage = .underConstruction
            }
            if index >= name.upperBound {
                let distance = index - name.upperBound
                if after == nil || distance < after!.distance { after = (distance, stage) }
            } else if index + keyword.word.count <= name.lowerBound {
                let distance = name.lowerBound - index
                if before == nil || distance < before!.distance { before = (distance, stage) }
            }
            index += keyword.word.count
        }
        return after?.stage ?? before?.stage ?? .unknown
    }
}
