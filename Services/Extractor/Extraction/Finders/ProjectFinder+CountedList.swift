import DiaoyanText

extension ProjectFinder {
    /// The items of a counted list whose items commas separate, as pages write them when an item holds a 、 of its
    /// own: `10个项目分别是A道路工程,B、C一体化供水工程,D项目,…。`. The items up to the sentence's end must be as
    /// many as the count, which is what makes the commas separators of one list rather than clauses.
    ///
    /// - Parameters:
    ///   - introducer: where the introducing word (`分别是`, `具体为`) starts and where the items start.
    /// - Returns: the items that name a project as items of a list do; none unless the count matches.
    func commaSeparatedItems(
        introducedAt introducer: (start: Int, end: Int),
        in scalars: [Unicode.Scalar],
        sentence: Range<Int>
    ) -> [Found] {
        guard let count = self.countBefore(introducer.start, in: scalars), count >= 3 else { return [] }
        var items: [Range<Int>] = []
        var itemStart = introducer.end
        var index = introducer.end
        while index < scalars.count, index - introducer.end < 400 {
            let scalar = scalars[index]
            if scalar == "," || scalar == "，" || ClauseMarkers.sentencePunctuation.contains(scalar) {
                items.append(itemStart..<index)
                itemStart = index + 1
                if ClauseMarkers.sentencePunctuation.contains(scalar) { break }
            }
            index += 1
        }
        guard items.count == count else { return [] }
        let names = items.map { Self.withoutJoiner($0, in: scalars) }
        // Every item ends as a project's name does (`…工程`, `…项目`, `…储备库建设`), or the commas part clauses
        // (`…,总投资额均过5亿元,年内完工。`).
        guard
            names.allSatisfy({ name in
                name.count >= 4 && name.count <= 40
                    && Self.projectNameEnds.longestMatch(in: scalars, endingAt: name.upperBound) != nil
                    && self.judge.isNamed(name, in: scalars, strictness: .listed)
            })
        else { return [] }
        return names.map { Found(name: scalars.string($0), range: $0, sentence: sentence) }
    }

    /// How the name of a project listed without 项目 ends: a head noun (`工程`, `产业园`) or a verb of building.
    private static let projectNameEnds = ScalarTrie<Bool>(
        endingWords: ["项目"] + ProjectLexicon.headNouns + ProjectLexicon.verbsEndingNames
    )

    /// The count of projects written in the dozen scalars before `start` (`10个项目分别是`), when one is.
    func countBefore(_ start: Int, in scalars: [Unicode.Scalar]) -> Int? {
        // The nearest count (`第二批重点工程共15项，分别为` counts 15, not the second batch).
        for index in (max(0, start - 12)..<start).reversed() where ChineseNumber.startsNumber(scalars[index]) {
            guard index == 0 || !ChineseNumber.startsNumber(scalars[index - 1]),
                let number = ChineseNumber.read(scalars, from: index),
                index + number.length < scalars.count,
                ProjectLexicon.counters.contains(scalars[index + number.length]),
                number.value == number.value.rounded(), number.value < 100
            else { continue }
            return Int(number.value)
        }
        return nil
    }

    /// The item without a joining word opening it (`以及D工程`, `和E项目`).
    private static func withoutJoiner(_ item: Range<Int>, in scalars: [Unicode.Scalar]) -> Range<Int> {
        for joiner in Self.joiners where scalars.has(joiner, at: item.lowerBound) {
            return (item.lowerBound + joiner.count)..<item.upperBound
        }
        return item
    }

    private static let joiners: [[Unicode.Scalar]] = ["以及", "和", "及", "与"].map { Array($0.unicodeScalars) }

    /// The items in brackets right after a count of projects (`举办8个重点产业项目(A有限公司、B有限公司、…)集中开工仪式`):
    /// each names one of the projects counted, often by its company; none unless they are as many as counted.
    ///
    /// - Parameter at: where the 项目 closing the count stands.
    func bracketedItems(afterProjectsAt at: Int, in scalars: [Unicode.Scalar], sentence: Range<Int>) -> [Found] {
        let open = at + 2
        guard open < scalars.count, scalars[open] == "(" || scalars[open] == "（",
            let count = self.countBefore(at, in: scalars), count >= 2
        else { return [] }
        var items: [Range<Int>] = []
        var itemStart = open + 1
        var index = open + 1
        while index < scalars.count, index - open < 400 {
            let scalar = scalars[index]
            if scalar == "、" || scalar == ")" || scalar == "）" {
                items.append(itemStart..<index)
                itemStart = index + 1
                if scalar != "、" { break }
            } else if ClauseMarkers.clausePunctuation.contains(scalar) {
                return []
            }
            index += 1
        }
        guard items.count == count,
            items.allSatisfy({
                $0.count >= 4 && $0.count <= 40 && self.judge.isNamed($0, in: scalars, strictness: .listed)
            })
        else { return [] }
        return items.map { item in
            var found = Found(name: scalars.string(item), range: item, sentence: sentence)
            found.stageAnchor = item.lowerBound..<min(index + 8, scalars.count)
            return found
        }
    }
}
