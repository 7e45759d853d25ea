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

    @Test func holdsAnUnfinishedFramesLengthInTheBudgetAndRefusesOneThatDoesNotFit() throws {
        let budget = FrameBudget(capacity: 100)
        let first = EmbeddedChannel(
            handler: ByteToMessageHandler(FrameDecoder(maximumFrameBytes: 1024, budget: budget))
        )
        let second = EmbeddedChannel(
            handler: ByteToMessageHandler(FrameDecoder(maximumFrameBytes: 1024, budget: budget))
        )
        var whole = self.frame(Array(repeating: 1, count: 60))
        let start = whole.readSlice(length: 14)!
        try first.writeInbound(start)
        #expect(budget.inUse == 60)
        var announced = ByteBuffer()
        announced.writeInteger(UInt32(50), endianness: .big)
        announced.writeBytes([1, 2])
        #expect(throws: FrameDecoder.Error.overBudget(length: 50, available: 40)) {
            try second.writeInbound(announced)
        }
        try first.writeInbound(whole)
        #expect(try first.readInbound(as: ByteBuffer.self)?.readableBytes == 60)
        #expect(budget.inUse == 0)
        // A frame that arrives in one read never touches the budget.
        try first.writeInbound(self.frame(Array(repeating: 2, count: 500)))
        #expect(budget.inUse == 0)
        #expect(try first.readInbound(as: ByteBuffer.self)?.readableBytes == 500)
        #expect(try first.finish().isClean)
        _ = try? second.finish()
    }

    @Test func givesTheBudgetBackWhenTheConnectionCloses() throws {
        let budget = FrameBudget(capacity: 100)
        let channel = EmbeddedChannel(
            handler: ByteToMessageHandler(FrameDecoder(maximumFrameBytes: 1024, budget: budget))
        )
        var partial = ByteBuffer()
        partial.writeInteger(UInt32(80), endianness: .big)
        partial.writeBytes([1, 2, 3])
        try channel.writeInbound(partial)
        #expect(budget.inUse == 80)
        _ = try? channel.finish()
        #expect(budget.inUse == 0)
    }

    @Test func firesFrameTimedOutWhenAFrameIsNotCompleteInTime() throws {
        let loop = EmbeddedEventLoop()
        let errors = ErrorCatcher()
        let channel = EmbeddedChannel(
            handlers: [
                ByteToMessageHandler(FrameDecoder(maximumFrameBytes: 1024, frameTimeout: .seconds(30))), errors,
            ],
            loop: loop
        )
        var whole = self.frame(Array(repeating: 1, count: 10))
        // A complete frame arms nothing; the next frame's first byte starts its deadline.
        try channel.writeInbound(self.frame([9]))
        #expect(try channel.readInbound(as: ByteBuffer.self)?.readableBytes == 1)
        loop.advanceTime(by: .seconds(60))
        #expect(errors.caught.isEmpty)
        try channel.writeInbound(whole.readSlice(length: 1)!)
        loop.advanceTime(by: .seconds(29))
        try channel.writeInbound(whole.readSlice(length: 5)!)
        #expect(errors.caught.isEmpty)
        loop.advanceTime(by: .seconds(1))
        #expect(errors.caught == [.frameTimedOut(after: .seconds(30))])
        _ = try? channel.finish()
    }
}

/// Records the errors that reach the end of a test pipeline.
private final class ErrorCatcher: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer

    private(set) var caught: [FrameDecoder.Error] = []

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        context.fireChannelRead(data)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if let error = error as? FrameDecoder.Error {
            self.caught.append(error)
        }
    }
}
