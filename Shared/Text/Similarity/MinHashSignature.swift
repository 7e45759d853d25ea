import DiaoyanTextKernels

/// A MinHash signature of a text's character shingles: what tells a reprint of an article from another article.
///
/// The shingles are the runs of ``shingleLength`` consecutive *content* scalars of the text — Han characters, Latin
/// letters and digits; punctuation and white space are skipped, so a changed comma or line break does not move a
/// shingle. Each shingle is hashed once (64-bit FNV-1a over its scalars); the signature holds, for each of
/// ``permutations`` seeded mixes of that hash (SplitMix64), the smallest value over all shingles. The fraction of
/// positions where two signatures agree estimates the Jaccard similarity of the two shingle sets.
///
/// Everything is deterministic (no `Hasher`, whose seed changes per process): an extractor computes a signature,
/// the aggregator compares it with signatures stored by other processes, years apart.
///
/// Locality-sensitive hashing: the signature is cut into ``bands`` bands of ``rowsPerBand`` values; two texts whose
/// signatures agree on a whole band are candidates. With 32 bands of 4 rows a pair of Jaccard 0.5 becomes a
/// candidate with probability 1 − (1 − 0.5⁴)³² ≈ 0.87, a pair of 0.7 with ≈ 1.0, a pair of 0.2 with 0.05.
public struct MinHashSignature: Hashable, Sendable {
    /// Scalars per shingle. Five Chinese characters are rarely shared by chance between two articles, yet an edit
    /// of one character changes only the five shingles that cover it.
    public static let shingleLength = 5
    /// Values in a signature.
    public static let permutations = 128
    /// LSH bands.
    public static let bands = 32
    /// Values per LSH band.
    public static let rowsPerBand = 4

    /// The minimum of each permutation over the shingles, ``permutations`` values.
    public let values: [UInt32]

    /// The signature of `text`'s shingles; nil when the text has fewer content scalars than one shingle.
    ///
    /// Where the processor has AVX-512 (its 64-bit vector multiply) the minima are worked out eight permutations a
    /// vector (``vectorMinima(_:)``) over the shingles' hashes as they come: a repeated hash changes no minimum, and
    /// mixing the repeats (a few percent of a text's shingles) costs less than sorting to drop them. Elsewhere the
    /// hashes are deduplicated by sorting, not hashing, and ``portableMinima(_:)`` gives the same values.
    public init?(text: Substring) {
        var hashes = Self.shingleHashes(text)
        guard !hashes.isEmpty else { return nil }
        if let values = Self.vectorMinima(hashes) {
            self.values = values
        } else {
            Self.sortAndDeduplicate(&hashes)
            self.values = Self.portableMinima(hashes)
        }
    }

    /// The signature's values for `hashes` (not empty), each permutation's least mix, by Swift's scalar loop.
    ///
    /// Two permutations run together over all the shingle hashes (their seeds and running minima stay in
    /// registers and the mixes are independent, so they overlap in the pipeline).
    ///
    /// The minima are kept as whole 64-bit mixes and cut to their high 32 bits at the end (the high half of the
    /// least mix is the least high half). Cutting each mix first let the compiler vectorize the loop with SSE2,
    /// which has no 64-bit multiply: it emulated each with three 32-bit ones and ran 1.4 times slower than this
    /// scalar loop (0.45 against 0.32 ms for 1,200 shingles).
    ///
    /// - Complexity: O(*n* · ``permutations``) for *n* hashes.
    package static func portableMinima(_ hashes: [UInt64]) -> [UInt32] {
        var minima = [UInt32](repeating: .max, count: Self.permutations)
        hashes.withUnsafeBufferPointer { hashes in
            minima.withUnsafeMutableBufferPointer { minima in
                Self.seeds.withUnsafeBufferPointer { seeds in
                    // ``permutations`` is even.
                    for index in stride(from: 0, to: Self.permutations, by: 2) {
                        let (first, second) = (seeds[index], seeds[index + 1])
                        var (leastFirst, leastSecond) = (UInt64.max, UInt64.max)
                        for hash in hashes {
                            leastFirst = min(leastFirst, Self.mix(hash &+ first))
                            leastSecond = min(leastSecond, Self.mix(hash &+ second))
                        }
                        minima[index] = UInt32(truncatingIfNeeded: leastFirst >> 32)
                        minima[index + 1] = UInt32(truncatingIfNeeded: leastSecond >> 32)
                    }
                }
            }
        }
        return minima
    }

