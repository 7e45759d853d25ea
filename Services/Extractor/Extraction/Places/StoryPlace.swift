import DiaoyanModels
import DiaoyanText

/// The place a story is about, for the facts it tells without a place of their own.
///
/// Every mention counts for the place written and for each division it lies in. Starting from the province
/// written most, the choice goes down to the child written most as long as that child holds at least half of its
/// parent's mentions: a story about 哈尔滨市 that names 阿城区 and 双城区 once each stays at 哈尔滨市; one that names
/// 阿城区 four times goes down to it. Ties go to the place written first.
package enum StoryPlace {
    /// The story's place among `scene` (divisions with their mentions), nil when there is none.
    ///
    /// - Complexity: O(p·d) for p places of depth at most d.
    package static func of(_ scene: [PlaceResolver.Resolved], gazetteer: Gazetteer) -> Place? {
        var weight: [Int: Int] = [:]
        var first: [Int: Int] = [:]
        let lineages = scene.map { gazetteer.lineage(of: $0.division) }
        for (resolved, lineage) in zip(scene, lineages) {
            let start = resolved.mentions.map(\.lowerBound).min() ?? Int.max
            for node in lineage {
                weight[node, default: 0] += resolved.mentions.count
                first[node] = min(first[node] ?? Int.max, start)
            }
        }
        func heaviest(_ nodes: Set<Int>) -> Int? {
            nodes.max { lhs, rhs in
                weight[lhs]! != weight[rhs]! ? weight[lhs]! < weight[rhs]! : first[lhs]! > first[rhs]!
            }
        }
        guard var current = heaviest(Set(lineages.compactMap(\.first))) else { return nil }
        for depth in 1... {
            let children = Set(
                lineages.compactMap { lineage in
                    lineage.count > depth && lineage[depth - 1] == current ? lineage[depth] : nil
                }
            )
            guard let child = heaviest(children), weight[child]! * 2 >= weight[current]! else { break }
            current = child
        }
        return gazetteer.place(of: current)
    }
}
