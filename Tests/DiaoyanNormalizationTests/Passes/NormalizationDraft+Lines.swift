import DiaoyanNormalization

extension NormalizationDraft {
    /// A draft as line cleaning leaves it, for the passes after it: one line per non-empty string of `lines` (an
    /// empty string stands for a blank line), each scalar's origin its offset in `lines` joined by `\n`.
    init(lines: [String]) {
        self.init(scalars: [], origins: [])
        var offset: Int32 = 0
        var blankBefore = false
        for text in lines {
            let scalars = Array(text.unicodeScalars)
            guard !scalars.isEmpty else {
                blankBefore = true
                offset += 1
                continue
            }
            let count = Int32(scalars.count)
            self.lines.append(
                Line(
                    scalars: scalars,
                    originStart: self.origins.count,
                    breakOrigin: offset + count,
                    blankBefore: blankBefore
                )
            )
            self.origins += Array(offset..<(offset + count))
            offset += count + 1
            blankBefore = false
        }
    }

    /// The text of the draft's scalars (before line cleaning).
    var scalarText: String {
        String(String.UnicodeScalarView(self.scalars))
    }

    /// The cleaned lines as strings.
    var lineTexts: [String] {
        self.lines.map(\.string)
    }

    /// The origins of line `index`, one per scalar.
    func origins(ofLine index: Int) -> [Int32] {
        let line = self.lines[index]
        return Array(self.origins[line.originStart..<(line.originStart + line.scalars.count)])
    }
}
