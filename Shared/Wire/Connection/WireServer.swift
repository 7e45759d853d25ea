import DiaoyanModels
import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import ServiceLifecycle

/// A listening port: accepts TLS connections, checks the peer's role, and feeds requests to a responder.
///
/// Each connection handles up to `maximumConcurrentRequests` requests at once; responses carry the request's id
/// and may come back out of order. When that many are in flight the server stops reading from the connection,
/// so a slow responder pushes back on the peer through TCP.
package struct WireServer: Sendable {
    /// How a port is set up.
    package struct Configuration: Sendable {
        /// A name for logs (`ingest`, `dispatch`, …).
        package var name: String
        package var endpoint: Endpoint
        /// Roles allowed to use this port; any other verified peer gets `forbidden`.
        package var allowedRoles: Set<PeerRole>
        package var limits: WireLimits
        /// Requests handled at once per connection. Default 8.
        package var maximumConcurrentRequests: Int

        package init(
            name: String,
            endpoint: Endpoint,
            allowedRoles: Set<PeerRole>,
            limits: WireLimits = .init(),
            maximumConcurrentRequests: Int = 8
        ) {
            self.name = name
            self.endpoint = endpoint
            self.allowedRoles = allowedRoles
            self.limits = limits
            self.maximumConcurrentRequests = maximumConcurrentRequests
        }
    }

    /// A bound listening socket, ready to `run`.
    package struct Listener: Sendable {
        package let configuration: Configuration
        /// The address actually bound (port 0 is resolved here).
        package let localAddress: SocketAddress
        /// The port's connection counts.
        package let limiter: ConnectionLimiter
        /// The port's budget for unfinished frames.
        package let budget: FrameBudget
        /// The port's connection, handshake and rejection metrics.
        package let metrics: WirePortMetrics
        fileprivate let channel: NIOAsyncChannel<AcceptedConnection, Never>
    }

    /// An accepted connection whose pipeline is set up but which reads nothing until a task wraps it.
    fileprivate struct AcceptedConnection: Sendable {
        let channel: any Channel
        let peer: EventLoopFuture<PeerIdentity>
    }

    /// Binds the port; nothing is accepted until ``run(_:responder:logger:)``.
    ///
    /// Each accepted connection takes `identity`'s server context current at that moment, so a reload of the
    /// identity (SIGHUP) reaches new connections while open ones keep the material they started with.
    package static func bind(
        _ configuration: Configuration,
        identity: TLSIdentity,
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async throws -> Listener {
        // Fails at bind, not at the first connection, when the material cannot make a context.
        _ = try identity.makeServerContext()
        let limits = configuration.limits
        let budget = FrameBudget(capacity: limits.maximumBufferedBytes)
        let metrics = WirePortMetrics(port: configuration.name)
        let channel = try await ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: configuration.endpoint.host, port: configuration.endpoint.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    // Not a child channel option: NIO reports a child option that fails as an error of the
                    // listening channel, which ends the accept loop and so the whole port. A socket that refuses
                    // TCP_NODELAY (seen for unprivileged processes in some sandboxes) is served with Nagle on.
                    try? channel.syncOptions?.setOption(.socketOption(.tcp_nodelay), value: 1)
                    let peer = try WirePipeline.prepare(
                        channel: channel,
                        tlsHandler: NIOSSLServerHandler(context: try identity.makeServerContext()),
                        limits: limits,
                        budget: budget
                    )
                    // Counted where it happens, on the event loop, before the connection closes: the handshake
                    // runs at accept, maybe before a task takes the connection. A close before the handshake is
                    // counted by `serve`, which knows whether the port itself is closing.
                    peer.whenFailure { error in
                        if case HandshakeHandler.Error.closedBeforeHandshake = error { return }
                        metrics.handshakeFailed(error)
                    }
                    return AcceptedConnection(channel: channel, peer: peer)
                }
            }
        guard let address = channel.channel.localAddress else {
            throw ChannelError.unknownLocalAddress
        }
        let limiter = ConnectionLimiter(
            maximumConnections: limits.maximumConnections,
            maximumConnectionsPerPeer: limits.maximumConnectionsPerPeer
        )
        return Listener(
            configuration: configuration,
            localAddress: address,
            limiter: limiter,
            budget: budget,
            metrics: metrics,
            channel: channel
        )
    }

    /// Accepts connections until the task is cancelled, the listener closes, or graceful shutdown begins.
    ///
    /// On graceful shutdown the listener closes first; connections accepted meanwhile are closed unserved. Every
    /// open connection stops reading new requests, answers the ones in flight and closes (an idle one at once);
    /// those still open after the drain timeout (``WireLimits/drainTimeout``) are closed. Then `run` returns.
    package static func run(_ listener: Listener, responder: some WireResponder, logger: Logger) async throws {
        var logger = logger
        logger[metadataKey: "port.name"] = "\(listener.configuration.name)"
        let connectionLogger = logger
        let serverChannel = listener.channel.channel
        try await listener.channel.executeThenClose { inbound in
            try await Self.untilDrained(within: listener.configuration.limits.drainTimeout, logger: logger) {
                try await withThrowingDiscardingTaskGroup { group in
                    try await withGracefulShutdownHandler {
                        for try await accepted in inbound {
                            group.addTask {
                                await Self.serve(
                                    accepted,
                                    listener: listener,
                                    responder: responder,
                                    logger: connectionLogger
                                )
                            }
                        }
                    } onGracefulShutdown: {
                        serverChannel.close(promise: nil)
                    }
                }
            }
        }
    }

    /// Runs `connections` to its end, but once graceful shutdown has begun for no longer than `drainTimeout`:
    /// then it is cancelled, which closes every connection it still serves.
    private static func untilDrained(
        within drainTimeout: Duration,
        logger: Logger,
        _ connections: @escaping @Sendable () async throws -> Void
    ) async throws {
        // Each child answers whether the connections drained (true), the drain timeout passed (false), or nil:
        // the timer was cancelled before it could matter.
        try await withThrowingTaskGroup(of: Bool?.self) { group in
            group.addTask {
                try await connections()
                return true
            }
            group.addTask {
                do {
                    try await gracefulShutdown()
                    try await Task.sleep(for: drainTimeout)
                    return false
                } catch {
                    return nil
                }
            }
            while let outcome = try await group.next() {
                guard let drained = outcome else { continue }
                if !drained {
                    logger.notice("drain timeout passed; closing the remaining connections")
                }
                break
            }
            group.cancelAll()
        }
    }

    /// Serves one connection to its end; a connection accepted after graceful shutdown began is only closed.
    ///
    /// A peer whose role may not use the port is answered `forbidden`, one over the port's or its certificate's
    /// connection cap `busy`; then the connection closes.
    private static func serve(
        _ accepted: AcceptedConnection,
        listener: Listener,
        responder: some WireResponder,
        logger: Logger
    ) async {
        var logger = logger
        if let remote = accepted.channel.remoteAddress {
            logger[metadataKey: "peer.address"] = "\(remote)"
        }
        guard !Task.isShuttingDownGracefully, !Task.isCancelled else {
            accepted.channel.close(promise: nil)
            return
        }
        let configuration = listener.configuration
        let limiter = listener.limiter
        let metrics = listener.metrics
        let belowPortCap = limiter.enterPort()
        metrics.connectionOpened()
        defer {
            limiter.leavePort()
            metrics.connectionClosed()
        }
        do {
            let connection = try await WirePipeline.wrap(accepted.channel)
            try await connection.executeThenClose { inbound, outbound in
                let peer = try await Self.handshake(accepted, metrics: metrics)
                logger[metadataKey: "peer.name"] = "\(peer.name)"
                logger[metadataKey: "peer.role"] = "\(peer.role?.rawValue ?? "none")"
                if let refusal = Self.refusal(peer, belowPortCap: belowPortCap, listener: listener) {
                    logger.notice("peer refused", metadata: ["error.code": "\(refusal.code)"])
                    metrics.rejected(refusal.code)
                    try await outbound.write(Envelope(id: Self.newID(), message: .error(refusal)))
                    return
                }
                defer { limiter.leave(peer: peer) }
                logger.debug("peer connected")
                try await Self.handleRequests(
                    inbound: inbound,
                    outbound: outbound,
                    peer: peer,
                    configuration: configuration,
                    metrics: metrics,
                    responder: responder,
                    logger: logger
                )
            }
        } catch {
            accepted.channel.close(promise: nil)
            logger.debug("connection ended", metadata: ["error": "\(error)"])
        }
    }

    /// The verified peer once the handshake completes; a failed handshake is rethrown (and a peer that hung up
    /// before it counted, unless the port is closing).
    private static func handshake(_ accepted: AcceptedConnection, metrics: WirePortMetrics) async throws -> PeerIdentity
    {
        do {
            return try await withGracefulShutdownHandler {
                try await accepted.peer.get()
            } onGracefulShutdown: {
                accepted.channel.close(promise: nil)
            }
        } catch {
            // Other failures were counted on the event loop as they happened (see `bind`).
            if case HandshakeHandler.Error.closedBeforeHandshake = error, !Task.isShuttingDownGracefully {
                metrics.handshakeFailed(error)
            }
            throw error
        }
    }

    /// Why `peer` may not be served: `forbidden` for a role the port does not allow, `busy` over the port's
    /// connection cap or the peer's. Nil when it may; then the peer is counted, until `leave(peer:)`.
    private static func refusal(_ peer: PeerIdentity, belowPortCap: Bool, listener: Listener) -> ErrorBody? {
        let configuration = listener.configuration
        guard let role = peer.role, configuration.allowedRoles.contains(role) else {
            let allowed = configuration.allowedRoles.map(\.rawValue).sorted().joined(separator: ", ")
            return ErrorBody(
                code: .forbidden,
                message:
                    "role '\(peer.role?.rawValue ?? "none")' may not use the \(configuration.name) port (allowed: \(allowed))"
            )
        }
        guard belowPortCap else {
            let limit = listener.limiter.maximumConnections
            return ErrorBody(
                code: .busy,
                message: "the \(configuration.name) port has \(limit) connections open; retry later"
            )
        }
        guard listener.limiter.enter(peer: peer) else {
            let limit = listener.limiter.maximumConnectionsPerPeer
            return ErrorBody(
                code: .busy,
                message:
                    "certificate '\(peer.name)' has \(limit) connections open on the \(configuration.name) port; retry later"
            )
        }
        return nil
    }

    private static func handleRequests(
        inbound: NIOAsyncChannelInboundStream<InboundMessage>,
        outbound: NIOAsyncChannelOutboundWriter<Envelope>,
        peer: PeerIdentity,
        configuration: Configuration,
        metrics: WirePortMetrics,
        responder: some WireResponder,
        logger: Logger
    ) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            var inFlight = 0
            do {
                for try await message in inbound.cancelOnGracefulShutdown() {
                    if inFlight >= configuration.maximumConcurrentRequests {
                        try await group.next()
                        inFlight -= 1
                    }
                    switch message {
                    case .invalid(let error):
                        logger.notice("unreadable frame", metadata: ["error.code": "\(error.code)"])
                        metrics.rejected(error.code)
                        try await outbound.write(Envelope(id: Self.newID(), message: .error(error)))
                    case .envelope(let envelope):
                        inFlight += 1
                        group.addTask {
                            guard let response = await responder.respond(to: envelope, from: peer) else { return }
                            if case .error(let body) = response { metrics.rejected(body.code) }
                            try await outbound.write(Envelope(id: envelope.id, message: response))
                        }
                    }
                }
            } catch let error as FrameDecoder.Error {
                logger.notice("stream cannot be trusted; closing", metadata: ["error": "\(error)"])
                try await group.waitForAll()
                let body = Self.errorBody(for: error)
                metrics.rejected(body.code)
                try await outbound.write(Envelope(id: Self.newID(), message: .error(body)))
                return
            }
            try await group.waitForAll()
        }
    }

    private static func errorBody(for error: FrameDecoder.Error) -> ErrorBody {
        switch error {
        case .frameTooLarge(let length, let limit):
            ErrorBody(code: .frameTooLarge, message: "frame of \(length) bytes exceeds the limit of \(limit) bytes")
        case .truncatedFrame(let expected, let received):
            ErrorBody(code: .badRequest, message: "stream ended inside a frame (\(received) of \(expected) bytes)")
        case .overBudget(let length, let available):
            ErrorBody(
                code: .busy,
                message:
                    "frame of \(length) bytes does not fit in the port's free buffer (\(available) bytes); retry later"
            )
        case .frameTimedOut(let after):
            ErrorBody(
                code: .frameTimeout,
                message: "frame not complete within \(after.wholeMilliseconds) ms of its first byte; closing"
            )
        }
    }

    /// A fresh envelope id for messages that answer no request.
    package static func newID() -> String {
        UUID().uuidString.lowercased()
    }
}
