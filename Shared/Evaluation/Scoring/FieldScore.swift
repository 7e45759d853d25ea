/// The true-positive, false-positive and false-negative counts of one field, summed over documents, with
/// `score.py`'s precision, recall and F1.
package struct FieldScore: Hashable, Sendable {
    package var truePositives = 0
    package var falsePositives = 0
    package var falseNegatives = 0

    package init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    /// Adds one document's counts.
    package mutating func add(_ truePositives: Int, _ falsePositives: Int, _ falseNegatives: Int) {
        self.truePositives += truePositives
        self.falsePositives += falsePositives
        self.falseNegatives += falseNegatives
    }

    /// Adds one yes/no judgement: a hit counts as a true positive, a miss as one false positive and one false
    /// negative (so precision, recall and F1 all read as accuracy).
    package mutating func judge(_ correct: Bool) {
        self.add(correct ? 1 : 0, correct ? 0 : 1, correct ? 0 : 1)
    }

    /// tp / (tp + fp); with nothing predicted, 1 when nothing was missed either, else 0.
    package var precision: Double {
        let predicted = self.truePositives + self.falsePositives
        guard predicted > 0 else { return self.falseNegatives == 0 ? 1 : 0 }
        return Double(self.truePositives) / Double(predicted)
    }

    /// tp / (tp + fn); 1 when there was nothing to find.
    package var recall: Double {
        let expected = self.truePositives + self.falseNegatives
        guard expected > 0 else { return 1 }
        return Double(self.truePositives) / Double(expected)
    }

    /// The harmonic mean of precision and recall; 0 when both are 0.
    package var f1: Double {
        let (p, r) = (self.precision, self.recall)
        guard p + r > 0 else { return 0 }
        return 2 * p * r / (p + r)
    }
}
