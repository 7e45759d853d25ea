/// Where each scalar of a normalized text came from: its Unicode-scalar offset in the decoded input.
///
/// Stored as runs rather than one offset per scalar: a `Segment` says that output scalars
/// `outStart..<outStart+length` come from input scalars `inStart..<inStart+length`. The segments are in output
/// order and cover the output without gaps, so the map of an `n`-scalar text covers exactly `0..<n`. Input offsets
/// need not increase from one segment to the next (the normalizer moves a headline found below page chrome to the
/// top, and a repaired character maps to the start of the garbled stretch it replaced).
///
/// On the wire it is an array of segments, each `[outStart, inStart, length]`:
///
///     input   王兆力到哈爾濱市阿城區(qū)調(diào)研產(chǎn)業(yè)…   (seed 000)
///     output  王兆力到哈尔滨市阿城区调研产业…
///     "source_map": [[0, 0, 11], [11, 15, 1], [12, 22, 2], [14, 30, 1], …]
///       output 0..<11  ← input 0..<11   王兆力到哈爾濱市阿城區, converted in place
///       output 11      ← input 15       調, after the dropped `(qū)` at 11..<15
///       output 12..<14 ← input 22..<24  研產, after `(diào)`
package struct SourceMap: Codable, Hashable, Sendable {
    /// The runs, in output order, each starting where the one before ends.
    package private(set) var segments: [Segment]

    /// The map of an empty text.
    package init() {
        self.segments = []
    }

    /// The map from one input offset per output scalar, merging runs of consecutive offsets.
    ///
    /// - Parameter inputOffsets: `inputOffsets[i]` is the input offset output scalar `i` came from.
    /// - Complexity: O(n) in the number of output scalars.
    package init(inputOffsets: [Int32]) {
        self.segments = inputOffsets.withUnsafeBufferPointer { offsets in
            var segments: [Segment] = []
            guard !offsets.isEmpty else { return segments }
            // One pass: a run ends where an offset is not one more than the one before.
            var runStart = 0
            for index in 1..<offsets.count where offsets[index] != offsets[index - 1] &+ 1 {
                segments.append(Segment(outStart: runStart, inStart: Int(offsets[runStart]), length: index - runStart))
                runStart = index
            }
            segments.append(
                Segment(outStart: runStart, inStart: Int(offsets[runStart]), length: offsets.count - runStart)
            )
            return segments
        }
    }

    /// How many output scalars the map covers.
    package var outputCount: Int {
        self.segments.last.map { $0.outStart + $0.length } ?? 0
    }

    /// The input offset output scalar `outputOffset` came from, or nil when the map does not cover it.
    ///
    /// - Complexity: O(log s) in the number of segments.
    package func inputOffset(of outputOffset: Int) -> Int? {
        guard outputOffset >= 0, outputOffset < self.outputCount else { return nil }
        // The last segment starting at or before `outputOffset`.
        var low = 0
        var high = self.segments.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if self.segments[middle].outStart <= outputOffset {
                low = middle
            } else {
                high = middle
            }
        }
        let segment = self.segments[low]
        return segment.inStart + (outputOffset - segment.outStart)
    }

    /// Every output scalar's input offset, in output order.
    ///
    /// - Complexity: O(n) in the number of output scalars.
    package var inputOffsets: [Int] {
        var offsets: [Int] = []
        offsets.reserveCapacity(self.outputCount)
        for segment in self.segments {
            offsets.append(contentsOf: segment.inStart..<(segment.inStart + segment.length))
        }
        return offsets
    }

    /// The map of `segments` as a reader decoded them, or nil unless they pass the check decoding makes (start at 0,
    /// each where the previous ends, none empty, none before 0).
    package init?(segments: [Segment]) {
        guard Self.areContiguous(segments) else { return nil }
        self.segments = segments
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let segments = try container.decode([Segment].self)
        guard Self.areContiguous(segments) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "source map segments must be non-empty and cover the output in order"
            )
        }
        self.segments = segments
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(self.segments)
    }

    /// Whether `segments` start at 0, each where the previous ends, none empty and none pointing before 0.
    private static func areContiguous(_ segments: [Segment]) -> Bool {
        var next = 0
        for segment in segments {
            guard segment.outStart == next, segment.length > 0, segment.inStart >= 0 else { return false }
            next += segment.length
        }
        return true
    }
}
