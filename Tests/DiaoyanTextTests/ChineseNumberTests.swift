import DiaoyanText
import Testing

@Suite struct ChineseNumberTests {
    func read(_ text: String) -> ChineseNumber.Reading? {
        ChineseNumber.read(Array(text.unicodeScalars), from: 0)
    }

    @Test(arguments: [
        ("100亿元", 1e10, 4), ("885.65亿元", 885.65e8, 7), ("1.2万亿元", 1.2e12, 5), ("三千万元", 3e7, 3),
        ("一百二十吨", 120, 4), ("1,200吨", 1200, 5), ("5亿美元", 5e8, 2), ("十五个", 15, 2),
    ])
    func readsFiguresWithTheirMultipliers(text: String, value: Double, length: Int) throws {
        let reading = try #require(self.read(text))
        #expect(abs(reading.value - value) < value * 1e-9)
        #expect(reading.length == length)
    }

    @Test func marksApproximateFigures() throws {
        let reading = try #require(self.read("60多亿元"))
        #expect(reading.value == 60e8)
        #expect(reading.approximate)
        #expect(reading.length == 4)
    }

    @Test func readsNothingWhereNoNumberStarts() {
        #expect(self.read("亿元") == nil)
        #expect(self.read("项目") == nil)
    }

    @Test func theBitmapOfNumberStartsAgreesWithTheTest() {
        for value in UInt32(0)..<0x10000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(ChineseNumber.numberStarts.contains(scalar) == ChineseNumber.startsNumber(scalar), "\(scalar)")
        }
    }
}
