import DiaoyanModels
import Foundation
import NIOCore

/// Closes a connection that has read nothing for the idle limit, telling the peer why first.
package final class IdleTimeoutHandler: ChannelDuplexHandler {
    package typealias InboundIn = InboundMessage
    package typealias InboundOut = InboundMessage
    package typealias OutboundIn = Envelope
    package typealias OutboundOut = Envelope

    private let idleTimeout: Duration

    package init(idleTimeout: Duration) {
        self.idleTimeout = idleTimeout
    }

    package func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        guard let event = event as? IdleStateHandler.IdleStateEvent, event == .read else {
            context.fireUserInboundEventTriggered(event)
            return
        }
        let notice = Envelope(
            id: UUID().uuidString.lowercased(),
            message: .error(
                ErrorBody(
                    code: .idleTimeout,
                    message: "no frame received for \(self.idleTimeout.wholeMilliseconds / 1000) s; closing"
                )
            )
        )
        let channel = context.channel
        context.writeAndFlush(Self.wrapOutboundOut(notice)).whenComplete { _ in
            channel.close(promise: nil)
        }
    }
}

@available(*, unavailable)
extension IdleTimeoutHandler: Sendable {}
