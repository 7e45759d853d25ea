/// A dictionary from scalar sequences to values, searched for the longest key starting at a position.
///
/// Edges live in one open-addressing table keyed by `(node, scalar)` with a multiplicative hash (no SipHash). Each
/// slot is one word holding the key, the child it leads to and whether that child ends a key, so a step of a
/// search is one load (the gazetteer's walk over every Han scalar of a document stalled on three: key, child, value).
/// A bitmap of the scalars that start any key rejects most positions with one load, and a bitmap of the first two
/// scalars of keys (hashed, sized with the table) rejects most of the rest before the table is read. Build it once,
/// then share it: it is an immutable value after construction.
///
/// The type and its lookups are `public @inlinable` although only this package uses them: SwiftPM builds
/// `package` declarations without cross-module optimization, so a `package @inlinable` body is never inlined nor
/// specialized in another module, and every lookup would run the generic body through a call. Keep hot-loop
/// helpers in this module `public` for the same reason (`ScalarSet`, `ChineseNumber.startsNumber`, `isHan`).
public struct ScalarTrie<Value: Sendable>: Sendable {
    /// Slots of the edge table: scalar in bits 0..<21, parent node in 21..<42, child in 42..<63, and bit 63 set
    /// when the child ends a key; ``empty`` for a free slot.
    @usableFromInline var slots: [UInt64]
    @usableFromInline var mask: Int
    @usableFromInline var edgeCount = 0
    @usableFromInline var values: [Value?] = [nil]
    /// One bit per Basic Multilingual Plane scalar that starts a key; scalars above it are always looked up.
    @usableFromInline var firstScalars = [UInt64](repeating: 0, count: 1024)
    /// One bit per hashed pair of a key's first two scalars; ``pairBitsPerSlot`` bits per slot of the edge table.
    @usableFromInline var firstPairs = [UInt64](repeating: 0, count: 64 * Self.pairBitsPerSlot / 64)
    /// The right shift that turns a pair's product with the hash multiplier into a bit of ``firstPairs``.
    @usableFromInline var pairShift: UInt64 = 55
    /// Bits of the pair bitmap per slot of the edge table: with one, a ninth of the positions of running text whose
    /// scalar opens a gazetteer name passed the test falsely, and each cost a miss in the table (the bitmap stays a
    /// fraction of the table's size).
    @usableFromInline static var pairBitsPerSlot: Int { 8 }
    /// Whether a key of one scalar is stored: then a position the pair bitmap rejects may still match alone.
    @usableFromInline var hasSingleScalarKeys = false

    @usableFromInline static var empty: UInt64 { .max }
    @usableFromInline static var keyMask: UInt64 { 1 << 42 - 1 }
    /// Nodes are numbered in 21 bits.
    @usableFromInline static var nodeLimit: Int { 1 << 21 - 1 }

    /// An empty trie.
    package init() {
        self.slots = [UInt64](repeating: Self.empty, count: 64)
        self.mask = 63
    }

    /// An empty trie with room for `edges` edges (a key of n scalars adds at most n) before its table grows: a
    /// trie built per document (the names it found) is then never rehashed while it is filled.
    @inlinable
    public init(reservingEdges edges: Int) {
        var capacity = 64
        while capacity < edges * 2 + 2 { capacity *= 2 }
        self.slots = [UInt64](repeating: Self.empty, count: capacity)
        self.mask = capacity - 1
        let bits = capacity * Self.pairBitsPerSlot
        self.firstPairs = [UInt64](repeating: 0, count: bits / 64)
        self.pairShift = UInt64(64 - bits.trailingZeroBitCount)
    }

    /// The number of keys stored.
    package var count: Int { self.values.reduce(0) { $0 + ($1 == nil ? 0 : 1) } }

