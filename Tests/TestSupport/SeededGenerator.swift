/// A random number generator that repeats itself from a seed (SplitMix64), so a fault test that failed can be run
/// again with the same moments and victims: the test prints its seed, `DIAOYAN_FAULT_SEED` gives it back.
package struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    package init(seed: UInt64) {
        self.state = seed
    }

    /// The seed from `DIAOYAN_FAULT_SEED`, or a fresh one.
    package static func seedFromEnvironment() -> UInt64 {
        if let text = ProcessInfoEnvironment.value("DIAOYAN_FAULT_SEED"), let seed = UInt64(text) {
            return seed
        }
        return UInt64.random(in: 1...UInt64.max)
    }

    package mutating func next() -> UInt64 {
        self.state &+= 0x9E37_79B9_7F4A_7C15
        var z = self.state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
