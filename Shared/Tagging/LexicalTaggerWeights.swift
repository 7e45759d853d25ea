import DiaoyanText
import Foundation

/// The weights of Baidu LAC's character tagger as `build_tagger.py` writes them into `lexical_tagger.bin`: a
/// character embedding, two bidirectional GRU layers, an output layer and the CRF's tag-to-tag transitions.
///
/// Matrices are kept transposed (input-major) so that a product is a run of `y += x[j] * column j` over contiguous
/// floats, which the compiler vectorizes without reordering any sum.
package struct LexicalTaggerWeights: Sendable {
    /// Why `lexical_tagger.bin` could not be read.
    package enum Error: Swift.Error, Hashable {
        /// The file is not in the bundle.
        case missing
        /// The file ends early, has another magic number, or a tensor of an unexpected shape.
        case malformed(String)
    }

    /// The width of an embedding and of each direction's hidden state.
    package static let width = 128

    /// Row of each character that has one; `unknownRow` for the rest.
    package let rows: [UInt32: Int32]
    /// The row of a character LAC never saw.
    package let unknownRow: Int32
    /// Full-width characters and the half-width ones they are looked up as.
    package let halfWidth: [UInt32: UInt32]
    /// Tag names by id (`PER-B`, `LOC-I`, `v-B`, …).
    package let tags: [String]
    /// `[rows + 1, width]`.
    package let embedding: [Float]
    /// The two layers, first fed by the embedding, second by the first's two directions side by side.
    package let layers: [BidirectionalLayer]
    /// `[2 * width, tags]`, input-major, and `[tags]`.
    package let output: [Float]
    package let outputBias: [Float]
    /// `[tags, tags]`: the score of tag `j` following tag `i` at `i * tags + j`.
    package let transitions: [Float]

    /// One bidirectional GRU layer: for each direction, the input and recurrent weights (input-major, gates in the
    /// order update, reset, candidate) and the two bias vectors.
    package struct BidirectionalLayer: Sendable {
        package struct Direction: Sendable {
            /// `[inputWidth, 3 * width]`.
            package let input: [Float]
            /// `[width, 3 * width]`.
            package let recurrent: [Float]
            /// `[3 * width]` each.
            package let inputBias: [Float]
            package let recurrentBias: [Float]
        }
        package let inputWidth: Int
        package let forward: Direction
        package let backward: Direction
    }

    /// The bundled weights.
    package init() throws(Error) {
        guard let url = TextResources.url(named: "lexical_tagger.bin"), let data = try? Data(contentsOf: url) else {
            throw .missing
        }
        try self.init(data: data)
    }

    /// Weights read from the bytes of a `lexical_tagger.bin`.
    package init(data: Data) throws(Error) {
        var reader = LittleEndianReader(data: [UInt8](data))
        guard try reader.bytes(4) == Array("DYLT".utf8), try reader.u32() == 1 else { throw .malformed("header") }
        let scalars = try (0..<reader.u32()).map { _ throws(Error) in try reader.u32() }
        self.rows = Dictionary(uniqueKeysWithValues: scalars.enumerated().map { ($1, Int32($0)) })
        self.unknownRow = Int32(scalars.count)
        var halfWidth: [UInt32: UInt32] = [:]
        for _ in 0..<(try reader.u32()) { halfWidth[try reader.u32()] = try reader.u32() }
        self.halfWidth = halfWidth
        self.tags = try (0..<reader.u32()).map { _ throws(Error) in
            String(decoding: try reader.bytes(Int(try reader.u8())), as: UTF8.self)
        }
        let width = Self.width
        let tagCount = self.tags.count
        self.embedding = try reader.tensor([scalars.count + 1, width])
        self.layers = try [width, 2 * width].map { inputWidth throws(Error) in
            let input = try reader.tensor([2, 3 * width, inputWidth])
            let recurrent = try reader.tensor([2, 3 * width, width])
            let biases = try reader.tensor([2, 6 * width])
            func direction(_ index: Int) -> BidirectionalLayer.Direction {
                let inputSize = 3 * width * inputWidth
                let recurrentSize = 3 * width * width
                let bias = biases[(index * 6 * width)..<((index + 1) * 6 * width)]
                return .init(
                    input: Self.transposed(input[(index * inputSize)..<((index + 1) * inputSize)], rows: 3 * width),
                    recurrent: Self.transposed(
                        recurrent[(index * recurrentSize)..<((index + 1) * recurrentSize)],
                        rows: 3 * width
                    ),
                    inputBias: Array(bias.prefix(3 * width)),
                    recurrentBias: Array(bias.suffix(3 * width))
                )
            }
            return BidirectionalLayer(inputWidth: inputWidth, forward: direction(0), backward: direction(1))
        }
        self.output = try reader.tensor([2 * width, tagCount])
        self.outputBias = try reader.tensor([tagCount])
        self.transitions = try reader.tensor([tagCount, tagCount])
    }

    /// The row of a character in the embedding.
    package func row(of scalar: Unicode.Scalar) -> Int32 {
        let value = self.halfWidth[scalar.value] ?? scalar.value
        return self.rows[value] ?? self.unknownRow
    }

    /// A row-major `[rows, columns]` matrix as `[columns, rows]`.
    private static func transposed(_ matrix: ArraySlice<Float>, rows: Int) -> [Float] {
        let columns = matrix.count / rows
        return matrix.withUnsafeBufferPointer { source in
            [Float](unsafeUninitializedCapacity: matrix.count) { result, initialized in
                for row in 0..<rows {
                    for column in 0..<columns { result[column * rows + row] = source[row * columns + column] }
                }
                initialized = matrix.count
            }
        }
    }
}

/// Reads the little-endian integers and float16 tensors of `lexical_tagger.bin`.
private struct LittleEndianReader {
    let data: [UInt8]
    var offset = 0

    mutating func bytes(_ count: Int) throws(LexicalTaggerWeights.Error) -> [UInt8] {
        guard count >= 0, self.offset + count <= self.data.count else { throw .malformed("truncated") }
        defer { self.offset += count }
        return Array(self.data[self.offset..<(self.offset + count)])
    }

    mutating func u8() throws(LexicalTaggerWeights.Error) -> UInt8 { try self.bytes(1)[0] }

    mutating func u32() throws(LexicalTaggerWeights.Error) -> UInt32 {
        let raw = try self.bytes(4)
        return raw.reversed().reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// A tensor whose dimensions must be `shape`, as floats.
    mutating func tensor(_ shape: [Int]) throws(LexicalTaggerWeights.Error) -> [Float] {
        let rank = Int(try self.u32())
        let dimensions = try (0..<rank).map { _ throws(LexicalTaggerWeights.Error) in Int(try self.u32()) }
        guard dimensions == shape else { throw .malformed("tensor \(dimensions), expected \(shape)") }
        let count = shape.reduce(1, *)
        guard self.offset + 2 * count <= self.data.count else { throw .malformed("truncated") }
        defer { self.offset += 2 * count }
        return self.data.withUnsafeBytes { bytes in
            [Float](unsafeUninitializedCapacity: count) { floats, initialized in
                for index in 0..<count {
                    let bits = UInt16(
                        littleEndian: bytes.loadUnaligned(fromByteOffset: self.offset + 2 * index, as: UInt16.self)
                    )
                    floats[index] = Float(Float16(bitPattern: bits))
                }
                initialized = count
            }
        }
    }
}
