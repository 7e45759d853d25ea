/// A dictionary from scalar sequences to values, searched for the longest key starting at a position.
///
/// Edges live in one hash table keyed by `(node, scalar)`, so a lookup costs one hash probe per scalar and no
/// per-node allocation. Build it once, then share it: it is an immutable value after construction.
package struct ScalarTrie<Value: Sendable>: Sendable {
    private var edges: [UInt64: Int32] = [:]
    private var values: [Value?] = [nil]

    /// An empty trie.
    package init() {}

    /// The number of keys stored.
    package var count: Int { self.values.reduce(0) { $0 + ($1 == nil ? 0 : 1) } }

    /// Stores `value` under `key`, combining with a value already there through `merge`.
    package mutating func insert(
        _ key: some Sequence<Unicode.Scalar>,
        _ value: Value,
        merge: (Value, Value) -> Value = { _, new in new }
    ) {
        var node: Int32 = 0
        for scalar in key {
            let edge = Self.edge(node, scalar)
            if let next = self.edges[edge] {
                node = next
            } else {
                let next = Int32(self.values.count)
                self.values.append(nil)
                self.edges[edge] = next
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
    package func value(for key: some Sequence<Unicode.Scalar>) -> Value? {
        var node: Int32 = 0
        for scalar in key {
            guard let next = self.edges[Self.edge(node, scalar)] else { return nil }
            node = next
        }
        return self.values[Int(node)]
    }

    /// The longest key that starts at `start` in `scalars`, with its length in scalars.
    package func longestMatch(in scalars: [Unicode.Scalar], from start: Int) -> (length: Int, value: Value)? {
        var node: Int32 = 0
        var best: (length: Int, value: Value)?
        var index = start
        while index < scalars.count, let next = self.edges[Self.edge(node, scalars[index])] {
            node = next
            index += 1
            if let value = self.values[Int(node)] {
                best = (index - start, value)
            }
        }
        return best
    }

    /// Every key that starts at `start`, shortest first.
    package func matches(in scalars: [Unicode.Scalar], from start: Int) -> [(length: Int, value: Value)] {
        var node: Int32 = 0
        var found: [(length: Int, value: Value)] = []
        var index = start
        while index < scalars.count, let next = self.edges[Self.edge(node, scalars[index])] {
            node = next
            index += 1
            if let value = self.values[Int(node)] {
                found.append((index - start, value))
            }
        }
        return found
    }

    @inline(__always)
    private static func edge(_ node: Int32, _ scalar: Unicode.Scalar) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 21 | UInt64(scalar.value)
    }
}
