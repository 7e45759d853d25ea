import DiaoyanModels
import DiaoyanWire
import Logging

/// Sends a corpus to an ingest port from several connections at once, in batches, and times every
/// acknowledgement.
///
/// Each connection takes the next unsent batch, sends it, and waits for its `ingest_ack` (durable) before taking
/// another; with a `rate`, batch k is not sent before `start + k · batch / rate`, so the load is fixed and the
/// latency is what a client sees at that load.
package struct IngestLoad: Sendable {
    /// What the load saw.
    package struct Outcome: Sendable {
        /// When each accepted document's batch was sent, by document id.
        package var sent: [String: ContinuousClock.Instant] = [:]
        /// Ids in the order their batches were acknowledged.
        package var acknowledged: [String] = []
        /// Per batch: send to acknowledgement.
        package var ackMilliseconds: [Double] = []
        package var rejected = 0
        package var firstSend: ContinuousClock.Instant?
        package var lastAck: ContinuousClock.Instant?
    }

    package var endpoint: Endpoint
    package var identity: TLSIdentity
    package var connections: Int
    package var batch: Int
    /// Documents per second to send at, or nil for as fast as acknowledged.
    package var rate: Double?

    package init(endpoint: Endpoint, identity: TLSIdentity, connections: Int, batch: Int, rate: Double? = nil) {
        self.endpoint = endpoint
        self.identity = identity
        self.connections = connections
        self.batch = batch
        self.rate = rate
    }

    /// Sends every document once.
    package func send(_ documents: [IncomingDocument], logger: Logger) async throws -> Outcome {
        let batches = stride(from: 0, to: documents.count, by: self.batch).map {
            Array(documents[$0..<min($0 + self.batch, documents.count)])
        }
        let ledger = IngestLedger()
        let start = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<max(self.connections, 1) {
                group.addTask {
                    try await IngestClient.withConnection(to: self.endpoint, identity: self.identity, logger: logger) {
                        client in
                        while true {
                            let index = ledger.takeBatch()
                            guard index < batches.count else { return }
                            if let rate = self.rate {
                                let due = start + .seconds(Double(index * self.batch) / rate)
                                try await Task.sleep(until: due, clock: .continuous)
                            }
                            let sentAt = ContinuousClock.now
                            let ack = try await client.ingest(IngestRequest(documents: batches[index]))
                            ledger.record(ack, sentAt: sentAt, ackedAt: .now)
                        }
                    }
                }
            }
            try await group.waitForAll()
        }
        return ledger.result
    }
}
