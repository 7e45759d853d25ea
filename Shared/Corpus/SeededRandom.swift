import DiaoyanText

/// A seedable random number generator (``SplitMix64`` from a mixed seed), so a corpus is the same bytes for the same
/// seed on every machine and every Swift version, with the draws a corpus needs (`pick`, `int`, `chance`, `sample`).
package struct SeededRandom: RandomNumberGenerator, Sendable {
    private var generator: SplitMix64

    /// A generator for `seed`, further split by `stream` (e.g. an article's index), so articles can be made in
    /// any order or in parallel and still come out the same.
    package init(seed: UInt64, stream: UInt64 = 0) {
        self.generator = SplitMix64(state: seed &* 0x9E37_79B9_7F4A_7C15 ^ (stream &+ 0x632B_E59B_D9B4_E019))
        // Mix the start so neighbouring seeds do not give neighbouring sequences.
        for _ in 0..<4 { _ = self.next() }
    }

    package mutating func next() -> UInt64 {
        self.generator.next()
    }

    /// A uniformly chosen element of `items`, which must not be empty.
    package mutating func pick<T>(_ items: [T]) -> T {
        items[Int(self.next() % UInt64(items.count))]
    }

    /// A whole number in `range`.
    package mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(self.next() % UInt64(range.count))
    }

    /// True with probability `probability`.
    package mutating func chance(_ probability: Double) -> Bool {
        Double(self.next() >> 11) / Double(1 << 53) < probability
    }

    /// `count` distinct elements of `items` in random order (all of them when there are fewer).
    package mutating func sample<T>(_ items: [T], count: Int) -> [T] {
        var pool = items
        var chosen: [T] = []
        while chosen.count < count, !pool.isEmpty {
            chosen.append(pool.remove(at: Int(self.next() % UInt64(pool.count))))
        }
        return chosen
    }
}
