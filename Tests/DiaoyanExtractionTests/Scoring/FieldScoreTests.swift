import DiaoyanEvaluation
import TestSupport
import Testing

@Suite struct FieldScoreTests {
    @Test func computesPrecisionRecallAndF1() {
        let score = FieldScore(truePositives: 3, falsePositives: 1, falseNegatives: 2)
        #expect(score.precision == 0.75)
        #expect(score.recall == 0.6)
        #expect(score.f1 == 2 * 0.75 * 0.6 / (0.75 + 0.6))
    }

    @Test func readsNothingToFindAndNothingFoundAsPerfect() {
        let score = FieldScore()
        #expect([score.precision, score.recall, score.f1] == [1, 1, 1])
    }

    @Test func readsNothingFoundOfSomethingAsZero() {
        let score = FieldScore(falseNegatives: 2)
        #expect([score.precision, score.recall, score.f1] == [0, 0, 0])
    }

    @Test func readsOnlySpuriousFindsAsZeroPrecisionAndFullRecall() {
        let score = FieldScore(falsePositives: 2)
        #expect([score.precision, score.recall, score.f1] == [0, 1, 0])
    }

    @Test func countsAJudgementAsAccuracy() {
        var score = FieldScore()
        score.judge(true)
        score.judge(false)
        #expect(score == FieldScore(truePositives: 1, falsePositives: 1, falseNegatives: 1))
        #expect(score.precision == 0.5 && score.recall == 0.5 && score.f1 == 0.5)
    }
}
