/// A set of Unicode scalars tested with one bit lookup: the character classes hot text loops ask about.
///
/// Scalars of the Basic Multilingual Plane live in a bitmap; the rare ones above it in a small `Set`.
public struct ScalarSet: Sendable, ExpressibleByArrayLiteral {
    @usableFromInline var bits = [UInt64](repeating: 0, count: 1024)
    @usableFromInline var astral: Set<UInt32> = []

    /// The set of `scalars`.
    package init(_ scalars: some Sequence<Unicode.Scalar>) {
        for scalar in scalars { self.insert(scalar) }
    }

    public init(arrayLiteral elements: Unicode.Scalar...) {
        self.init(elements)
    }

    /// Adds `scalar`.
    package mutating func insert(_ scalar: Unicode.Scalar) {
        if scalar.value < 0x10000 {
            self.bits[Int(scalar.value >> 6)] |= 1 << (scalar.value & 63)
        } else {
            self.astral.insert(scalar.value)
        }
    }

    /// Whether `scalar` is in the set.
    @inlinable @inline(__always)
    public func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x10000 {
            // The bitmap always holds 1024 words, one per 64 scalars of the plane: no bounds check needed.
            return self.bits.withUnsafeBufferPointer { $0[Int(value >> 6)] } & (1 << (value & 63)) != 0
        }
        return self.astral.contains(value)
    }
}
