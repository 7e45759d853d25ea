/// One document's gold annotation against its extraction record, field by field, by `score.py`'s `score_doc`.
///
/// Both sides are loosely typed JSON: a collection that is missing or not an array reads as empty, a
/// predicted element without a name is skipped, and strings or objects are accepted wherever `score.py`'s
/// `name_of` accepts them.
struct DocumentComparison {
    /// The document's name (the gold file's stem), which starts every miss-log line.
    var name: String
    var gold: JSONValue
    var predicted: JSONValue

    /// Adds this document's counts and miss-log lines to `report`.
    func record(into report: inout ScoreReport) {
        self.comparePersons(&report)
        self.comparePlaces(&report)
        self.compareOrganizations(&report)
        self.compareProjects(&report)
        self.compareAmounts(&report)
        self.compareEvents(&report)
        self.compareIndustries(&report)
        self.comparePublished(&report)
    }

    /// `set_compare`: tallies the sets and logs the misses, then the spurious ones, each sorted.
    func compareSets(
        _ field: ScoredField,
        _ label: String,
        gold: Set<JSONValue>,
        predicted: Set<JSONValue>,
        into report: inout ScoreReport,
        render: (JSONValue) -> String = \.pythonText
    ) {
        let missed = gold.subtracting(predicted)
        let spurious = predicted.subtracting(gold)
        report[field].add(gold.intersection(predicted).count, spurious.count, missed.count)
        for value in missed.sorted(by: JSONValue.precedes) {
            report.note(field, "\(self.name) \(label) missed: \(render(value))")
        }
        for value in spurious.sorted(by: JSONValue.precedes) {
            report.note(field, "\(self.name) \(label) spurious: \(render(value))")
        }
    }

    /// Names exact; then, for each name on both sides, its titles and its role.
    private func comparePersons(_ report: inout ScoreReport) {
        let gold = Self.byName(self.gold.elements("persons"), keepingUnnamed: true)
        let predicted = Self.byName(self.predicted.elements("persons"), keepingUnnamed: false)
        self.compareSets(
            .persons,
            "person",
            gold: Set(gold.keys.map(JSONValue.string)),
            predicted: Set(predicted.keys.map(JSONValue.string)),
            into: &report
        )
        for (name, goldPerson) in gold {
            guard let predictedPerson = predicted[name] else { continue }
            Self.compareTitles(goldPerson, predictedPerson, &report)
            report[.roles].judge((goldPerson["role"] ?? .null) == (predictedPerson["role"] ?? .null))
        }
    }

    /// Python's `{name_of(x): x for x in items}`: the last element of a name wins.
    private static func byName(_ items: [JSONValue], keepingUnnamed: Bool) -> [ExactString: JSONValue] {
        var byName: [ExactString: JSONValue] = [:]
        for item in items {
            let name = item.name()
            guard keepingUnnamed || !name.value.isEmpty else { continue }
            byName[name] = item
        }
        return byName
    }

    /// A gold title counts when a predicted title equals it or one contains the other; unmatched predicted titles
    /// (duplicates included) are false positives.
    private static func compareTitles(_ gold: JSONValue, _ predicted: JSONValue, _ report: inout ScoreReport) {
        let goldTitles = gold.elements("titles").compactMap(\.string)
        let predictedTitles = predicted.elements("titles").compactMap(\.string)
        let matched = goldTitles.filter { title in
            predictedTitles.contains { $0 == title || $0.contains(title) || title.contains($0) }
        }.count
        report[.titles].add(matched, max(0, predictedTitles.count - matched), goldTitles.count - matched)
    }

    /// Paths expanded to every ancestor on both sides.
    private func comparePlaces(_ report: inout ScoreReport) {
        let gold = Self.expandedPaths(self.gold.elements("places").map { $0.name(key: "path") })
        let predicted = Self.expandedPaths(self.predicted.elements("places").map { $0.name(key: "path") })
        self.compareSets(.places, "place", gold: gold, predicted: predicted, into: &report)
    }

    /// `expand_paths`: `辽宁省/朝阳市/凌源市` gives `辽宁省`, `辽宁省/朝阳市` and itself; empty segments are dropped.
    static func expandedPaths(_ paths: [ExactString]) -> Set<JSONValue> {
        var expanded = Set<JSONValue>()
        for path in paths {
            let parts = path.value.unicodeScalars.split(separator: "/").map { String($0) }
            for last in parts.indices {
                expanded.insert(.string(ExactString(parts[...last].joined(separator: "/"))))
            }
        }
        return expanded
    }

    /// Names matched one-to-one at bigram Dice ≥ 0.75.
    private func compareOrganizations(_ report: inout ScoreReport) {
        let gold = self.gold.elements("organizations").map { $0.name() }
        let predicted = self.predicted.elements("organizations").map { $0.name() }.filter { !$0.value.isEmpty }
        let matches = BigramMatcher.oneToOne(gold: gold, predicted: predicted, threshold: 0.75)
        report[.organizations].add(matches.count, predicted.count - matches.count, gold.count - matches.count)
        self.noteUnmatched(.organizations, "organization", gold, predicted, matches, &report)
    }

    /// Logs the gold names no match took, then the predicted ones, each in index order.
    func noteUnmatched(
        _ field: ScoredField,
        _ label: String,
        _ gold: [ExactString],
        _ predicted: [ExactString],
        _ matches: [(gold: Int, predicted: Int)],
        _ report: inout ScoreReport
    ) {
        let matchedGold = Set(matches.map(\.gold))
        let matchedPredicted = Set(matches.map(\.predicted))
        for index in gold.indices where !matchedGold.contains(index) {
            report.note(field, "\(self.name) \(label) missed: \(gold[index])")
        }
        for index in predicted.indices where !matchedPredicted.contains(index) {
            report.note(field, "\(self.name) \(label) spurious: \(predicted[index])")
        }
    }
}
