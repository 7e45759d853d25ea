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
        let records = await self.extract(grant.documents)
        let ack = try await aggregator.submit(SubmitRequest(records: records))
        let confirmed = try await normalizer.confirm(ConfirmRequest(ids: ack.results.map(\.id)))
        self.metrics.completed(records.count)
        self.logger.debug(
            "batch done",
            metadata: ["documents": "\(records.count)", "documents.confirmed": "\(confirmed.confirmed)"]
        )
    }

    /// Extracts records, spreading the batch over the cooperative pool's threads.
    private func extract(_ documents: [NormalizedDocument]) async -> [ExtractionRecord] {
        let extractor = self.extractor
        return await withTaskGroup(of: (Int, ExtractionRecord).self) { group in
            for (index, document) in documents.enumerated() {
                group.addTask { (index, extractor.extract(document)) }
            }
            var records = [ExtractionRecord?](repeating: nil, count: documents.count)
            for await (index, record) in group {
                records[index] = record
            }
            return records.compactMap { $0 }
        }
    }
}
