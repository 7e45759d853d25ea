import DiaoyanEvaluation
import TestSupport
import Testing

@Suite struct BigramMatcherTests {
    func names(_ names: String...) -> [ExactString] { names.map { ExactString($0) } }

    @Test func takesBigramsAsASetWithoutSpaces() {
        #expect(BigramMatcher.bigrams(ExactString("青禾 电驱")) == [["青", "禾"], ["禾", "电"], ["电", "驱"]])
        #expect(BigramMatcher.bigrams(ExactString("cccd")) == [["c", "c"], ["c", "d"]])
    }

    @Test func readsANameTooShortForABigramAsItself() {
        #expect(BigramMatcher.bigrams(ExactString("厂")) == [["厂"]])
        #expect(BigramMatcher.bigrams(ExactString("")) == [[]])
        #expect(BigramMatcher.dice(ExactString(""), ExactString("")) == 1)
    }

    @Test func measuresDiceOverTheBigramSets() {
        // 7 and 9 bigrams, 6 shared: 12 / 16.
        #expect(BigramMatcher.dice(ExactString("青禾电驱有限公司"), ExactString("青禾电驱科技有限公司")) == 0.75)
        #expect(BigramMatcher.dice(ExactString("青禾电驱"), ExactString("青禾 电驱")) == 1)
    }

    @Test func matchesAtExactlyTheThreshold() {
        let matches = BigramMatcher.oneToOne(
            gold: self.names("青禾电驱有限公司"),
            predicted: self.names("青禾电驱科技有限公司"),
            threshold: 0.75
        )
        #expect(matches.map(\.gold) == [0])
    }

    @Test func takesTheBestPairFirstEvenWhenThatStrandsAnother() {
        // Dice: cccd–ccd 1.0, cccd–ccdc 0.8, accd–ccd 0.8, accd–ccdc 0.67. The best pair takes both 0.8 partners,
        // so one match, where pairing across would have made two.
        let matches = BigramMatcher.oneToOne(
            gold: self.names("cccd", "accd"),
            predicted: self.names("ccd", "ccdc"),
            threshold: 0.7
        )
        #expect(matches.map { [$0.gold, $0.predicted] } == [[0, 0]])
    }

    @Test func breaksTiesTowardTheLaterGoldThenTheLaterPrediction() {
        // ab–aba and ba–aba both score 2/3: Python's reverse sort over (score, gi, pi) takes gold 1 first.
        let byGold = BigramMatcher.oneToOne(gold: self.names("ab", "ba"), predicted: self.names("aba"), threshold: 0.6)
        #expect(byGold.map { [$0.gold, $0.predicted] } == [[1, 0]])
        let byPrediction = BigramMatcher.oneToOne(
            gold: self.names("aba"),
            predicted: self.names("ab", "ba"),
            threshold: 0.6
        )
        #expect(byPrediction.map { [$0.gold, $0.predicted] } == [[0, 1]])
    }

    @Test func matchesNothingBelowTheThreshold() {
        let matches = BigramMatcher.oneToOne(gold: self.names("ab"), predicted: self.names("aba"), threshold: 0.7)
        #expect(matches.isEmpty)
    }
}
