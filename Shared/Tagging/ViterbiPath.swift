/// The best path through a linear-chain CRF: the tag sequence with the highest sum of emission scores and
/// tag-to-tag transition scores (LAC's decoder has no start or end scores).
enum ViterbiPath {
    /// The tag ids of the best path; `emissions` is `[steps, tags]`, `transitions` `[tags, tags]` (from, to).
    static func best(emissions: [Float], transitions: [Float], tags: Int) -> [Int] {
        let steps = emissions.count / tags
        guard steps > 0 else { return [] }
        var scores = Array(emissions[0..<tags])
        var next = [Float](repeating: 0, count: tags)
        var back = [Int32](repeating: 0, count: steps * tags)
        for step in 1..<max(1, steps) {
            for to in 0..<tags {
                var bestFrom = 0
                var bestScore = -Float.infinity
                for from in 0..<tags {
                    let score = scores[from] + transitions[from * tags + to]
                    if score > bestScore {
                        bestScore = score
                        bestFrom = from
                    }
                }
                next[to] = bestScore + emissions[step * tags + to]
                back[step * tags + to] = Int32(bestFrom)
            }
            swap(&scores, &next)
        }
        var tag = scores.indices.max { scores[$0] < scores[$1] }!
        var path = [Int](repeating: 0, count: steps)
        for step in stride(from: steps - 1, through: 0, by: -1) {
            path[step] = tag
            tag = Int(back[step * tags + tag])
        }
        return path
    }
}
