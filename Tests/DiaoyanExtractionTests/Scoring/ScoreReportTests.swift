import DiaoyanEvaluation
import Foundation
import TestSupport
import Testing

@Suite struct ScoreReportTests {
    /// Two documents, one without a record; the expected text is what `score.py --verbose` printed for them.
    @Test func rendersTheReportAsScorePyPrintsIt() throws {
        let folder = try TemporaryDirectory("report")
        defer { folder.remove() }
        let a =
            #"{"published": "2024-05-20", "persons": [{"name": "张三", "titles": ["市长"], "role": "official"}],"#
            + #" "places": ["辽宁省/朝阳市"], "organizations": ["青禾电驱科技有限公司"],"#
            + #" "amounts": [{"value": 1500000000, "currency": "CNY"}], "events": [{"type": "signing", "date": "2024-05-20"}],"#
            + #" "industries": ["automotive"]}"#
        let b = #"{"published": null, "projects": [{"name": "亿高龙模具加工项目", "stage": "unknown", "quantities": []}]}"#
        try a.write(to: folder.file("a.gold.json"), atomically: true, encoding: .utf8)
        try b.write(to: folder.file("b.gold.json"), atomically: true, encoding: .utf8)
        let record =
            #"{"source": "a.txt", "published": "2024-05-20","#
            + #" "persons": [{"name": "张三", "titles": ["副市长"], "role": "official"}],"#
            + #" "places": [{"path": "辽宁省/朝阳市/凌源市", "code": "211382"}], "organizations": [{"name": "青禾电驱有限公司"}],"#
            + #" "amounts": [{"value": 1.5e9, "currency": "CNY"}], "events": [{"type": "signing", "date": null}],"#
            + #" "industries": ["automotive"]}"#
        let report = try ExtractionScorer().score(goldDirectory: folder.url, predictions: record + "\n")
        #expect(report.rendered(verbose: true) == Self.printedByScorePy)
        #expect(report.rendered().hasPrefix("field               P      R     F1   (tp/fp/fn)\n"))
    }

    static let printedByScorePy = """
        a place spurious: 辽宁省/朝阳市/凌源市
        a event missed: ('signing', '2024-05-20')
        a event spurious: ('signing', None)
        b has no extraction record
        b project missed: 亿高龙模具加工项目

        field               P      R     F1   (tp/fp/fn)
        persons         1.000  1.000  1.000   (1/0/0)
        titles          1.000  1.000  1.000   (1/0/0)
        roles           1.000  1.000  1.000   (1/0/0)
        places          0.667  1.000  0.800   (2/1/0)
        organizations   1.000  1.000  1.000   (1/0/0)
        projects        0.000  0.000  0.000   (0/0/1)
        stages          1.000  1.000  1.000   (0/0/0)
        quantities      1.000  1.000  1.000   (0/0/0)
        amounts         1.000  1.000  1.000   (1/0/0)
        events          0.000  0.000  0.000   (0/1/1)
        industries      1.000  1.000  1.000   (1/0/0)
        published       1.000  1.000  1.000   (2/0/0)
        documents 2, without a record 1
        headline F1 (macro of persons, places, organizations, projects, amounts): 0.760

        """
}
