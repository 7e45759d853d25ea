import DiaoyanObservability
import DiaoyanWire
import Logging
import Metrics
import ServiceLifecycle
import UnixSignals

/// Reloads a service's certificate, key and CA from its `--tls` folder on SIGHUP, without dropping a connection.
///
/// Every copy of the identity shares the reloaded material, so new connections, accepted and opened alike, use the
/// new files while open ones finish with the material they started with. Files that do not fit together (a key of
/// another certificate, a certificate no CA in `ca.pem` signed, a half-written file) are refused: the service
/// logs why and keeps serving with what it had.
package struct TLSReloadService: Service {
    private let identity: TLSIdentity
    private let signals: UnixSignalsSequence
    private let logger: Logger
    private let reloaded = Counter(label: MetricCatalog.tlsReloads.name, dimensions: [("result", "reloaded")])
    private let refused = Counter(label: MetricCatalog.tlsReloads.name, dimensions: [("result", "refused")])

    /// Installs the SIGHUP handler now, so a SIGHUP that arrives before the service group runs is not fatal;
    /// call it before the ports are bound and announced.
    package init(identity: TLSIdentity, logger: Logger) async {
        self.identity = identity
        self.signals = await UnixSignalsSequence(trapping: .sighup)
        self.logger = logger
    }

    package func run() async throws {
        for await _ in self.signals.cancelOnGracefulShutdown() {
            do {
                let summary = try self.identity.reload()
                self.reloaded.increment()
                self.logger.notice(
                    "tls material reloaded",
                    metadata: [
                        "tls.name": "\(self.identity.name)",
                        "tls.generation": "\(summary.generation)",
                        "tls.serial": "\(summary.serialNumber)",
                        "tls.not_valid_after": "\(summary.notValidAfter)",
                        "tls.trusted": "\(summary.trustedAuthorities.joined(separator: ", "))",
                    ]
                )
            } catch {
                self.refused.increment()
                self.logger.error(
                    "tls material not reloaded; serving with the previous one",
                    metadata: ["tls.name": "\(self.identity.name)", "error": "\(error)"]
                )
            }
        }
    }
}
