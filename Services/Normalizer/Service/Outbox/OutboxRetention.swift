import DiaoyanWire
import Foundation
import Logging
import ServiceLifecycle

/// Drops the bodies of documents confirmed longer ago than the retention time, so the outbox stops growing with
/// every document ever sent: about 17 KB stored per 5 KB article otherwise. Ids stay, so repeats are still
/// duplicates. Run it as a `Service`; it sweeps once at start and then every quarter of the retention time (at
/// most every 10 minutes, at least every second).
package struct OutboxRetention: Service {
    private let store: OutboxStore
    private let retention: Duration
    private let logger: Logger

    package init(store: OutboxStore, retention: Duration, logger: Logger) {
        self.store = store
        self.retention = retention
        self.logger = logger
    }

    /// The pause between sweeps.
    package var interval: Duration {
        min(max(self.retention / 4, .seconds(1)), .seconds(600))
    }

    package func run() async throws {
        while !Task.isShuttingDownGracefully, !Task.isCancelled {
            await self.sweep()
            try? await cancelWhenGracefulShutdown {
                try await Task.sleep(for: self.interval)
            }
        }
    }

    /// Drops what is due now; a failure is logged and the next sweep tries again.
    package func sweep() async {
        let cutoff = Int64(Date().timeIntervalSince1970 * 1000) - self.retention.wholeMilliseconds
        do {
            let dropped = try await self.store.dropBodies(doneBefore: cutoff)
            guard dropped > 0 else { return }
            self.logger.info(
                "outbox bodies dropped",
                metadata: ["documents.dropped": "\(dropped)", "outbox.bytes": "\((try? self.store.fileSize()) ?? 0)"]
            )
        } catch {
            self.logger.error("outbox retention failed", metadata: ["error": "\(error)"])
        }
    }
}
