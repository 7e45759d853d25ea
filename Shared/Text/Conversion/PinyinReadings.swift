/// The readings of each Han character, tone marks dropped (`創` → chuang, qiang), from pypinyin's table.
///
/// Used to tell a glued reading annotation `項(xiàng)` from a real parenthesis: the syllable must be one of the
/// character's readings.
package struct PinyinReadings: Sendable {
    /// One key per (character, reading): the code point above the 35 bits of a packed syllable.
    private let pairs: Set<UInt64>

    /// The bundled table.
    package init() throws(TextResources.Error) {
        var pairs = Set<UInt64>()
        for row in try TextResources.rows(of: "pinyin_readings.tsv") where row.count >= 2 {
            guard let scalar = row[0].unicodeScalars.first else { continue }
            for reading in row[1].split(separator: ",") {
                guard let syllable = PinyinSyllable(written: reading.unicodeScalars) else { continue }
                pairs.insert(Self.key(syllable, scalar))
            }
        }
        self.pairs = pairs
    }

    /// Whether `syllable` is a reading of `character`.
    package func isReading(_ syllable: PinyinSyllable, of character: Unicode.Scalar) -> Bool {
        self.pairs.contains(Self.key(syllable, character))
    }

    private static func key(_ syllable: PinyinSyllable, _ character: Unicode.Scalar) -> UInt64 {
        UInt64(character.value) << 35 | syllable.packed
    }
}
