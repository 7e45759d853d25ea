import ClientCore
import Testing

@Suite struct ChartScaleTests {
    @Test func ticksAreRoundAndCoverTheLargestValue() {
        #expect(ChartScale(largest: 7, count: 4, integral: true).ticks == [0, 2, 4, 6, 8])
        #expect(ChartScale(largest: 1, count: 4, integral: true).ticks == [0, 1])
        #expect(ChartScale(largest: 47.5, count: 4).ticks == [0, 20, 40, 60])
        #expect(abs(ChartScale(largest: 0.35, count: 4).maximum - 0.4) < 1e-9)
        #expect(ChartScale(largest: 0).ticks == [0, 1])
    }

    @Test func positionsAreClampedToTheAxis() {
        let scale = ChartScale(largest: 10, count: 5, integral: true)
        #expect(scale.position(5, length: 100) == 50)
        #expect(scale.position(20, length: 100) == 100)
        #expect(scale.position(-1, length: 100) == 0)
    }
}
