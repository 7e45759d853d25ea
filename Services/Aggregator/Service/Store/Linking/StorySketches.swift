import DiaoyanText

/// Four bits of each value of the latest story roots' signatures, in memory, so a fold reads from `story_roots`
/// only the candidates that may agree with a new signature on ``StoryLinker/threshold`` of its values.
///
/// Why: on the generated corpus a fold of 512 meets most stored roots as a candidate of some document (a shared
/// band key), and reading each one's story and signature stepped onto a random page of `story_roots` (some 15,000
/// rows a fold at 20,000 stored, a cost that grew with the store). Two values that differ in their low four bits
/// differ, so the number of equal nibbles bounds the number of equal values from above: a candidate whose bound is
/// under the threshold cannot be joined, and its row is not read. Unrelated values agree on a nibble once in 16.
///
/// Bounded: the latest ``capacity`` roots by number (64 bytes and a tag each, some 9 MB when full); an older root,
/// or one never added, has no sketch and is read as before. Each slot holds its root's number, so a number taken
/// again after a rolled-back fold gets the new root's sketch when that root is stored.
struct StorySketches {
    /// Roots held at most.
    static let capacity = 1 << 17
    /// 64-bit words a sketch takes: ``MinHashSignature/permutations`` nibbles.
    static let wordsPerSketch = MinHashSignature.permutations / 16

    /// The sketches, ``wordsPerSketch`` words each, by slot (a root's number modulo ``capacity``); grown as slots
    /// are first used.
    private(set) var words: [UInt64] = []
    /// The root number each slot holds, 0 for none (numbers start at 1).
    private(set) var numbers: [Int64] = []

    /// No sketch.
    init() {}

    /// The sketches as they were kept (``numbers`` and ``words``); nil when the two do not go together.
    init?(numbers: [Int64], words: [UInt64]) {
        guard numbers.count <= Self.capacity, words.count == numbers.count * Self.wordsPerSketch else { return nil }
        self.numbers = numbers
        self.words = words
    }

    /// Keeps the sketch of root `number`'s signature, in place of whatever its slot held.
    mutating func insert(_ number: Int64, signature: MinHashSignature) {
        self.insert(number, sketch: Self.sketch(signature.values))
    }

    /// Keeps the sketch of root `number`'s stored signature (``MinHashSignature/storedBytes``); a signature of the
    /// wrong size leaves the slot empty.
    mutating func insert(_ number: Int64, stored bytes: [UInt8]) {
        guard bytes.count == MinHashSignature.permutations * 4 else { return }
        let values = bytes.withUnsafeBytes { stored in
            (0..<MinHashSignature.permutations).map {
                UInt32(littleEndian: stored.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self))
            }
        }
        self.insert(number, sketch: Self.sketch(values))
    }

    /// False only when root `number`'s signature cannot agree with the signature sketched as `sketch`
    /// (``sketch(_:)``) on ``StoryLinker/threshold`` of its values; true for a root without a sketch here.
    func mayReach(_ number: Int64, _ sketch: [UInt64]) -> Bool {
        self.mayReach(number, any: [0], of: sketch)
    }

    /// False only when root `number`'s signature cannot reach ``StoryLinker/threshold`` with any of the signatures
    /// sketched at `positions` of `sketches` (``sketch(_:)``, ``wordsPerSketch`` words each, one after another); true
    /// for a root without a sketch here. The root's slot is found and its words read once for all the positions: on
    /// a generated corpus a band key of the boilerplate is shared by hundreds of stored roots and by many documents
    /// of a fold, each pair checked.
    func mayReach(_ number: Int64, any positions: [Int], of sketches: [UInt64]) -> Bool {
        let slot = Int(number % Int64(Self.capacity))
        guard slot < self.numbers.count, self.numbers[slot] == number else { return true }
        return self.words.withUnsafeBufferPointer { words in
            sketches.withUnsafeBufferPointer { sketches in
                let first = slot * Self.wordsPerSketch
                let root = UnsafeBufferPointer(rebasing: words[first..<(first + Self.wordsPerSketch)])
                for position in positions {
                    let start = position * Self.wordsPerSketch
                    precondition(start >= 0 && start + Self.wordsPerSketch <= sketches.count, "no such sketch")
                    var differing = 0
                    for index in 0..<Self.wordsPerSketch {
                        // A nibble of the difference is non-zero when any of its bits is: folded onto its lowest bit.
                        var difference = root[index] ^ sketches[start + index]
                        difference |= difference >> 1
                        difference |= difference >> 2
                        differing += (difference & 0x1111_1111_1111_1111).nonzeroBitCount
                    }
                    let equal = MinHashSignature.permutations - differing
                    if Double(equal) / Double(MinHashSignature.permutations) >= StoryLinker.threshold { return true }
                }
                return false
            }
        }
    }

    /// The low four bits of each of `values`, sixteen a word.
    static func sketch(_ values: [UInt32]) -> [UInt64] {
        var words = [UInt64](repeating: 0, count: Self.wordsPerSketch)
        for (index, value) in values.prefix(MinHashSignature.permutations).enumerated() {
            words[index / 16] |= UInt64(value & 0xF) << (index % 16 * 4)
        }
        return words
    }

    private mutating func insert(_ number: Int64, sketch: [UInt64]) {
        guard number > 0 else { return }
        let slot = Int(number % Int64(Self.capacity))
        if slot >= self.numbers.count {
            let added = slot + 1 - self.numbers.count
            self.numbers.append(contentsOf: repeatElement(0, count: added))
            self.words.append(contentsOf: repeatElement(0, count: added * Self.wordsPerSketch))
        }
        self.numbers[slot] = number
        for index in 0..<Self.wordsPerSketch { self.words[slot * Self.wordsPerSketch + index] = sketch[index] }
    }
}
