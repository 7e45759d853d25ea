import DiaoyanModels
import DiaoyanNormalization
import DiaoyanWire
import Foundation
import Logging
import ServiceLifecycle

/// Serves the ingest port: normalizes each document of an `ingest` request and acknowledges it once durable.
///
/// One bad document is rejected alone. Above the outbox's high-water mark the responder waits for confirms to
/// make room before going on (the request keeps its slot on the connection, so a client that keeps sending is
/// pushed back through TCP); at the hard limit, or when the normalizer shuts down (or the request is cancelled) while it waits, it answers `busy`.
/// A failed outbox commit acknowledges none of the documents it held: each is answered `storage_full` when the
/// disk (or the outbox's size limit) is full, else `internal` with a correlation id.
package struct IngestResponder: Sendable {
    private let normalizer: DocumentNormalizer
    private let writer: OutboxWriter
    private let configuration: NormalizerConfiguration
    private let logger: Logger
    private let metrics = NormalizerMetrics()

    package init(
        normalizer: DocumentNormalizer,
        writer: OutboxWriter,
        configuration: NormalizerConfiguration,
        logger: Logger
    ) {
        self.normalizer = normalizer
        self.writer = writer
        self.configuration = configuration
        self.logger = logger
    }

    /// The ingest port's router: `ingest`.
    package var router: WireRouter {
        var router = WireRouter(port: "ingest", service: "normalizer", logger: self.logger)
        router.route(IngestRequest.self, to: self.ingest)
        return router
    }

    package func ingest(_ request: IngestRequest) async -> IngestAck {
        let ack = await self.answer(request)
        self.metrics.record(ack)
        return ack
    }

    private func answer(_ request: IngestRequest) async -> IngestAck {
        guard self.writer.openCount < self.configuration.hardLimit, await self.waitForCapacity() else {
            return IngestAck(results: request.documents.map { Self.busy($0, open: self.writer.openCount) })
        }
        var results = request.documents.map { IngestResult(source: $0.source, id: $0.id, status: .rejected) }
        var normalized: [(index: Int, document: NormalizedDocument)] = []
        for (index, outcome) in await self.normalizeAll(request.documents).enumerated() {
            switch outcome {
            case .success(let document):
                normalized.append((index, document))
                results[index].id = document.id
            case .failure(let error):
                results[index].error = error
            }
        }
        do {
            let outcomes = try await self.writer.append(normalized.map(\.document))
            for (item, outcome) in zip(normalized, outcomes) {
                results[item.index].status = outcome == .accepted ? .accepted : .duplicate
            }
        } catch {
            let body = self.commitFailure(error)
            for item in normalized {
                results[item.index].error = body
            }
        }
        return IngestAck(results: results)
    }

    /// Normalizes the documents of one request spread over the cores, in as many slices as there are cores, so a
    /// batch's acknowledgement waits for the slowest slice rather than for the sum; results in request order.
    private func normalizeAll(_ documents: [IncomingDocument]) async -> [Result<NormalizedDocument, ErrorBody>] {
        let slices = min(documents.count, Self.cores)
        guard slices > 1 else { return documents.map(self.normalize) }
        let size = (documents.count + slices - 1) / slices
        return await withTaskGroup(of: (Int, [Result<NormalizedDocument, ErrorBody>]).self) { group in
            for start in stride(from: 0, to: documents.count, by: size) {
                let slice = documents[start..<min(start + size, documents.count)]
                group.addTask { (start, slice.map(self.normalize)) }
            }
            var results = [Result<NormalizedDocument, ErrorBody>?](repeating: nil, count: documents.count)
            for await (start, outcomes) in group {
                for (offset, outcome) in outcomes.enumerated() { results[start + offset] = outcome }
            }
            return results.map { $0! }
        }
    }

    private static let cores = ProcessInfo.processInfo.activeProcessorCount

    /// Logs a failed outbox commit and returns the answer for each document it held.
    private func commitFailure(_ error: any Error) -> ErrorBody {
        if StorageFailure.isFull(error) {
            self.logger.warning("ingest not committed: storage full", metadata: ["error": "\(error)"])
            return StorageFailure.errorBody(service: "normalizer")
        }
        let failure = CorrelatedFailure(service: "normalizer")
        failure.log("ingest not committed", error: error, logger: self.logger)
        return failure.errorBody()
    }

    /// Waits until the outbox is below its high-water mark; false when graceful shutdown or cancellation ended
    /// the wait first.
    private func waitForCapacity() async -> Bool {
        guard self.writer.openCount >= self.configuration.highWaterMark else { return true }
        let writer = self.writer
        do {
            try await cancelWhenGracefulShutdown { try await writer.waitForCapacity() }
            return true
        } catch {
            return false
        }
    }

    /// `incoming` normalized, or why it is refused; a document that normalizes to no text is `empty_document`,
    /// never stored (its id would be the SHA-256 of nothing, and every later empty one a `duplicate`).
    private func normalize(_ incoming: IncomingDocument) -> Result<NormalizedDocument, ErrorBody> {
        self.normalizeText(incoming).flatMap { document in
            guard document.text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
                return .failure(Self.empty(document))
            }
            return .success(document)
        }
    }

    private static func empty(_ document: NormalizedDocument) -> ErrorBody {
        let kinds = Set(document.removed.map(\.kind)).sorted().joined(separator: ", ")
        let removed = document.removed.isEmpty ? "" : "; \(document.removed.count) lines removed as \(kinds)"
        return ErrorBody(code: .emptyDocument, message: "the document normalizes to no text\(removed)")
    }

    private func normalizeText(_ incoming: IncomingDocument) -> Result<NormalizedDocument, ErrorBody> {
        let limit = self.configuration.limits.maximumDocumentBytes
        if let id = incoming.id, id.isEmpty || id.utf8.count > 256 {
            return .failure(ErrorBody(code: .badRequest, message: "id must be 1 to 256 bytes"))
        }
        switch (incoming.text, incoming.bytesBase64) {
        case (let text?, nil):
            guard text.utf8.count <= limit else {
                return .failure(Self.tooLarge(text.utf8.count, limit: limit))
            }
            return .success(self.normalizer.normalize(text: text, source: incoming.source, id: incoming.id))
        case (nil, let encoded?):
            guard encoded.utf8.count / 4 * 3 <= limit + 3 else {
                return .failure(Self.tooLarge(encoded.utf8.count / 4 * 3, limit: limit))
            }
            guard let bytes = Data(base64Encoded: encoded) else {
                return .failure(ErrorBody(code: .badRequest, message: "bytes_base64 is not valid base64"))
            }
            guard bytes.count <= limit else {
                return .failure(Self.tooLarge(bytes.count, limit: limit))
            }
            do {
                return .success(
                    try self.normalizer.normalize(
                        bytes: Array(bytes),
                        charset: incoming.charset,
                        source: incoming.source,
                        id: incoming.id
                    )
                )
            } catch {
                return .failure(Self.errorBody(for: error))
            }
        case (nil, nil):
            return .failure(ErrorBody(code: .badRequest, message: "a document needs 'text' or 'bytes_base64'"))
        case (.some, .some):
            return .failure(ErrorBody(code: .badRequest, message: "give either 'text' or 'bytes_base64', not both"))
        }
    }

    private static func errorBody(for error: DocumentNormalizer.Error) -> ErrorBody {
        switch error {
        case .invalidEncoding(let charset, let offset):
            ErrorBody(code: .invalidEncoding, message: "bytes are not valid \(charset) at byte offset \(offset)")
        case .unsupportedCharset(let charset):
            ErrorBody(code: .invalidEncoding, message: "charset '\(charset)' is not supported")
        }
    }

    private static func tooLarge(_ size: Int, limit: Int) -> ErrorBody {
        ErrorBody(code: .documentTooLarge, message: "document of \(size) bytes exceeds the limit of \(limit) bytes")
    }

    private static func busy(_ incoming: IncomingDocument, open: Int) -> IngestResult {
        IngestResult(
            source: incoming.source,
            id: incoming.id,
            status: .rejected,
            error: ErrorBody(code: .busy, message: "outbox holds \(open) open documents; retry later")
        )
    }
}
