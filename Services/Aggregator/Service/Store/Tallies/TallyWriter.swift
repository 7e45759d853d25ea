import DiaoyanModels

/// Keeps `tallies` and `tally_totals` (see ``TallyMember``) in step for one commit: members gathered from all its
/// documents and projects, then written with a handful of multi-row statements, totals moved by exactly the
/// members that came or went.
///
/// `documents` members never repeat (a document is stored once), so they go straight into the totals and are not
/// kept as members. Members of documents' metrics (stories, events, officials, announced investment) are only ever
/// added; a project's members are replaced whole when its reports change them.
struct TallyWriter {
    /// Total moves by (metric, dimension, key, unit).
    private var deltas: [TotalKey: (count: Int64, sum: Double)] = [:]
    /// Members to add when not there yet.
    private var added: Set<TallyMember> = []
    /// How each replaced item's members follow from its stored ones.
    private var replaced: [String: ([TallyMember]) -> [TallyMember]] = [:]

    /// Counts members that cannot be there yet into the totals.
    mutating func count(_ members: [TallyMember]) {
        for member in members { self.move(TotalKey(member), count: 1, sum: member.value) }
    }

    /// Adds members unless they are there already.
    mutating func add(_ members: [TallyMember]) {
        self.added.formUnion(members)
    }

    /// Makes `members(stored)` the whole of `item`'s members, `stored` being its members before the commit (an
    /// item's members come from one kind of item only: a project's).
    mutating func replace(item: String, with members: @escaping ([TallyMember]) -> [TallyMember]) {
        self.replaced[item] = members
    }

    /// Writes the members and moves the totals, in the caller's transaction.
    func write(_ session: any SQLSession) throws {
        var writer = self
        let inserted = try session.insert(
            into: "tallies(item, metric, dimension, key, unit, value)",
            writer.added.map(Self.row),
            suffix: "ON CONFLICT DO NOTHING RETURNING metric, dimension, key, unit, value"
        )
        for row in inserted { writer.move(TotalKey(row), count: 1, sum: row.double("value") ?? 0) }
        try writer.replaceItems(session)
        try writer.moveTotals(session)
    }

    /// Replaces the members of each replaced item whose members changed; unchanged items are not touched.
    private mutating func replaceItems(_ session: any SQLSession) throws {
        guard !self.replaced.isEmpty else { return }
        var stored: [String: [TallyMember]] = [:]
        for row in try session.rows(
            "SELECT item, metric, dimension, key, unit, value FROM tallies WHERE item IN ",
            in: self.replaced.keys.map { .text($0) }
        ) {
            guard let member = TallyMember(row: row) else { continue }
            stored[member.item, default: []].append(member)
        }
        var changed: [String] = []
        var rows: [[SQLValue]] = []
        for (item, members) in self.replaced {
            let old = Set(stored[item] ?? [])
            let new = Set(members(stored[item] ?? []))
            guard old != new else { continue }
            changed.append(item)
            for member in old { self.move(TotalKey(member), count: -1, sum: -member.value) }
            for member in new { self.move(TotalKey(member), count: 1, sum: member.value) }
            rows += new.map(Self.row)
        }
        try session.execute("DELETE FROM tallies WHERE item IN ", in: changed.map { .text($0) })
        try session.insert(into: "tallies(item, metric, dimension, key, unit, value)", rows)
    }

    /// Adds each delta to its total, creating totals as needed.
    private func moveTotals(_ session: any SQLSession) throws {
        try session.insert(
            into: "tally_totals(metric, dimension, key, unit, count, sum)",
            self.deltas.filter { $0.value.count != 0 || $0.value.sum != 0 }.map { key, delta in
                [
                    .text(key.metric), .text(key.dimension), .text(key.key), .text(key.unit), .integer(delta.count),
                    .real(delta.sum),
                ]
            },
            suffix: """
                ON CONFLICT (metric, dimension, key, unit) DO UPDATE SET count = tally_totals.count + excluded.count,
                    sum = tally_totals.sum + excluded.sum
                """
        )
    }

    private mutating func move(_ key: TotalKey, count: Int64, sum: Double) {
        self.deltas[key, default: (0, 0)].count += count
        self.deltas[key, default: (0, 0)].sum += sum
    }

    private static func row(_ member: TallyMember) -> [SQLValue] {
        [
            .text(member.item), .text(member.metric.rawValue), .text(member.dimension?.rawValue ?? ""),
            .text(member.key), .text(member.unit), .real(member.value),
        ]
    }

    /// The total a member counts into.
    private struct TotalKey: Hashable {
        var metric: String
        var dimension: String
        var key: String
        var unit: String

        init(_ member: TallyMember) {
            self.metric = member.metric.rawValue
            self.dimension = member.dimension?.rawValue ?? ""
            self.key = member.key
            self.unit = member.unit
        }

        init(_ row: SQLRow) {
            self.metric = row.text("metric") ?? ""
            self.dimension = row.text("dimension") ?? ""
            self.key = row.text("key") ?? ""
            self.unit = row.text("unit") ?? ""
        }
    }
}
