import DiaoyanModels

/// The application side of a port: answers each request envelope a verified peer sends.
package protocol WireResponder: Sendable {
    /// Answers `envelope`. The returned message goes back with the request's id; nil sends nothing.
    ///
    /// Errors are answers too: return `.error(ErrorBody(…, ref: envelope.id))`.
    func respond(to envelope: Envelope, from peer: PeerIdentity) async -> Message?
}
