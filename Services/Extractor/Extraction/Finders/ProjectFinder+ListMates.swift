import DiaoyanText

extension ProjectFinder {
    /// The projects listed beside found ones without the word 项目: in `先后前往体育馆、稻渔现代农业园区、加工园项目建设现场`
    /// or `A项目、B大道扩建工程、C污水处理厂二期工程现场`, an item ending in a project's head noun (工程, 园区, 基地, 中心…)
    /// is a project too, since its list is one of projects.
    ///
    /// Items that end otherwise (`体育馆`, a company, a town) are left alone: a visit's list also holds places and firms.
    /// - Complexity: O(n) over the clauses that hold a found project.
    func listMates(
        of found: [Found],
        in scalars: [Unicode.Scalar],
        places: [Range<Int>],
        sentence: (Int) -> Range<Int>
    ) -> [Found] {
        var mates: [Found] = []
        var clauses = Set<Int>()
        for project in found {
            let clause = Self.clause(around: project.range, in: scalars)
            guard clauses.insert(clause.lowerBound).inserted else { continue }
            let items = ClauseMarkers.enumerationItems(of: clause, in: scalars)
            guard items.count >= 2, items.contains(where: { $0.overlaps(project.range) }) else { continue }
            // `A马达厂和B综合体`: an item may join two sites with 和, each read on its own.
            let parts = items.filter { item in !found.contains { $0.range.overlaps(item) } }.flatMap {
                self.conjoinedParts($0, joiners: Self.and, in: scalars)
            }
            for part in parts {
                guard let mate = self.mate(in: part, of: clause, scalars: scalars, places: places),
                    !mates.contains(where: { $0.range.overlaps(mate) })
                else { continue }
                var listed = Found(name: scalars.string(mate), range: mate, sentence: sentence(mate.lowerBound))
                // Its stage is told where the list's is (`…、C项目建设现场`), as for the items of `A、B、C项目`.
                listed.stageAnchor =
                    min(
                        mate.lowerBound,
                        project.stageAnchor.lowerBound
                    )..<max(mate.upperBound, project.stageAnchor.upperBound)
                mates.append(listed)
            }
        }
        return mates
    }

    /// The project an item names: its words up to a head noun that ends it, or that only `现场`, `等地` or `等`
    /// follow; nil when it ends otherwise or is no name.
    private func mate(
        in item: Range<Int>,
        of clause: Range<Int>,
        scalars: [Unicode.Scalar],
        places: [Range<Int>]
    ) -> Range<Int>? {
        var end = item.upperBound
        while let tail = Self.tails.longestMatch(in: scalars, endingAt: end), end - tail.length > item.lowerBound {
            end -= tail.length
        }
        guard Self.mateHeads.longestMatch(in: scalars, endingAt: end) != nil else { return nil }
        // The first item carries the clause's leading words (`先后前往…`): its name starts where a name would.
        let start =
            item.lowerBound == clause.lowerBound
            ? max(self.nameStart(endingAt: end, in: scalars), item.lowerBound) : item.lowerBound
        guard end - start >= 4, !self.endsWithLeadingWord(start..<end, in: scalars),
            !scalars[start..<end].contains(where: { Self.notInNames.contains($0) }),
            self.judge.isNamed(start..<end, in: scalars, places: places)
        else { return nil }
        return start..<end
    }

    /// The clause around `range`: between the clause punctuation before and after it.
    private static func clause(around range: Range<Int>, in scalars: [Unicode.Scalar]) -> Range<Int> {
        var start = range.lowerBound
        while start > 0, range.lowerBound - start < 300, !ClauseMarkers.clausePunctuation.contains(scalars[start - 1]) {
            start -= 1
        }
        var end = range.upperBound
        while end < scalars.count, end - range.upperBound < 300, !ClauseMarkers.clausePunctuation.contains(scalars[end])
        {
            end += 1
        }
        return start..<end
    }

    /// Words of a list of sites after an item's name (`…工程现场`, `…基地等地`).
    private static let tails = ScalarTrie<Bool>(endingWords: ["现场", "建设现场", "施工现场", "等地", "等"])
    /// Head nouns that end a listed project's name.
    private static let mateHeads = ScalarTrie<Bool>(endingWords: ProjectLexicon.headNouns + ["园区", "大桥", "公路"])
    /// Scalars no listed name holds: a sentence within the item.
    private static let notInNames: ScalarSet = ["，", ",", "：", ":", "的"]
}
