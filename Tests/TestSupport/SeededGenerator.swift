import DiaoyanText

/// A random number generator that repeats itself from a seed (SplitMix64), so a fault test that failed can be run
/// again with the same moments and victims: the test prints its seed, `DIAOYAN_FAULT_SEED` gives it back.
package struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var generator: SplitMix64

    package init(seed: UInt64) {
        self.generator = SplitMix64(state: seed)
    }

    /// The seed from `DIAOYAN_FAULT_SEED`, or a fresh one.
    package static func seedFromEnvironment() -> UInt64 {
        if let text = ProcessInfoEnvironment.value("DIAOYAN_FAULT_SEED"), let seed = UInt64(text) {
            return seed
        }
        return UInt64.random(in: 1...UInt64.max)
    }

    package mutating func next() -> UInt64 {
        self.generator.next()
    }
}
