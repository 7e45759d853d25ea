import NIOCore
import NIOTLS

/// Lets an accepted connection finish its TLS handshake on the event loop before any task has taken it, and holds
/// what the peer sends after that until one has.
///
/// A server accepts with `autoRead` on so that the handshake runs at once, whether or not the cooperative pool has
/// a thread free to start the connection's task: a pool kept busy for seconds (CPU-bound work, a blocking call)
/// used to leave accepted peers unanswered until their own handshake deadline closed them. Once the handshake is
/// done the gate turns `autoRead` off, so at most one read's worth of requests waits here; ``open(context:)``,
/// called once the async channel is in place behind it, passes them on, and reading resumes.
///
/// A connection no task ever takes is closed by the idle timeout (``IdleTimeoutHandler``), or with its process.
package final class InboundGate: ChannelInboundHandler, RemovableChannelHandler {
    package typealias InboundIn = NIOAny
    package typealias InboundOut = NIOAny

    private var isOpen = false
    private var held: [NIOAny] = []
    private var heldReadComplete = false
    private var heldError: (any Error)?

    package init() {}

    package func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if self.isOpen {
            context.fireChannelRead(data)
        } else {
            self.held.append(data)
        }
    }

    package func channelReadComplete(context: ChannelHandlerContext) {
        if self.isOpen {
            context.fireChannelReadComplete()
        } else {
            self.heldReadComplete = true
        }
    }

    /// An error before the gate opens (a frame too large, read in the same batch as the handshake) waits for the
    /// connection's task like the frames before it: that task answers it and closes.
    package func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if self.isOpen {
            context.fireErrorCaught(error)
        } else if self.heldError == nil {
            self.heldError = error
        }
    }

    package func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if !self.isOpen, let event = event as? TLSUserEvent, case .handshakeCompleted = event {
            // Nobody reads the requests yet: stop taking more until a task does.
            try? context.channel.syncOptions?.setOption(.autoRead, value: false)
        }
        context.fireUserInboundEventTriggered(event)
    }

    /// Passes on what was held and everything after it, and resumes reading. Call on the event loop, once the
    /// handlers that consume the messages are in the pipeline.
    package func open(context: ChannelHandlerContext) {
        guard !self.isOpen else { return }
        self.isOpen = true
        let held = self.held
        self.held = []
        // A peer gone meanwhile cannot be answered; what it sent is dropped with it.
        guard context.channel.isActive else {
            self.heldError = nil
            return
        }
        for message in held {
            context.fireChannelRead(message)
        }
        if self.heldReadComplete || !held.isEmpty {
            self.heldReadComplete = false
            context.fireChannelReadComplete()
        }
        if let error = self.heldError {
            self.heldError = nil
            context.fireErrorCaught(error)
        }
    }
}

@available(*, unavailable)
extension InboundGate: Sendable {}
