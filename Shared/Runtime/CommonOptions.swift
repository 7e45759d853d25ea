import ArgumentParser
import DiaoyanObservability
import DiaoyanWire
import Logging

/// Options every service shares: its TLS folder, log level and wire limits.
package struct CommonOptions: ParsableArguments, Sendable {
    @Option(help: "Folder holding ca.pem and this component's NAME.pem and NAME.key (see `diaoyan certs create`).")
    package var tls: String

    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical.")
    package var logLevel: Logger.Level = .info

    @Option(help: "Log line format: text (for a terminal) or json (one object a line, for log collectors).")
    package var logFormat: LogFormat = .text

    @Option(
        help: "Serve /metrics (Prometheus), /healthz and /readyz over plain HTTP at HOST:PORT; off when not given."
    )
    package var metrics: Endpoint?

    @Option(help: "Largest compressed frame accepted, in bytes.")
    package var maxFrameBytes: Int = WireLimits().maximumFrameBytes

    @Option(help: "Largest inflated JSON envelope accepted, in bytes.")
    package var maxInflatedBytes: Int = WireLimits().maximumInflatedBytes

    @Option(help: "Largest document text accepted, in bytes.")
    package var maxDocumentBytes: Int = WireLimits().maximumDocumentBytes

    @Option(help: "Seconds a peer has to complete the TLS handshake.")
    package var handshakeTimeout: Double = 10

    @Option(help: "Seconds a connection may stay silent before it is closed.")
    package var idleTimeout: Double = 120

    @Option(help: "Seconds graceful shutdown waits for open connections to finish their requests before closing them.")
    package var drainTimeout: Double = 10

    @Option(help: "Seconds a frame may take to arrive once its first byte has.")
    package var frameTimeout: Double = 30

    @Option(help: "Connections each port keeps open at once; more are answered busy.")
    package var maxConnections: Int = WireLimits().maximumConnections

    @Option(help: "Connections each port keeps open at once per peer certificate; more are answered busy.")
    package var maxConnectionsPerPeer: Int = WireLimits().maximumConnectionsPerPeer

    @Option(
        help: "Bytes all unfinished frames of a port may hold together; a frame that does not fit is answered busy."
    )
    package var maxBufferedBytes: Int = WireLimits().maximumBufferedBytes

    @Option(help: "zlib level this service writes its frames with: 0 (stored, no deflating) to 9; every level is read.")
    package var compressionLevel: Int32 = WireLimits().compressionLevel

    package init() {}

    package func validate() throws {
        guard (0...9).contains(self.compressionLevel) else {
            throw ValidationError("--compression-level must be 0 to 9, not \(self.compressionLevel)")
        }
    }

    /// The option names, for ``EnvironmentArguments``.
    package static let optionNames = [
        "tls", "log-level", "log-format", "metrics", "max-frame-bytes", "max-inflated-bytes",
        "max-document-bytes", "handshake-timeout", "idle-timeout", "drain-timeout", "frame-timeout",
        "max-connections", "max-connections-per-peer", "max-buffered-bytes", "compression-level",
    ]

    /// The wire limits these options describe.
    package var limits: WireLimits {
        WireLimits(
            maximumFrameBytes: self.maxFrameBytes,
            maximumInflatedBytes: self.maxInflatedBytes,
            maximumDocumentBytes: self.maxDocumentBytes,
            handshakeTimeout: .milliseconds(Int64(self.handshakeTimeout * 1000)),
            idleTimeout: .milliseconds(Int64(self.idleTimeout * 1000)),
            drainTimeout: .milliseconds(Int64(self.drainTimeout * 1000)),
            frameTimeout: .milliseconds(Int64(self.frameTimeout * 1000)),
            maximumConnections: self.maxConnections,
            maximumConnectionsPerPeer: self.maxConnectionsPerPeer,
            maximumBufferedBytes: self.maxBufferedBytes,
            compressionLevel: self.compressionLevel
        )
    }

    /// Sends log lines at `logLevel` and above to standard error, as text or JSON (`logFormat`).
    package func bootstrapLogging() {
        let level = self.logLevel
        switch self.logFormat {
        case .text:
            LoggingSystem.bootstrap { label in
                var handler = StreamLogHandler.standardError(label: label)
                handler.logLevel = level
                return handler
            }
        case .json:
            LoggingSystem.bootstrap { label in JSONLogHandler(label: label, level: level) }
        }
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}

extension Endpoint: ExpressibleByArgument {
    package init?(argument: String) {
        guard let endpoint = try? Endpoint(parsing: argument) else { return nil }
        self = endpoint
    }
}
