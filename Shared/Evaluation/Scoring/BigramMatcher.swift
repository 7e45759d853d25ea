/// One-to-one matching of names by character-bigram Dice similarity, as `score.py` matches organizations
/// (threshold 0.75) and projects (0.7).
package enum BigramMatcher {
    /// A bigram, or the whole string when it is shorter than two scalars.
    package typealias Gram = [Unicode.Scalar]

    /// The set of adjacent scalar pairs of `name` with spaces (U+0020) removed; a name of fewer than two scalars
    /// is its own single gram (`""` gives `{""}`), like Python's `{s[i:i+2] …} or {s}`.
    ///
    /// - Complexity: O(*n*) for a name of *n* scalars.
    package static func bigrams(_ name: ExactString) -> Set<Gram> {
        let scalars: [Unicode.Scalar] = name.value.unicodeScalars.filter { $0 != " " }
        guard scalars.count >= 2 else { return [Array(scalars)] }
        return Set(scalars.indices.dropLast().map { [scalars[$0], scalars[$0 + 1]] })
    }

    /// Sørensen–Dice coefficient of the two names' bigram sets: 2·|X∩Y| / (|X|+|Y|).
    ///
    /// - Complexity: O(*n* + *m*).
    package static func dice(_ a: ExactString, _ b: ExactString) -> Double {
        let x = Self.bigrams(a)
        let y = Self.bigrams(b)
        return Double(2 * x.intersection(y).count) / Double(x.count + y.count)
    }

    /// Greedy best-first matching: every (gold, predicted) pair sorted by score, then gold index, then predicted
    /// index, all descending (Python's `sorted(…, reverse=True)` over `(score, gi, pi)`); pairs are taken while the
    /// score reaches `threshold` and neither side is taken yet.
    ///
    /// - Returns: the matched `(gold index, predicted index)` pairs in the order they were taken.
    /// - Complexity: O(*g*·*p*·log(*g*·*p*)) plus the Dice computations.
    package static func oneToOne(
        gold: [ExactString],
        predicted: [ExactString],
        threshold: Double
    ) -> [(gold: Int, predicted: Int)] {
        var pairs: [(score: Double, gold: Int, predicted: Int)] = []
        for (g, goldName) in gold.enumerated() {
            for (p, predictedName) in predicted.enumerated() {
                pairs.append((Self.dice(goldName, predictedName), g, p))
            }
        }
        pairs.sort { ($0.score, $0.gold, $0.predicted) > ($1.score, $1.gold, $1.predicted) }
        var usedGold = Set<Int>()
        var usedPredicted = Set<Int>()
        var matches: [(gold: Int, predicted: Int)] = []
        for pair in pairs {
            guard pair.score >= threshold else { break }
            guard !usedGold.contains(pair.gold), !usedPredicted.contains(pair.predicted) else { continue }
            usedGold.insert(pair.gold)
            usedPredicted.insert(pair.predicted)
            matches.append((pair.gold, pair.predicted))
        }
        return matches
    }
}
