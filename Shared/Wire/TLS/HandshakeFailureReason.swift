import NIOSSL

/// Why a TLS handshake on a port failed, in the few words the `reason` label of
/// `diaoyan_tls_handshake_failures_total` allows (a small fixed set, so the metric keeps few series).
package enum HandshakeFailureReason: String, CaseIterable, Hashable, Sendable {
    /// The peer did not finish within the handshake deadline.
    case timeout
    /// The peer hung up before the handshake finished (a port scanner, a plain TCP health check).
    case closed
    /// A certificate was missing, expired, or not signed by the deployment's CA.
    case certificate
    /// The peer offered no TLS 1.3, or spoke something that is not TLS.
    case `protocol`
    /// Anything else.
    case other

    /// Classifies what the handshake failed with.
    package init(_ error: any Error) {
        switch error {
        case HandshakeHandler.Error.timedOut: self = .timeout
        case HandshakeHandler.Error.closedBeforeHandshake: self = .closed
        case NIOSSLError.uncleanShutdown: self = .closed
        case NIOSSLError.handshakeFailed(let inner): self = Self.classify(String(describing: inner))
        default: self = Self.classify(String(describing: error))
        }
    }

    /// Reads BoringSSL's reason text (`CERTIFICATE_VERIFY_FAILED`, `UNSUPPORTED_PROTOCOL`, `WRONG_VERSION_NUMBER`).
    private static func classify(_ text: String) -> HandshakeFailureReason {
        let text = text.uppercased()
        if text.contains("CERTIFICATE") || text.contains("CERT_") || text.contains("PEER_DID_NOT_RETURN") {
            return .certificate
        }
        if text.contains("VERSION") || text.contains("PROTOCOL") || text.contains("CIPHER") || text.contains("HTTP") {
            return .protocol
        }
        return .other
    }
}
