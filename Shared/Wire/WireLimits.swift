/// The limits every port enforces, checked before anything is allocated for the offending input, and the one
/// setting of how this end writes its frames (``compressionLevel``).
package struct WireLimits: Sendable, Hashable {
    /// Largest compressed frame accepted, in bytes. Default 8 MiB.
    package var maximumFrameBytes: Int
    /// Largest inflated JSON envelope accepted, in bytes; inflation stops at this cap. Default 32 MiB.
    package var maximumInflatedBytes: Int
    /// Largest document text accepted, in UTF-8 bytes. Default 4 MiB.
    package var maximumDocumentBytes: Int
    /// How long a peer has to complete the TLS handshake. Default 10 s.
    package var handshakeTimeout: Duration
    /// How long a connection may stay silent before it is closed. Default 120 s.
    package var idleTimeout: Duration
    /// How long graceful shutdown waits for open connections to answer the requests in flight before it closes
    /// them. Default 10 s.
    package var drainTimeout: Duration
    /// How long a frame may take to arrive once its first byte has: a slower one is answered `frame_timeout` and
    /// the connection closed. Default 30 s.
    package var frameTimeout: Duration
    /// Connections a port keeps open at once; one more is answered `busy` and closed. Default 1024.
    package var maximumConnections: Int
    /// Connections a port keeps open at once for one peer certificate (its subject name and role); one more is
    /// answered `busy` and closed. Default 64.
    package var maximumConnectionsPerPeer: Int
    /// Bytes all unfinished frames of a port may hold together (each counted at its announced length): a frame
    /// that does not fit is answered `busy` before any of it is buffered, and the connection closed.
    /// Default 256 MiB.
    package var maximumBufferedBytes: Int
    /// zlib level this end deflates its frames with: 0 (stored: zlib framing and checksum, no deflating) to 9.
    /// Default 1. Every level inflates alike, so ends of different settings talk; 0 spares the deflating (some 7 %
    /// of an extractor's CPU under `diaoyan bench pipeline`) for frames about five times as large, for peers on
    /// one host or a fast network.
    package var compressionLevel: Int32

    package init(
        maximumFrameBytes: Int = 8 << 20,
        maximumInflatedBytes: Int = 32 << 20,
        maximumDocumentBytes: Int = 4 << 20,
        handshakeTimeout: Duration = .seconds(10),
        idleTimeout: Duration = .seconds(120),
        drainTimeout: Duration = .seconds(10),
        frameTimeout: Duration = .seconds(30),
        maximumConnections: Int = 1024,
        maximumConnectionsPerPeer: Int = 64,
        maximumBufferedBytes: Int = 256 << 20,
        compressionLevel: Int32 = 1
    ) {
        self.maximumFrameBytes = maximumFrameBytes
        self.maximumInflatedBytes = maximumInflatedBytes
        self.maximumDocumentBytes = maximumDocumentBytes
        self.handshakeTimeout = handshakeTimeout
        self.idleTimeout = idleTimeout
        self.drainTimeout = drainTimeout
        self.frameTimeout = frameTimeout
        self.maximumConnections = maximumConnections
        self.maximumConnectionsPerPeer = maximumConnectionsPerPeer
        self.maximumBufferedBytes = maximumBufferedBytes
        self.compressionLevel = compressionLevel
    }
}

extension Duration {
    /// The duration in whole milliseconds, rounded down.
    package var wholeMilliseconds: Int64 {
        let (seconds, attoseconds) = self.components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
