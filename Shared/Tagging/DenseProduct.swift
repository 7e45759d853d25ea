/// The one arithmetic kernel of the tagger: `y += x · M` for an input-major matrix. Columns are taken 32 at a time
/// into four eight-lane accumulators that stay in registers while every input row is added, so `y` is read and
/// written once per block rather than once per input; no sum is reordered.
enum DenseProduct {
    /// Adds `x · matrix` to `y`, where `matrix` is `[count, columns]` and `y` holds `columns` floats.
    @inline(__always)
    static func accumulate(
        _ x: UnsafePointer<Float>,
        count: Int,
        matrix: UnsafePointer<Float>,
        columns: Int,
        into y: UnsafeMutablePointer<Float>
    ) {
        Self.accumulateRows(x, steps: 1, count: count, matrix: matrix, columns: columns, into: y)
    }

    /// `y[0..<width] += x · matrix[:, 0..<width]`, where rows of `matrix` lie `stride` floats apart.
    @inline(__always)
    private static func accumulateBlock(
        _ x: UnsafePointer<Float>,
        count: Int,
        matrix: UnsafePointer<Float>,
        stride columns: Int,
        width: Int,
        into y: UnsafeMutablePointer<Float>
    ) {
        guard width == 32 else {
            for column in 0..<width {
                var sum = y[column]
                for j in 0..<count { sum += x[j] * matrix[j * columns + column] }
                y[column] = sum
            }
            return
        }
        let size = MemoryLayout<Float>.stride
        let out = UnsafeMutableRawPointer(y)
        let weights = UnsafeRawPointer(matrix)
        var a0 = out.loadUnaligned(fromByteOffset: 0, as: SIMD8<Float>.self)
        var a1 = out.loadUnaligned(fromByteOffset: 8 * size, as: SIMD8<Float>.self)
        var a2 = out.loadUnaligned(fromByteOffset: 16 * size, as: SIMD8<Float>.self)
        var a3 = out.loadUnaligned(fromByteOffset: 24 * size, as: SIMD8<Float>.self)
        for j in 0..<count {
            let factor = SIMD8<Float>(repeating: x[j])
            let row = j * columns * size
            a0 += factor * weights.loadUnaligned(fromByteOffset: row, as: SIMD8<Float>.self)
            a1 += factor * weights.loadUnaligned(fromByteOffset: row + 8 * size, as: SIMD8<Float>.self)
            a2 += factor * weights.loadUnaligned(fromByteOffset: row + 16 * size, as: SIMD8<Float>.self)
            a3 += factor * weights.loadUnaligned(fromByteOffset: row + 24 * size, as: SIMD8<Float>.self)
        }
        out.storeBytes(of: a0, toByteOffset: 0, as: SIMD8<Float>.self)
        out.storeBytes(of: a1, toByteOffset: 8 * size, as: SIMD8<Float>.self)
        out.storeBytes(of: a2, toByteOffset: 16 * size, as: SIMD8<Float>.self)
        out.storeBytes(of: a3, toByteOffset: 24 * size, as: SIMD8<Float>.self)
    }

    /// `ys[step] += xs[step] · matrix` for `steps` rows of inputs (`[steps, count]`) and outputs (`[steps, columns]`),
    /// a block of 32 columns at a time over every step, so that block of the matrix stays in the first-level cache
    /// instead of the whole matrix being read again for each step.
    static func accumulateRows(
        _ xs: UnsafePointer<Float>,
        steps: Int,
        count: Int,
        matrix: UnsafePointer<Float>,
        columns: Int,
        into ys: UnsafeMutablePointer<Float>
    ) {
        var block = 0
        while block < columns {
            let width = min(32, columns - block)
            for step in 0..<steps {
                Self.accumulateBlock(
                    xs + step * count,
                    count: count,
                    matrix: matrix + block,
                    stride: columns,
                    width: width,
                    into: ys + step * columns + block
                )
            }
            block += width
        }
    }
}
