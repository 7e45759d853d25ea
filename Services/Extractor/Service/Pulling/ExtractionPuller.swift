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
package struct ExtractionPuller: Sendable {
    private let address: SocketAddress
    private let configuration: ExtractorConfiguration
    private let identity: TLSIdentity
    private let extractor: TimedRecordExtractor
    private let logger: Logger
    private let metrics: ExtractorMetrics

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
                while !Task.isShuttingDownGracefully {
                    try await self.batch(normalizer: normalizer, aggregator: aggregator)
                }
            }
        }
    }

    private func batch(normalizer: DispatchClient, aggregator: ResultsClient) async throws {
        let pull = PullRequest(
            max: self.configuration.credit,
            waitMilliseconds: self.configuration.pullWaitMilliseconds
        )
        // Only the wait for work is abandoned on shutdown; a batch in hand is finished.
        let grant = try await cancelWhenGracefulShutdown { try await normalizer.pull(pull) }
        guard !grant.documents.isEmpty else { return }
        let extracted = await self.extract(grant.documents)
        let records = extracted.map(\.record)
        let contexts = Dictionary(extracted.map { ($0.record.id, $0.context) }, uniquingKeysWith: { first, _ in first })
        let ack = try await aggregator.submit(SubmitRequest(records: records, contexts: contexts))
        let confirmed = try await normalizer.confirm(ConfirmRequest(ids: ack.results.map(\.id)))
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
                    return Extracted(index: index, record: record, context: RecordContext(record: record, document: document))
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
