import DiaoyanModels
import DiaoyanText

/// The last pass, **assembly**: writes the finished text, its paragraphs and sentences, and its origins.
///
/// The headline's lines come first, then the body's, one paragraph a line, joined by `\n`; a line break takes the
/// origin of the line break after the first of the two lines it joins, every other scalar keeps its line's origin.
/// A headline line is one sentence (the headline keeps its own lines, so normalizing the output again changes
/// nothing); a body paragraph is split into sentences by `SentenceSplitter`. `origins` ends with one origin per
/// scalar of `text`.
package struct AssemblyPass: NormalizationPass {
    package init() {}

    package var name: String { "assembly" }

    /// - Complexity: O(n).
    package func apply(to draft: inout NormalizationDraft) {
        let headline = draft.headline.range
        let paragraphLines = Array(headline) + draft.body.map(\.line)
        var text = Text(capacity: draft.origins.count)
        let starts = draft.headline.starts + draft.body.map(\.start)
        for (position, (index, string)) in zip(paragraphLines, draft.headline.lines + draft.body.map(\.text))
            .enumerated()
        {
            if position > 0 {
                // The line break between two paragraphs comes from the one after the first of them.
                text.appendBreak(origin: draft.lines[paragraphLines[position - 1]].breakOrigin)
            }
            text.append(
                draft.lines[index],
                string,
                from: starts[position],
                origins: draft.origins,
                isHeadline: headline.contains(index)
            )
        }
        draft.text = text.string
        draft.paragraphs = text.paragraphs
        draft.sentences = text.sentences
        draft.origins = text.origins
    }
}

extension AssemblyPass {
    /// The text as it grows, a paragraph at a time.
    private struct Text {
        var string = ""
        var origins: [Int32] = []
        var paragraphs: [Mention] = []
        var sentences: [Mention] = []
        /// The scalar offset in `string` where the next scalar goes.
        var offset = 0

        init(capacity: Int) {
            self.origins.reserveCapacity(capacity)
        }

        mutating func appendBreak(origin: Int32) {
            self.string += "\n"
            self.origins.append(origin)
            self.offset += 1
        }

        /// Appends `line` (written as `string`, from its scalar `start` on) as a paragraph, with its origins taken
        /// from `lineOrigins`.
        mutating func append(
            _ line: NormalizationDraft.Line,
            _ string: String,
            from start: Int,
            origins lineOrigins: [Int32],
            isHeadline: Bool
        ) {
            // A headline's line may be cut short of a stamp glued to it (`…开工仪式2021/4/9`) and start after a
            // site's label (`原标题:`): the title is that part of the line, its origins the part's. A body line may
            // start after header fields glued before it.
            let count =
                isHeadline
                ? min(line.scalars.count - start, string.unicodeScalars.count) : line.scalars.count - start
            let offset = self.offset
            self.paragraphs.append(Mention(offset, offset + count))
            if isHeadline {
                self.sentences.append(Mention(offset, offset + count))
            } else {
                let scalars = start == 0 ? line.scalars : Array(line.scalars[start...])
                SentenceSplitter.forEachSentence(in: scalars) { sentence in
                    self.sentences.append(Mention(offset + sentence.lowerBound, offset + sentence.upperBound))
                }
            }
            self.string += string
            let first = line.originStart + start
            self.origins.append(contentsOf: lineOrigins[first..<(first + count)])
            self.offset += count
        }
    }
}
