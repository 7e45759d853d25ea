extension SourceMap {
    /// One run of a source map: output scalars `outStart..<outStart+length` come from input scalars
    /// `inStart..<inStart+length`, encoded as the three-element JSON array `[outStart, inStart, length]`.
    package struct Segment: Codable, Hashable, Sendable {
        /// The first output scalar of the run (Unicode-scalar offset in the normalized text).
        package var outStart: Int
        /// The input scalar the first output scalar came from (Unicode-scalar offset in the decoded input).
        package var inStart: Int
        /// How many scalars the run holds.
        package var length: Int

        package init(outStart: Int, inStart: Int, length: Int) {
            self.outStart = outStart
            self.inStart = inStart
            self.length = length
        }

        package init(from decoder: any Decoder) throws {
            var container = try decoder.unkeyedContainer()
            self.outStart = try container.decode(Int.self)
            self.inStart = try container.decode(Int.self)
            self.length = try container.decode(Int.self)
        }

        package func encode(to encoder: any Encoder) throws {
            var container = encoder.unkeyedContainer()
            try container.encode(self.outStart)
            try container.encode(self.inStart)
            try container.encode(self.length)
        }
    }
}
