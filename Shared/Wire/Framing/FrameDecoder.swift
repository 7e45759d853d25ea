import NIOCore

/// Splits a byte stream into frames: a 4-byte big-endian length N, then N payload bytes.
///
/// ```
/// +--------+--------+--------+--------+----------------------+
/// |          length N (UInt32, BE)    |  N bytes of payload  |
/// +--------+--------+--------+--------+----------------------+
/// ```
///
/// The length is checked against the limit as soon as its four bytes arrive, before any payload is buffered,
/// so a peer announcing a huge frame costs nothing. Emits the payload as a `ByteBuffer` slice.
package struct FrameDecoder: ByteToMessageDecoder {
    package typealias InboundOut = ByteBuffer

    /// Why the stream can no longer be read.
    package enum Error: Swift.Error, Hashable {
        /// The length prefix announces more than the limit allows.
        case frameTooLarge(length: Int, limit: Int)
        /// The stream ended inside a frame.
        case truncatedFrame(expected: Int, received: Int)
    }

    /// Bytes in the length prefix.
    package static let prefixBytes = 4

    private let maximumFrameBytes: Int

    /// - Parameter maximumFrameBytes: the largest payload accepted.
    package init(maximumFrameBytes: Int) {
        self.maximumFrameBytes = maximumFrameBytes
    }

    package mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let length = buffer.getInteger(at: buffer.readerIndex, endianness: .big, as: UInt32.self) else {
            return .needMoreData
        }
        let payloadBytes = Int(length)
        guard payloadBytes <= self.maximumFrameBytes else {
            throw Error.frameTooLarge(length: payloadBytes, limit: self.maximumFrameBytes)
        }
        guard buffer.readableBytes >= Self.prefixBytes + payloadBytes else {
            return .needMoreData
        }
        buffer.moveReaderIndex(forwardBy: Self.prefixBytes)
        context.fireChannelRead(Self.wrapInboundOut(buffer.readSlice(length: payloadBytes)!))
        return .continue
    }

    package mutating func decodeLast(
        context: ChannelHandlerContext,
        buffer: inout ByteBuffer,
        seenEOF: Bool
    ) throws -> DecodingState {
        while try self.decode(context: context, buffer: &buffer) == .continue {}
        if seenEOF, buffer.readableBytes > 0 {
            let expected =
                buffer.getInteger(at: buffer.readerIndex, endianness: .big, as: UInt32.self).map {
                    Int($0) + Self.prefixBytes
                } ?? Self.prefixBytes
            let received = buffer.readableBytes
            buffer.moveReaderIndex(forwardBy: received)
            throw Error.truncatedFrame(expected: expected, received: received)
        }
        return .needMoreData
    }
}
