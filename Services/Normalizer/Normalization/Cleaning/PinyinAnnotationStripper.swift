import DiaoyanText

/// Removes reading annotations glued after Han characters (`項(xiàng)目` → `項目`, `創(chuàng )新` → `創新`).
///
/// An annotation is dropped only when its syllable is one of the readings of the character before it, so real
/// parentheses — `(黑龙江)`, `(记者 初霞)`, `市(地)`, `(一期)` — are never touched.
package struct PinyinAnnotationStripper: Sendable {
    private let readings: PinyinReadings

    package init(readings: PinyinReadings) {
        self.readings = readings
    }

    /// `scalars` without annotations, one repair per annotation removed, and where each kept scalar came from.
    ///
    /// - Parameters:
    ///   - scalars: the text.
    ///   - origins: one input offset per scalar of `scalars` (its offset in the decoded document).
    /// - Returns: the kept scalars; one repair per annotation, `at` the origin of its `(`; the origins of the kept
    ///   scalars (a kept scalar keeps its origin).
    /// - Complexity: O(n).
    package func strip(_ scalars: [Unicode.Scalar], origins: [Int32]) -> (
        scalars: [Unicode.Scalar], repairs: [TextRepair], origins: [Int32]
    ) {
        precondition(origins.count == scalars.count, "one origin per scalar")
        var output: [Unicode.Scalar] = []
        var outputOrigins: [Int32] = []
        var repairs: [TextRepair] = []
        // Kept scalars are copied a run at a time, from `kept` up to the next annotation.
        var kept = 0
        var previous: Unicode.Scalar?
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            // The character read is the one before `(`, or before one space and `(` (`训 (liàn)练`).
            // Any white space the line cleaner would turn into a space counts (`長\r(cháng)`), or a second pass
            // would find an annotation the first one left.
            let spaced = previous.map { $0.isInlineSpace || $0 == "\r" } == true && index >= 2 && index - 2 >= kept
            if (scalar == "(" || scalar == "（"), let read = spaced ? scalars[index - 2] : previous, read.isHan,
                let end = self.annotationEnd(scalars, open: index, after: read)
            {
                if kept == 0 {
                    output.reserveCapacity(scalars.count)
                    outputOrigins.reserveCapacity(scalars.count)
                }
                let start = spaced ? index - 1 : index
                output.append(contentsOf: scalars[kept..<start])
                outputOrigins.append(contentsOf: origins[kept..<start])
                repairs.append(
                    TextRepair(kind: .pinyin, from: scalars.string(start..<end), to: "", at: Int(origins[start]))
                )
                index = end
                kept = end
                continue
            }
            previous = scalar
            index += 1
        }
        // Without annotations the input is the output.
        guard kept > 0 else { return (scalars, repairs, origins) }
        output.append(contentsOf: scalars[kept...])
        outputOrigins.append(contentsOf: origins[kept...])
        return (output, repairs, outputOrigins)
    }

    /// One past the closing parenthesis when `open` starts an annotation reading `character`.
    private func annotationEnd(_ scalars: [Unicode.Scalar], open: Int, after character: Unicode.Scalar) -> Int? {
        guard let (syllable, end) = PinyinSyllable.annotation(in: scalars, from: open + 1) else { return nil }
        return self.readings.isReading(syllable, of: character) ? end : nil
    }
}
