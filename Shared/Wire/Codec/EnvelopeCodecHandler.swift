import DiaoyanModels
import NIOCore

/// Decodes frame payloads into ``InboundMessage``s and encodes outbound ``Envelope``s into payloads.
///
/// A payload that does not decode becomes ``InboundMessage/invalid(_:)`` instead of an error, because framing
/// is intact and the connection can go on; the application answers it with an `error` frame.
package final class EnvelopeCodecHandler: ChannelDuplexHandler {
    package typealias InboundIn = ByteBuffer
    package typealias InboundOut = InboundMessage
    package typealias OutboundIn = Envelope
    package typealias OutboundOut = ByteBuffer

    private let codec: EnvelopeCodec

    package init(codec: EnvelopeCodec) {
        self.codec = codec
    }

    package func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let payload = Self.unwrapInboundIn(data)
        let message: InboundMessage
        do {
            let envelope = try self.codec.decode(payload, allocator: context.channel.allocator)
            if envelope.version != Envelope.currentVersion {
                message = .invalid(
                    ErrorBody(
                        code: .unsupportedVersion,
                        message:
                            "protocol version \(envelope.version) is not supported; this peer speaks \(Envelope.currentVersion)",
                        ref: envelope.id
                    )
                )
            } else {
                message = .envelope(envelope)
            }
        } catch {
            message = .invalid(error.errorBody)
        }
        context.fireChannelRead(Self.wrapInboundOut(message))
    }

    package func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let envelope = Self.unwrapOutboundIn(data)
        do {
            let payload = try self.codec.encode(envelope, allocator: context.channel.allocator)
            context.write(Self.wrapOutboundOut(payload), promise: promise)
        } catch {
            promise?.fail(error)
        }
    }
}

@available(*, unavailable)
extension EnvelopeCodecHandler: Sendable {}
