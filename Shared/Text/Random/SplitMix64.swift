/// SplitMix64, a small and fast random number generator that is a fixed function of its state: the same seed gives
/// the same numbers on every machine and every Swift version, which the standard library's generator does not
/// promise. The corpus generator (`SeededRandom`) and the fault tests' replayable draws (`SeededGenerator`) both
/// step it.
package struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose first number follows `state`.
    package init(state: UInt64) {
        self.state = state
    }

    package mutating func next() -> UInt64 {
        self.state &+= 0x9E37_79B9_7F4A_7C15
        var z = self.state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
