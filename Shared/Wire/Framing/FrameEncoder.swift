import NIOCore

/// Prepends the 4-byte big-endian length that ``FrameDecoder`` expects to each outbound payload.
package struct FrameEncoder: MessageToByteEncoder {
    package typealias OutboundIn = ByteBuffer

    /// Why a payload could not be framed.
    package enum Error: Swift.Error, Hashable {
        /// The payload is larger than the peer would accept.
        case frameTooLarge(length: Int, limit: Int)
    }

    private let maximumFrameBytes: Int

    /// - Parameter maximumFrameBytes: the largest payload sent; larger writes fail instead of poisoning the peer.
    package init(maximumFrameBytes: Int) {
        self.maximumFrameBytes = maximumFrameBytes
    }

    package func encode(data: ByteBuffer, out: inout ByteBuffer) throws {
        guard data.readableBytes <= self.maximumFrameBytes else {
            throw Error.frameTooLarge(length: data.readableBytes, limit: self.maximumFrameBytes)
        }
        out.reserveCapacity(FrameDecoder.prefixBytes + data.readableBytes)
        out.writeInteger(UInt32(data.readableBytes), endianness: .big)
        out.writeImmutableBuffer(data)
    }
}
