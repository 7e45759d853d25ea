import DiaoyanExtraction
import DiaoyanModels
import DiaoyanWire
import Logging
import NIOCore
import ServiceLifecycle

/// Pulls documents from one normalizer address, extracts them, submits the records, and confirms.
///
/// The order per batch is what makes delivery exactly-once in effect: `pull` → extract → `submit` to the
/// aggregator → wait for its commit → `confirm` to the normalizer. A crash anywhere before `confirm` leaves the
/// lease to expire and the batch to be handed out again; the aggregator's idempotent commit absorbs the repeat.
///
/// The three stages run at once, each in its own task, joined by streams:
/// ```
/// pull (credit free?) ──batch──▶ extract (every core) ──records──▶ submit → confirm (up to 4 batches at once)
///        ▲                                                                   │
///        └──────────────────── credit given back after confirm ──────────────┘
/// ```
/// so the next batch is pulled while one is extracted and earlier ones wait for the aggregator's commit. The
/// ``CreditGate`` keeps the documents held (pulled, not yet confirmed) within `credit`; a pull goes out once half
/// of it is free. Nothing polls: the pull waits at the normalizer, the stages wait on their streams.
package struct ExtractionPuller: Sendable {
    private let address: SocketAddress
    private let configuration: ExtractorConfiguration
    private let identity: TLSIdentity
    private let extractor: TimedRecordExtractor
    private let logger: Logger
    private let metrics: ExtractorMetrics
    /// Submits (each followed by its confirm) in flight at once per session.
    private static let submitsInFlight = 4

    package init(
        address: SocketAddress,
        configuration: ExtractorConfiguration,
        identity: TLSIdentity,
        extractor: RecordExtractor,
        metrics: ExtractorMetrics = ExtractorMetrics(),
        logger: Logger
    ) {
        self.metrics = metrics
        self.extractor = TimedRecordExtractor(extractor, metrics: metrics)
        self.address = address
        self.configuration = configuration
        self.identity = identity
        var logger = logger
        logger[metadataKey: "normalizer.address"] = "\(address)"
        self.logger = logger
    }

    /// Runs until graceful shutdown or cancellation, reconnecting with backoff after failures.
    package func run() async {
        var delay = Duration.milliseconds(200)
        while !Task.isCancelled, !Task.isShuttingDownGracefully {
            do {
                try await self.session()
                delay = .milliseconds(200)
            } catch {
                if Task.isCancelled || Task.isShuttingDownGracefully { break }
                self.logger.warning(
                    "session ended; retrying",
                    metadata: ["error": "\(error)", "retry.delay": "\(delay)"]
                )
                try? await Task.sleep(for: delay)
                delay = min(delay * 2, self.configuration.maximumRetryDelay)
            }
        }
    }

    /// One pair of connections, used until one of them fails.
    private func session() async throws {
        let configuration = self.configuration
        try await ResultsClient.withConnection(
            to: configuration.aggregator,
            identity: self.identity,
            limits: configuration.limits,
            logger: self.logger
        ) { aggregator in
            try await DispatchClient.withConnection(
                to: self.address,
                serverName: configuration.normalizer.host,
                identity: self.identity,
                limits: configuration.limits,
                logger: self.logger
            ) { normalizer in
                self.logger.info("pulling")
                self.metrics.sessionStarted()
                defer { self.metrics.sessionEnded() }
                try await self.pipeline(normalizer: normalizer, aggregator: aggregator)
            }
        }
    }

    /// Runs the three stages over one pair of connections until graceful shutdown (or a failure of either).
    private func pipeline(normalizer: DispatchClient, aggregator: ResultsClient) async throws {
        let credit = max(self.configuration.credit, 1)
        let gate = CreditGate(credit: credit)
        let (pulled, pulledInput) = AsyncStream.makeStream(of: [NormalizedDocument].self)
        let (extracted, extractedInput) = AsyncStream.makeStream(of: [Extracted].self)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                defer { pulledInput.finish() }
                try await self.pull(from: normalizer, gate: gate, credit: credit, into: pulledInput)
            }
            group.addTask {
                defer { extractedInput.finish() }
                for await documents in pulled {
                    extractedInput.yield(await self.extract(documents))
                }
            }
            group.addTask {
                try await self.submit(
                    extracted,
                    to: aggregator,
                    confirmingTo: normalizer,
                    gate: gate,
                    closing: extractedInput
                )
            }
            try await group.waitForAll()
        }
    }

    /// Pulls whenever at least half the credit is free, asking for all that is free, until graceful shutdown.
    private func pull(
        from normalizer: DispatchClient,
        gate: CreditGate,
        credit: Int,
        into stage: AsyncStream<[NormalizedDocument]>.Continuation
    ) async throws {
        while !Task.isShuttingDownGracefully {
            // Only the waits for credit and for work are abandoned on shutdown; batches in hand are finished.
            let asked: Int
            let grant: LeaseGrant
            do {
                asked = try await cancelWhenGracefulShutdown { try await gate.takeAll(atLeast: max(1, credit / 2)) }
                grant = try await cancelWhenGracefulShutdown {
                    try await normalizer.pull(
                        PullRequest(max: asked, waitMilliseconds: self.configuration.pullWaitMilliseconds)
                    )
                }
            } catch is CancellationError where Task.isShuttingDownGracefully {
                return
            }
            gate.release(asked - grant.documents.count)
            if !grant.documents.isEmpty { stage.yield(grant.documents) }
        }
    }

    /// Submits each extracted batch, confirms it once the aggregator has committed it, and gives its credit back;
    /// up to ``submitsInFlight`` batches at once. A failed batch fails the gate and closes `stage`, so neither the
    /// puller nor this loop waits for work that cannot come.
    private func submit(
        _ batches: AsyncStream<[Extracted]>,
        to aggregator: ResultsClient,
        confirmingTo normalizer: DispatchClient,
        gate: CreditGate,
        closing stage: AsyncStream<[Extracted]>.Continuation
    ) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            var running = 0
            for await batch in batches {
                if running >= Self.submitsInFlight {
                    try await group.next()
                    running -= 1
                }
                running += 1
                group.addTask {
                    do {
                        try await self.complete(batch, aggregator: aggregator, normalizer: normalizer, gate: gate)
                    } catch {
                        // The batch's credit never comes back: end the puller's wait and this stage's, so the
                        // error surfaces and the session ends (its leases expire and are handed out again).
                        gate.fail(error)
                        stage.finish()
                        throw error
                    }
                }
            }
            try await group.waitForAll()
        }
    }

    /// Submits one batch, confirms it after the aggregator's commit, and gives its credit back.
    private func complete(
        _ batch: [Extracted],
        aggregator: ResultsClient,
        normalizer: DispatchClient,
        gate: CreditGate
    ) async throws {
        let records = batch.map(\.record)
        let contexts = Dictionary(batch.map { ($0.record.id, $0.context) }, uniquingKeysWith: { first, _ in first })
        let ack = try await aggregator.submit(SubmitRequest(records: records, contexts: contexts))
        let confirmed = try await normalizer.confirm(ConfirmRequest(ids: ack.results.map(\.id)))
        gate.release(batch.count)
        self.metrics.completed(records.count)
        self.logger.debug(
            "batch done",
            metadata: ["documents": "\(records.count)", "documents.confirmed": "\(confirmed.confirmed)"]
        )
    }

    /// One document's record and context, with its place in the batch.
    private struct Extracted: Sendable {
        var index: Int
        var record: ExtractionRecord
        var context: RecordContext
    }

    /// Extracts records and their contexts (see ``RecordContext``), spreading the batch over the cooperative
    /// pool's threads.
    private func extract(_ documents: [NormalizedDocument]) async -> [Extracted] {
        let extractor = self.extractor
        return await withTaskGroup(of: Extracted.self) { group in
            for (index, document) in documents.enumerated() {
                group.addTask {
                    let record = extractor.extract(document)
                    return Extracted(
                        index: index,
                        record: record,
                        context: RecordContext(record: record, document: document)
                    )
                }
            }
            var records = [Extracted?](repeating: nil, count: documents.count)
            for await extracted in group {
                records[extracted.index] = extracted
            }
            return records.compactMap { $0 }
        }
    }
}
