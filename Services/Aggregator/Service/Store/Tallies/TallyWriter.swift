import DiaoyanModels

/// Keeps `tally_items` and `tally_totals` (see ``TallyMember``, ``TallyItems``) in step for one commit: members
/// gathered from all its documents and projects, each touched item's stored members read in one query and written
/// back in one row, totals moved by exactly the members that came or went.
///
/// `documents` members never repeat (a document is stored once), so they go straight into the totals and are not
/// kept as members. Members of documents' metrics (stories, events, officials, announced investment) are only ever
/// added; a project's members are replaced whole when its reports change them.
struct TallyWriter {
    /// Total moves by (metric, dimension, key, unit).
    private var deltas: [TotalKey: (count: Int64, sum: Double)] = [:]
    /// Members to add when not there yet, by item.
    private var added: [String: AddedMembers] = [:]
    /// How each replaced item's members follow from its stored ones.
    private var replaced: [String: ([TallyMember]) -> [TallyMember]] = [:]

    /// Room for `count` distinct totals (some 20 a record), so the totals are not rehashed as they grow.
    mutating func reserveTotals(_ count: Int) {
        self.deltas.reserveCapacity(count)
    }

    /// Counts members that cannot be there yet into the totals.
    mutating func count(_ members: [TallyMember]) {
        for member in members { self.move(TotalKey(member), count: 1, sum: member.value) }
    }

    /// Adds `item`'s members (no two equal) unless they are there already (one lookup of the item for all of them:
    /// hashing a story's id once per member was a tenth of the tallies).
    mutating func add(item: String, _ members: [TallyMember]) {
        self.added[item, default: AddedMembers()].append(members)
    }

    /// Makes `members(stored)` the whole of `item`'s members, `stored` being its members before the commit (an
    /// item's members come from one kind of item only: a project's).
    mutating func replace(item: String, with members: @escaping ([TallyMember]) -> [TallyMember]) {
        self.replaced[item] = members
    }

    /// Writes the members of every item that changed and moves the totals, in the caller's transaction. Mutating
    /// (the totals move in place): a copy of the writer copied its dictionary of totals at the first move.
    mutating func write(_ session: any SQLSession) throws {
        let stored = try TallyItems.readEncoded(Array(self.added.keys) + Array(self.replaced.keys), session: session)
        var changed: [(item: String, members: [UInt8])] = []
        for (item, entry) in self.added {
            let members = entry.distinct
            // Added members only: the stored ones are walked as bytes, not decoded (an official's can be 115 KB). A
            // new item (a new story's, its events', its figures': most of a commit's) holds them all.
            let (bytes, new) =
                if let stored = stored[item] {
                    try TallyItems.adding(members, to: stored, item: item)
                } else {
                    (TallyItems.encode(members), members)
                }
            guard !new.isEmpty else { continue }
            for member in new { self.move(TotalKey(member), count: 1, sum: member.value) }
            changed.append((item, bytes))
        }
        for (item, members) in self.replaced {
            let storedMembers = try stored[item].map { try TallyItems.decode($0, item: item) } ?? []
            let old = Set(storedMembers)
            let new = Set(members(storedMembers))
            guard old != new else { continue }
            // Only the members that went or came move a total: the ones kept would move it by nothing.
            for member in old where !new.contains(member) {
                self.move(TotalKey(member), count: -1, sum: -member.value)
            }
            for member in new where !old.contains(member) {
                self.move(TotalKey(member), count: 1, sum: member.value)
            }
            changed.append((item, TallyItems.encode(Array(new))))
        }
        // Items and totals in key order (bytewise, as the databases order them): each multi-row statement then walks
        // its tree from left to right instead of seeking pages at random.
        try TallyItems.write(encoded: changed.sorted { UTF8Identity.precedes($0.item, $1.item) }, session: session)
        try self.moveTotals(session)
    }

    /// Adds each delta to its total, creating totals as needed.
    private func moveTotals(_ session: any SQLSession) throws {
        try session.insert(
            into: "tally_totals(metric, dimension, key, unit, count, sum)",
            self.deltas.compactMap {
                key,
                delta -> (metric: String, dimension: String, key: TotalKey, delta: (Int64, Double))? in
                guard delta.count != 0 || delta.sum != 0 else { return nil }
                return (key.metric.rawValue, key.dimension?.rawValue ?? "", key, delta)
            }
            .sorted { one, other in
                if one.metric != other.metric { return one.metric < other.metric }
                if one.dimension != other.dimension { return one.dimension < other.dimension }
                if !UTF8Identity.equal(one.key.key, other.key.key) {
                    return UTF8Identity.precedes(one.key.key, other.key.key)
                }
                return UTF8Identity.precedes(one.key.unit, other.key.unit)
            }
            .map { total in
                [
                    .text(total.metric), .text(total.dimension), .text(total.key.key), .text(total.key.unit),
                    .integer(total.delta.0), .real(total.delta.1),
                ]
            },
            suffix: """
                ON CONFLICT (metric, dimension, key, unit) DO UPDATE SET count = tally_totals.count + excluded.count,
                    sum = tally_totals.sum + excluded.sum
                """
        )
    }

    /// One lookup of the key (hashing its strings) per move: two took a tenth of the fold.
    private mutating func move(_ key: TotalKey, count: Int64, sum: Double) {
        Self.add(count, sum, to: &self.deltas[key, default: (0, 0)])
    }

    private static func add(_ count: Int64, _ sum: Double, to delta: inout (count: Int64, sum: Double)) {
        delta.count += count
        delta.sum += sum
    }

    /// The members one item is given by the commit's documents: those of the first as they came (a document's
    /// members of an item are distinct), made distinct only when a second adds to them (hashing each member into a
    /// set was a fifth of the tallies' own work, and most items come once).
    private struct AddedMembers {
        private var members: [TallyMember] = []
        private var repeated = false

        mutating func append(_ more: [TallyMember]) {
            if self.members.isEmpty {
                self.members = more
            } else {
                self.members += more
                self.repeated = true
            }
        }

        /// The members, each once.
        var distinct: [TallyMember] { self.repeated ? Array(Set(self.members)) : self.members }
    }

    /// The total a member counts into, hashed and compared by UTF-8 bytes (``UTF8Identity``).
    private struct TotalKey: Hashable {
        var metric: StatsMetric
        var dimension: StatsDimension?
        var key: String
        var unit: String

        init(_ member: TallyMember) {
            self.metric = member.metric
            self.dimension = member.dimension
            self.key = member.key
            self.unit = member.unit
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(self.metric)
            hasher.combine(self.dimension)
            UTF8Identity.combine(self.key, into: &hasher)
            UTF8Identity.combine(self.unit, into: &hasher)
        }

        static func == (one: TotalKey, other: TotalKey) -> Bool {
            one.metric == other.metric && one.dimension == other.dimension && UTF8Identity.equal(one.key, other.key)
                && UTF8Identity.equal(one.unit, other.unit)
        }
    }
}
