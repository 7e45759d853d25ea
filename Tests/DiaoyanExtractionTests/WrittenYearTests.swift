import DiaoyanExtraction
import DiaoyanModels
import DiaoyanText
import Testing

@Suite struct WrittenYearTests {
    private func year(_ text: String) -> Int? {
        WrittenYear.only(in: Array(text.unicodeScalars))
    }

    @Test func findsTheOneYearATextWrites() {
        #expect(self.year("9月8日上午，2015年青禾县24个重点项目集中开工。2015年计划投资8亿元。") == 2015)
    }

    @Test func givesNoneForTwoYearsOrNone() {
        #expect(self.year("2014年签约，2015年开工。") == nil)
        #expect(self.year("9月8日上午，青禾县重点项目集中开工。") == nil)
        #expect(self.year("年产12015年") == nil)
        #expect(self.year("编号3020年") == nil)
    }

    @Test func datesAnUndatedPagesEventsInTheYearItWrites() throws {
        let text = "9月8日上午，2015年青禾县重点项目集中开工仪式在双凤开发区举行。"
        let record = try RecordExtractor().extract(NormalizedDocument(id: "t", source: "t", text: text))
        #expect(record.published == nil)
        #expect(record.events.map(\.date).contains("2015-09-08"))
    }
}
