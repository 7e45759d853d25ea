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
///
/// With a ``FrameBudget``, a frame that cannot arrive in one read reserves its announced length in the budget
/// before any of its payload is buffered, and gives it back once complete (or when the decoder is removed); a
/// frame that does not fit is refused (``Error/overBudget(length:available:)``). With a frame timeout, a frame
/// whose first byte arrived must be complete within it, else ``Error/frameTimedOut(after:)`` is fired down the
/// pipeline as an error.
package struct FrameDecoder: ByteToMessageDecoder {
    package typealias InboundOut = ByteBuffer

    /// Why the stream can no longer be read.
    package enum Error: Swift.Error, Hashable {
        /// The length prefix announces more than the limit allows.
        case frameTooLarge(length: Int, limit: Int)
        /// The stream ended inside a frame.
        case truncatedFrame(expected: Int, received: Int)
        /// The announced frame does not fit in what is left of the port's budget for unfinished frames.
        case overBudget(length: Int, available: Int)
        /// A frame began but was not complete within the frame timeout.
        case frameTimedOut(after: Duration)
    }

    /// Bytes in the length prefix.
    package static let prefixBytes = 4

    private let maximumFrameBytes: Int
    private let frameTimeout: Duration?
    private let budget: FrameBudget?
    /// Bytes the frame being read holds in the budget.
    private var reservedBytes = 0
    private var deadline: Scheduled<Void>?

    /// - Parameters:
    ///   - maximumFrameBytes: the largest payload accepted.
    ///   - frameTimeout: how long a frame may take once its first byte arrived; nil: no limit.
    ///   - budget: the port's budget for unfinished frames; nil: none.
    package init(maximumFrameBytes: Int, frameTimeout: Duration? = nil, budget: FrameBudget? = nil) {
        self.maximumFrameBytes = maximumFrameBytes
        self.frameTimeout = frameTimeout
        self.budget = budget
    }

    package mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let length = buffer.getInteger(at: buffer.readerIndex, endianness: .big, as: UInt32.self) else {
            self.watchDeadline(context: context, pending: buffer.readableBytes > 0)
            return .needMoreData
        }
        let payloadBytes = Int(length)
        guard payloadBytes <= self.maximumFrameBytes else {
            throw Error.frameTooLarge(length: payloadBytes, limit: self.maximumFrameBytes)
        }
        guard buffer.readableBytes >= Self.prefixBytes + payloadBytes else {
            try self.reserve(payloadBytes)
            self.watchDeadline(context: context, pending: true)
            return .needMoreData
        }
        buffer.moveReaderIndex(forwardBy: Self.prefixBytes)
        let payload = buffer.readSlice(length: payloadBytes)!
        self.finishFrame()
        context.fireChannelRead(Self.wrapInboundOut(payload))
        return .continue
    }

    package mutating func decoderRemoved(context: ChannelHandlerContext) {
        self.finishFrame()
    }

    /// Holds the frame's announced length in the budget, once per frame.
    private mutating func reserve(_ payloadBytes: Int) throws {
        guard let budget = self.budget, self.reservedBytes == 0, payloadBytes > 0 else { return }
        guard budget.reserve(payloadBytes) else {
            throw Error.overBudget(length: payloadBytes, available: max(budget.capacity - budget.inUse, 0))
        }
        self.reservedBytes = payloadBytes
    }

    /// Gives back the frame's reservation and stops its deadline.
    private mutating func finishFrame() {
        if self.reservedBytes > 0 {
            self.budget?.release(self.reservedBytes)
            self.reservedBytes = 0
        }
        self.deadline?.cancel()
        self.deadline = nil
    }

    /// Arms the frame deadline when a frame has begun (`pending`) and none runs; stops it when none has.
    private mutating func watchDeadline(context: ChannelHandlerContext, pending: Bool) {
        guard pending else {
            self.deadline?.cancel()
            self.deadline = nil
            return
        }
        guard self.deadline == nil, let timeout = self.frameTimeout else { return }
        self.deadline = context.eventLoop.assumeIsolated().scheduleTask(
            in: .milliseconds(timeout.wholeMilliseconds)
        ) {
            context.fireErrorCaught(Error.frameTimedOut(after: timeout))
        }
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
            self.finishFrame()
            throw Error.truncatedFrame(expected: expected, received: received)
        }
        return .needMoreData
    }
}