    /// Stores `value` under `key`, combining with a value already there through `merge`.
    ///
    /// Inlinable, so that a trie built per document is filled by code specialized for its value type (the generic
    /// body looked up the metadata of its value arrays at every key).
    @inlinable
    public mutating func insert(
        _ key: some Sequence<Unicode.Scalar>,
        _ value: Value,
        merge: (Value, Value) -> Value = { _, new in new }
    ) {
        var node: Int32 = 0
        var depth = 0
        var first: Unicode.Scalar?
        var lastEdge: UInt64?
        for scalar in key {
            let edge = Self.edge(node, scalar)
            if let slot = self.slot(of: edge) {
                node = Self.target(self.slots[slot])
            } else {
                precondition(self.values.count < Self.nodeLimit, "ScalarTrie: more nodes than 21 bits number")
                let next = Int32(self.values.count)
                self.values.append(nil)
                self.addEdge(edge, next)
                node = next
            }
            // After the edge is stored: growing the table rebuilds the pair bitmap from the stored edges.
            if depth == 0 {
                if scalar.value < 0x10000 { self.firstScalars[Int(scalar.value >> 6)] |= 1 << (scalar.value & 63) }
                first = scalar
            } else if depth == 1, let first {
                self.markPair(first, scalar)
            }
            depth += 1
            lastEdge = edge
        }
        if depth == 1 { self.hasSingleScalarKeys = true }
        let index = Int(node)
        if let existing = self.values[index] {
            self.values[index] = merge(existing, value)
        } else {
            self.values[index] = value
            if let lastEdge, let slot = self.slot(of: lastEdge) { self.slots[slot] |= 1 << 63 }
        }
    }

    /// The value stored under exactly `key`.
    @inlinable
    public func value(for key: some Sequence<Unicode.Scalar>) -> Value? {
        var node: Int32 = 0
        for scalar in key {
            let slot = self.child(node, scalar)
            guard slot != 0 else { return nil }
            node = Self.target(slot)
        }
        return self.values[Int(node)]
    }

    /// Whether some key starts with `scalar`: a cheap test before a search.
    @inlinable @inline(__always)
    public func mayStart(with scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x10000 || self.firstScalars[Int(scalar.value >> 6)] & (1 << (scalar.value & 63)) != 0
    }

