import DiaoyanText

/// Recognizes the name of a railway being built (`甲乙铁路`, `甲乙高铁项目`, `甲乙铁路丙至丁段`, `甲乙铁路2标段`): the
/// works is a line of `rail_transit`, unlike a name that only mentions one (`铁路专用线` is a siding of logistics,
/// `某大道下穿铁路项目` a road, `铁路物流基地` a depot).
package enum RailwayName {
    /// Whether `name` ends with a railway word, followed at most by a section (`…段`) and a project word.
    package static func isRailway(_ name: [Unicode.Scalar]) -> Bool {
        var end = name.count
        if let word = Self.projectWords.longestMatch(in: name, endingAt: end) { end -= word.length }
        if end > 0, name[end - 1] == "段" {
            // `拉萨至林芝段`, `2标段`: a short section after the line's name.
            guard let line = Self.lastRailwayWordEnd(in: name, before: end),
                end - line <= Self.sectionReach, !name[line..<end].contains(where: { Self.sectionBreaks.contains($0) })
            else { return false }
            end = line
        }
        guard let word = Self.railwayWords.longestMatch(in: name, endingAt: end) else { return false }
        return Self.crossings.longestMatch(in: name, endingAt: end - word.length) == nil
    }

    /// Where the last railway word before `end` ends.
    private static func lastRailwayWordEnd(in name: [Unicode.Scalar], before end: Int) -> Int? {
        var index = end
        while index > 0 {
            if Self.railwayWords.longestMatch(in: name, endingAt: index) != nil { return index }
            index -= 1
        }
        return nil
    }

    private static let railwayWords = ScalarTrie<Bool>(endingWords: ["铁路", "高铁", "城际", "客专"])
    private static let projectWords = ScalarTrie<Bool>(endingWords: ["建设项目", "项目", "工程"])
    /// A road passing under or over a line (`下穿铁路`, `上跨铁路`) is no railway.
    private static let crossings = ScalarTrie<Bool>(endingWords: ["下穿", "上跨"])
    /// The longest section name after a line's name, in scalars (`拉萨至林芝段`).
    private static let sectionReach = 10
    /// What a section's name does not hold: a works of its own beside the line (`站前`, `专用线`).
    private static let sectionBreaks = ScalarSet("站线场区园".unicodeScalars)
}
