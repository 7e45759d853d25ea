import ClientCore
import DiaoyanModels
import DiaoyanWire
import Foundation
import TestSupport
import Testing

/// An extractor frozen mid-batch (SIGSTOP): its leases expire, another extractor finishes the work, and when the
/// frozen one wakes (SIGCONT) and submits and confirms its stale batch, no count changes.
@Suite(.serialized) struct StalledExtractorTests {
    @Test func aStalledExtractorsLateSubmissionChangesNothing() async throws {
        let total = 1_200
        try await TrioHarness.with(
            "stalled",
            extraArguments: [
                "diaoyan-normalizer": ["--lease-timeout", "2", "--metrics", "127.0.0.1:0"],
                "diaoyan-aggregator": ["--metrics", "127.0.0.1:0"],
                "diaoyan-extractor": ["--credit", "8", "--metrics", "127.0.0.1:0"],
            ]
        ) { harness in
            let figures = try await FaultLoad(harness: harness).send(
                FaultCorpus.documents("stall", 0..<total),
                batch: 100
            )
            #expect(figures.acknowledged.count == total)

            let stalled = try harness.startExtractor(index: 1)
            let stalledMetrics = try await stalled.waitForPort("metrics")
            _ = try await harness.waitForDocuments(16)
            // Freeze it once it is at work: it has extracted a batch and, pulling the next while it submits, holds
            // leases the survivor must take over. (Frozen before its first batch, it once had nothing to finish.)
            let clock = ContinuousClock()
            let atWork = clock.now + .seconds(60)
            var before = 0.0
            while before < 1, clock.now < atWork {
                before =
                    try await MetricsScrape(address: stalledMetrics).value("diaoyan_documents_extracted_total") ?? 0
                if before < 1 { try await Task.sleep(for: .milliseconds(5)) }
            }
            stalled.signal(SIGSTOP)
            let stoppedAt = clock.now

            let survivor = try harness.startExtractor(index: 2)
            let check = try await TrioCount.settle(harness, expected: figures.acknowledged)
            let finishedAfter = clock.now - stoppedAt
            let normalizer = try await MetricsScrape(address: try await harness.trio.normalizer.waitForPort("metrics"))
            // Expired leases are counted when their documents are handed out again. Usually the frozen extractor
            // holds documents only the survivor can finish, so they expire and are counted here; when the freeze
            // falls after it submitted its batch but before it confirmed, the aggregator has the documents already,
            // no pull asks for them again and nothing is counted as expired. Either way what follows must hold:
            // its late batch changes no count.
            let expired = normalizer.value("diaoyan_leases_expired_total") ?? 0

            // Wake it: it finishes the batch it held — extracts, submits (the aggregator answers duplicate) and
            // confirms documents another extractor has already confirmed.
            stalled.signal(SIGCONT)
            var after = before
            // It holds a stale batch only when some of its leases expired and went to the survivor. On a loaded
            // machine the scrape may return only after it has extracted every document, or the freeze may fall after
            // it submitted and before it confirmed: then it has nothing left to extract, and only the counts below
            // are to check.
            let heldABatch = expired > 0 && before < Double(total)
            let deadline = clock.now + .seconds(60)
            while heldABatch, after <= before, clock.now < deadline {
                try await Task.sleep(for: .milliseconds(100))
                after = try await MetricsScrape(address: stalledMetrics).value("diaoyan_documents_extracted_total") ?? 0
            }
            #expect(!heldABatch || after > before, "the woken extractor finished its stale batch")

            let late = try await TrioCount.settle(harness, expected: figures.acknowledged)
            let aggregator = try await MetricsScrape(address: try await harness.trio.aggregator.waitForPort("metrics"))
            let stored = aggregator.value("diaoyan_records_stored_total") ?? -1
            print(
                "[fault] stalled extractor: documents \(total); frozen after \(Int(before)) of its documents, leases expired \(Int(expired)), the other extractor finished in \(RandomKillTests.seconds(finishedAfter)) s; late batch \(Int(after - before)) documents; records stored \(Int(stored)); lost \(late.lost.count), doubled \(late.doubled.count)"
            )
            #expect(check.lost.isEmpty && check.doubled.isEmpty)
            #expect(late.lost.isEmpty, "lost: \(late.lost.prefix(5))")
            #expect(late.doubled.isEmpty, "doubled: \(late.doubled.prefix(5))")
            #expect(late.stored == total)
            #expect(late.outboxDone == total && late.outboxOpen == 0)
            #expect(Int(stored) == total, "the late submission stored nothing new")
            return [stalled, survivor]
        }
    }
}
