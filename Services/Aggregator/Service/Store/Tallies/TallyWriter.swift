import DiaoyanModels

/// Keeps `tally_items` and the totals (see ``TallyMember``, ``TallyItems``, ``TallyTotals``) in step for one commit: members
/// gathered from all its documents and projects, each touched item's stored members read in one query and written
/// back in one row, totals moved by exactly the members that came or went.
///
/// `documents` members never repeat (a document is stored once), so they go straight into the totals and are not
/// kept as members. Members of documents' metrics (stories, events, officials, announced investment) are only ever
/// added; a project's members are replaced whole when its reports change them.
struct TallyWriter {
    /// Each total key's row of moves (its position in ``keys``).
    private var rows: [TotalKey: Int] = [:]
    /// The total keys moved, in the order they came.
    private var keys: [TotalKey] = []
    /// Count moves, ``TallyTotals/metrics`` of them a key, in the order of ``keys``.
    private var counts: [Int64] = []
    /// Sum moves, likewise.
    private var sums: [Double] = []
    /// Members to add when not there yet, by item.
    private var added: [String: AddedMembers] = [:]
    /// How each replaced item's members follow from its stored ones, and whether it is new (nothing stored to read).
    private var replaced: [String: (new: Bool, members: ([TallyMember]) -> [TallyMember])] = [:]

    /// Room for `count` distinct total keys (some 13 a record), so the totals are not rehashed as they grow.
    mutating func reserveTotals(_ count: Int) {
        self.rows.reserveCapacity(count)
        self.keys.reserveCapacity(count)
        self.counts.reserveCapacity(count * TallyTotals.metrics.count)
        self.sums.reserveCapacity(count * TallyTotals.metrics.count)
    }

    /// Counts members that cannot be there yet into the totals.
    mutating func count(_ members: [TallyMember]) {
        for member in members { self.move(member, count: 1, sum: member.value) }
    }

    /// Adds `item`'s members (no two equal) unless they are there already (one lookup of the item for all of them:
    /// hashing a story's id once per member was a tenth of the tallies). A `new` item (one of a story that starts in
    /// this commit) has none stored, and is not looked up.
    mutating func add(item: String, new: Bool = false, _ members: [TallyMember]) {
        self.added[item, default: AddedMembers(new: new)].append(members, new: new)
    }

    /// Makes `members(stored)` the whole of `item`'s members, `stored` being its members before the commit (an
    /// item's members come from one kind of item only: a project's). A `new` item (a project stored by this commit:
    /// 3.6 a record on the generated corpus, most of its projects) has none stored, and is not looked up.
    mutating func replace(item: String, new: Bool = false, with members: @escaping ([TallyMember]) -> [TallyMember]) {
        self.replaced[item] = (new, members)
    }

