import DiaoyanText
import Testing

/// A signature is exactly what ``MinHashSignature`` defines — 64-bit FNV-1a over each run of five content scalars
/// (Han, ASCII letters folded to lower case, digits, full-width forms folded), each permutation the least high half
/// of SplitMix64's finalizer over hash plus seed — whatever loop computes it: signatures are stored and compared
/// across processes and releases.
@Suite struct MinHashSignatureTests {
    @Test(arguments: [
        "黑龙江省哈尔滨市阿城区华明管业100万吨制管项目正式投产，总投资12亿元。",
        "ＡＢＣ公司（Ｘ１２３）在Harbin建设 新能源 项目，一期2025年投产。" + String(repeating: "产业园区建设提速", count: 40),
        "一二三四五",
    ])
    func aSignatureIsItsDefinition(_ text: String) throws {
        let signature = try #require(MinHashSignature(text: text[...]))
        #expect(signature.values == Self.reference(text))
    }

    /// The vector minima (AVX-512, where the processor has it) are the scalar loop's, for any number of hashes,
    /// including fewer than a vector's lanes and hashes near both ends of the range; the vector path takes the
    /// hashes unsorted, repeats included, and gives the scalar loop's minima of the distinct ones.
    @Test(arguments: [1, 2, 7, 8, 9, 100, 1_496, 5_000])
    func theVectorMinimaAreTheScalarOnes(_ count: Int) {
        var state: UInt64 = 0x2026_1207 &+ UInt64(count)
        var hashes: [UInt64] = (0..<count).map { index in
            // SplitMix64's stepping, a reproducible spread of hashes.
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return index % 97 == 0 ? UInt64.max &- UInt64(index) : z ^ (z >> 31)
        }
        hashes[0] = 0
        let portable = MinHashSignature.portableMinima(hashes)
        #expect(portable.count == MinHashSignature.permutations)
        if let vector = MinHashSignature.vectorMinima(hashes) {
            #expect(vector == portable)
        }
        if let repeated = MinHashSignature.vectorMinima(Array(hashes.reversed()) + hashes.prefix(count / 2 + 1)) {
            #expect(repeated == portable)
        }
    }

    @Test func aTextShorterThanOneShingleHasNone() {
        #expect(MinHashSignature(text: "一二三四"[...]) == nil)
        #expect(MinHashSignature(text: "，。、 ！"[...]) == nil)
    }

    /// The definition, written out plainly.
    private static func reference(_ text: String) -> [UInt32] {
        func mix(_ input: UInt64) -> UInt64 {
            var z = input &+ 0x9E37_79B9_7F4A_7C15
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        func folded(_ value: UInt32) -> UInt32 {
            var value = value
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
            if (0x41...0x5A).contains(value) { value += 0x20 }
            return value
        }
        let content = text.unicodeScalars.filter { scalar in
            let value = folded(scalar.value)
            return (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
                || (0x20000...0x3134F).contains(value) || (0xF900...0xFAFF).contains(value)
                || (0x30...0x39).contains(value) || (0x61...0x7A).contains(value)
        }.map { folded($0.value) }
        var hashes = Set<UInt64>()
        for start in 0...(content.count - MinHashSignature.shingleLength) {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for value in content[start..<(start + MinHashSignature.shingleLength)] {
                hash = (hash ^ UInt64(value)) &* 0x0000_0100_0000_01B3
            }
            hashes.insert(hash)
        }
        return (0..<UInt64(MinHashSignature.permutations)).map { permutation in
            let seed = mix(permutation &* 0x9E37_79B9_7F4A_7C15 ^ 0x5DEE_CE66_D)
            return hashes.map { UInt32(truncatingIfNeeded: mix($0 &+ seed) >> 32) }.min()!
        }
    }
}
