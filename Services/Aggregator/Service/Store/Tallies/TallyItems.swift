import DiaoyanModels

/// The members of each counted item (see ``TallyMember``), one `tally_items` row an item: its members in one blob.
///
/// A commit touches a handful of items per record (its story, events and officials, its projects) but some 150
/// members; writing a row per item instead of a row per member makes a record cost a few B-tree writes instead of
/// a hundred and fifty. Only ``TallyWriter`` reads the members (to know which are new); statistics read the
/// totals (``TallyTotals``).
///
/// A member is written as its metric's and its dimension's codes (a byte each: the position in ``metrics`` and
/// ``dimensions``, written down here so that they never move; dimension 0 is the total), its key and unit (each a
/// LEB128 length and its UTF-8 bytes), then a byte 0 for a value of 0 (every count) or 1 followed by the value's
/// IEEE 754 bits (8 bytes, little-endian). A project's thirty-odd members take some 600 bytes and stay on the
/// row's page.
enum TallyItems {
    /// Why stored members cannot be read.
    enum Error: Swift.Error, CustomStringConvertible {
        case truncated(item: String)
        case unknownCode(item: String, code: UInt8)

        var description: String {
            switch self {
            case .truncated(let item): "the members of tally item \(item) are cut short"
            case .unknownCode(let item, let code): "tally item \(item) holds a member with unknown code \(code)"
            }
        }
    }

    /// Metrics by code (their position); never reordered, new ones appended.
    static let metrics: [StatsMetric] = [
        .documents, .stories, .projects, .events, .officials, .capacity, .investment, .announcedInvestment,
    ]
    /// Dimensions by code, 0 being none (the total); never reordered, new ones appended.
    static let dimensions: [StatsDimension?] = [
        nil, .province, .city, .county, .park, .industry, .stage, .month, .official, .organization, .source,
    ]
    /// A metric's code: its position in ``metrics`` (a switch: looking it up in a dictionary hashed the metric
    /// twice per member written). ``TallyTotals`` orders its columns by it too.
    static func code(_ metric: StatsMetric) -> UInt8 {
        switch metric {
        case .documents: 0
        case .stories: 1
        case .projects: 2
        case .events: 3
        case .officials: 4
        case .capacity: 5
        case .investment: 6
        case .announcedInvestment: 7
        }
    }

    /// A dimension's code: its position in ``dimensions``, 0 for none (``TallyMember`` and ``TallyWriter`` hash and
    /// compare dimensions by it too).
    static func code(_ dimension: StatsDimension?) -> UInt8 {
        switch dimension {
        case nil: 0
        case .province: 1
        case .city: 2
        case .county: 3
        case .park: 4
        case .industry: 5
        case .stage: 6
        case .month: 7
        case .official: 8
        case .organization: 9
        case .source: 10
        }
    }

    /// The stored members of `items`, by item (items with no row are absent).
    static func read(_ items: [String], session: any SQLSession) throws -> [String: [TallyMember]] {
        try Self.readEncoded(items, session: session).reduce(into: [:]) { stored, entry in
            stored[entry.key] = try Self.decode(entry.value, item: entry.key)
        }
    }

    /// The stored members of `items` as stored (``encode(_:)``), by item (items with no row are absent).
    static func readEncoded(_ items: [String], session: any SQLSession) throws -> [String: [UInt8]] {
        var stored: [String: [UInt8]] = [:]
        for row in try session.rows("SELECT item, members FROM tally_items WHERE item IN ", in: items.map { .text($0) })
        {
            guard let item = row.text("item"), let bytes = row.blob("members") else { continue }
            stored[item] = bytes
        }
        return stored
    }

    /// Writes each item's members, replacing what it held.
    static func write(_ items: [(item: String, members: [TallyMember])], session: any SQLSession) throws {
        try Self.write(encoded: items.map { ($0.item, Self.encode($0.members)) }, session: session)
    }

    /// Writes each item's members, encoded already (``encode(_:)``), replacing what it held.
    static func write(encoded items: [(item: String, members: [UInt8])], session: any SQLSession) throws {
        try session.insert(
            into: "tally_items(item, members)",
            items.map { [.text($0.item), .blob($0.members)] },
            suffix: "ON CONFLICT (item) DO UPDATE SET members = excluded.members"
        )
    }

    /// The table, created by `v3`'s rebuild of the facts when a file of an earlier release is opened, else by `v6`.
    static let definition = """
        CREATE TABLE IF NOT EXISTS tally_items (item TEXT NOT NULL PRIMARY KEY, members BLOB NOT NULL) WITHOUT ROWID
        """