    /// Whether some key may open with `first` then `second` (false: none does; true: one may).
    @inlinable @inline(__always)
    func mayOpen(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
        let bit = Int(truncatingIfNeeded: (Self.pair(first, second) &* 0x9E37_79B9_7F4A_7C15) >> self.pairShift)
        return self.firstPairs[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// The longest key that starts at `start` in `scalars`, with its length in scalars.
    @inlinable @inline(__always)
    public func longestMatch(in scalars: [Unicode.Scalar], from start: Int) -> (length: Int, value: Value)? {
        guard start < scalars.count, self.mayStart(with: scalars[start]) else { return nil }
        return self.longestMatch(openedIn: scalars, at: start, upTo: scalars.count)
    }

    /// The longest key that starts at `start` and ends at or before `end`, with its length in scalars: the last of
    /// ``matches(in:from:)`` that fits, without building that list and retaining every value on it.
    @inlinable @inline(__always)
    public func longestMatch(in scalars: [Unicode.Scalar], from start: Int, upTo end: Int) -> (
        length: Int, value: Value
    )? {
        let end = min(end, scalars.count)
        guard start < end, self.mayStart(with: scalars[start]) else { return nil }
        return self.longestMatch(openedIn: scalars, at: start, upTo: end)
    }

    /// ``longestMatch(in:from:upTo:)`` once the scalar at `start` is known to open a key: the tests that reject
    /// most positions stay inlined in the caller's loop, the walk is a call.
    @inlinable
    func longestMatch(openedIn scalars: [Unicode.Scalar], at start: Int, upTo end: Int) -> (length: Int, value: Value)?
    {
        if start + 1 == end || !self.mayOpen(scalars[start], scalars[start + 1]) {
            return self.singleScalarMatch(scalars[start])
        }
        // The best node, not its value: copying a value at every key passed would retain and release it.
        var best: (length: Int, node: Int32)?
        self.walkKeys(in: scalars, from: start, upTo: end) { length, node in best = (length, node) }
        guard let best, let value = self.values[Int(best.node)] else { return nil }
        return (best.length, value)
    }

    /// Walks the keys that open with the two scalars at `start` and end at or before `end`, calling `body` with the
    /// length and node of each, shortest first: the one loop of the longest match and of the match lengths.
    @inlinable @inline(__always)
    func walkKeys(in scalars: [Unicode.Scalar], from start: Int, upTo end: Int, _ body: (Int, Int32) -> Void) {
        var node: Int32 = 0
        var index = start
        while index < end {
            let slot = self.child(node, scalars[index])
            guard slot != 0 else { break }
            node = Self.target(slot)
            index += 1
            if Self.endsKey(slot) { body(index - start, node) }
        }
    }

    /// The key made of `scalar` alone, when there is one.
    @inlinable @inline(__always)
    func singleScalarMatch(_ scalar: Unicode.Scalar) -> (length: Int, value: Value)? {
        guard self.hasSingleScalarKeys else { return nil }
        let slot = self.child(0, scalar)
        guard slot != 0, Self.endsKey(slot), let value = self.values[Int(Self.target(slot))] else { return nil }
        return (1, value)
    }

    /// For a trie of reversed keys: the longest key that ends just before `end`, with its length in scalars.
    @inlinable @inline(__always)
    public func longestMatch(in scalars: [Unicode.Scalar], endingAt end: Int) -> (length: Int, value: Value)? {
        guard end > 0, end <= scalars.count, self.mayStart(with: scalars[end - 1]) else { return nil }
        return self.longestMatch(closedIn: scalars, at: end)
    }

    /// ``longestMatch(in:endingAt:)`` once the scalar before `end` is known to end a word.
    @inlinable
    func longestMatch(closedIn scalars: [Unicode.Scalar], at end: Int) -> (length: Int, value: Value)? {
        if end == 1 || !self.mayOpen(scalars[end - 1], scalars[end - 2]) {
            return self.singleScalarMatch(scalars[end - 1])
        }
        var node: Int32 = 0
        var best: (length: Int, node: Int32)?
        var index = end - 1
        while index >= 0 {
            let slot = self.child(node, scalars[index])
            guard slot != 0 else { break }
            node = Self.target(slot)
            if Self.endsKey(slot) {
                best = (end - index, node)
            }
            index -= 1
        }
        guard let best, let value = self.values[Int(best.node)] else { return nil }
        return (best.length, value)
    }

    /// Every key that starts at `start`, shortest first.
    @inlinable @inline(__always)
    public func matches(in scalars: [Unicode.Scalar], from start: Int) -> [(length: Int, value: Value)] {
        guard start < scalars.count, self.mayStart(with: scalars[start]) else { return [] }
        return self.matches(openedIn: scalars, at: start)
    }

    /// ``matches(in:from:)`` once the scalar at `start` is known to open a key.
    @inlinable
    func matches(openedIn scalars: [Unicode.Scalar], at start: Int) -> [(length: Int, value: Value)] {
        if start + 1 == scalars.count || !self.mayOpen(scalars[start], scalars[start + 1]) {
            return self.singleScalarMatch(scalars[start]).map { [$0] } ?? []
        }
        var node: Int32 = 0
        var found: [(length: Int, value: Value)] = []
        var index = start
        while index < scalars.count {
            let slot = self.child(node, scalars[index])
            guard slot != 0 else { break }
            node = Self.target(slot)
            index += 1
            if Self.endsKey(slot), let value = self.values[Int(node)] {
                found.append((index - start, value))
            }
        }
        return found
    }

    /// Calls `body` with the length of every key that starts at `start` and ends at or before `end`, shortest
    /// first: the lengths of ``matches(in:from:)`` that fit, without building that list or copying any value.
    @inlinable
    public func forEachMatchLength(
        in scalars: [Unicode.Scalar],
        from start: Int,
        upTo end: Int,
        _ body: (Int) -> Void
    ) {
        let end = min(end, scalars.count)
        guard start < end, self.mayStart(with: scalars[start]) else { return }
        if start + 1 == end || !self.mayOpen(scalars[start], scalars[start + 1]) {
            guard self.hasSingleScalarKeys else { return }
            let slot = self.child(0, scalars[start])
            if slot != 0, Self.endsKey(slot) { body(1) }
            return
        }
        self.walkKeys(in: scalars, from: start, upTo: end) { length, _ in body(length) }
    }

    /// For a trie of reversed keys: whether a key ends just before `end` and starts at or after `start`.
    @inlinable
    public func hasMatch(in scalars: [Unicode.Scalar], endingAt end: Int, notBefore start: Int) -> Bool {
        guard end > 0, end <= scalars.count, end > start, self.mayStart(with: scalars[end - 1]) else { return false }
        var node: Int32 = 0
        var index = end - 1
        while index >= max(start, 0) {
            let slot = self.child(node, scalars[index])
            guard slot != 0 else { return false }
            node = Self.target(slot)
            if Self.endsKey(slot) { return true }
            index -= 1
        }
        return false
    }

    /// The slot of the edge from `node` by `scalar`, or 0 when there is none (no stored slot is 0: the root is
    /// no node's child).
    @inlinable @inline(__always)
    func child(_ node: Int32, _ scalar: Unicode.Scalar) -> UInt64 {
        let key = Self.edge(node, scalar)
        var index = Self.slot(key, self.mask)
        while true {
            let stored = self.slots[index]
            if stored & Self.keyMask == key { return stored }
            if stored == Self.empty { return 0 }
            index = (index + 1) & self.mask
        }
    }

    @inlinable @inline(__always)
    static func target(_ slot: UInt64) -> Int32 {
        Int32(truncatingIfNeeded: (slot >> 42) & (1 << 21 - 1))
    }

    @inlinable @inline(__always)
    static func endsKey(_ slot: UInt64) -> Bool {
        slot >> 63 != 0
    }

    /// Where `edge` is stored in the table, if it is.
    @inlinable
    func slot(of edge: UInt64) -> Int? {
        var index = Self.slot(edge, self.mask)
        while true {
            let stored = self.slots[index]
            if stored & Self.keyMask == edge { return index }
            if stored == Self.empty { return nil }
            index = (index + 1) & self.mask
        }
    }

    @usableFromInline
    mutating func addEdge(_ key: UInt64, _ target: Int32) {
        if (self.edgeCount + 1) * 2 > self.slots.count {
            let old = self.slots
            let capacity = self.slots.count * 2
            self.slots = [UInt64](repeating: Self.empty, count: capacity)
            self.mask = capacity - 1
            for stored in old where stored != Self.empty {
                self.place(stored)
            }
            self.rebuildPairs()
        }
        self.place(key | UInt64(UInt32(bitPattern: target)) << 42)
        self.edgeCount += 1
    }

    private mutating func place(_ slot: UInt64) {
        var index = Self.slot(slot & Self.keyMask, self.mask)
        while self.slots[index] != Self.empty { index = (index + 1) & self.mask }
        self.slots[index] = slot
    }

    @usableFromInline
    mutating func markPair(_ first: Unicode.Scalar, _ second: Unicode.Scalar) {
        let bit = Int(truncatingIfNeeded: (Self.pair(first, second) &* 0x9E37_79B9_7F4A_7C15) >> self.pairShift)
        self.firstPairs[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// Sizes the pair bitmap to the table (``pairBitsPerSlot`` bits per slot) and marks every stored key's first
    /// two scalars again.
    private mutating func rebuildPairs() {
        let bits = self.slots.count * Self.pairBitsPerSlot
        self.firstPairs = [UInt64](repeating: 0, count: bits / 64)
        self.pairShift = UInt64(64 - bits.trailingZeroBitCount)
        var firstOf: [Int32: Unicode.Scalar] = [:]
        for stored in self.slots where stored != Self.empty && (stored >> 21) & (1 << 21 - 1) == 0 {
            firstOf[Self.target(stored)] = Unicode.Scalar(UInt32(stored & (1 << 21 - 1)))
        }
        for stored in self.slots where stored != Self.empty {
            let parent = Int32(truncatingIfNeeded: (stored >> 21) & (1 << 21 - 1))
            guard parent != 0, let first = firstOf[parent], let second = Unicode.Scalar(UInt32(stored & (1 << 21 - 1)))
            else { continue }
            self.markPair(first, second)
        }
    }

    @inlinable @inline(__always)
    static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    @inlinable @inline(__always)
    static func edge(_ node: Int32, _ scalar: Unicode.Scalar) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 21 | UInt64(scalar.value)
    }

    @inlinable @inline(__always)
    static func pair(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> UInt64 {
        UInt64(first.value) << 21 | UInt64(second.value)
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

    /// How many of the words read one after another, longest first, that are stored `true` cover `span` exactly;
    /// nil when the words leave part of it uncovered. A trie of qualifiers (`true`) and of the words joining and
    /// closing them (`false`) reads `制造业和现代服务业领域` as two qualifiers, `一期二期项目` as two phases.
    package func trueWords(covering span: Range<Int>, in scalars: [Unicode.Scalar]) -> Int? {
        var index = span.lowerBound
        var count = 0
        while index < span.upperBound, let word = self.longestMatch(in: scalars, from: index) {
            if word.value { count += 1 }
            index += word.length
        }
        return index >= span.upperBound ? count : nil
    }

    /// Whether one of the words starts at a position in `range` (it may run past the range's end).
    @inlinable
    public func hasWord(in scalars: [Unicode.Scalar], startingIn range: Range<Int>) -> Bool {
        var index = max(range.lowerBound, 0)
        let end = min(range.upperBound, scalars.count)
        while index < end {
            if self.mayStart(with: scalars[index]),
                self.longestMatch(openedIn: scalars, at: index, upTo: scalars.count) != nil
            {
                return true
            }
            index += 1
        }
        return false
    }
}
