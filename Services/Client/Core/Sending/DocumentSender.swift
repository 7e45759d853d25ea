import DiaoyanModels
import DiaoyanWire
import Foundation
import Logging

/// Sends files to a normalizer's ingest port in batches and collects what became of each.
///
/// A file that is valid UTF-8 goes as `text`; anything else goes as `bytes_base64` and the normalizer detects
/// its charset. A file that cannot be read is reported and the rest go on.
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
    }

    package var endpoint: Endpoint
    package var identity: TLSIdentity
    package var limits: WireLimits
    /// Documents per `ingest` request at most. Default 64.
    package var batchDocuments: Int
    /// Raw bytes per `ingest` request at most (a single larger file still goes alone). Default 2 MiB.
    package var batchBytes: Int

    package init(
        endpoint: Endpoint,
        identity: TLSIdentity,
        limits: WireLimits = .init(),
        batchDocuments: Int = 64,
        batchBytes: Int = 2 << 20
    ) {
        self.endpoint = endpoint
        self.identity = identity
        self.limits = limits
        self.batchDocuments = batchDocuments
        self.batchBytes = batchBytes
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
        let collected = try await IngestClient.withConnection(
            to: self.endpoint,
            identity: self.identity,
            limits: self.limits,
            logger: logger
        ) { client in
            var results: [IngestResult] = []
            for batch in batches {
                results += try await client.ingest(IngestRequest(documents: batch)).results
                progress(results.count, total)
            }
            return results
        }
        summary.results = collected
        return summary
    }
}
