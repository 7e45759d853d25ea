/// An immutable map from integer keys to values for lookups in hot loops: one open-addressing table with a
/// multiplicative hash, where `Dictionary` hashes every key with SipHash and a fresh seed (the name model's
/// character ratios and the bigram model's pairs are read for every candidate name and place).
///
/// Built once from a dictionary; reading gives the same values the dictionary holds.
package struct IntegerKeyTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private let mask: Int

    /// Marks a free slot; no key may take this value.
    private static var empty: UInt64 { .max }

    /// A table holding `dictionary`'s entries, at most half full.
    package init(_ dictionary: [UInt64: Value]) {
        var capacity = 16
        while capacity < dictionary.count * 2 { capacity *= 2 }
        self.keys = [UInt64](repeating: Self.empty, count: capacity)
        self.values = [Value?](repeating: nil, count: capacity)
        self.mask = capacity - 1
        for (key, value) in dictionary {
            precondition(key != Self.empty, "IntegerKeyTable: the key UInt64.max marks free slots")
            var slot = Self.slot(key, self.mask)
            while self.keys[slot] != Self.empty { slot = (slot + 1) & self.mask }
            self.keys[slot] = key
            self.values[slot] = value
        }
    }

    /// The value stored under `key`.
    package subscript(key: UInt64) -> Value? {
        var slot = Self.slot(key, self.mask)
        while true {
            let stored = self.keys[slot]
            if stored == key { return self.values[slot] }
            if stored == Self.empty { return nil }
            slot = (slot + 1) & self.mask
        }
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}