    /// Writes the members of every item that changed and moves the totals, in the caller's transaction. Mutating
    /// (the totals move in place): a copy of the writer copied its dictionary of totals at the first move.
    mutating func write(_ session: any SQLSession) throws {
        let stored = try TallyItems.readEncoded(
            self.added.compactMap { $0.value.new ? nil : $0.key }
                + self.replaced.compactMap { $0.value.new ? nil : $0.key },
            session: session
        )
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
            for member in new { self.move(member, count: 1, sum: member.value) }
            changed.append((item, bytes))
        }
        for (item, (_, members)) in self.replaced {
            guard let encoded = stored[item] else {
                // A new item (most of a commit's projects): every member comes and none goes. A project's members are
                // distinct as given (one a key of each dimension, under each metric and unit it sums), so no sets
                // are built to tell them apart.
                let new = members([])
                guard !new.isEmpty else { continue }
                for member in new { self.move(member, count: 1, sum: member.value) }
                changed.append((item, TallyItems.encode(new)))
                continue
            }
            let storedMembers = try TallyItems.decode(encoded, item: item)
            let old = Set(storedMembers)
            let new = Set(members(storedMembers))
            guard old != new else { continue }
            // Only the members that went or came move a total: the ones kept would move it by nothing.
            for member in old where !new.contains(member) {
                self.move(member, count: -1, sum: -member.value)
            }
            for member in new where !old.contains(member) {
                self.move(member, count: 1, sum: member.value)
            }
            changed.append((item, TallyItems.encode(Array(new))))
        }
        // Items and totals in key order (bytewise, as the databases order them): each multi-row statement then walks
        // its tree from left to right instead of seeking pages at random.
        try TallyItems.write(encoded: changed.sorted { UTF8Identity.precedes($0.item, $1.item) }, session: session)
        try self.moveTotals(session)
    }

    /// Adds each key's moves to its row of totals, creating rows as needed: one row a (dimension, key, unit), every
    /// metric's move in it.
    private func moveTotals(_ session: any SQLSession) throws {
        let width = TallyTotals.metrics.count
        // Rows sorted by their positions (moving the positions, not the keys and their values).
        let order = self.keys.indices.filter { row in
            let range = (row * width)..<((row + 1) * width)
            return self.counts[range].contains { $0 != 0 } || self.sums[range].contains { $0 != 0 }
        }
        .sorted { TotalKey.precedes(self.keys[$0], self.keys[$1]) }
        let summed = TallyTotals.summed.map(TallyTotals.position)
        try session.insert(
            into: "\(TallyTotals.table)(dimension, key, unit, \(TallyTotals.columns.joined(separator: ", ")))",
            order.map { row in
                let key = self.keys[row]
                var values: [SQLValue] = [.text(key.dimension?.rawValue ?? ""), .text(key.key), .text(key.unit)]
                values.reserveCapacity(3 + width + summed.count)
                for count in self.counts[(row * width)..<((row + 1) * width)] { values.append(.integer(count)) }
                for position in summed { values.append(.real(self.sums[row * width + position])) }
                return values
            },
            suffix: TallyTotals.accumulation
        )
    }

    /// One lookup of the key (hashing its strings) per move: two took a tenth of the fold.
    private mutating func move(_ member: TallyMember, count: Int64, sum: Double) {
        let key = TotalKey(member)
        let next = self.keys.count
        let row = Self.slot(&self.rows[key, default: next])
        if row == next {
            self.keys.append(key)
            self.counts.append(contentsOf: repeatElement(0, count: TallyTotals.metrics.count))
            self.sums.append(contentsOf: repeatElement(0, count: TallyTotals.metrics.count))
        }
        let index = row * TallyTotals.metrics.count + TallyTotals.position(member.metric)
        self.counts[index] += count
        self.sums[index] += sum
    }

    /// The row a key's slot holds: taken through the dictionary's defaulting subscript, which puts the default in
    /// (the next row) for a key met first, one hash either way.
    private static func slot(_ row: inout Int) -> Int { row }

    /// The members one item is given by the commit's documents: those of the first as they came (a document's
    /// members of an item are distinct), made distinct only when a second adds to them (hashing each member into a
    /// set was a fifth of the tallies' own work, and most items come once).
    private struct AddedMembers {
        private var members: [TallyMember] = []
        private var repeated = false
        /// Nothing can be stored under the item: it is not looked up.
        private(set) var new: Bool

        init(new: Bool) {
            self.new = new
        }

        mutating func append(_ more: [TallyMember], new: Bool) {
            self.new = self.new && new
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

    /// The row of totals a member counts into, hashed and compared by UTF-8 bytes (``UTF8Identity``) and by its
    /// dimension's code (an enum with a `String` raw value hashes and orders by its name's characters).
    private struct TotalKey: Hashable {
        var dimension: StatsDimension?
        var key: String
        var unit: String
        /// The dimension's code (``TallyItems``' code).
        private var code: UInt8

        init(_ member: TallyMember) {
            self.dimension = member.dimension
            self.key = member.key
            self.unit = member.unit
            self.code = TallyItems.code(member.dimension)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(self.code)
            UTF8Identity.combine(self.key, into: &hasher)
            UTF8Identity.combine(self.unit, into: &hasher)
        }

        static func == (one: TotalKey, other: TotalKey) -> Bool {
            one.code == other.code && UTF8Identity.equal(one.key, other.key)
                && UTF8Identity.equal(one.unit, other.unit)
        }

        /// In the table's key order (bytewise, as the databases order them): each multi-row statement then walks
        /// its tree from left to right.
        static func precedes(_ one: TotalKey, _ other: TotalKey) -> Bool {
            if one.code != other.code { return Self.ranks[Int(one.code)] < Self.ranks[Int(other.code)] }
            if !UTF8Identity.equal(one.key, other.key) { return UTF8Identity.precedes(one.key, other.key) }
            return UTF8Identity.precedes(one.unit, other.unit)
        }

        /// Each dimension's place, by code, in the bytewise order of the names the table keys rows by (`''` for
        /// none, first).
        private static let ranks: [Int] = {
            let names = TallyItems.dimensions.map { $0?.rawValue ?? "" }
            let order = names.indices.sorted { UTF8Identity.precedes(names[$0], names[$1]) }
            var ranks = [Int](repeating: 0, count: names.count)
            for (rank, code) in order.enumerated() { ranks[code] = rank }
            return ranks
        }()
    }
}
