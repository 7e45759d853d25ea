import DiaoyanText

extension ProjectFinder {
    /// The stops of a tour listed without 项目 and closed by what was looked at (`察看A菌菇基地、B中药材交易市场、
    /// C肉牛繁育基地建设情况`): each item that ends as a project's name does (a head noun: 基地, 市场, 水库…) is a
    /// project being seen. Lists closed by 等项目 are the core finder's.
    func tourStops(in scalars: [Unicode.Scalar], places: [Range<Int>], sentence: (Int) -> Range<Int>) -> [Found] {
        var found: [Found] = []
        var index = 0
        // The table read once: this runs over every scalar of the text.
        let lookedAt = Self.lookedAt
        while index < scalars.count {
            guard lookedAt.mayStart(with: scalars[index]),
                let closer = lookedAt.longestMatch(in: scalars, from: index)
            else {
                index += 1
                continue
            }
            defer { index += closer.length }
            guard let opener = self.tourVerbEnd(before: index, in: scalars) else { continue }
            let items = ClauseMarkers.enumerationItems(of: opener..<index, in: scalars)
            guard items.count >= 2 else { continue }
            for item in items {
                let name = Self.withoutWork(item, in: scalars)
                guard name.count >= 4, name.count <= 30,
                    Self.headNounEnds.longestMatch(in: scalars, endingAt: name.upperBound) != nil,
                    self.judge.isNamed(name, in: scalars, places: places, strictness: .listed)
                else { continue }
                var stop = Found(name: scalars.string(name), range: name, sentence: sentence(name.lowerBound))
                stop.stageAnchor = name.lowerBound..<index
                found.append(stop)
            }
        }
        return found
    }

    /// Where the tour verb before `end` ends, in the same clause (`调研`, `察看`, `查看`, `实地察看`).
    private func tourVerbEnd(before end: Int, in scalars: [Unicode.Scalar]) -> Int? {
        var index = end - 1
        while index >= 0, end - index <= 160, !ClauseMarkers.clausePunctuation.contains(scalars[index]) {
            if let verb = Self.tourVerbs.longestMatch(in: scalars, from: index), index + verb.length < end {
                return index + verb.length
            }
            index -= 1
        }
        return nil
    }

    /// The item without the work written after the site (`张家沟水库建设` → `张家沟水库`).
    private static func withoutWork(_ item: Range<Int>, in scalars: [Unicode.Scalar]) -> Range<Int> {
        guard let work = Self.works.longestMatch(in: scalars, endingAt: item.upperBound) else { return item }
        return item.lowerBound..<(item.upperBound - work.length)
    }

    private static let lookedAt = ScalarTrie<Bool>(words: [
        "建设情况", "进展情况", "建设进展", "施工情况", "生产情况", "运营情况", "建设谋划情况", "推进情况",
    ])
    private static let tourVerbs = ScalarTrie<Bool>(words: ["察看", "查看", "调研", "视察", "检查", "实地察看", "实地查看"])
    private static let works = ScalarTrie<Bool>(endingWords: ["建设", "项目建设"])
}
