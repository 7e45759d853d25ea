import DiaoyanModels
import DiaoyanWire
import Foundation
import Logging

/// Sends files to a normalizer's ingest port in batches and collects what became of each.
///
/// A file that is valid UTF-8 goes as `text`; anything else goes as `bytes_base64` and the normalizer detects
/// its charset. A file that cannot be read is reported and the rest go on.
///
/// Documents rejected with a retryable error (`busy`, `storage_full`, `unavailable`…, see
/// ``ErrorBody/retryable``) are sent again, alone, after an exponential backoff with jitter: up to ``retries``
/// more times, waiting about ``retryDelay``, then twice that, and so on up to ``maximumRetryDelay``. What is still
/// rejected then is reported as given up (``Summary/gaveUp``). A connection refused as a whole with a retryable
/// error (the port's connection caps) is opened again the same way.
package struct DocumentSender: Sendable {
    /// What became of the files sent.
    package struct Summary: Sendable {
        package var results: [IngestResult] = []
        /// Files that were never sent, with why.
        package var unreadable: [(path: String, reason: String)] = []

        package var accepted: Int { self.results.count { $0.status == .accepted } }
        package var duplicate: Int { self.results.count { $0.status == .duplicate } }
        package var rejected: Int { self.results.count { $0.status == .rejected } + self.unreadable.count }
        /// Ids the normalizer holds for these files (accepted or already there).
        package var storedIDs: Set<String> {
            Set(self.results.filter { $0.status != .rejected }.compactMap(\.id))
        }
        /// Documents sent again after a retryable rejection, counted once per attempt.
        package var retried = 0
        /// Documents still rejected with a retryable error once the retries ran out.
        package var gaveUp: [IngestResult] {
            self.results.filter { $0.status == .rejected && $0.error?.retryable == true }
        }
    }

    package var endpoint: Endpoint
    package var identity: TLSIdentity
    package var limits: WireLimits
    /// Documents per `ingest` request at most. Default 64.
    package var batchDocuments: Int
    /// Raw bytes per `ingest` request at most (a single larger file still goes alone). Default 2 MiB.
    package var batchBytes: Int
    /// How many more times a document rejected with a retryable error is sent. Default 5.
    package var retries: Int
    /// The wait before the first retry; each later one doubles it, with jitter. Default 500 ms.
    package var retryDelay: Duration
    /// The longest wait between two tries. Default 30 s.
    package var maximumRetryDelay: Duration

    package init(
        endpoint: Endpoint,
        identity: TLSIdentity,
        limits: WireLimits = .init(),
        batchDocuments: Int = 64,
        batchBytes: Int = 2 << 20,
        retries: Int = 5,
        retryDelay: Duration = .milliseconds(500),
        maximumRetryDelay: Duration = .seconds(30)
    ) {
        self.endpoint = endpoint
        self.identity = identity
        self.limits = limits
        self.batchDocuments = batchDocuments
        self.batchBytes = batchBytes
        self.retries = retries
        self.retryDelay = retryDelay
        self.maximumRetryDelay = maximumRetryDelay
    }

    /// Sends `files`, calling `progress(done, total)` after each batch.
    ///
    /// - Parameter sourceName: the `source` sent for a file; by default its file name.
    package func send(
        _ files: [URL],
        sourceName: @Sendable (URL) -> String = { $0.lastPathComponent },
        logger: Logger,
        progress: @Sendable (Int, Int) -> Void = { _, _ in }
    ) async throws -> Summary {
        var summary = Summary()
        var batches: [[IncomingDocument]] = [[]]
        var batchSize = 0
        for file in files {
            let data: Data
            do {
                data = try Data(contentsOf: file)
            } catch {
                summary.unreadable.append((file.path, error.localizedDescription))
                continue
            }
            let document: IncomingDocument
            if let text = String(data: data, encoding: .utf8) {
                document = IncomingDocument(source: sourceName(file), text: text)
            } else {
                document = IncomingDocument(source: sourceName(file), bytesBase64: data.base64EncodedString())
            }
            if !batches[batches.count - 1].isEmpty,
                batches[batches.count - 1].count >= self.batchDocuments || batchSize + data.count > self.batchBytes
            {
                batches.append([])
                batchSize = 0
            }
            batches[batches.count - 1].append(document)
            batchSize += data.count
        }
        batches.removeAll { $0.isEmpty }
        let total = batches.reduce(0) { $0 + $1.count }
        progress(0, total)
        let (collected, retried) = try await self.sendAll(batches, logger: logger) { progress($0, total) }
        summary.results = collected
        summary.retried = retried
        return summary
    }

    /// Sends the batches over one connection. A connection refused as a whole with a retryable error (`busy` at
    /// the port's connection caps) is opened again after a backoff, up to ``retries`` times, and the batches not
    /// yet answered go over the new one. Returns the results in order and the documents retried.
    private func sendAll(
        _ batches: [[IncomingDocument]],
        logger: Logger,
        progress: (Int) -> Void
    ) async throws -> (results: [IngestResult], retried: Int) {
        var results: [IngestResult] = []
        var answeredBatches = 0
        var retried = 0
        var refusals = 0
        while true {
            do {
                try await IngestClient.withConnection(
                    to: self.endpoint,
                    identity: self.identity,
                    limits: self.limits,
                    logger: logger
                ) { client in
                    for batch in batches.dropFirst(answeredBatches) {
                        results += try await self.sendRetrying(batch, client: client, retried: &retried, logger: logger)
                        answeredBatches += 1
                        progress(results.count)
                    }
                }
                return (results, retried)
            } catch WireClient.Error.refused(let body) where body.retryable && refusals < self.retries {
                let delay = self.backoff(attempt: refusals)
                logger.notice(
                    "connection refused with a retryable error; reconnecting",
                    metadata: ["error.code": "\(body.code)", "retry.delay": "\(delay)"]
                )
                try await Task.sleep(for: delay)
                refusals += 1
            }
        }
    }

    /// Sends one batch, then again the documents rejected with a retryable error until none is or the retries run
    /// out. Returns one result per document, in order.
    private func sendRetrying(
        _ batch: [IncomingDocument],
        client: IngestClient,
        retried: inout Int,
        logger: Logger
    ) async throws -> [IngestResult] {
        var results = try await client.ingest(IngestRequest(documents: batch)).results
        for attempt in 0..<max(self.retries, 0) {
            let pending = results.indices.filter {
                results[$0].status == .rejected && results[$0].error?.retryable == true
            }
            guard !pending.isEmpty else { break }
            let delay = self.backoff(attempt: attempt)
            logger.notice(
                "documents rejected with a retryable error; retrying",
                metadata: [
                    "documents": "\(pending.count)", "retry.attempt": "\(attempt + 1)", "retry.delay": "\(delay)",
                ]
            )
            try await Task.sleep(for: delay)
            retried += pending.count
            let again = try await client.ingest(IngestRequest(documents: pending.map { batch[$0] })).results
            for (index, result) in zip(pending, again) {
                results[index] = result
            }
        }
        return results
    }

    /// The wait before retry `attempt` (0 for the first): `retryDelay · 2^attempt`, capped at `maximumRetryDelay`,
    /// then a random point in its upper half (jitter, so clients refused together do not come back together).
    package func backoff(attempt: Int) -> Duration {
        let exponential = self.retryDelay * (1 << min(attempt, 20))
        let capped = min(exponential, self.maximumRetryDelay)
        return capped * Double.random(in: 0.5...1.0)
    }
}
