import Foundation

/// Projects, amounts, events, industries and the publication date.
extension DocumentComparison {
    /// Names matched one-to-one at bigram Dice ≥ 0.7; for each match, its stage and its quantities.
    func compareProjects(_ report: inout ScoreReport) {
        let gold = self.gold.elements("projects")
        let predicted = self.predicted.elements("projects").filter { !$0.name().value.isEmpty }
        let goldNames = gold.map { $0.name() }
        let predictedNames = predicted.map { $0.name() }
        let matches = BigramMatcher.oneToOne(gold: goldNames, predicted: predictedNames, threshold: 0.7)
        report[.projects].add(matches.count, predicted.count - matches.count, gold.count - matches.count)
        self.noteUnmatched(.projects, "project", goldNames, predictedNames, matches, &report)
        for match in matches {
            self.compareStage(gold[match.gold], predicted[match.predicted], &report)
            Self.compareQuantities(gold[match.gold], predicted[match.predicted], &report)
        }
    }

    private func compareStage(_ gold: JSONValue, _ predicted: JSONValue, _ report: inout ScoreReport) {
        let goldStage = gold["stage"] ?? .null
        let predictedStage = predicted["stage"] ?? .null
        report[.stages].judge(goldStage == predictedStage)
        guard goldStage != predictedStage else { return }
        report.note(
            .stages,
            "\(self.name) stage of \(gold.name()): gold \(goldStage.pythonText) got \(predictedStage.pythonText)"
        )
    }

    private static func compareQuantities(_ gold: JSONValue, _ predicted: JSONValue, _ report: inout ScoreReport) {
        let goldTexts = Set(gold.elements("quantities").map(Self.quantityText))
        let predictedTexts = Set(predicted.elements("quantities").map(Self.quantityText))
        report[.quantities].add(
            goldTexts.intersection(predictedTexts).count,
            predictedTexts.subtracting(goldTexts).count,
            goldTexts.subtracting(predictedTexts).count
        )
    }

    private static let capacityPrefixes: [ExactString] = ["年产能", "年产", "产能"]

    /// `qty_text`: the quantity's text with 年产能, then 年产, then 产能 dropped from its start, in turn.
    static func quantityText(_ quantity: JSONValue) -> ExactString {
        var text = quantity.name(key: "text")
        for prefix in Self.capacityPrefixes where text.hasPrefix(prefix) {
            text = text.dropping(prefix)
        }
        return text
    }

    /// Each gold amount takes the first unused predicted one of its currency within 0.5 % (of at least 1).
    func compareAmounts(_ report: inout ScoreReport) {
        let gold = self.gold.elements("amounts").map { (Self.pythonFloat($0["value"]), $0["currency"] ?? .null) }
        let predicted = self.predicted.elements("amounts").filter(\.isObject)
            .map { (Self.pythonFloat($0["value"] ?? .number(0)), $0["currency"] ?? .null) }
        var used = Set<Int>()
        for (goldValue, goldCurrency) in gold {
            let found = predicted.indices.first { index in
                !used.contains(index) && predicted[index].1 == goldCurrency
                    && abs(predicted[index].0 - goldValue) <= 0.005 * max(abs(goldValue), 1)
            }
            if let found {
                used.insert(found)
            } else {
                report.note(.amounts, "\(self.name) amount missed: \(goldValue.pythonRepr) \(goldCurrency.pythonText)")
            }
        }
        report[.amounts].add(used.count, predicted.count - used.count, gold.count - used.count)
    }

    /// Python's `float(value)` for a number, a boolean or a numeric string; anything else (where Python would
    /// raise) reads as NaN, which matches nothing.
    static func pythonFloat(_ value: JSONValue?) -> Double {
        switch value {
        case .number(let number): number
        case .bool(let flag): flag ? 1 : 0
        case .string(let text): Double(text.value.trimmingCharacters(in: .whitespaces)) ?? .nan
        default: .nan
        }
    }

    /// (type, date) pairs as sets; a missing date is null.
    func compareEvents(_ report: inout ScoreReport) {
        let pairs = { (events: [JSONValue]) in
            Set(events.filter(\.isObject).map { JSONValue.array([$0["type"] ?? .null, $0["date"] ?? .null]) })
        }
        self.compareSets(
            .events,
            "event",
            gold: pairs(self.gold.elements("events")),
            predicted: pairs(self.predicted.elements("events")),
            into: &report
        ) { pair in
            guard case .array(let members) = pair else { return pair.pythonRepr }
            return JSONValue.pythonTuple(members)
        }
    }

    func compareIndustries(_ report: inout ScoreReport) {
        self.compareSets(
            .industries,
            "industry",
            gold: Set(self.gold.elements("industries")),
            predicted: Set(self.predicted.elements("industries")),
            into: &report
        )
    }

    /// Equal values (two nulls, or two missing dates, agree).
    func comparePublished(_ report: inout ScoreReport) {
        let gold = self.gold["published"] ?? .null
        let predicted = self.predicted["published"] ?? .null
        report[.published].judge(gold == predicted)
        guard gold != predicted else { return }
        report.note(.published, "\(self.name) published: gold \(gold.pythonText) got \(predicted.pythonText)")
    }
}
