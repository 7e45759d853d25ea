/// A composed article before it is dressed: simplified lines, which of them are header, filler or footer, and the
/// gold record of what they say.
package struct ArticleDraft: Sendable {
    /// What a line is, so the dressing knows where it may damage text.
    package enum LineRole: Sendable, Hashable {
        case header, body, filler, footer
    }

    package struct Line: Sendable {
        package var text: String
        package var role: LineRole
    }

    package var lines: [Line]
    package var gold: GoldRecord
    /// A short word for the kind of story (`inspection`, `signing`…), used in the file name.
    package var genre: String
    /// Whether the header carries the headline twice, once with `?` for a lost full-width space.
    package var lostSpace: Bool

    /// The lines joined with newlines.
    package var text: String { self.lines.map(\.text).joined(separator: "\n") + "\n" }
}
