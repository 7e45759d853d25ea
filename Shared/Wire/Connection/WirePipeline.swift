import DiaoyanModels
import NIOCore
import NIOSSL

/// Installs the handlers every Diaoyan connection uses, server or client side:
///
/// ```
/// TLS 1.3 ─ HandshakeHandler ─ FrameDecoder/FrameEncoder ─ EnvelopeCodecHandler ─ IdleStateHandler ─ IdleTimeoutHandler
/// ```
package enum WirePipeline {
    /// The pipeline's application-side channel type.
    package typealias AsyncChannel = NIOAsyncChannel<InboundMessage, Envelope>

    /// Adds the handlers to `channel` and wraps it for async use. Must run on the channel's event loop.
    ///
    /// - Returns: the async channel and a future for the verified peer.
    package static func configure(
        channel: any Channel,
        tlsHandler: NIOSSLHandler,
        limits: WireLimits
    ) throws -> (AsyncChannel, EventLoopFuture<PeerIdentity>) {
        let peer = channel.eventLoop.makePromise(of: PeerIdentity.self)
        do {
            return try Self.install(on: channel, tlsHandler: tlsHandler, limits: limits, peer: peer)
        } catch {
            // A peer that hangs up while the pipeline is being built: the promise must not leak.
            peer.fail(error)
            throw error
        }
    }

    private static func install(
        on channel: any Channel,
        tlsHandler: NIOSSLHandler,
        limits: WireLimits,
        peer: EventLoopPromise<PeerIdentity>
    ) throws -> (AsyncChannel, EventLoopFuture<PeerIdentity>) {
        let operations = channel.pipeline.syncOperations
        try operations.addHandler(tlsHandler)
        try operations.addHandler(HandshakeHandler(timeout: limits.handshakeTimeout, promise: peer))
        try operations.addHandler(ByteToMessageHandler(FrameDecoder(maximumFrameBytes: limits.maximumFrameBytes)))
        try operations.addHandler(MessageToByteHandler(FrameEncoder(maximumFrameBytes: limits.maximumFrameBytes)))
        try operations.addHandler(
            EnvelopeCodecHandler(codec: EnvelopeCodec(maximumInflatedBytes: limits.maximumInflatedBytes))
        )
        try operations.addHandler(
            IdleStateHandler(readTimeout: .milliseconds(limits.idleTimeout.wholeMilliseconds))
        )
        try operations.addHandler(IdleTimeoutHandler(idleTimeout: limits.idleTimeout))
        let asyncChannel = try AsyncChannel(
            wrappingChannelSynchronously: channel,
            configuration: .init(backPressureStrategy: .init(lowWatermark: 2, highWatermark: 16))
        )
        return (asyncChannel, peer.futureResult)
    }
}
