import DiaoyanExtraction
import DiaoyanText
import Foundation
import Testing

/// The date cases `Tests/Benchmarks/dates_vs_jionlp.py` also gives to JioNLP: every one must resolve as expected.
@Suite struct DateCaseTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var published: String?
        var expression: String
        var expected: String?

        var testDescription: String { "\(self.expression) published \(self.published ?? "-")" }
    }

    static let cases: [Case] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("DateCases/date_cases.tsv")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Case(
                published: fields[0] == "-" ? nil : fields[0],
                expression: fields[1],
                expected: fields[2] == "-" ? nil : fields[2]
            )
        }
    }()

    @Test func theCaseTableIsThere() {
        #expect(Self.cases.count >= 50)
    }

    @Test(arguments: Self.cases)
    func resolvesAgainstThePublicationDate(_ row: Case) {
        let scalars = Array(row.expression.unicodeScalars)
        let found = DocumentDates(published: row.published).date(in: scalars, at: 0)
        #expect(found?.value == row.expected)
        // A date the text writes is read whole; an expression that is no date is not read at all.
        if row.expected != nil { #expect(found?.length == scalars.count) }
    }

    @Test func countsTodayFromTheDatelineWhenThereIsOne() {
        let dates = DocumentDates(published: "2022-06-17", dateline: (month: 6, day: 16))
        #expect(dates.date(in: Array("今天".unicodeScalars), at: 0)?.value == "2022-06-16")
        #expect(dates.date(in: Array("昨天".unicodeScalars), at: 0)?.value == "2022-06-15")
        // Other partial dates still read against the publication date.
        #expect(dates.date(in: Array("17日".unicodeScalars), at: 0)?.value == "2022-06-17")
    }

    @Test func readsNoDateInsideDurationsAndCounts() {
        let dates = DocumentDates(published: "2024-05-20")
        for text in ["十日内完成", "一日游", "一批项目", "三个月", "2028日"] {
            let scalars = Array(text.unicodeScalars)
            #expect(dates.date(in: scalars, at: 0)?.value == nil, "\(text)")
        }
    }
}

extension DateCaseTests {
    @Test func readsADayAloneInTheDatelinesMonth() {
        let dates = DocumentDates(published: "2020-09-14", dateline: (month: 8, day: 18))
        #expect(dates.date(in: Array("18日上午".unicodeScalars), at: 0)?.value == "2020-08-18")
        #expect(WrittenDate.dateline(Array("东方网记者王泳婷8月18日报道:".unicodeScalars)) ?? (0, 0) == (8, 18))
    }

    @Test func readsNoDayFromANumberedHallOrLine() {
        let dates = DocumentDates(published: "2018-05-27")
        for text in ["7号馆", "3号线", "1号楼"] {
            #expect(dates.date(in: Array(text.unicodeScalars), at: 0)?.value == nil, "\(text)")
        }
        #expect(dates.date(in: Array("7号上午".unicodeScalars), at: 0)?.value == "2018-05-07")
    }

    @Test func readsNoThirtyFirstInAMonthOfThirtyDays() {
        let dates = DocumentDates(published: "2019-09-02")
        #expect(dates.date(in: Array("31日上午".unicodeScalars), at: 0)?.value == "2019-08-31")
    }

    @Test func readsNoMonthThatClosesAPeriodASummaryCovers() {
        let dates = DocumentDates(published: "2024-10-20")
        let periods = [("1-9月,全县签约项目26个", 2), ("1 — 5月,新签约项目910个", 4), ("截至8月底,共走访企业", 2), ("截至去年11月底,共签约", 2)]
        for (text, monthAt) in periods {
            #expect(dates.date(in: Array(text.unicodeScalars), at: monthAt)?.value == nil, "\(text)")
        }
        // A month standing alone, or a range's first month, is read as before.
        #expect(dates.date(in: Array("9月,项目开工".unicodeScalars), at: 0)?.value == "2024-09")
    }

    @Test func readsNoDayThatClosesASpanOfDays() {
        let dates = DocumentDates(published: "2017-04-06")
        let text = Array("决定从4月6日起到5月6日,集中开展活动".unicodeScalars)
        #expect(dates.date(in: text, at: 3)?.value == "2017-04-06")
        #expect(dates.date(in: text, at: 9)?.value == nil)
        #expect(dates.date(in: Array("4月6日至5月6日".unicodeScalars), at: 5)?.value == nil)
    }
}

@Suite struct DateLengthTests {
    /// `上`, `中`, `下` after a month belong to the date only as part of `上旬`, `中旬`, `下旬`.
    @Test(arguments: ["5月中国", "5月上海", "5月下午"])
    func leavesTheWordAfterAMonthAlone(_ expression: String) {
        let found = DocumentDates(published: "2021-05-20").date(in: Array(expression.unicodeScalars), at: 0)
        #expect(found?.value == "2021-05")
        #expect(found?.length == 2)
    }
}
