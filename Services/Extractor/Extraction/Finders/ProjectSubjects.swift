import DiaoyanText

/// Which project a clause outside every project's name speaks of, for the readers that give a project what its
/// description states (``ProjectQuantityReader``'s capacities, ``ProjectContentReader``'s industries): the project
/// last named earlier in the sentence, else the one named before the sentence when a clause before the position
/// opens with an anaphor (`该项目…装机30万千瓦`, `这个项目…年加工玉米30万吨`).
package struct ProjectSubjects {
    /// Every mention with the index of its project, in text order.
    private let mentions: [(project: Int, range: Range<Int>)]
    /// How many projects there are.
    package let count: Int

    /// The subjects among the projects whose mentions are `projects` (by index).
    package init(_ projects: [[Range<Int>]]) {
        self.mentions = projects.enumerated().flatMap { index, ranges in ranges.map { (index, $0) } }
            .sorted { $0.range.lowerBound < $1.range.lowerBound }
        self.count = projects.count
    }

    /// Whether `position` lies inside a project's mention (a figure of the name itself, not of its description).
    package func namesAProject(at position: Int) -> Bool {
        self.mentions.contains { $0.range.contains(position) }
    }

    /// The index of the project what is written at `position` in `sentence` speaks of, nil when none.
    package func subject(of position: Int, in sentence: Range<Int>, scalars: [Unicode.Scalar]) -> Int? {
        if let named = self.mentions.last(where: {
            $0.range.lowerBound >= sentence.lowerBound && $0.range.upperBound <= position
        }) {
            return named.project
        }
        guard Self.hasAnaphor(in: sentence.lowerBound..<position, scalars: scalars) else { return nil }
        return self.mentions.last { $0.range.upperBound <= sentence.lowerBound }?.project
    }

    /// Whether a clause inside `range` opens with an anaphor (`该项目`, `基地`): what it says is about the project
    /// last named before it.
    private static func hasAnaphor(in range: Range<Int>, scalars: [Unicode.Scalar]) -> Bool {
        var clauseStart = range.lowerBound
        for index in range.lowerBound...range.upperBound {
            if index == range.upperBound || ClauseMarkers.clausePunctuation.contains(scalars[index]) {
                if Self.anaphors.contains(where: { scalars.has($0, at: clauseStart) }) { return true }
                clauseStart = index + 1
            }
        }
        return false
    }

    /// Words opening a clause that refer to the project last named.
    private static let anaphors: [[Unicode.Scalar]] = [
        "该项目", "这个项目", "此项目", "项目", "该工程", "工程", "该基地", "这个基地", "基地", "园区", "产业园", "该园区",
        "中心", "一期", "二期",
    ].map { Array($0.unicodeScalars) }
}
