import DiaoyanText

/// A headline's second line that only says who came and what they did (`李某宣布开工`, `王某 张某等为工程开工奠基`,
/// `王某出席竣工仪式并会见…`): a subtitle under the main line, no part of the title.
///
/// It opens with one to four short runs of Han scalars (names, maybe with their titles) parted by spaces or `、`,
/// then a verb of officials at a ceremony within its first dozen scalars; `为` counts only after `等`, which closes a
/// list of people (`…等为`). A line with a figure before the verb states a fact instead (`2个项目为…`).
package enum PeopleSubtitle {
    /// Whether `line` is such a subtitle.
    package static func isOne(_ line: [Unicode.Scalar]) -> Bool {
        let reach = min(line.count, Self.verbReach)
        for position in 2..<max(2, reach) {
            guard Self.verbs.longestMatch(in: line, from: position) != nil || Self.isListsFor(at: position, in: line)
            else { continue }
            return Self.namesOnly(line[0..<position])
        }
        return false
    }

    /// Whether `为` at `position` follows the `等` closing a list of people (`某某等为`).
    private static func isListsFor(at position: Int, in line: [Unicode.Scalar]) -> Bool {
        line[position] == "为" && line[position - 1] == "等"
    }

    /// Whether `prefix` is only runs of two to four Han scalars parted by spaces or `、`, the last maybe closed by 等.
    private static func namesOnly(_ prefix: ArraySlice<Unicode.Scalar>) -> Bool {
        var runs = 0
        var length = 0
        for scalar in prefix {
            if scalar == " " || scalar == "、" {
                guard (2...4).contains(length) else { return false }
                runs += 1
                length = 0
            } else if scalar.isHan, !Self.notInNames.contains(scalar) {
                length += 1
            } else {
                return false
            }
        }
        if length > 0 {
            guard (2...5).contains(length) else { return false }
            runs += 1
        }
        return (1...4).contains(runs)
    }

    /// How far into the line the verb may stand.
    private static let verbReach = 13
    private static let verbs = ScalarTrie<Bool>(words: [
        "出席", "宣布", "下达", "参加", "致辞", "主持", "会见", "揭牌", "见证", "讲话", "剪彩", "启动",
    ])
    /// Scalars of a statement, never of a name (`项目`, `举行`, a place's suffix with a figure is caught as no Han).
    private static let notInNames = ScalarSet("项目行举开工签约集中重大点".unicodeScalars)
}
