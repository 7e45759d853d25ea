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

    /// `scalars` without annotations, with one repair per annotation removed (`at` is the input offset).
    package func strip(_ scalars: [Unicode.Scalar]) -> (scalars: [Unicode.Scalar], repairs: [TextRepair]) {
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(scalars.count)
        var repairs: [TextRepair] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if (scalar == "(" || scalar == "（"), let previous = output.last, previous.isHan,
                let end = self.annotationEnd(scalars, open: index, after: previous)
            {
                repairs.append(TextRepair(kind: .pinyin, from: scalars.string(index..<end), to: "", at: index))
                index = end
                continue
            }
            output.append(scalar)
            index += 1
        }
        return (output, repairs)
    }

    /// One past the closing parenthesis when `open` starts an annotation reading `character`.
    private func annotationEnd(_ scalars: [Unicode.Scalar], open: Int, after character: Unicode.Scalar) -> Int? {
        var index = open + 1
        let limit = min(scalars.count, open + 12)
        var syllable: [Unicode.Scalar] = []
        while index < limit {
            let scalar = scalars[index]
            if scalar == ")" || scalar == "）" { break }
            if scalar == " " {
                index += 1
                continue
            }
            syllable.append(scalar)
            index += 1
        }
        guard index < limit, !syllable.isEmpty, let plain = PinyinReadings.plain(syllable) else { return nil }
        return self.readings.isReading(plain, of: character) ? index + 1 : nil
    }
}
