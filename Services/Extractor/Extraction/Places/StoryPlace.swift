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
        // A scene holds a few dozen divisions at most: nodes, weights and first mentions in parallel arrays,
        // searched in place rather than hashed.
        var nodes: [Int] = []
        var weight: [Int] = []
        var first: [Int] = []
        nodes.reserveCapacity(scene.count * 3)
        weight.reserveCapacity(scene.count * 3)
        first.reserveCapacity(scene.count * 3)
        let lineages = scene.map { gazetteer.lineage(of: $0.division) }
        for (resolved, lineage) in zip(scene, lineages) {
            var start = Int.max
            for mention in resolved.mentions { start = min(start, mention.lowerBound) }
            for node in lineage {
                guard let slot = nodes.firstIndex(of: node) else {
                    nodes.append(node)
                    weight.append(resolved.mentions.count)
                    first.append(start)
                    continue
                }
                weight[slot] += resolved.mentions.count
                first[slot] = min(first[slot], start)
            }
        }
        // Distinct nodes never tie on both: each mention is one division's, so their first mentions differ.
        func heaviest(_ candidates: [Int]) -> Int? {
            candidates.max { lhs, rhs in
                weight[lhs] != weight[rhs] ? weight[lhs] < weight[rhs] : first[lhs] > first[rhs]
            }
        }
        func slots(_ candidates: [Int]) -> [Int] {
            var slots: [Int] = []
            for node in candidates {
                let slot = nodes.firstIndex(of: node)!
                if !slots.contains(slot) { slots.append(slot) }
            }
            return slots
        }
        guard var current = heaviest(slots(lineages.compactMap { $0.first })) else { return nil }
        for depth in 1... {
            let children = slots(
                lineages.compactMap { lineage in
                    lineage.count > depth && lineage[depth - 1] == nodes[current] ? lineage[depth] : nil
                }
            )
            guard let child = heaviest(children), weight[child] * 2 >= weight[current] else { break }
            current = child
        }
        return gazetteer.place(of: nodes[current])
    }
}
