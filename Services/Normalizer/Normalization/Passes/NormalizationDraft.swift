import DiaoyanModels
import DiaoyanText

/// A document part-way through normalization: what the passes read and write.
///
/// Every scalar carries its origin, its offset in the decoded input, from the first pass to the last:
/// - up to line cleaning the text is one run, `scalars`, with one origin per scalar in `origins`;
/// - line cleaning moves it into `lines` (leaving `scalars` empty), and `origins` then holds the cleaned lines'
///   origins one line after another, each line knowing where its own start;
/// - the headline pass fills `headline`; the body filter `body`, `removed` and the header facts (`published`,
///   `sourceName`); the assembly pass `text`, `paragraphs`, `sentences` and, once more, `origins`: one per scalar
///   of `text`.
package struct NormalizationDraft: Sendable {
    /// One cleaned, non-blank line of the text.
    package struct Line: Hashable, Sendable {
        package var scalars: [Unicode.Scalar]
        /// Where the line's origins start in the draft's `origins` (one per scalar, in order).
        package var originStart: Int
        /// The origin of the line break after the line (of its last scalar when the text ends without one).
        package var breakOrigin: Int32
        /// Whether one or more blank lines stand before it.
        package var blankBefore: Bool

        package init(scalars: [Unicode.Scalar], originStart: Int, breakOrigin: Int32, blankBefore: Bool) {
            self.scalars = scalars
            self.originStart = originStart
            self.breakOrigin = breakOrigin
            self.blankBefore = blankBefore
        }

        /// The line as a string.
        package var string: String { self.scalars.string(0..<self.scalars.count) }
    }

    /// The lines at the top that make the headline.
    package struct Headline: Hashable, Sendable {
        /// The index in `lines` of its first line; with no headline, of the first line that is not page chrome.
        package var start: Int
        /// The headline's lines, in order (none when the document opens with a lead paragraph).
        package var lines: [String]
        /// For each of `lines`, how many of its line's first scalars it leaves out: a site's label or column tag
        /// before the headline (`原标题:`, `【头条】`), which went to `removed`.
        package var starts: [Int]

        package init(start: Int, lines: [String], starts: [Int]? = nil) {
            self.start = start
            self.lines = lines
            self.starts = starts ?? Array(repeating: 0, count: lines.count)
        }

        /// The indices in `lines` the headline covers.
        package var range: Range<Int> { self.start..<(self.start + self.lines.count) }

        /// The title: the headline's lines joined with single spaces, or nil without a headline.
        package var title: String? { self.lines.isEmpty ? nil : self.lines.joined(separator: " ") }
    }

    /// A line the body filter kept.
    package struct BodyLine: Hashable, Sendable {
        package var text: String
        /// Its index in `lines`.
        package var line: Int
        /// How many of the line's first scalars `text` leaves out: header fields glued before the article's first
        /// sentence (`…| 责任编辑:赵茜12月22日,…`), which went to `removed`.
        package var start: Int

        package init(text: String, line: Int, start: Int = 0) {
            self.text = text
            self.line = line
            self.start = start
        }
    }

    /// The text as one run, up to line cleaning.
    package var scalars: [Unicode.Scalar]
    /// The origin of every scalar the draft holds: of `scalars`, then of `lines`, then of `text`.
    package var origins: [Int32]
    package var repairs: [TextRepair] = []
    /// The script the text was written in, before conversion.
    package var script: Script = .simplified
    package var lines: [Line] = []
    package var headline = Headline(start: 0, lines: [])
    /// The lines kept as article text, in order, without the headline.
    package var body: [BodyLine] = []
    package var removed: [NormalizedDocument.Removal] = []
    package var published: String?
    package var sourceName: String?
    /// The finished text: the headline's lines and the body's, one paragraph a line.
    package var text = ""
    package var paragraphs: [Mention] = []
    package var sentences: [Mention] = []

    /// A draft of `scalars`, whose origins are `origins` (one per scalar).
    package init(scalars: [Unicode.Scalar], origins: [Int32]) {
        precondition(origins.count == scalars.count, "one origin per scalar")
        self.scalars = scalars
        self.origins = origins
    }

    /// A draft of `text` as decoded input: every scalar comes from its own offset.
    package init(text: String) {
        let scalars = [Unicode.Scalar](scalarsOf: text)
        self.init(scalars: scalars, origins: Self.identityOrigins(count: scalars.count))
    }

    /// `0..<count` as origins: on the first round every scalar comes from its own offset.
    package static func identityOrigins(count: Int) -> [Int32] {
        [Int32](unsafeUninitializedCapacity: count) { buffer, initialized in
            for offset in 0..<count { buffer[offset] = Int32(truncatingIfNeeded: offset) }
            initialized = count
        }
    }
}
