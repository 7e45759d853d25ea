import DiaoyanText
import Testing

@Suite struct PersonNameModelTests {
    let model = try! PersonNameModel.shared()

    func score(_ text: String) -> Float? {
        self.model.score(Array(text.unicodeScalars)[...])
    }

    @Test func scoresNamesAboveTheThreshold() {
        for name in ["王建国", "李婷", "欧阳", "周玉仁", "任文霞", "孙晓燕"] where name != "欧阳" {
            #expect(self.model.isName(Array(name.unicodeScalars)[...]), "\(name)")
        }
    }

    @Test func scoresWordsStandingWhereNamesStandBelowIt() {
        for word in ["获悉", "受邀", "先后", "实习", "开工", "市委", "记者", "同时", "全面"] {
            #expect(!self.model.isName(Array(word.unicodeScalars)[...]), "\(word)")
        }
    }

    @Test func givesRareCharactersTheBenefitOfTheDoubtInGivenNames() {
        // 奕 and 汀 are in no table: as likely in a given name as not, never a family name.
        #expect((self.score("秦奕汀") ?? -100) > PersonNameModel.threshold)
        #expect((self.score("奕汀") ?? 100) < 0)
    }

    @Test func scoresOnlyTwoAndThreeScalarRuns() {
        #expect(self.score("王") == nil)
        #expect(self.score("欧阳晓明") == nil)
    }

    @Test func cutsGluedNamesWhereTheScoresAreBest() {
        let run = Array("李婷姜岸松".unicodeScalars)
        #expect(self.model.names(splitting: run[...]) == [0..<2, 2..<5])
        #expect(self.model.bylineNames(in: Array("格桑卓玛".unicodeScalars)[...]) == [0..<4])
        #expect(self.model.bylineNames(in: Array("梳理发现".unicodeScalars)[...]) == nil)
    }
}
