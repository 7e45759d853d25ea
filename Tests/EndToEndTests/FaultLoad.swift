import DiaoyanModels
import DiaoyanWire
import Foundation
import Synchronization

/// A patient client for the fault suite: sends documents to the ingest port in batches, and when a batch meets a
/// dead or restarting normalizer (refused, closed, reset) sends it again, as `diaoyan send` does. A document
/// counts as acknowledged once an answer says `accepted` or `duplicate` (a batch sent again after a crash may
/// find some of it already committed).
final class FaultLoad: Sendable {
    /// What a run of ``send(_:batch:pause:retryBusy:)`` saw.
    struct Figures: Sendable {
        var sent = 0
        var acknowledged: Set<String> = []
        var duplicatesOnRetry = 0
        var busyAnswers = 0
        var batchRetries = 0
        /// Documents finally refused, with the code (none is expected unless busy is not retried).
        var refused: [String: ErrorBody.Code] = [:]
    }

    /// Why the load gave up.
    enum Error: Swift.Error, CustomStringConvertible {
        case gaveUp(batch: Int, lastError: String)

        var description: String {
            switch self {
            case .gaveUp(let batch, let lastError): "batch \(batch) could not be delivered: \(lastError)"
            }
        }
    }

    private let harness: TrioHarness
    private let progress = Atomic<Int>(0)

    init(harness: TrioHarness) {
        self.harness = harness
    }

    /// Documents acknowledged so far, for progress lines.
    var acknowledgedSoFar: Int { self.progress.load(ordering: .relaxed) }

    /// Sends `documents` in batches of `batch`, waiting `pause` between batches; a batch that cannot be delivered
    /// is retried every 200 ms for up to `patience`. With `retryBusy`, documents answered `busy` are sent again
    /// until accepted (each answer counted in ``Figures/busyAnswers``); without, they are left refused.
    func send(
        _ documents: [IncomingDocument],
        batch: Int,
        pause: Duration = .zero,
        retryBusy: Bool = true,
        patience: Duration = .seconds(120)
    ) async throws -> Figures {
        var figures = Figures()
        var start = 0
        var batchNumber = 0
        while start < documents.count {
            var pending = Array(documents[start..<min(start + batch, documents.count)])
            start += pending.count
            batchNumber += 1
            figures.sent += pending.count
            let deadline = ContinuousClock.now + patience
            var isRetry = false
            while !pending.isEmpty {
                let ack: IngestAck
                do {
                    ack = try await self.harness.ingest(pending)
                } catch {
                    guard ContinuousClock.now < deadline else {
                        throw Error.gaveUp(batch: batchNumber, lastError: "\(error)")
                    }
                    figures.batchRetries += 1
                    isRetry = true
                    try await Task.sleep(for: .milliseconds(200))
                    continue
                }
                var again: [IncomingDocument] = []
                for (document, result) in zip(pending, ack.results) {
                    switch result.status {
                    case .accepted:
                        figures.acknowledged.insert(document.source)
                    case .duplicate:
                        figures.acknowledged.insert(document.source)
                        if isRetry { figures.duplicatesOnRetry += 1 }
                    case .rejected:
                        let code = result.error?.code ?? .internal
                        if code == .busy { figures.busyAnswers += 1 }
                        if retryBusy, result.error?.retryable == true, ContinuousClock.now < deadline {
                            again.append(document)
                        } else {
                            figures.refused[document.source] = code
                        }
                    }
                }
                self.progress.store(figures.acknowledged.count, ordering: .relaxed)
                pending = again
                if !again.isEmpty {
                    isRetry = true
                    try await Task.sleep(for: .milliseconds(200))
                }
            }
            if pause > .zero { try await Task.sleep(for: pause) }
        }
        return figures
    }
}
