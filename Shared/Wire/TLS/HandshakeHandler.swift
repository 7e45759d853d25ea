import NIOCore
import NIOSSL
import NIOTLS

/// Gives a connection a deadline for its TLS handshake and reports the verified peer once it completes.
///
/// Sits right after the `NIOSSLHandler`. If `handshakeCompleted` has not arrived when the deadline passes, the
/// channel is closed. `peer` succeeds with the peer's identity, or fails when the handshake does.
///
/// The deadline is armed when the channel is active and armed afresh at the first `read`: time this side was not
/// reading is its own, not the peer's. (A server reads from accept on, see ``InboundGate``; were it to read only
/// once a task owns the connection, a busy cooperative pool would otherwise count against the peer.) A connection
/// that is never read from still closes at the first deadline.
package final class HandshakeHandler: ChannelDuplexHandler, RemovableChannelHandler {
    package typealias InboundIn = NIOAny
    package typealias OutboundIn = NIOAny

    /// Why no verified peer could be reported.
    package enum Error: Swift.Error, Hashable {
        case timedOut(after: Duration)
        case closedBeforeHandshake
    }

    private let timeout: Duration
    private let promise: EventLoopPromise<PeerIdentity>
    private var deadline: Scheduled<Void>?
    private var hasRead = false
    private var isComplete = false

    /// - Parameters:
    ///   - timeout: how long the peer has to finish the handshake.
    ///   - promise: completed with the peer's identity, or failed.
    package init(timeout: Duration, promise: EventLoopPromise<PeerIdentity>) {
        self.timeout = timeout
        self.promise = promise
    }

    package func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive {
            self.armDeadline(context: context)
        }
    }

    package func channelActive(context: ChannelHandlerContext) {
        self.armDeadline(context: context)
        context.fireChannelActive()
    }

    package func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let event = event as? TLSUserEvent, case .handshakeCompleted = event {
            self.isComplete = true
            self.deadline?.cancel()
            self.deadline = nil
            let promise = self.promise
            context.channel.nioSSL_peerCertificate().whenComplete { result in
                switch result {
                case .success(let certificate): promise.succeed(PeerIdentity(certificate: certificate))
                case .failure(let error): promise.fail(error)
                }
            }
        }
        context.fireUserInboundEventTriggered(event)
    }

    /// The first read starts the deadline again, from the moment this side begins to listen to the peer.
    package func read(context: ChannelHandlerContext) {
        if !self.hasRead {
            self.hasRead = true
            if !self.isComplete, let deadline = self.deadline {
                deadline.cancel()
                self.deadline = nil
                self.armDeadline(context: context)
            }
        }
        context.read()
    }

    package func errorCaught(context: ChannelHandlerContext, error: any Swift.Error) {
        self.deadline?.cancel()
        self.promise.fail(error)
        context.fireErrorCaught(error)
    }

    /// A pipeline torn down before the channel ever became inactive still completes the promise (a promise
    /// already completed ignores this).
    package func handlerRemoved(context: ChannelHandlerContext) {
        self.deadline?.cancel()
        self.promise.fail(Error.closedBeforeHandshake)
    }

    package func channelInactive(context: ChannelHandlerContext) {
        self.deadline?.cancel()
        self.promise.fail(Error.closedBeforeHandshake)
        context.fireChannelInactive()
    }

    private func armDeadline(context: ChannelHandlerContext) {
        guard self.deadline == nil else { return }
        let timeout = self.timeout
        let promise = self.promise
        let channel = context.channel
        self.deadline = context.eventLoop.scheduleTask(in: .milliseconds(timeout.wholeMilliseconds)) {
            promise.fail(Error.timedOut(after: timeout))
            channel.close(promise: nil)
        }
    }
}

@available(*, unavailable)
extension HandshakeHandler: Sendable {}