    /// Moves the members of the row-per-member `tallies` table (`v4`) into `tally_items`, a thousand items at a
    /// time, and drops it.
    static func convertRows(_ session: any SQLSession) throws {
        var last = ""
        while true {
            let items = try session.rows(
                "SELECT DISTINCT item FROM tallies WHERE item > ? ORDER BY item LIMIT 1000",
                last
            ).compactMap { $0.text("item") }
            guard let end = items.last else { break }
            var members: [String: [TallyMember]] = [:]
            for row in try session.rows(
                "SELECT item, metric, dimension, key, unit, value FROM tallies WHERE item IN ",
                in: items.map { .text($0) }
            ) {
                guard let item = row.text("item"), let metric = row.text("metric").flatMap(StatsMetric.init(rawValue:))
                else { continue }
                members[item, default: []].append(
                    TallyMember(
                        metric,
                        row.text("dimension").flatMap(StatsDimension.init(rawValue:)),
                        key: row.text("key") ?? "",
                        unit: row.text("unit") ?? "",
                        item: item,
                        value: row.double("value") ?? 0
                    )
                )
            }
            try Self.write(members.map { ($0.key, $0.value) }, session: session)
            last = end
        }
        try session.execute("DROP TABLE tallies", [])
    }

    static func encode(_ members: [TallyMember]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(members.count * 24)
        for member in members { Self.append(member, to: &bytes) }
        return bytes
    }

    /// Appends one member's encoding: equal members (``TallyMember``'s `==`, the item aside) are equal bytes, as
    /// ``adding(_:to:item:)`` relies on.
    static func append(_ member: TallyMember, to bytes: inout [UInt8]) {
        bytes.append(Self.code(member.metric))
        bytes.append(Self.code(member.dimension))
        Self.append(member.key, to: &bytes)
        Self.append(member.unit, to: &bytes)
        guard member.value != 0 else {
            bytes.append(0)
            return
        }
        bytes.append(1)
        var bits = member.value.bitPattern
        for _ in 0..<8 {
            bytes.append(UInt8(truncatingIfNeeded: bits))
            bits >>= 8
        }
    }

    static func decode(_ bytes: [UInt8], item: String) throws(Error) -> [TallyMember] {
        var members: [TallyMember] = []
        var offset = 0
        while offset < bytes.count {
            guard offset + 2 <= bytes.count else { throw .truncated(item: item) }
            let (metricCode, dimensionCode) = (bytes[offset], bytes[offset + 1])
            offset += 2
            guard Int(metricCode) < Self.metrics.count else { throw .unknownCode(item: item, code: metricCode) }
            guard Int(dimensionCode) < Self.dimensions.count else {
                throw .unknownCode(item: item, code: dimensionCode)
            }
            let key = try Self.string(bytes, at: &offset, item: item)
            let unit = try Self.string(bytes, at: &offset, item: item)
            members.append(
                TallyMember(
                    Self.metrics[Int(metricCode)],
                    Self.dimensions[Int(dimensionCode)],
                    key: key,
                    unit: unit,
                    item: item,
                    value: try Self.value(bytes, at: &offset, item: item)
                )
            )
        }
        return members
    }

    /// A value: 0 for the byte 0, else the 8 bytes after the byte 1.
    private static func value(_ bytes: [UInt8], at offset: inout Int, item: String) throws(Error) -> Double {
        guard offset < bytes.count else { throw .truncated(item: item) }
        offset += 1
        guard bytes[offset - 1] != 0 else { return 0 }
        guard offset + 8 <= bytes.count else { throw .truncated(item: item) }
        var bits: UInt64 = 0
        for index in (0..<8).reversed() { bits = bits << 8 | UInt64(bytes[offset + index]) }
        offset += 8
        return Double(bitPattern: bits)
    }

    private static func append(_ text: String, to bytes: inout [UInt8]) {
        var length = text.utf8.count
        repeat {
            let low = UInt8(length & 0x7F)
            length >>= 7
            bytes.append(length == 0 ? low : low | 0x80)
        } while length > 0
        bytes.append(contentsOf: text.utf8)
    }

    private static func string(_ bytes: [UInt8], at offset: inout Int, item: String) throws(Error) -> String {
        let length = try Self.textLength(bytes, at: &offset, item: item)
        defer { offset += length }
        return String(decoding: bytes[offset..<(offset + length)], as: UTF8.self)
    }

    /// The length ``append(_:to:)`` wrote before a text at `offset` (7 bits a byte, low first), with `offset`
    /// moved past it to the text, checked to fit in `bytes`.
    static func textLength<Bytes: RandomAccessCollection<UInt8>>(
        _ bytes: Bytes,
        at offset: inout Int,
        item: String
    ) throws(Error) -> Int where Bytes.Index == Int {
        var length = 0
        var shift = 0
        while true {
            guard offset < bytes.count, shift < 63 else { throw .truncated(item: item) }
            let byte = bytes[offset]
            offset += 1
            length |= Int(byte & 0x7F) << shift
            shift += 7
            if byte & 0x80 == 0 { break }
        }
        guard length <= bytes.count - offset else { throw .truncated(item: item) }
        return length
    }
}
