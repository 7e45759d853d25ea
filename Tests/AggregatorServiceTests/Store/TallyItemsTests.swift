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
}
