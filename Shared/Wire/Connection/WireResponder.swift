import DiaoyanModels

/// The application side of a port: answers each request envelope a verified peer sends.
///
/// A port's logic is usually a ``WireRouter`` that decodes its own request types and hands them to typed
/// functions; a raw responder is for tests that must answer what a well-behaved server never would.
package protocol WireResponder: Sendable {
    /// Answers `envelope`. The returned message goes back with the request's id; nil sends nothing.
    ///
    /// Errors are answers too: return `.error(ErrorBody(…, ref: envelope.id))`.
    func respond(to envelope: Envelope, from peer: PeerIdentity) async -> Message?
}
