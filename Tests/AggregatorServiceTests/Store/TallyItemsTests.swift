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
