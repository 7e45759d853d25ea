/// The readings of each Han character, tone marks dropped (`創` → chuang, qiang), from pypinyin's table.
///
/// Used to tell a glued reading annotation `項(xiàng)` from a real parenthesis: the syllable must be one of the
/// character's readings.
package struct PinyinReadings: Sendable {
    /// One key per (character, reading): the code point above the 35 bits of a packed syllable, in an
    /// open-addressing table (0 marks a free slot; no key is 0, a character's code point being above it) probed from
    /// a multiplicative hash. The mojibake repair asks for every character of a GBK lead byte at each orphaned
    /// reading, and `Set`'s seeded SipHash was 6 % of the normalizer's CPU under `bench pipeline`.
    private let slots: [UInt64]
    /// `64 - log2(slots.count)`: the high bits of the product pick the slot.
    private let shift: UInt64

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
        var bits: UInt64 = 4
        while 1 << bits < pairs.count * 2 { bits += 1 }
        var slots = [UInt64](repeating: 0, count: 1 << Int(bits))
        let mask = slots.count - 1
        for key in pairs {
            var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> (64 - bits))
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = key
        }
        self.slots = slots
        self.shift = 64 - bits
    }

    /// Whether `syllable` is a reading of `character`.
    package func isReading(_ syllable: PinyinSyllable, of character: Unicode.Scalar) -> Bool {
        let key = Self.key(syllable, character)
        return self.slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> self.shift)
            while true {
                let stored = slots[slot]
                if stored == key { return true }
                if stored == 0 { return false }
                slot = (slot + 1) & mask
            }
        }
    }

    private static func key(_ syllable: PinyinSyllable, _ character: Unicode.Scalar) -> UInt64 {
        UInt64(character.value) << 35 | syllable.packed
    }
}
