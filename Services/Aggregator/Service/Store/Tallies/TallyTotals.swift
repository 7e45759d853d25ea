import DiaoyanModels

/// The running totals of every metric (see ``TallyMember``), one `tally_key_totals` row per (dimension, key,
/// unit) with a column per metric: `<metric>_count`, the count of members, and for a summed metric
/// `<metric>_sum`, the sum of their values (a counted metric's members have no value).
///
/// Why a column per metric (`v12`) rather than a row per (metric, dimension, key, unit) as up to `v11`: a new
/// document's `documents`, `stories`, `events` and `officials` members fall under the same keys, so a fold of 512
/// records moved 16,773 total rows but only 6,655 distinct (dimension, key, unit); each key's row is now upserted
/// once a fold, with every metric's move in it.
enum TallyTotals {
    /// The table's name.
    static let table = "tally_key_totals"

    /// Metrics in the order of their columns: the tally items' order of codes, which only ever grows at its end.
    static let metrics: [StatsMetric] = TallyItems.metrics

    /// The summed metrics, in the order of their `_sum` columns (after every `_count` column).
    static let summed: [StatsMetric] = Self.metrics.filter(\.isSum)

    /// A metric's position in ``metrics``: its item code (asked once per member moved).
    static func position(_ metric: StatsMetric) -> Int { Int(TallyItems.code(metric)) }

    /// The column counting `metric`'s members.
    static func countColumn(_ metric: StatsMetric) -> String { metric.rawValue + "_count" }

    /// The column summing `metric`'s values (a summed metric's only).
    static func sumColumn(_ metric: StatsMetric) -> String { metric.rawValue + "_sum" }

    /// The column a statistic of `metric` reports: the sum of a summed metric, the count of a counted one.
    static func valueColumn(_ metric: StatsMetric) -> String {
        metric.isSum ? Self.sumColumn(metric) : Self.countColumn(metric)
    }

    /// Every metric column, counts first, in the order ``TallyWriter`` binds them.
    static let columns: [String] = Self.metrics.map(Self.countColumn) + Self.summed.map(Self.sumColumn)

    /// The table (`IF NOT EXISTS`: `v3`'s rebuild of an early release's facts writes the totals as this release
    /// keeps them, before `v12` runs).
    static var definition: String {
        let counts = Self.metrics.map { "\(Self.countColumn($0)) INTEGER NOT NULL DEFAULT 0" }
        let sums = Self.summed.map { "\(Self.sumColumn($0)) REAL NOT NULL DEFAULT 0" }
        return """
            CREATE TABLE IF NOT EXISTS \(Self.table) (dimension TEXT NOT NULL, key TEXT NOT NULL, unit TEXT NOT NULL,
                \((counts + sums).joined(separator: ", ")), PRIMARY KEY (dimension, key, unit)) WITHOUT ROWID
            """
    }

    /// `v12`: the table made and filled from the row-per-metric `tally_totals` of `v4`, which is dropped.
    static var migration: String {
        let counts = Self.metrics.map { "sum(CASE WHEN metric = '\($0.rawValue)' THEN count ELSE 0 END)" }
        let sums = Self.summed.map { "sum(CASE WHEN metric = '\($0.rawValue)' THEN sum ELSE 0 END)" }
        return """
            \(Self.definition);
            INSERT INTO \(Self.table)(dimension, key, unit, \(Self.columns.joined(separator: ", ")))
                SELECT dimension, key, unit, \((counts + sums).joined(separator: ", "))
                FROM tally_totals GROUP BY dimension, key, unit;
            DROP TABLE tally_totals
            """
    }

    /// The upsert's tail: each metric's move added to its column.
    static let accumulation: String =
        "ON CONFLICT (dimension, key, unit) DO UPDATE SET "
        + Self.columns.map { "\($0) = \(Self.table).\($0) + excluded.\($0)" }.joined(separator: ", ")
}
