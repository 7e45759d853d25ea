/// Adding members to an item's stored ones without decoding them.
///
/// Why: the members of a story, an event, an official or a figure of announced money are only ever added, so a
/// commit needs of the stored ones only which of its own are there already. Decoding them all (a `String` per key)
/// and encoding them all again cost what the row holds, not what the commit adds: the most-named officials of a
/// 100,000-record store hold thousands of members (115 KB), and every fold naming one decoded and encoded them.
/// Here the stored members are only walked member by member, each one's bytes hashed and compared with the
/// encodings of the commit's members, and the new ones appended to the stored bytes.
extension TallyItems {
    /// `stored` (an item's members as ``encode(_:)`` writes them) with those of `members` (no two equal) it does not
    /// hold appended, and the members that were appended (empty when it held them all).
    ///
    /// The same as decoding `stored`, adding `members` to them and encoding the union: equal members encode to
    /// equal bytes (``append(_:to:)``; values are finite, as the records' reader only takes finite numbers).
    ///
    /// - Throws: ``Error`` when `stored` is cut short or holds an unknown code, as ``decode(_:item:)`` would.
    /// - Complexity: O(*n* + *m*) for *n* stored bytes and *m* members.
    static func adding(
        _ members: some Collection<TallyMember>,
        to stored: [UInt8],
        item: String
    ) throws(Error) -> (bytes: [UInt8], added: [TallyMember]) {
        var candidates = Candidates(members)
        try stored.withUnsafeBufferPointer { (buffer: UnsafeBufferPointer<UInt8>) throws(Error) in
            var offset = 0
            while offset < buffer.count {
                let end = try Self.memberEnd(buffer, from: offset, item: item)
                if !candidates.isEmpty {
                    candidates.remove(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: buffer[offset..<end])))
                }
                offset = end
            }
        }
        let added = candidates.remaining
        guard !added.isEmpty else { return (stored, []) }
        var bytes = stored
        bytes.reserveCapacity(stored.count + added.reduce(0) { $0 + $1.bytes.count })
        for candidate in added { bytes += candidate.bytes }
        return (bytes, added.map(\.member))
    }

    /// Where the member that starts at `offset` ends, its codes and lengths checked as ``decode(_:item:)`` checks
    /// them.
    private static func memberEnd(
        _ bytes: UnsafeBufferPointer<UInt8>,
        from start: Int,
        item: String
    ) throws(Error) -> Int {
        guard start + 2 <= bytes.count else { throw .truncated(item: item) }
        guard Int(bytes[start]) < Self.metrics.count else { throw .unknownCode(item: item, code: bytes[start]) }
        guard Int(bytes[start + 1]) < Self.dimensions.count else {
            throw .unknownCode(item: item, code: bytes[start + 1])
        }
        var offset = start + 2
        for _ in 0..<2 {
            let length = try Self.textLength(bytes, at: &offset, item: item)
            offset += length
        }
        guard offset < bytes.count else { throw .truncated(item: item) }
        offset += 1
        guard bytes[offset - 1] != 0 else { return offset }
        guard offset + 8 <= bytes.count else { throw .truncated(item: item) }
        return offset + 8
    }

    /// A commit's members of one item, encoded, found by the hash of their bytes (a stored member's bytes are
    /// looked up without making an array of them).
    private struct Candidates {
        struct Candidate {
            var member: TallyMember
            var bytes: [UInt8]
            var stored = false
        }

        private var candidates: [Candidate] = []
        /// Candidates by the hash of their bytes.
        private var byHash: [Int: [Int]] = [:]
        private var unmatched: Int

        init(_ members: some Collection<TallyMember>) {
            self.unmatched = members.count
            self.byHash.reserveCapacity(members.count)
            for member in members {
                var bytes: [UInt8] = []
                TallyItems.append(member, to: &bytes)
                let hash = bytes.withUnsafeBytes { Self.hash($0) }
                self.byHash[hash, default: []].append(self.candidates.count)
                self.candidates.append(Candidate(member: member, bytes: bytes))
            }
        }

        /// Whether every candidate was found stored.
        var isEmpty: Bool { self.unmatched == 0 }

        /// The candidates not found stored.
        var remaining: [Candidate] { self.candidates.filter { !$0.stored } }

        /// Marks the candidate with these bytes, if any, as stored.
        mutating func remove(_ bytes: UnsafeRawBufferPointer) {
            guard let indices = self.byHash[Self.hash(bytes)] else { return }
            for index in indices where !self.candidates[index].stored {
                let equal = self.candidates[index].bytes.withUnsafeBytes { $0.elementsEqual(bytes) }
                if equal {
                    self.candidates[index].stored = true
                    self.unmatched -= 1
                    return
                }
            }
        }

        private static func hash(_ bytes: UnsafeRawBufferPointer) -> Int {
            var hasher = Hasher()
            hasher.combine(bytes: bytes)
            return hasher.finalize()
        }
    }
}
