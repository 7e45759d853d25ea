/// A dictionary from scalar sequences to values, searched for the longest key starting at a position.
///
/// Edges live in one open-addressing table keyed by `(node, scalar)` with a multiplicative hash (no SipHash), and
/// a bitmap of the scalars that start any key rejects most positions with one load. Build it once, then share
/// it: it is an immutable value after construction.
///
/// The type and its lookups are `public @inlinable` although only this package uses them: SwiftPM builds
/// `package` declarations without cross-module optimization, so a `package @inlinable` body is never inlined nor
/// specialized in another module, and every lookup would run the generic body through a call. Keep hot-loop
/// helpers in this module `public` for the same reason (`ScalarSet`, `ChineseNumber.startsNumber`, `isHan`).
public struct ScalarTrie<Value: Sendable>: Sendable {
    @usableFromInline var keys: [UInt64]
    @usableFromInline var targets: [Int32]
    @usableFromInline var mask: Int
    @usableFromInline var edgeCount = 0
    @usableFromInline var values: [Value?] = [nil]
    /// One bit per Basic Multilingual Plane scalar that starts a key; scalars above it are always looked up.
    @usableFromInline var firstScalars = [UInt64](repeating: 0, count: 1024)

    @usableFromInline static var empty: UInt64 { .max }

    /// An empty trie.
    package init() {
        self.keys = [UInt64](repeating: Self.empty, count: 64)
        self.targets = [Int32](repeating: 0, count: 64)
        self.mask = 63
    }

    /// The number of keys stored.
    package var count: Int { self.values.reduce(0) { $0 + ($1 == nil ? 0 : 1) } }

    /// Stores `value` under `key`, combining with a value already there through `merge`.
    package mutating func insert(
        _ key: some Sequence<Unicode.Scalar>,
        _ value: Value,
        merge: (Value, Value) -> Value = { _, new in new }
    ) {
        var node: Int32 = 0
        var first = true
        for scalar in key {
            if first {
                if scalar.value < 0x10000 { self.firstScalars[Int(scalar.value >> 6)] |= 1 << (scalar.value & 63) }
                first = false
            }
            if let next = self.child(node, scalar) {
                node = next
            } else {
                let next = Int32(self.values.count)
                self.values.append(nil)
                self.addEdge(Self.edge(node, scalar), next)
                node = next
            }
        }
        let index = Int(node)
        if let existing = self.values[index] {
            self.values[index] = merge(existing, value)
        } else {
            self.values[index] = value
        }
    }

    /// The value stored under exactly `key`.
    @inlinable
    public func value(for key: some Sequence<Unicode.Scalar>) -> Value? {
        var node: Int32 = 0
        for scalar in key {
            guard let next = self.child(node, scalar) else { return nil }
            node = next
        }
        return self.values[Int(node)]
    }

    /// Whether some key starts with `scalar`: a cheap test before a search.
    @inlinable
    public func mayStart(with scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x10000 || self.firstScalars[Int(scalar.value >> 6)] & (1 << (scalar.value & 63)) != 0
    }

    /// The longest key that starts at `start` in `scalars`, with its length in scalars.
    @inlinable
    public func longestMatch(in scalars: [Unicode.Scalar], from start: Int) -> (length: Int, value: Value)? {
        guard start < scalars.count, self.mayStart(with: scalars[start]) else { return nil }
        var node: Int32 = 0
        // The best node, not its value: copying a value at every key passed would retain and release it.
        var best: (length: Int, node: Int32)?
        var index = start
        while index < scalars.count, let next = self.child(node, scalars[index]) {
            node = next
            index += 1
            if self.values[Int(node)] != nil {
                best = (index - start, node)
            }
        }
        guard let best, let value = self.values[Int(best.node)] else { return nil }
        return (best.length, value)
    }

    /// For a trie of reversed keys: the longest key that ends just before `end`, with its length in scalars.
    @inlinable
    public func longestMatch(in scalars: [Unicode.Scalar], endingAt end: Int) -> (length: Int, value: Value)? {
        guard end > 0, end <= scalars.count, self.mayStart(with: scalars[end - 1]) else { return nil }
        var node: Int32 = 0
        var best: (length: Int, node: Int32)?
        var index = end - 1
        while index >= 0, let next = self.child(node, scalars[index]) {
            node = next
            if self.values[Int(node)] != nil {
                best = (end - index, node)
            }
            index -= 1
        }
        guard let best, let value = self.values[Int(best.node)] else { return nil }
        return (best.length, value)
    }

    /// Every key that starts at `start`, shortest first.
    @inlinable
    public func matches(in scalars: [Unicode.Scalar], from start: Int) -> [(length: Int, value: Value)] {
        guard start < scalars.count, self.mayStart(with: scalars[start]) else { return [] }
        var node: Int32 = 0
        var found: [(length: Int, value: Value)] = []
        var index = start
        while index < scalars.count, let next = self.child(node, scalars[index]) {
            node = next
            index += 1
            if let value = self.values[Int(node)] {
                found.append((index - start, value))
            }
        }
        return found
    }

    @inlinable @inline(__always)
    func child(_ node: Int32, _ scalar: Unicode.Scalar) -> Int32? {
        let key = Self.edge(node, scalar)
        var slot = Self.slot(key, self.mask)
        while true {
            let stored = self.keys[slot]
            if stored == key { return self.targets[slot] }
            if stored == Self.empty { return nil }
            slot = (slot + 1) & self.mask
        }
    }

    private mutating func addEdge(_ key: UInt64, _ target: Int32) {
        if (self.edgeCount + 1) * 2 > self.keys.count {
            let oldKeys = self.keys
            let oldTargets = self.targets
            let capacity = self.keys.count * 2
            self.keys = [UInt64](repeating: Self.empty, count: capacity)
            self.targets = [Int32](repeating: 0, count: capacity)
            self.mask = capacity - 1
            for (index, stored) in oldKeys.enumerated() where stored != Self.empty {
                self.place(stored, oldTargets[index])
            }
        }
        self.place(key, target)
        self.edgeCount += 1
    }

    private mutating func place(_ key: UInt64, _ target: Int32) {
        var slot = Self.slot(key, self.mask)
        while self.keys[slot] != Self.empty { slot = (slot + 1) & self.mask }
        self.keys[slot] = key
        self.targets[slot] = target
    }

    @inlinable @inline(__always)
    static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    @inlinable @inline(__always)
    static func edge(_ node: Int32, _ scalar: Unicode.Scalar) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 21 | UInt64(scalar.value)
    }
}

extension ScalarTrie where Value == Bool {
    /// A set of words, each stored as a key with the value `true`.
    package init(words: some Sequence<String>) {
        self.init()
        for word in words { self.insert(word.unicodeScalars, true) }
    }

    /// A set of words given as scalars.
    package init(words: some Sequence<[Unicode.Scalar]>) {
        self.init()
        for word in words { self.insert(word, true) }
    }

    /// A set of words stored reversed, for ``longestMatch(in:endingAt:)``: which word ends at a position.
    package init(endingWords words: some Sequence<String>) {
        self.init()
        for word in words { self.insert(word.unicodeScalars.reversed(), true) }
    }

    /// Whether one of the words starts at a position in `range` (it may run past the range's end).
    @inlinable
    public func hasWord(in scalars: [Unicode.Scalar], startingIn range: Range<Int>) -> Bool {
        var index = max(range.lowerBound, 0)
        let end = min(range.upperBound, scalars.count)
        while index < end {
            if self.mayStart(with: scalars[index]), self.longestMatch(in: scalars, from: index) != nil { return true }
            index += 1
        }
        return false
    }
}
