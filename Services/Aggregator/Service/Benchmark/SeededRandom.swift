import Foundation

/// A small deterministic random number generator (SplitMix64): the same seed makes the same archive on every
/// machine, so two benchmark runs measure the same data.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        self.state = seed
    }

    mutating func next() -> UInt64 {
        self.state &+= 0x9E37_79B9_7F4A_7C15
        var z = self.state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// An index in `0..<count` with Zipf-like weights `1 / (rank + 1)^exponent`: a few items common, most rare.
    mutating func zipf(_ count: Int, exponent: Double = 1.0) -> Int {
        // Inverse transform on the continuous approximation of the distribution.
        let u = Double.random(in: 0..<1, using: &self)
        guard exponent != 1 else { return min(count - 1, Int(pow(Double(count + 1), u)) - 1) }
        let top = pow(Double(count + 1), 1 - exponent)
        return min(count - 1, max(0, Int(pow(1 + u * (top - 1), 1 / (1 - exponent))) - 1))
    }

    /// One of `weights.count` choices, by weight.
    mutating func weighted(_ weights: [Double]) -> Int {
        var u = Double.random(in: 0..<weights.reduce(0, +), using: &self)
        for (index, weight) in weights.enumerated() {
            if u < weight { return index }
            u -= weight
        }
        return weights.count - 1
    }
}
