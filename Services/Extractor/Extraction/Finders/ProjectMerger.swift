import DiaoyanText

/// Merges the mentions of one project written in different forms: a headline's short form
/// (`璧山高新区年产10GWh新型储能电池项目` for `重庆锐能新能源科技有限公司年产10GWh新型储能电池项目`), the name with and
/// without 项目, a later short reference (`峨眉硅材二期项目` for `峨眉硅材年产10万吨高纯晶硅项目二期`).
///
/// Two names are one project when, with 项目 and a leading place name removed, the shorter is the end of the longer,
/// shares a long common ending with it (six scalars and half its length), or has nearly all its scalars in it. The
/// merged project keeps the longest name written outside the headline.
package enum ProjectMerger {
    private static let suffix = Array("项目".unicodeScalars)

    /// Whether `alias` is written in brackets right after `name` (`A地块商业项目(某某商业项目)`): another name of the
    /// same project.
    private static func isBracketedAlias(_ alias: Range<Int>, of name: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool
    {
        alias.lowerBound == name.upperBound + 1 && (scalars[name.upperBound] == "(" || scalars[name.upperBound] == "（")
    }

    /// `found` with the mentions of each project merged, in order of first mention.
    ///
    /// - Complexity: O(p²·n) for p projects of at most n scalars.
    package static func merge(
        _ found: [ProjectFinder.Found],
        in scalars: [Unicode.Scalar],
        places: [Range<Int>],
        headline: Range<Int>?
    ) -> [ProjectFinder.Found] {
        let cores = found.map { Self.core(of: $0.range, in: scalars, places: places) }
        let sortedCores = cores.map { $0.sorted { $0.value < $1.value } }
        var groups: [[Int]] = []
        for index in found.indices {
            var joined: Int?
            for (groupIndex, group) in groups.enumerated()
            where group.contains(where: {
                Self.isBracketedAlias(found[index].range, of: found[$0].range, in: scalars)
                    || Self.sameProject(
                        cores[$0],
                        cores[index],
                        sorted: (sortedCores[$0], sortedCores[index]),
                        oneSentence: found[$0].sentence == found[index].sentence
                    )
            }) {
                joined = groupIndex
                break
            }
            if let joined {
                groups[joined].append(index)
            } else {
                groups.append([index])
            }
        }
        // A headline's project the body never names again is a short form of one it does (or a summary).
        let bodyHasProjects = found.contains { !(headline?.contains($0.range.lowerBound) ?? false) }
        if let headline, bodyHasProjects {
            groups.removeAll { group in group.allSatisfy { headline.contains(found[$0].range.lowerBound) } }
        }
        return groups.map { group in
            let inBody = group.filter { index in !(headline?.contains(found[index].range.lowerBound) ?? false) }
            let candidates = inBody.isEmpty ? group : inBody
            let kept = candidates.max { lhs, rhs in
                let left = found[lhs].range.count
                let right = found[rhs].range.count
                return left != right ? left < right : lhs > rhs
            }!
            var project = found[kept]
            project.mentions = group.flatMap { found[$0].mentions }.sorted { $0.lowerBound < $1.lowerBound }
            // One mention found as a name and as an item of a list (`A项目、B项目等10个项目当会签约`): the list's
            // anchor reaches the stage told after the list.
            for index in group
            where found[index].range.upperBound == project.range.upperBound
                && found[index].stageAnchor.upperBound > project.stageAnchor.upperBound
            {
                project.stageAnchor = found[index].stageAnchor
            }
            return project
        }
        .sorted { ($0.mentions.first?.lowerBound ?? 0) < ($1.mentions.first?.lowerBound ?? 0) }
    }

    /// Whether two cores name the same project; `sorted` holds each core's scalars in code-point order.
    ///
    /// Names written in one sentence are one project only when one ends the other: a sentence listing
    /// `金锣集团生猪肉食品一体化项目` and `东方希望集团生猪肉食品一体化项目` names two owners' projects, however much
    /// of their names they share.
    static func sameProject(
        _ first: [Unicode.Scalar],
        _ second: [Unicode.Scalar],
        sorted: ([Unicode.Scalar], [Unicode.Scalar]),
        oneSentence: Bool = false
    ) -> Bool {
        let (short, long) = first.count <= second.count ? (first, second) : (second, first)
        guard short.count >= 4 else { return short == long && !short.isEmpty }
        if long.count >= short.count, long.suffix(short.count).elementsEqual(short) { return true }
        if oneSentence { return false }
        var common = 0
        while common < short.count, short[short.count - 1 - common] == long[long.count - 1 - common] { common += 1 }
        if common >= 6 && common * 2 >= short.count { return true }
        // How many of the short core's scalars the long one holds, counted with repeats: a merge of sorted lists.
        let (shortSorted, longSorted) = first.count <= second.count ? sorted : (sorted.1, sorted.0)
        var contained = 0
        var cursor = 0
        for scalar in shortSorted {
            while cursor < longSorted.count, longSorted[cursor].value < scalar.value { cursor += 1 }
            if cursor < longSorted.count, longSorted[cursor] == scalar {
                contained += 1
                cursor += 1
            }
        }
        return contained * 20 >= short.count * 17
    }

    /// The scalars of a name without 项目 and without the place name it starts with.
    static func core(of range: Range<Int>, in scalars: [Unicode.Scalar], places: [Range<Int>]) -> [Unicode.Scalar] {
        var start = range.lowerBound
        while let place = places.first(where: { $0.lowerBound == start && $0.upperBound < range.upperBound }) {
            start = place.upperBound
        }
        var core: [Unicode.Scalar] = []
        var index = start
        while index < range.upperBound {
            if scalars.has(Self.suffix, at: index), index + Self.suffix.count <= range.upperBound {
                index += Self.suffix.count
                continue
            }
            core.append(scalars[index])
            index += 1
        }
        return core
    }
}
