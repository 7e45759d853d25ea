import DiaoyanText

/// Tidies one line: full-width ASCII letters and digits to half-width, white-space runs to one space, the `?`
/// that stands for a lost full-width space between Han characters back to a space, ends trimmed.
///
/// Chinese punctuation (，。：“”) is kept as written.
package enum LineCleaner {
    /// The cleaned line.
    package static func clean(_ line: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(line.count)
        var pendingSpace = false
        var index = line.startIndex
        while index < line.endIndex {
            var scalar = line[index]
            if (0xFF10...0xFF19).contains(scalar.value) || (0xFF21...0xFF3A).contains(scalar.value)
                || (0xFF41...0xFF5A).contains(scalar.value)
            {
                scalar = Unicode.Scalar(scalar.value - 0xFEE0)!
            }
            if scalar == "?" && index > line.startIndex && index + 1 < line.endIndex
                && line[index - 1].isHan && line[index + 1].isHan
            {
                scalar = " "
            }
            if scalar.isInlineSpace || scalar == "\r" {
                // No space just inside parentheses: `(记者 初霞 )` → `(记者 初霞)`.
                pendingSpace = !output.isEmpty && output.last != "(" && output.last != "（"
            } else {
                if pendingSpace && (scalar == ")" || scalar == "）") { pendingSpace = false }
                if pendingSpace {
                    output.append(" ")
                    pendingSpace = false
                }
                output.append(scalar)
            }
            index += 1
        }
        return output
    }
}
