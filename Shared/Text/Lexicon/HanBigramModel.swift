import Foundation

/// How usual each pair of adjacent Han characters is in simplified Chinese, from jieba's word frequencies.
///
/// The mojibake repair uses it to choose between candidate decodings: `科技有限公司` scores far above `萍加邢薰`.
package struct HanBigramModel: Sendable {
    private let logFrequencies: IntegerKeyTable<Float>
    private let characterLogFrequencies: IntegerKeyTable<Float>

    /// The bundled table.
    package init() throws(TextResources.Error) {
        var table: [UInt64: Float] = [:]
        var characters: [UInt32: Double] = [:]
        for row in try TextResources.rows(of: "han_bigrams.tsv") where row.count >= 2 {
            let scalars = Array(row[0].unicodeScalars)
            guard scalars.count == 2, let frequency = Double(row[1]) else { continue }
            table[Self.key(scalars[0], scalars[1])] = Float(log1p(frequency))
            characters[scalars[0].value, default: 0] += frequency
            characters[scalars[1].value, default: 0] += frequency
        }
        self.logFrequencies = IntegerKeyTable(table)
        self.characterLogFrequencies = IntegerKeyTable(
            Dictionary(uniqueKeysWithValues: characters.map { (UInt64($0.key), Float(log1p($0.value))) })
        )
    }

    /// The bundled model, loaded once per process and shared by the mojibake repair and the place resolver.
    package static func shared() throws(TextResources.Error) -> HanBigramModel {
        try Self.loaded.get()
    }

    private static let loaded: Result<HanBigramModel, TextResources.Error> = Result {
        () throws(TextResources.Error) in try HanBigramModel()
    }

    /// ln(1 + frequency) of the pair, 0 when the pair never occurs in a word.
    package func score(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Float {
        self.logFrequencies[Self.key(first, second)] ?? 0
    }

    /// ln(1 + frequency) of the character summed over the pairs it occurs in, 0 when it is in none.
    package func score(_ character: Unicode.Scalar) -> Float {
        self.characterLogFrequencies[UInt64(character.value)] ?? 0
    }

    /// The mean pair score of `scalars`; pairs touching a non-Han scalar count as 0.
    package func meanScore(_ scalars: [Unicode.Scalar]) -> Float {
        guard scalars.count >= 2 else { return 0 }
        var total: Float = 0
        for index in 1..<scalars.count {
            total += self.score(scalars[index - 1], scalars[index])
        }
        return total / Float(scalars.count - 1)
    }

    private static func key(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> UInt64 {
        UInt64(first.value) << 32 | UInt64(second.value)
    }
}
