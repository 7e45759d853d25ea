import DiaoyanModels
import Synchronization

/// What the connections of an ``IngestLoad`` share: the next batch to send and what the acknowledgements said.
final class IngestLedger: Sendable {
    private let next = Atomic<Int>(0)
    private let outcome = Mutex(IngestLoad.Outcome())

    /// The index of the next unsent batch (grows past the last one).
    func takeBatch() -> Int {
        self.next.add(1, ordering: .relaxed).oldValue
    }

    /// Notes one acknowledged batch.
    func record(_ ack: IngestAck, sentAt: ContinuousClock.Instant, ackedAt: ContinuousClock.Instant) {
        self.outcome.withLock { outcome in
            if outcome.firstSend.map({ sentAt < $0 }) ?? true { outcome.firstSend = sentAt }
            if outcome.lastAck.map({ ackedAt > $0 }) ?? true { outcome.lastAck = ackedAt }
            outcome.ackMilliseconds.append((ackedAt - sentAt).milliseconds)
            for result in ack.results {
                guard result.status != .rejected, let id = result.id else {
                    outcome.rejected += 1
                    continue
                }
                if outcome.sent[id] == nil {
                    outcome.sent[id] = sentAt
                    outcome.acknowledged.append(id)
                }
            }
        }
    }

    var result: IngestLoad.Outcome { self.outcome.withLock { $0 } }
}
