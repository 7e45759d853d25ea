import DiaoyanText
import Testing

@Suite struct WrittenDateTests {
    @Test func readsAbsoluteDatesInEveryWrittenForm() {
        for text in ["2021年4月25日", "2021年04月25日", "2021-04-25", "2021/4/25", "2021.4.25"] {
            let scalars = Array(text.unicodeScalars)
            #expect(WrittenDate.absolute(scalars, from: 0)?.0 == "2021-04-25", "\(text)")
        }
        #expect(WrittenDate.absolute(Array("2021年13月5日".unicodeScalars), from: 0) == nil)
    }

    @Test func readsAWireSitesStampWithItsYearSpacedOff() {
        let read = WrittenDate.absolute(Array("2024 04/09 17:46:53".unicodeScalars), from: 0)
        #expect(read?.0 == "2024-04-09")
        #expect(read?.1 == 10)
        #expect(WrittenDate.absolute(Array("2024 13/09".unicodeScalars), from: 0) == nil)
    }

    @Test func readsAStampGluedToTheDateAfterIt() {
        let read = WrittenDate.absolute(Array("2021/4/94月8日上午".unicodeScalars), from: 0)
        #expect(read?.0 == "2021-04-09")
        #expect(read?.1 == 8)
        #expect(WrittenDate.absolute(Array("2021/4/19".unicodeScalars), from: 0)?.0 == "2021-04-19")
        #expect(WrittenDate.absolute(Array("2021/4/45".unicodeScalars), from: 0)?.0 == "2021-04-04")
    }

    @Test func readsADayFirstDottedDateAndNothingLikeIt() {
        #expect(WrittenDate.dayFirst(Array("31.12.2016".unicodeScalars), from: 0)?.0 == "2016-12-31")
        #expect(WrittenDate.dayFirst(Array("6.7.2015 ".unicodeScalars), from: 0)?.0 == "2015-07-06")
        for text in ["12.31.2016", "31.12.16", "1.5.20160", "2016.12.31"] {
            #expect(WrittenDate.dayFirst(Array(text.unicodeScalars), from: 0) == nil, "\(text)")
        }
    }

    @Test func shiftsDaysAcrossMonthsYearsAndLeapDays() {
        #expect(WrittenDate.shifted(year: 2021, month: 3, day: 1, byDays: -1) == (2021, 2, 28))
        #expect(WrittenDate.shifted(year: 2024, month: 3, day: 1, byDays: -1) == (2024, 2, 29))
        #expect(WrittenDate.shifted(year: 2000, month: 3, day: 1, byDays: -1) == (2000, 2, 29))
        #expect(WrittenDate.shifted(year: 1900, month: 3, day: 1, byDays: -1) == (1900, 2, 28))
        #expect(WrittenDate.shifted(year: 2021, month: 1, day: 1, byDays: -1) == (2020, 12, 31))
        #expect(WrittenDate.shifted(year: 2021, month: 12, day: 31, byDays: 1) == (2022, 1, 1))
        #expect(WrittenDate.shifted(year: 2021, month: 5, day: 20, byDays: 365) == (2022, 5, 20))
    }

    @Test func shiftsMonthsAcrossYears() {
        #expect(WrittenDate.shifted(year: 2021, month: 1, byMonths: -1) == (2020, 12))
        #expect(WrittenDate.shifted(year: 2021, month: 12, byMonths: 1) == (2022, 1))
        #expect(WrittenDate.shifted(year: 2021, month: 5, byMonths: -17) == (2019, 12))
    }

    @Test func readsADateWithSpacedUnits() {
        let text = Array("2021 年 01 月 25 日 星期一".unicodeScalars)
        #expect(WrittenDate.absolute(text, from: 0)?.0 == "2021-01-25")
        #expect(WrittenDate.absolute(Array("2021 年产".unicodeScalars), from: 0) == nil)
    }
}
