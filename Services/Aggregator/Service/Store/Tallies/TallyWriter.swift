import DiaoyanModels

/// Keeps `tallies` and `tally_totals` (see ``TallyMember``) in step: members added once, totals moved by exactly
/// the members that came or went, in the caller's transaction.
enum TallyWriter {
    /// Rows per multi-row statement (PostgreSQL takes at most 65,535 bound values).
    static let chunk = 500

    /// Adds the members not there yet and counts them into the totals.
    static func add(_ members: [TallyMember], session: any SQLSession) throws {
        var deltas: [TotalKey: (count: Int64, sum: Double)] = [:]
        let unique = Array(Set(members))
        for start in stride(from: 0, to: unique.count, by: Self.chunk) {
            let slice = unique[start..<min(start + Self.chunk, unique.count)]
            let tuples = Array(repeating: "(?, ?, ?, ?, ?, ?)", count: slice.count).joined(separator: ", ")
            let inserted = try session.rows(
                """
                INSERT INTO tallies(metric, dimension, key, unit, item, value) VALUES \(tuples)
                ON CONFLICT DO NOTHING RETURNING metric, dimension, key, unit, value
                """,
                slice.flatMap { member -> [SQLValue] in
                    [
                        .text(member.metric.rawValue), .text(member.dimension?.rawValue ?? ""), .text(member.key),
                        .text(member.unit), .text(member.item), .real(member.value),
                    ]
                }
            )
            for row in inserted {
                deltas[TotalKey(row), default: (0, 0)].count += 1
                deltas[TotalKey(row), default: (0, 0)].sum += row.double("value") ?? 0
            }
        }
        try Self.move(deltas, session: session)
    }

    /// Takes every member of `item` under `metrics` out (and out of the totals), then adds `members`.
    static func replace(item: String, metrics: [StatsMetric], with members: [TallyMember], session: any SQLSession) throws {
        let placeholders = Array(repeating: "?", count: metrics.count).joined(separator: ", ")
        let removed = try session.rows(
            "DELETE FROM tallies WHERE item = ? AND metric IN (\(placeholders)) RETURNING metric, dimension, key, unit, value",
            [.text(item)] + metrics.map { .text($0.rawValue) }
        )
        var deltas: [TotalKey: (count: Int64, sum: Double)] = [:]
        for row in removed {
            deltas[TotalKey(row), default: (0, 0)].count -= 1
            deltas[TotalKey(row), default: (0, 0)].sum -= row.double("value") ?? 0
        }
        try Self.move(deltas, session: session)
        try Self.add(members, session: session)
    }

    /// Adds each delta to its total, creating totals as needed.
    private static func move(_ deltas: [TotalKey: (count: Int64, sum: Double)], session: any SQLSession) throws {
        let entries = Array(deltas.filter { $0.value.count != 0 || $0.value.sum != 0 })
        for start in stride(from: 0, to: entries.count, by: Self.chunk) {
            let slice = entries[start..<min(start + Self.chunk, entries.count)]
            let tuples = Array(repeating: "(?, ?, ?, ?, ?, ?)", count: slice.count).joined(separator: ", ")
            try session.execute(
                """
                INSERT INTO tally_totals(metric, dimension, key, unit, count, sum) VALUES \(tuples)
                ON CONFLICT (metric, dimension, key, unit) DO UPDATE SET count = tally_totals.count + excluded.count,
                    sum = tally_totals.sum + excluded.sum
                """,
                slice.flatMap { key, delta -> [SQLValue] in
                    [.text(key.metric), .text(key.dimension), .text(key.key), .text(key.unit), .integer(delta.count), .real(delta.sum)]
                }
            )
        }
    }

    /// The total a member counts into.
    private struct TotalKey: Hashable {
        var metric: String
        var dimension: String
        var key: String
        var unit: String

        init(_ row: SQLRow) {
            self.metric = row.text("metric") ?? ""
            self.dimension = row.text("dimension") ?? ""
            self.key = row.text("key") ?? ""
            self.unit = row.text("unit") ?? ""
        }
    }
}
