/// Splits running Chinese text into sentences, as `[start, end)` scalar ranges.
///
/// A sentence ends after `。`, `！`, `？`, `!`, `?` or an ellipsis `……` (two or more `…`), together with any further
/// end marks and the closing quotes and brackets right after them (`”’」』）)`), so `他说：“好。”` is one sentence
/// with its closing quote. `；` does not end a sentence. An ASCII `!` or `?` directly followed by an ASCII letter or
/// digit (`?id=3` in a link, `Yahoo!Japan`) does not end one either. A line break (`\n`, `U+2029`) always ends a
/// sentence and belongs to none, so no sentence crosses a paragraph. White space between sentences belongs to
/// none; text after the last end mark is a sentence of its own; no sentence is empty.
package enum SentenceSplitter {
    /// The sentences of `scalars[range]`, in order.
    ///
    /// - Parameters:
    ///   - scalars: the text.
    ///   - range: the part of `scalars` to split (all of it by default); the ranges returned are offsets in `scalars`.
    /// - Returns: non-empty, non-overlapping ranges in increasing order, each inside `range`.
    /// - Complexity: O(n) in the length of `range`.
    package static func sentences(in scalars: [Unicode.Scalar], within range: Range<Int>? = nil) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        Self.forEachSentence(in: scalars, within: range) { sentences.append($0) }
        return sentences
    }

    /// Calls `body` with each sentence of `scalars[range]`, in order, without collecting them: for callers that
    /// split many short stretches (a document's paragraphs) and keep the sentences in a form of their own.
    ///
    /// - Parameters:
    ///   - scalars: the text.
    ///   - range: the part of `scalars` to split (all of it by default).
    ///   - body: called with each sentence's range, as offsets in `scalars`.
    /// - Complexity: O(n) in the length of `range`.
    package static func forEachSentence(
        in scalars: [Unicode.Scalar],
        within range: Range<Int>? = nil,
        _ body: (Range<Int>) -> Void
    ) {
        let range = range ?? 0..<scalars.count
        precondition(range.lowerBound >= 0 && range.upperBound <= scalars.count, "range outside the scalars")
        var start: Int?
        var index = range.lowerBound
        while index < range.upperBound {
            // Inside a sentence only an end mark or a line break matters; skip to the next one.
            if start != nil {
                index = Self.nextMark(in: scalars, from: index, before: range.upperBound)
                guard index < range.upperBound else { break }
            }
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\u{2029}" {
                if let open = start {
                    body(open..<Self.trimmedEnd(scalars, open, index))
                    start = nil
                }
                index += 1
                continue
            }
            if start == nil {
                if scalar.isInlineSpace || scalar == "\r" {
                    index += 1
                    continue
                }
                start = index
            }
            guard Self.endsSentence(scalars, at: index, before: range.upperBound) else {
                index += 1
                continue
            }
            // Take the whole cluster of end marks and closers: `？！`, `……。`, `。”`, `！）`.
            var end = index + 1
            while end < range.upperBound, Self.isEndMark(scalars[end]) || Self.isCloser(scalars[end]) {
                end += 1
            }
            body(start!..<end)
            start = nil
            index = end
        }
        if let open = start {
            body(open..<Self.trimmedEnd(scalars, open, range.upperBound))
        }
    }

    /// The first index at or after `index` (and before `limit`) holding an end mark or a line break, or `limit`.
    ///
    /// The hot loop of the splitter: Han characters and everything else between `。` and `！` are passed over with
    /// one comparison each.
    private static func nextMark(in scalars: [Unicode.Scalar], from index: Int, before limit: Int) -> Int {
        scalars.withUnsafeBufferPointer { buffer in
            var index = index
            while index < limit {
                let value = buffer[index].value
                if value > 0x3002 && value < 0xFF01 {
                    index += 1
                    continue
                }
                switch value {
                case 0x0A, 0x21, 0x3F, 0x2026, 0x2029, 0x3002, 0xFF01, 0xFF1F: return index
                default: index += 1
                }
            }
            return limit
        }
    }

    /// Whether the end mark at `index` closes a sentence: `。！？`, an ASCII `!`/`?` not inside a Latin token, or
    /// the first `…` of `……`.
    private static func endsSentence(_ scalars: [Unicode.Scalar], at index: Int, before limit: Int) -> Bool {
        switch scalars[index] {
        case "。", "！", "？":
            return true
        case "!", "?":
            guard index + 1 < limit else { return true }
            let next = scalars[index + 1]
            return !(next.isASCIILetter || next.isASCIIDigit)
        case "…":
            return index + 1 < limit && scalars[index + 1] == "…"
        default:
            return false
        }
    }

    /// Marks that continue an end-mark cluster.
    private static func isEndMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "！", "？", "!", "?", "…": true
        default: false
        }
    }

    /// Closing quotes and brackets that belong to the sentence they follow.
    private static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "”", "’", "」", "』", "）", ")": true
        default: false
        }
    }

    /// `end` moved back over trailing white space, never before `start + 1` (`start` is not white space).
    private static func trimmedEnd(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start + 1, scalars[end - 1].isInlineSpace || scalars[end - 1] == "\r" { end -= 1 }
        return end
    }
}
