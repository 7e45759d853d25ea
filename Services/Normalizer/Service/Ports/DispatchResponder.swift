import DiaoyanModels
import DiaoyanWire
import Logging
import ServiceLifecycle

/// Serves the dispatch port: leases documents to extractors that `pull` and closes them on `confirm`.
///
/// A pull with nothing to hand out waits (up to its `wait_ms`, capped) for new documents or expiring leases, so
/// idle extractors neither spin nor time out.
package struct DispatchResponder: WireResponder {
    private let store: OutboxStore
    private let writer: OutboxWriter
    private let configuration: NormalizerConfiguration
    private let logger: Logger

    package init(store: OutboxStore, writer: OutboxWriter, configuration: NormalizerConfiguration, logger: Logger) {
        self.store = store
        self.writer = writer
        self.configuration = configuration
        self.logger = logger
    }

    package func respond(to envelope: Envelope, from peer: PeerIdentity) async -> Message? {
        switch envelope.message {
        case .pull(let request):
            return await self.pull(request, ref: envelope.id)
        case .confirm(let request):
            do {
                let confirmed = try await self.store.confirm(ids: request.ids)
                self.writer.didConfirm(confirmed)
                return .confirmAck(ConfirmAck(confirmed: confirmed))
            } catch {
                self.logger.error("confirm failed", metadata: ["error": "\(error)"])
                return .error(ErrorBody(code: .internal, message: "confirm failed: \(error)", ref: envelope.id))
            }
        default:
            return envelope.rejection(port: "dispatch")
        }
    }

    private func pull(_ request: PullRequest, ref: String) async -> Message {
        guard request.max > 0 else {
            return .error(ErrorBody(code: .badRequest, message: "max must be positive, got \(request.max)", ref: ref))
        }
        let limit = min(request.max, self.configuration.maximumLeaseBatch)
        let waitMilliseconds = min(
            max(request.waitMilliseconds ?? 0, 0),
            self.configuration.maximumPullWaitMilliseconds
        )
        let deadline = ContinuousClock.now + .milliseconds(waitMilliseconds)
        let leaseMilliseconds = Int(self.configuration.leaseDuration.wholeMilliseconds)
        do {
            while true {
                let generation = self.writer.arrivalGeneration
                let documents = try await self.store.lease(limit: limit, for: self.configuration.leaseDuration)
                if !documents.isEmpty || ContinuousClock.now >= deadline || Task.isShuttingDownGracefully {
                    return .lease(LeaseGrant(documents: documents, leaseMilliseconds: leaseMilliseconds))
                }
                // Wait for a commit, an expiring lease, or the deadline, checking cheaply in between.
                let expiry = try await self.store.earliestLeaseExpiry()
                let wakeAt = expiry.map { min(deadline, ContinuousClock.now + .milliseconds(max($0, 20))) } ?? deadline
                while self.writer.arrivalGeneration == generation, ContinuousClock.now < wakeAt,
                    !Task.isShuttingDownGracefully
                {
                    try await Task.sleep(for: .milliseconds(20))
                }
            }
        } catch is CancellationError {
            return .lease(LeaseGrant(documents: [], leaseMilliseconds: leaseMilliseconds))
        } catch {
            self.logger.error("lease failed", metadata: ["error": "\(error)"])
            return .error(ErrorBody(code: .internal, message: "lease failed: \(error)", ref: ref))
        }
    }
}