    /// The same values as ``portableMinima(_:)``, eight permutations a vector (AVX-512F and DQ, in C:
    /// `DiaoyanTextKernels`, since Swift cannot compile one function for a wider instruction set than the
    /// binary's); nil where the processor or its operating system does not run them. 0.038 against 0.20 ms of CPU
    /// for 1,496 shingles on the 2-core build machine (AMD EPYC).
    ///
    /// - Complexity: O(*n* · ``permutations``) for *n* hashes.
    package static func vectorMinima(_ hashes: [UInt64]) -> [UInt32]? {
        guard Self.vectorAvailable, !hashes.isEmpty else { return nil }
        var minima = [UInt32](repeating: .max, count: Self.permutations)
        let written = hashes.withUnsafeBufferPointer { hashes in
            minima.withUnsafeMutableBufferPointer { minima in
                Self.seeds.withUnsafeBufferPointer { seeds in
                    diaoyan_minhash_minima_vector(
                        hashes.baseAddress,
                        hashes.count,
                        seeds.baseAddress,
                        seeds.count,
                        minima.baseAddress
                    )
                }
            }
        }
        return written == 1 ? minima : nil
    }

    /// Whether ``vectorMinima(_:)`` can run here, asked of the processor once.
    private static let vectorAvailable = diaoyan_minhash_vector_available() != 0

    /// A signature read back from storage; nil unless it has ``permutations`` values.
    public init?(values: [UInt32]) {
        guard values.count == Self.permutations else { return nil }
        self.values = values
    }

    /// The estimated Jaccard similarity of the two texts' shingle sets: the fraction of equal positions.
    public func similarity(to other: MinHashSignature) -> Double {
        var equal = 0
        for index in 0..<Self.permutations where self.values[index] == other.values[index] {
            equal += 1
        }
        return Double(equal) / Double(Self.permutations)
    }

    /// One key per band: the band's number in the high 32 bits, a hash of its values in the low 32 bits. Two
    /// signatures sharing any key are candidates.
    public var bandKeys: [Int64] {
        (0..<Self.bands).map { band in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for value in self.values[(band * Self.rowsPerBand)..<((band + 1) * Self.rowsPerBand)] {
                hash = (hash ^ UInt64(value)) &* 0x0000_0100_0000_01B3
            }
            return Int64(band) << 32 | Int64(UInt32(truncatingIfNeeded: Self.mix(hash) >> 32))
        }
    }

    /// The values as little-endian bytes, for storage.
    public var bytes: [UInt8] {
        self.values.flatMap { value in (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
    }

    /// A signature from ``bytes``; nil when the byte count is wrong.
    public init?(bytes: [UInt8]) {
        guard bytes.count == Self.permutations * 4 else { return nil }
        self.values = (0..<Self.permutations).map { index in
            (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[index * 4 + $1]) << (8 * $1) }
        }
    }

    /// The hashes of the text's shingles, in the text's order, repeats included.
    static func shingleHashes(_ text: Substring) -> [UInt64] {
        // The last ``shingleLength`` (five) content scalars, oldest first.
        var window = (UInt32(0), UInt32(0), UInt32(0), UInt32(0), UInt32(0))
        var filled = 0
        var hashes: [UInt64] = []
        hashes.reserveCapacity(text.utf8.count / 3)
        for scalar in text.unicodeScalars where Self.isContent(scalar) {
            window = (window.1, window.2, window.3, window.4, Self.folded(scalar))
            filled += 1
            guard filled >= Self.shingleLength else { continue }
            // 64-bit FNV-1a over the window's five scalars (``shingleLength``).
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            hash = (hash ^ UInt64(window.0)) &* 0x0000_0100_0000_01B3
            hash = (hash ^ UInt64(window.1)) &* 0x0000_0100_0000_01B3
            hash = (hash ^ UInt64(window.2)) &* 0x0000_0100_0000_01B3
            hash = (hash ^ UInt64(window.3)) &* 0x0000_0100_0000_01B3
            hash = (hash ^ UInt64(window.4)) &* 0x0000_0100_0000_01B3
            hashes.append(hash)
        }
        return hashes
    }

    /// `hashes` in ascending order, each once.
    static func sortAndDeduplicate(_ hashes: inout [UInt64]) {
        hashes.sort()
        var unique = 0
        for index in hashes.indices where unique == 0 || hashes[index] != hashes[unique - 1] {
            hashes[unique] = hashes[index]
            unique += 1
        }
        hashes.removeLast(hashes.count - unique)
    }

    /// Han characters, ASCII letters and digits (full-width forms too).
    private static func isContent(_ scalar: Unicode.Scalar) -> Bool {
        let value = Self.folded(scalar)
        return scalar.isHan || (0x30...0x39).contains(value) || (0x61...0x7A).contains(value)
    }

    /// Full-width ASCII folded to half width, upper-case Latin to lower case.
    private static func folded(_ scalar: Unicode.Scalar) -> UInt32 {
        var value = scalar.value
        if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
        if (0x41...0x5A).contains(value) { value += 0x20 }
        return value
    }

    /// SplitMix64's finalizer: a bijective 64-bit mix.
    private static func mix(_ input: UInt64) -> UInt64 {
        var z = input &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// One fixed seed per permutation.
    private static let seeds: [UInt64] = (0..<UInt64(permutations)).map {
        mix($0 &* 0x9E37_79B9_7F4A_7C15 ^ 0x5DEE_CE66_D)
    }
}
