/// A `[start, end)` span in Unicode scalars of a normalized text, encoded as a two-element JSON array.
package struct Mention: Codable, Hashable, Sendable {
    /// The first scalar of the span.
    package var start: Int
    /// One past the last scalar of the span.
    package var end: Int

    package init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    package init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        self.start = try container.decode(Int.self)
        self.end = try container.decode(Int.self)
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(self.start)
        try container.encode(self.end)
    }
}
