#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One conversion descriptor of the C library's iconv, converting whole byte buffers between two charsets.
///
/// The text decoder and the GBK table both go through it, so the pointer handling lives in one place.
package struct IconvConverter: ~Copyable {
    /// What converting a buffer gave.
    package enum Outcome {
        /// Every byte converted; the output bytes.
        case converted([UInt8])
        /// The bytes from `byteOffset` on could not be converted (invalid, or cut off at the end).
        case invalid(byteOffset: Int)
    }

    private let handle: iconv_t

    /// A converter from `source` to `target`, or nil when iconv does not know the pair.
    package init?(from source: String, to target: String) {
        guard let handle = iconv_open(target, source), handle != iconv_t(bitPattern: -1) else { return nil }
        self.handle = handle
    }

    deinit {
        iconv_close(self.handle)
    }

    /// Converts `bytes` from a reset state into at most `outputCapacity` bytes.
    package func convert(_ bytes: [UInt8], outputCapacity: Int) -> Outcome {
        var input = bytes
        var output = [UInt8](repeating: 0, count: outputCapacity)
        let handle = self.handle
        let (unconverted, produced): (Int?, Int) = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inputBuffer.baseAddress)?
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = inputBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outputBuffer.baseAddress)?
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = outputBuffer.count
                iconv(handle, nil, nil, nil, nil)
                let status = iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
                let consumed = inputBuffer.count - inLeft
                return (status == -1 || inLeft > 0 ? consumed : nil, outputBuffer.count - outLeft)
            }
        }
        if let unconverted { return .invalid(byteOffset: unconverted) }
        return .converted(Array(output[0..<produced]))
    }
}
