import ClientCore
import Testing

@Suite struct ReportDateTests {
    @Test func readsTheThreeShapesOnly() {
        #expect(ReportDate("2025-05-12")?.isExact == true)
        #expect(ReportDate("2025-05")?.monthKey == "2025-05")
        #expect(ReportDate("2025")?.monthKey == nil)
        for bad in ["2025-5", "2025-13", "25-05-01", "", "2025-05-12-01", "2025-05-xx"] {
            #expect(ReportDate(bad) == nil, "\(bad)")
        }
    }

    @Test func dayNumbersCountFrom1970() {
        #expect(ReportDate("1970-01-01")?.dayNumber == 0)
        #expect(ReportDate("2000-03-01")?.dayNumber == 11_017)
        #expect(ReportDate("2024-02-29")!.dayNumber + 1 == ReportDate("2024-03-01")!.dayNumber)
        #expect(ReportDate("2025-05")?.dayNumber == ReportDate("2025-05-01")?.dayNumber)
    }

    @Test func monthRangesIncludeBothEnds() {
        #expect(ReportDate.months(from: "2024-11", to: "2025-02") == ["2024-11", "2024-12", "2025-01", "2025-02"])
        #expect(ReportDate.months(from: "2025-02", to: "2024-11") == [])
        #expect(ReportDate.months(from: "2025", to: "2025-02") == [])
    }
}
