import DiaoyanModels
import Testing

@testable import AggregatorService

/// Members are stored as coded bytes (``TallyItems``): every metric under every dimension reads back as written,
/// and the codes are those earlier releases wrote (a stored store must read the same).
@Suite struct TallyItemsTests {
    @Test func everyMetricUnderEveryDimensionRoundTrips() throws {
        var members: [TallyMember] = []
        for metric in StatsMetric.allCases {
            for dimension in [nil] + StatsDimension.allCases.map(Optional.some) {
                members.append(TallyMember(metric, dimension, key: "黑龙江省", unit: "吨", item: "p1", value: 2.5))
                members.append(TallyMember(metric, dimension, key: "", item: "p1"))
            }
        }
        #expect(try TallyItems.decode(TallyItems.encode(members), item: "p1") == members)
    }

    @Test func theCodesAreTheStoredOnes() {
        // Metric 4 (officials), dimension 10 (source), key "a", no unit, value 0.
        #expect(TallyItems.encode([TallyMember(.officials, .source, key: "a", item: "x")]) == [4, 10, 1, 0x61, 0, 0])
        #expect(TallyItems.encode([TallyMember(.announcedInvestment, nil, key: "", item: "x")]) == [7, 0, 0, 0, 0])
        #expect(TallyItems.encode([TallyMember(.documents, .province, key: "", item: "x")]) == [0, 1, 0, 0, 0])
    }

    /// Adding to the stored bytes (``TallyItems/adding(_:to:item:)``) stores what decoding, adding and encoding
    /// stored, and reports as added exactly the members that were not there.
    @Test func addingToStoredBytesIsAddingToTheDecodedMembers() throws {
        var state: UInt64 = 11
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        let dimensions = [nil] + StatsDimension.allCases.map(Optional.some)
        func member() -> TallyMember {
            TallyMember(
                StatsMetric.allCases[next(StatsMetric.allCases.count)],
                dimensions[next(dimensions.count)],
                key: ["", "黑龙江省", "a", String(repeating: "长", count: 50)][next(4)] + String(next(40)),
                unit: ["", "CNY", "吨"][next(3)],
                item: "吴丽",
                value: [0, 2.5, -1, 1e9][next(4)]
            )
        }
        for round in 0..<200 {
            let stored = Array(Set((0..<next(300)).map { _ in member() }))
            let members = Set((0..<next(40)).map { _ in member() } + stored.prefix(round % 7))
            let (bytes, added) = try TallyItems.adding(members, to: TallyItems.encode(stored), item: "吴丽")
            #expect(Set(try TallyItems.decode(bytes, item: "吴丽")) == Set(stored).union(members))
            #expect(try TallyItems.decode(bytes, item: "吴丽").count == Set(stored).union(members).count)
            #expect(Set(added) == members.subtracting(stored))
            #expect(added.count == members.subtracting(stored).count)
        }
    }

    /// Members (and the totals' keys) are hashed and compared by their metric's and dimension's codes and their
    /// strings' UTF-8 bytes: two members are equal exactly when their encodings are, the item aside.
    @Test func membersAreEqualExactlyWhenTheirBytesAre() {
        let dimensions = [nil] + StatsDimension.allCases.map(Optional.some)
        var members: [TallyMember] = []
        for metric in StatsMetric.allCases {
            for dimension in dimensions {
                for key in ["", "a", "ab", "黑龙江省", "黑龙江"] {
                    for unit in ["", "吨"] {
                        members.append(TallyMember(metric, dimension, key: key, unit: unit, item: "p1", value: 2.5))
                    }
                }
            }
        }
        // The same members again, their strings made anew (not the same storage).
        let again = members.map {
            TallyMember(
                $0.metric,
                $0.dimension,
                key: String(decoding: Array($0.key.utf8), as: UTF8.self),
                unit: String(decoding: Array($0.unit.utf8), as: UTF8.self),
                item: "p1",
                value: $0.value
            )
        }
        #expect(Set(members).count == members.count)
        #expect(Set(members + again).count == members.count)
        #expect(Set(members.map { TallyItems.encode([$0]) }).count == members.count)
        for (one, other) in zip(members, again) { #expect(one == other && one.hashValue == other.hashValue) }
        #expect(
            TallyMember(.stories, .city, key: "a", item: "x") != TallyMember(.stories, .county, key: "a", item: "x")
        )
        #expect(TallyMember(.stories, nil, key: "", item: "x") != TallyMember(.events, nil, key: "", item: "x"))
        // "e\u{301}" and "é" are one String to Swift, not one key to the store.
        #expect(
            TallyMember(.stories, .city, key: "e\u{301}", item: "x")
                != TallyMember(.stories, .city, key: "é", item: "x")
        )
    }

    @Test func addingToDamagedBytesFailsAsDecodingDoes() {
        let stored = TallyItems.encode([TallyMember(.officials, .source, key: "abc", item: "x", value: 3)])
        let member: Set = [TallyMember(.officials, nil, key: "", item: "x")]
        #expect(throws: TallyItems.Error.self) {
            try TallyItems.adding(member, to: Array(stored.dropLast()), item: "x")
        }
        #expect(throws: TallyItems.Error.self) { try TallyItems.adding(member, to: [9, 0, 0, 0, 0], item: "x") }
        #expect(throws: TallyItems.Error.self) { try TallyItems.adding(member, to: [4, 11, 0, 0, 0], item: "x") }
    }
}
