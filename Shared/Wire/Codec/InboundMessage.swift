import DiaoyanModels

/// What the wire delivers to the application for one frame: an envelope, or the error answering a frame that
/// could not be read although the stream around it is still sound.
package enum InboundMessage: Sendable {
    case envelope(Envelope)
    case invalid(ErrorBody)
}
