import DiaoyanEvaluation
import Foundation
import TestSupport
import Testing

/// The rules of `score.py` on small invented documents, each tally worked out by hand.
@Suite struct ExtractionScorerTests {
    /// Scores one gold annotation named `doc` against `record` (none: the document has no record).
    func score(gold: String, record: String?) throws -> ScoreReport {
        let annotation = try JSONValue(parsing: Data(gold.utf8))
        let records = try record.map { ["doc": try JSONValue(parsing: Data($0.utf8))] } ?? [:]
        return ExtractionScorer().score(gold: [.init(name: "doc", annotation: annotation)], records: records)
    }

    func tally(_ truePositives: Int, _ falsePositives: Int, _ falseNegatives: Int) -> FieldScore {
        FieldScore(truePositives: truePositives, falsePositives: falsePositives, falseNegatives: falseNegatives)
    }

    @Test func matchesPersonsByExactNameAndJudgesTheirTitlesAndRoles() throws {
        let report = try self.score(
            gold: #"{"persons": [{"name": "张三", "titles": ["市委书记", "市长"], "role": "official"},"#
                + #" {"name": "李四", "titles": [], "role": "reporter"}]}"#,
            record: #"{"persons": [{"name": "张三", "titles": ["哈尔滨市委书记", "副市长", "董事长"], "role": "executive"},"#
                + #" {"name": "王五", "titles": [], "role": "official"}, {"name": "", "titles": []}]}"#
        )
        #expect(report[.persons] == self.tally(1, 1, 1))
        // 市委书记 is inside 哈尔滨市委书记, 市长 inside 副市长; 董事长 matches nothing.
        #expect(report[.titles] == self.tally(2, 1, 0))
        #expect(report[.roles] == self.tally(0, 1, 1))
        #expect(report.notes(for: .persons) == ["doc person missed: 李四", "doc person spurious: 王五"])
    }

    @Test func expandsPlacesToEveryAncestor() throws {
        let report = try self.score(
            gold: #"{"places": ["辽宁省/朝阳市/凌源市"]}"#,
            record: #"{"places": [{"path": "辽宁省/朝阳市", "code": "211300"}, {"path": "吉林省", "code": "220000"}]}"#
        )
        // Gold {辽宁省, 辽宁省/朝阳市, 辽宁省/朝阳市/凌源市}, predicted {辽宁省, 辽宁省/朝阳市, 吉林省}.
        #expect(report[.places] == self.tally(2, 1, 1))
        #expect(report.notes(for: .places) == ["doc place missed: 辽宁省/朝阳市/凌源市", "doc place spurious: 吉林省"])
    }

    @Test func readsPlacesAsPathStringsOrObjectsAlike() throws {
        let gold = #"{"places": ["黑龙江省/哈尔滨市/阿城区"]}"#
        let asStrings = try self.score(gold: gold, record: #"{"places": ["黑龙江省/哈尔滨市/阿城区"]}"#)
        let asObjects = try self.score(
            gold: gold,
            record: #"{"places": [{"path": "黑龙江省/哈尔滨市/阿城区", "code": "230112"}, {"name": "阿城"}]}"#
        )
        #expect(asStrings[.places] == self.tally(3, 0, 0))
        #expect(asObjects[.places] == self.tally(3, 0, 0))
    }

    @Test func matchesOrganizationsOneToOneByDice() throws {
        let report = try self.score(
            gold: #"{"organizations": ["青禾电驱科技有限公司", "青禾电驱有限公司", "蓝谷食品"]}"#,
            record: #"{"organizations": [{"name": "青禾电驱科技有限公司", "kind": "company"}, {"name": "恒泰公司"}, {"name": ""}]}"#
        )
        // The exact pair is taken first; 青禾电驱有限公司 (Dice 0.75 with it) has nothing left.
        #expect(report[.organizations] == self.tally(1, 1, 2))
        #expect(
            report.notes(for: .organizations) == [
                "doc organization missed: 青禾电驱有限公司", "doc organization missed: 蓝谷食品",
                "doc organization spurious: 恒泰公司",
            ]
        )
    }

