import DiaoyanWire
import NIOCore
import NIOEmbedded
import NIOTestUtils
import Testing

@Suite struct FrameDecoderTests {
    private func frame(_ payload: [UInt8]) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.writeInteger(UInt32(payload.count), endianness: .big)
        buffer.writeBytes(payload)
        return buffer
    }

    @Test func decodesFramesWhateverTheReadBoundaries() throws {
        let first: [UInt8] = Array("first frame".utf8)
        let second: [UInt8] = Array(repeating: 7, count: 300)
        var both = self.frame(first)
        var tail = self.frame(second)
        both.writeBuffer(&tail)
        // The verifier feeds the input whole, byte by byte, and in other splits, and checks the same output.
        try ByteToMessageDecoderVerifier.verifyDecoder(
            inputOutputPairs: [
                (both, [ByteBuffer(bytes: first), ByteBuffer(bytes: second)]),
                (self.frame([]), [ByteBuffer()]),
            ],
            decoderFactory: { FrameDecoder(maximumFrameBytes: 1024) }
        )
    }

    @Test func refusesAnOversizedLengthBeforeAnyPayloadArrives() throws {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(FrameDecoder(maximumFrameBytes: 1024)))
        var prefix = ByteBuffer()
        prefix.writeInteger(UInt32(1025), endianness: .big)
        #expect(throws: FrameDecoder.Error.frameTooLarge(length: 1025, limit: 1024)) {
            try channel.writeInbound(prefix)
        }
        _ = try? channel.finish()
    }

    @Test func refusesAHostileFourGigabyteLength() throws {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(FrameDecoder(maximumFrameBytes: 8 << 20)))
        var prefix = ByteBuffer()
        prefix.writeInteger(UInt32.max, endianness: .big)
        #expect(throws: FrameDecoder.Error.frameTooLarge(length: Int(UInt32.max), limit: 8 << 20)) {
            try channel.writeInbound(prefix)
        }
        _ = try? channel.finish()
    }

    @Test func acceptsAFrameExactlyAtTheLimit() throws {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(FrameDecoder(maximumFrameBytes: 16)))
        try channel.writeInbound(self.frame(Array(repeating: 1, count: 16)))
        let payload = try channel.readInbound(as: ByteBuffer.self)
        #expect(payload?.readableBytes == 16)
        #expect(try channel.finish().isClean)
    }

    @Test func reportsAStreamThatEndsInsideAFrame() throws {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(FrameDecoder(maximumFrameBytes: 1024)))
        var partial = self.frame(Array(repeating: 1, count: 10))
        partial.moveWriterIndex(to: partial.writerIndex - 4)
        try channel.writeInbound(partial)
        #expect(throws: FrameDecoder.Error.truncatedFrame(expected: 14, received: 10)) {
            try channel.finish()
        }
    }

    @Test func encoderPrefixesTheLength() throws {
        let channel = EmbeddedChannel(handler: MessageToByteHandler(FrameEncoder(maximumFrameBytes: 1024)))
        try channel.writeOutbound(ByteBuffer(bytes: [1, 2, 3]))
        let bytes = try channel.readOutbound(as: ByteBuffer.self)
        #expect(bytes.map { Array($0.readableBytesView) } == [0, 0, 0, 3, 1, 2, 3])
        #expect(try channel.finish().isClean)
    }

    @Test func encoderRefusesAPayloadThePeerWouldReject() throws {
        let channel = EmbeddedChannel(handler: MessageToByteHandler(FrameEncoder(maximumFrameBytes: 2)))
        #expect(throws: FrameEncoder.Error.frameTooLarge(length: 3, limit: 2)) {
            try channel.writeOutbound(ByteBuffer(bytes: [1, 2, 3]))
        }
        _ = try? channel.finish()
    }
}
