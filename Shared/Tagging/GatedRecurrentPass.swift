/// One bidirectional GRU layer run over a sentence, with ONNX's gate order (update, reset, candidate) and its
/// `linear_before_reset` form, in which the reset gate scales the candidate's recurrent product after the product.
enum GatedRecurrentPass {
    /// The states of both directions at each step, side by side (`[steps, 2 * width]`).
    static func bidirectional(
        _ layer: LexicalTaggerWeights.BidirectionalLayer,
        inputs: [Float],
        inputWidth: Int,
        steps: Int
    ) -> [Float] {
        let width = LexicalTaggerWeights.width
        var states = [Float](repeating: 0, count: steps * 2 * width)
        for (index, direction) in [layer.forward, layer.backward].enumerated() {
            let projected = Self.project(inputs, steps: steps, inputWidth: inputWidth, direction: direction)
            Self.recur(
                direction,
                projected: projected,
                steps: steps,
                reversed: index == 1,
                into: &states,
                column: index * width
            )
        }
        return states
    }

    /// `x · W + b` for every step: the input's share of the three gates (`[steps, 3 * width]`).
    private static func project(
        _ inputs: [Float],
        steps: Int,
        inputWidth: Int,
        direction: LexicalTaggerWeights.BidirectionalLayer.Direction
    ) -> [Float] {
        let gates = 3 * LexicalTaggerWeights.width
        var projected = [Float](repeating: 0, count: steps * gates)
        projected.withUnsafeMutableBufferPointer { out in
            inputs.withUnsafeBufferPointer { input in
                direction.input.withUnsafeBufferPointer { matrix in
                    direction.inputBias.withUnsafeBufferPointer { bias in
                        for step in 0..<steps {
                            (out.baseAddress! + step * gates).update(from: bias.baseAddress!, count: gates)
                        }
                        DenseProduct.accumulateRows(
                            input.baseAddress!,
                            steps: steps,
                            count: inputWidth,
                            matrix: matrix.baseAddress!,
                            columns: gates,
                            into: out.baseAddress!
                        )
                    }
                }
            }
        }
        return projected
    }

    /// Runs the recurrence in one direction and writes each step's state at `column` of `states`' rows.
    private static func recur(
        _ direction: LexicalTaggerWeights.BidirectionalLayer.Direction,
        projected: [Float],
        steps: Int,
        reversed: Bool,
        into states: inout [Float],
        column: Int
    ) {
        let width = LexicalTaggerWeights.width
        let gates = 3 * width
        var state = [Float](repeating: 0, count: width)
        var recurrent = [Float](repeating: 0, count: gates)
        direction.recurrent.withUnsafeBufferPointer { matrix in
            direction.recurrentBias.withUnsafeBufferPointer { bias in
                projected.withUnsafeBufferPointer { input in
                    states.withUnsafeMutableBufferPointer { out in
                        state.withUnsafeMutableBufferPointer { h in
                            recurrent.withUnsafeMutableBufferPointer { r in
                                for index in 0..<steps {
                                    let step = reversed ? steps - 1 - index : index
                                    r.baseAddress!.update(from: bias.baseAddress!, count: gates)
                                    DenseProduct.accumulate(
                                        h.baseAddress!,
                                        count: width,
                                        matrix: matrix.baseAddress!,
                                        columns: gates,
                                        into: r.baseAddress!
                                    )
                                    Self.gate(
                                        projected: input.baseAddress! + step * gates,
                                        recurrent: r.baseAddress!,
                                        state: h.baseAddress!
                                    )
                                    (out.baseAddress! + step * 2 * width + column).update(
                                        from: h.baseAddress!,
                                        count: width
                                    )
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// One step's gates, eight units at a time: `h = (1 - u) * c + u * h`, with `u` the update gate, `c` the
    /// candidate `tanh(x_c + reset * r_c)`.
    @inline(__always)
    private static func gate(
        projected x: UnsafePointer<Float>,
        recurrent r: UnsafePointer<Float>,
        state h: UnsafeMutablePointer<Float>
    ) {
        let width = LexicalTaggerWeights.width
        let x = UnsafeRawPointer(x)
        let r = UnsafeRawPointer(r)
        let h = UnsafeMutableRawPointer(h)
        let size = MemoryLayout<Float>.stride
        for unit in stride(from: 0, to: width, by: 8) {
            let load = { (pointer: UnsafeRawPointer, gate: Int) in
                pointer.loadUnaligned(fromByteOffset: (gate * width + unit) * size, as: SIMD8<Float>.self)
            }
            let update = Activation.sigmoid(load(x, 0) + load(r, 0))
            let reset = Activation.sigmoid(load(x, 1) + load(r, 1))
            let candidate = Activation.tanh(load(x, 2) + reset * load(r, 2))
            let previous = h.loadUnaligned(fromByteOffset: unit * size, as: SIMD8<Float>.self)
            h.storeBytes(
                of: (1 - update) * candidate + update * previous,
                toByteOffset: unit * size,
                as: SIMD8<Float>.self
            )
        }
    }
}