    @Test func judgesStagesAndQuantitiesOfMatchedProjectsOnly() throws {
        let report = try self.score(
            gold: #"{"projects": [{"name": "青禾电驱年产30万台电驱项目", "stage": "in_production","#
                + #" "quantities": ["30万台", "年产能5GW"]}, {"name": "亿高龙模具加工项目", "stage": "unknown", "quantities": []}]}"#,
            record: #"{"projects": [{"name": "青禾电驱30万台电驱项目", "stage": "under_construction","#
                + #" "quantities": [{"text": "年产30万台", "value": 300000, "unit": "台"}, {"text": "8GW"}]}]}"#
        )
        // Dice of the names is 18/22 ≥ 0.7; the quantities compare as {30万台, 5GW} and {30万台, 8GW}.
        #expect(report[.projects] == self.tally(1, 0, 1))
        #expect(report[.stages] == self.tally(0, 1, 1))
        #expect(report[.quantities] == self.tally(1, 1, 1))
        #expect(
            report.notes(for: .stages) == ["doc stage of 青禾电驱年产30万台电驱项目: gold in_production got under_construction"]
        )
    }

    @Test func matchesAmountsOfTheSameCurrencyWithinHalfAPercent() throws {
        let report = try self.score(
            gold: #"{"amounts": [{"value": 1000000000, "currency": "CNY"}, {"value": 1000000000, "currency": "CNY"},"#
                + #" {"value": 5000000, "currency": "USD"}, {"value": 0.5, "currency": "CNY"}]}"#,
            record: #"{"amounts": [{"value": 1004000000, "currency": "CNY"}, {"value": 1006000000, "currency": "CNY"},"#
                + #" {"value": 5000000, "currency": "EUR"}, {"value": 1.0, "currency": "CNY"}, "10亿元"]}"#
        )
        // 1.004e9 is within 5e6 of 1e9, 1.006e9 is not; EUR is not USD; 1.0 is 0.5 away from 0.5, past 0.005.
        #expect(report[.amounts] == self.tally(1, 3, 3))
        #expect(
            report.notes(for: .amounts) == [
                "doc amount missed: 1000000000.0 CNY", "doc amount missed: 5000000.0 USD", "doc amount missed: 0.5 CNY",
            ]
        )
    }

    @Test func comparesEventsAsTypeAndDatePairsWhereAMissingDateIsNull() throws {
        let report = try self.score(
            gold: #"{"events": [{"type": "signing", "date": null}, {"type": "inspection", "date": "2024-05"}]}"#,
            record: #"{"events": [{"type": "signing"}, {"type": "inspection", "date": "2024-05-20"}]}"#
        )
        #expect(report[.events] == self.tally(1, 1, 1))
        #expect(
            report.notes(for: .events) == [
                "doc event missed: ('inspection', '2024-05')", "doc event spurious: ('inspection', '2024-05-20')",
            ]
        )
    }

    @Test func countsTwoNullPublicationDatesAsAgreeing() throws {
        #expect(try self.score(gold: #"{"published": null}"#, record: "{}")[.published] == self.tally(1, 0, 0))
        let differing = try self.score(gold: #"{"published": "2024-05-20"}"#, record: #"{"published": null}"#)
        #expect(differing[.published] == self.tally(0, 1, 1))
        #expect(differing.notes(for: .published) == ["doc published: gold 2024-05-20 got None"])
    }

    @Test func comparesIndustriesAsSets() throws {
        let report = try self.score(
            gold: #"{"industries": ["new_energy", "automotive"]}"#,
            record: #"{"industries": ["automotive", "automotive", "chemicals"]}"#
        )
        #expect(report[.industries] == self.tally(1, 1, 1))
    }

    @Test func countsAMissingRecordAsAnEmptyOne() throws {
        let report = try self.score(
            gold: #"{"published": "2024-05-20", "persons": [{"name": "张三", "titles": [], "role": "official"}],"#
                + #" "places": ["辽宁省/朝阳市"], "amounts": [{"value": 100, "currency": "CNY"}]}"#,
            record: nil
        )
        #expect(report.missingRecords == 1)
        #expect(report.notes.first?.text == "doc has no extraction record")
        #expect(report[.persons] == self.tally(0, 0, 1))
        #expect(report[.places] == self.tally(0, 0, 2))
        #expect(report[.amounts] == self.tally(0, 0, 1))
        #expect(report[.published] == self.tally(0, 1, 1))
        // Nothing matched, so nothing to judge: titles and roles stay at zero counts, which reads as F1 1.
        #expect(report[.titles] == FieldScore() && report[.titles].f1 == 1)
        // persons 0, places 0, organizations 1, projects 1, amounts 0.
        #expect(report.headlineF1 == 0.4)
    }

    @Test func namesARecordByTheBaseNameOfItsSource() {
        #expect(ExtractionScorer.documentName(source: "seeds/000_8669f2165e816395.txt") == "000_8669f2165e816395")
        #expect(ExtractionScorer.documentName(source: "a.b.txt") == "a.b")
        #expect(ExtractionScorer.documentName(source: ".profile") == ".profile")
        #expect(ExtractionScorer.documentName(source: "noextension") == "noextension")
    }

    @Test func readsJSONLinesSkippingBlankLines() throws {
        let records = try ExtractionScorer.records(
            jsonLines: "{\"source\": \"a.txt\"}\n\n  \r\n{\"source\": \"dir/b.txt\"}\n"
        )
        #expect(Set(records.keys) == ["a", "b"])
        #expect(throws: ExtractionScorer.Error.predictionNotJSON(line: 3)) {
            try ExtractionScorer.records(jsonLines: "{}\n\nnot json\n")
        }
    }

    @Test func scoresAGoldFolderAgainstJSONLines() throws {
        let folder = try TemporaryDirectory("scorer")
        defer { folder.remove() }
        try #"{"persons": [{"name": "张三"}]}"#.write(to: folder.file("b.gold.json"), atomically: true, encoding: .utf8)
        try #"{"persons": []}"#.write(to: folder.file("a.gold.json"), atomically: true, encoding: .utf8)
        try "not gold".write(to: folder.file("notes.txt"), atomically: true, encoding: .utf8)
        let report = try ExtractionScorer().score(
            goldDirectory: folder.url,
            predictions: #"{"source": "b.txt", "persons": [{"name": "张三"}]}"#
        )
        #expect(report.documents == 2)
        #expect(report.missingRecords == 1)
        #expect(report[.persons] == self.tally(1, 0, 0))
        #expect(report.notes.map(\.text) == ["a has no extraction record"])
    }
}
