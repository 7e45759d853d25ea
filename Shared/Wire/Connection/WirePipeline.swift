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

    /// Adds the handlers to an accepted server-side `channel` without wrapping it; ``wrap(_:)`` does that later,
    /// once a task owns the connection. Must run on the channel's event loop.
    ///
    /// The channel reads (accept it with `autoRead` on) so the TLS handshake runs on the event loop at once; an
    /// ``InboundGate`` at the end holds the requests that follow until ``wrap(_:)``. No async channel exists before
    /// then, so a connection that no task ever takes (accepted while the listener closes) holds no async writer
    /// that would trap on deinit; its handshake deadline or idle timeout closes it.
    ///
    /// - Parameter budget: the port's budget for unfinished frames, shared by all its connections.
    /// - Returns: a future for the verified peer.
    package static func prepare(
        channel: any Channel,
        tlsHandler: NIOSSLHandler,
        limits: WireLimits,
        budget: FrameBudget
    ) throws -> EventLoopFuture<PeerIdentity> {
        let peer = channel.eventLoop.makePromise(of: PeerIdentity.self)
        do {
            try Self.addHandlers(to: channel, tlsHandler: tlsHandler, limits: limits, budget: budget, peer: peer)
            try channel.pipeline.syncOperations.addHandler(InboundGate())
            return peer.futureResult
        } catch {
            peer.fail(error)
            throw error
        }
    }

    /// Wraps a channel set up by ``prepare(channel:tlsHandler:limits:budget:)`` for async use, passes on what its
    /// gate held, and lets it read on.
    ///
    /// The caller must run the result's `executeThenClose`.
    package static func wrap(_ channel: any Channel) async throws -> AsyncChannel {
        try await channel.eventLoop.submit {
            let asyncChannel = try Self.makeAsyncChannel(channel)
            let gate = try channel.pipeline.syncOperations.context(handlerType: InboundGate.self)
            (gate.handler as? InboundGate)?.open(context: gate)
            try channel.syncOptions?.setOption(.autoRead, value: true)
            return asyncChannel
        }.get()
    }

    private static func install(
        on channel: any Channel,
        tlsHandler: NIOSSLHandler,
        limits: WireLimits,
        peer: EventLoopPromise<PeerIdentity>
    ) throws -> (AsyncChannel, EventLoopFuture<PeerIdentity>) {
        try Self.addHandlers(to: channel, tlsHandler: tlsHandler, limits: limits, budget: nil, peer: peer)
        return (try Self.makeAsyncChannel(channel), peer.futureResult)
    }

    private static func addHandlers(
        to channel: any Channel,
        tlsHandler: NIOSSLHandler,
        limits: WireLimits,
        budget: FrameBudget?,
        peer: EventLoopPromise<PeerIdentity>
    ) throws {
        let operations = channel.pipeline.syncOperations
        try operations.addHandler(tlsHandler)
        try operations.addHandler(HandshakeHandler(timeout: limits.handshakeTimeout, promise: peer))
        let decoder = FrameDecoder(
            maximumFrameBytes: limits.maximumFrameBytes,
            frameTimeout: limits.frameTimeout,
            budget: budget
        )
        try operations.addHandler(ByteToMessageHandler(decoder))
        try operations.addHandler(MessageToByteHandler(FrameEncoder(maximumFrameBytes: limits.maximumFrameBytes)))
        try operations.addHandler(
            EnvelopeCodecHandler(
                codec: EnvelopeCodec(
                    maximumInflatedBytes: limits.maximumInflatedBytes,
                    compressionLevel: limits.compressionLevel
                )
            )
        )
        try operations.addHandler(
            IdleStateHandler(readTimeout: .milliseconds(limits.idleTimeout.wholeMilliseconds))
        )
        try operations.addHandler(IdleTimeoutHandler(idleTimeout: limits.idleTimeout))
    }

    private static func makeAsyncChannel(_ channel: any Channel) throws -> AsyncChannel {
        try AsyncChannel(
            wrappingChannelSynchronously: channel,
            configuration: .init(backPressureStrategy: .init(lowWatermark: 2, highWatermark: 16))
        )
    }
}
