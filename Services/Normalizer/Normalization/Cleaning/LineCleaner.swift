import DiaoyanText

/// Tidies one line: full-width ASCII letters and digits to half-width, white-space runs to one space, the `?`
/// that stands for a lost full-width space between Han characters back to a space, a comma doubling the mark after
/// it (`,,` `,、` `,。`) dropped, no space around an enumeration comma (`王洋、 连向红`) nor inside a date (`8 月 23
/// 日`), ends trimmed.
///
/// Chinese punctuation (，。：“”) is kept as written.
package enum LineCleaner {
    /// The cleaned line; where each of its scalars came from is appended to `cleanedOrigins`.
    ///
    /// The origins go to a buffer the caller keeps for the whole document rather than to an array per line, so
    /// tracking them costs no allocation.
    ///
    /// - Parameters:
    ///   - line: one line of text, without its line break.
    ///   - origins: the input offsets of the line's scalars, indexed like `line` (both are slices of parallel arrays
    ///     over the same range).
    ///   - cleanedOrigins: receives one origin per scalar returned: a kept or width-folded scalar keeps its origin, a
    ///     space standing for a white-space run (or a restored `?`) takes the origin of the run's first scalar.
    /// - Returns: the cleaned scalars.
    /// - Complexity: O(n).
    package static func clean(
        _ line: ArraySlice<Unicode.Scalar>,
        origins: ArraySlice<Int32>,
        appendingOriginsTo cleanedOrigins: inout [Int32]
    ) -> [Unicode.Scalar] {
        precondition(origins.indices == line.indices, "one origin per scalar, indexed like the line")
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(line.count)
        var pendingSpace = false
        var spaceOrigin: Int32 = 0
        var inSpaceRun = false
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
            // `总投资653亿元,,年计划`, `产业项目23项,、总投资`, `动建,。`: a scraper's comma doubling the mark after it.
            if (scalar == "," || scalar == "，") && index + 1 < line.endIndex
                && Self.marksAfterDoubledComma.contains(line[index + 1])
            {
                index += 1
                continue
            }
            if scalar.isInlineSpace || scalar == "\r" {
                if !inSpaceRun {
                    spaceOrigin = origins[index]
                    inSpaceRun = true
                }
                // No space just inside parentheses, nor after an enumeration comma: `(记者 初霞 )` → `(记者 初霞)`,
                // `王洋、 连向红` → `王洋、连向红`.
                pendingSpace = !output.isEmpty && output.last != "(" && output.last != "（" && output.last != "、"
            } else {
                inSpaceRun = false
                if pendingSpace && (scalar == ")" || scalar == "）" || scalar == "、") { pendingSpace = false }
                // `8 月 23 日`, `2009年9月 21日`: a date typeset with spaces around its figures is one date.
                if pendingSpace, let last = output.last, Self.spacesADate(last, scalar) { pendingSpace = false }
                if pendingSpace {
                    output.append(" ")
                    cleanedOrigins.append(spaceOrigin)
                    pendingSpace = false
                }
                output.append(scalar)
                cleanedOrigins.append(origins[index])
            }
            index += 1
        }
        return output
    }

    /// Whether a space between `before` and `after` only spaces a date's figure from its unit: a digit before
    /// 年/月/日, or 年/月 before a digit.
    private static func spacesADate(_ before: Unicode.Scalar, _ after: Unicode.Scalar) -> Bool {
        (before.isASCIIDigit && Self.dateUnits.contains(after))
            || ((before == "年" || before == "月") && after.isASCIIDigit)
    }

    private static let dateUnits = ScalarSet("年月日".unicodeScalars)

    /// Marks a comma is never written before: a comma there is debris.
    private static let marksAfterDoubledComma = ScalarSet(",，、。；;：:！!？?".unicodeScalars)
}
