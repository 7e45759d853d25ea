import DiaoyanModels
import DiaoyanWire
import Logging
import ServiceLifecycle

/// Serves the dispatch port: leases documents to extractors that `pull` and closes them on `confirm`.
///
/// A pull with nothing to hand out waits (up to its `wait_ms`, capped) for a commit that accepts documents or for
/// the earliest lease to expire, so idle extractors neither spin nor time out. Graceful shutdown ends the wait
/// with an empty lease. A failure of the outbox is answered `internal` with a correlation id (see ``WireRouter``).
package struct DispatchResponder: Sendable {
    /// Why a dispatch request is refused.
    package enum Error: Swift.Error, Hashable, WireResponseError {
        /// `max` is zero or negative.
        case nonPositiveMaximum(Int)

        package var errorBody: ErrorBody {
            switch self {
            case .nonPositiveMaximum(let max): ErrorBody(code: .badRequest, message: "max must be positive, got \(max)")
            }
        }
    }

    private let store: OutboxStore
    private let writer: OutboxWriter
    private let configuration: NormalizerConfiguration
    private let logger: Logger
    private let metrics = NormalizerMetrics()

    package init(store: OutboxStore, writer: OutboxWriter, configuration: NormalizerConfiguration, logger: Logger) {
        self.store = store
        self.writer = writer
        self.configuration = configuration
        self.logger = logger
    }

    /// The dispatch port's router: `pull` and `confirm`.
    package var router: WireRouter {
        var router = WireRouter(port: "dispatch", service: "normalizer", logger: self.logger)
        router.route(PullRequest.self, to: self.pull)
        router.route(ConfirmRequest.self, to: self.confirm)
        return router
    }

    package func confirm(_ request: ConfirmRequest) async throws -> ConfirmAck {
        let confirmed = try await self.store.confirm(ids: request.ids)
        self.writer.didConfirm(confirmed)
        self.metrics.confirmed(confirmed)
        return ConfirmAck(confirmed: confirmed)
    }

    package func pull(_ request: PullRequest) async throws -> LeaseGrant {
        guard request.max > 0 else {
            throw Error.nonPositiveMaximum(request.max)
        }
        let waitMilliseconds = min(
            max(request.waitMilliseconds ?? 0, 0),
            self.configuration.maximumPullWaitMilliseconds
        )
        let documents: [NormalizedDocument]
        do {
            documents = try await self.lease(
                limit: min(request.max, self.configuration.maximumLeaseBatch),
                waitingUntil: ContinuousClock.now + .milliseconds(waitMilliseconds)
            )
        } catch is CancellationError {
            documents = []
        }
        self.metrics.leased(documents.count)
        return LeaseGrant(
            documents: documents.map(\.leaseForm),
            leaseMilliseconds: Int(self.configuration.leaseDuration.wholeMilliseconds)
        )
    }

    /// Leases up to `limit` documents; while there are none, waits for an arrival or an expiring lease and tries
    /// again, until `deadline`, cancellation or graceful shutdown.
    private func lease(limit: Int, waitingUntil deadline: ContinuousClock.Instant) async throws -> [NormalizedDocument]
    {
        while true {
            let generation = self.writer.arrivalGeneration
            let documents = try await self.store.lease(limit: limit, for: self.configuration.leaseDuration)
            if !documents.isEmpty || ContinuousClock.now >= deadline || Task.isShuttingDownGracefully
                || Task.isCancelled
            {
                return documents
            }
            let wakeAt = try await self.nextLeaseExpiry().map { min($0, deadline) } ?? deadline
            await self.waitForArrival(after: generation, until: wakeAt)
        }
    }

    /// When the earliest open lease expires (at least 20 ms from now), if any does.
    private func nextLeaseExpiry() async throws -> ContinuousClock.Instant? {
        guard let milliseconds = try await self.store.earliestLeaseExpiry() else { return nil }
        return ContinuousClock.now + .milliseconds(max(milliseconds, 20))
    }

    /// Returns when a commit after `generation` accepted documents, at `deadline`, or when the task is cancelled
    /// or graceful shutdown begins, whichever comes first.
    private func waitForArrival(after generation: UInt64, until deadline: ContinuousClock.Instant) async {
        let writer = self.writer
        await cancelWhenGracefulShutdown {
            await withTaskGroup(of: Void.self) { group in
                group.addTask { await writer.waitForArrival(after: generation) }
                group.addTask { try? await Task.sleep(until: deadline, clock: .continuous) }
                await group.next()
                group.cancelAll()
            }
        }
    }
}
