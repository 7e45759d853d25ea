import DiaoyanModels

/// One thing counted (or one figure summed) under one key of one dimension: the unit of the aggregator's
/// running tallies.
///
/// `tally_items` holds each item's members once (``TallyItems``), so a story told by ten reprints, or a project
/// reported by three articles, is a member once; the totals (``TallyTotals``) hold per
/// (metric, dimension, key, unit) the count of members and the sum of their values, kept up to date in the same
/// transaction as every change of members (``TallyWriter``). An unfiltered statistic reads its rows from the
/// totals alone. `dimension` is empty for the metric's total, `unit` empty for counts.
struct TallyMember: Hashable {
    var metric: StatsMetric
    var dimension: StatsDimension?
    var key: String
    var unit: String
    var item: String
    var value: Double

    init(
        _ metric: StatsMetric,
        _ dimension: StatsDimension?,
        key: String,
        unit: String = "",
        item: String,
        value: Double = 0
    ) {
        self.metric = metric
        self.dimension = dimension
        self.key = key
        self.unit = unit
        self.item = item
        self.value = value
    }

    /// Members of `item` under each key of every dimension, and under the total.
    static func members(
        _ metric: StatsMetric,
        item: String,
        unit: String = "",
        value: Double = 0,
        keys: [StatsDimension: Set<String>]
    ) -> [TallyMember] {
        var members = [TallyMember(metric, nil, key: "", unit: unit, item: item, value: value)]
        for (dimension, values) in keys {
            for key in values {
                members.append(TallyMember(metric, dimension, key: key, unit: unit, item: item, value: value))
            }
        }
        return members
    }
}

extension TallyMember {
    /// By UTF-8 bytes (``UTF8Identity``), as the store keys members; the item is compared but not hashed: members
    /// are gathered and compared item by item (``TallyWriter``), so it told none of them apart and hashing it (a
    /// story's id, 64 bytes) was a third of the hashing.
    ///
    /// The metric and dimension by their codes (``TallyItems``' code): an enum with a `String` raw value hashes
    /// by its raw value, hashing a name's characters for every member.
    func hash(into hasher: inout Hasher) {
        hasher.combine(TallyItems.code(self.metric))
        hasher.combine(TallyItems.code(self.dimension))
        UTF8Identity.combine(self.key, into: &hasher)
        UTF8Identity.combine(self.unit, into: &hasher)
        hasher.combine(self.value)
    }

    static func == (one: TallyMember, other: TallyMember) -> Bool {
        TallyItems.code(one.metric) == TallyItems.code(other.metric)
            && TallyItems.code(one.dimension) == TallyItems.code(other.dimension) && one.value == other.value
            && UTF8Identity.equal(one.key, other.key) && UTF8Identity.equal(one.unit, other.unit)
            && UTF8Identity.equal(one.item, other.item)
    }
}
