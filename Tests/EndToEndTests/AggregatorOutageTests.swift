import ClientCore
import DiaoyanModels
import DiaoyanWire
import Foundation
import TestSupport
import Testing

/// The aggregator down for a while: extractors cannot commit, so the outbox grows to its hard limit and ingest
/// answers `busy` per document; when the aggregator is back the outbox drains, and the refused documents are
/// accepted when sent again. Small configured limits make it run in seconds; `DIAOYAN_FAULT_SOAK=1` keeps the
/// aggregator down for a minute.
@Suite(.serialized) struct AggregatorOutageTests {
    @Test func theOutboxGrowsWhileTheAggregatorIsDownAndDrainsWhenItIsBack() async throws {
        // A request is admitted whole while the outbox holds fewer open documents than the hard limit, so batches
        // of 25 fill it to exactly 50, and every later one is answered busy.
        let limit = 50
        let downFor: Duration = ProcessInfoEnvironment.isOn("DIAOYAN_FAULT_SOAK") ? .seconds(60) : .seconds(5)
        try await TrioHarness.with(
            "outage",
            extraArguments: [
                "diaoyan-normalizer": [
                    "--lease-timeout", "2", "--high-water-mark", "\(limit)", "--hard-limit", "\(limit)",
                    "--metrics", "127.0.0.1:0",
                ],
                "diaoyan-extractor": ["--credit", "8"],
            ]
        ) { harness in
            let extractors = try (1...2).map { try harness.startExtractor(index: $0) }
            let load = FaultLoad(harness: harness)
            let warmup = try await load.send(FaultCorpus.documents("outage", 0..<20), batch: 20)
            // Settled: stored and confirmed, so the outbox starts the outage empty.
            let settled = try await TrioCount.settle(harness, expected: warmup.acknowledged)
            #expect(settled.outboxOpen == 0)

            await harness.trio.kill(.aggregator)
            let clock = ContinuousClock()
            let downAt = clock.now
            // At the hard limit every further document is answered busy (the high-water mark is the same, so nothing
            // waits).
            let during = try await load.send(
                FaultCorpus.documents("outage", 20..<120),
                batch: 25,
                retryBusy: false
            )
            let peak = try await MetricsScrape(address: try await harness.trio.normalizer.waitForPort("metrics"))
            let peakOpen = Int(peak.value("diaoyan_outbox_documents", ["state": "open"]) ?? -1)
            let peakBytes = Int(peak.value("diaoyan_outbox_bytes") ?? -1)
            #expect(during.acknowledged.count == limit, "accepted up to the hard limit")
            #expect(during.busyAnswers == 100 - limit)
            #expect(during.refused.values.allSatisfy { $0 == .busy })
            #expect(peakOpen == limit, "the outbox holds every accepted, unconfirmed document")
            #expect(peakBytes > 0)

            // Down a while longer: leases expire and are handed out again, still to no avail; nothing is lost.
            try await Task.sleep(for: downFor)
            let refusedAgain = try await load.send(
                FaultCorpus.documents("outage", 120..<125),
                batch: 5,
                retryBusy: false
            )
            #expect(refusedAgain.busyAnswers == 5)

            try await harness.trio.relaunch(.aggregator)
            let upAt = clock.now
            let acknowledged = warmup.acknowledged.union(during.acknowledged)
            let drained = try await TrioCount.settle(harness, expected: acknowledged)
            let drainTime = clock.now - upAt
            #expect(drained.lost.isEmpty && drained.doubled.isEmpty)

            // Recovered: the documents refused busy are accepted now.
            let resent = try await load.send(
                FaultCorpus.documents("outage", 20..<125).filter { !during.acknowledged.contains($0.source) },
                batch: 25
            )
            #expect(resent.refused.isEmpty)
            let all = acknowledged.union(resent.acknowledged)
            #expect(all.count == 125)
            let final = try await TrioCount.settle(harness, expected: all)
            let scrape = try await MetricsScrape(address: try await harness.trio.normalizer.waitForPort("metrics"))
            let retained = Int(scrape.value("diaoyan_outbox_retained_bodies") ?? -1)
            print(
                "[fault] aggregator outage: down \(RandomKillTests.seconds(upAt - downAt)) s; outbox peak \(peakOpen) open documents, \(peakBytes) bytes; busy answers \(during.busyAnswers + refusedAgain.busyAnswers); drained \(drained.stored) documents \(RandomKillTests.seconds(drainTime)) s after the restart; resent \(resent.acknowledged.count) accepted; final \(final.stored) stored, outbox done \(final.outboxDone) open \(final.outboxOpen), bodies retained \(retained); lost \(final.lost.count), doubled \(final.doubled.count)"
            )
            #expect(final.lost.isEmpty, "lost: \(final.lost.prefix(5))")
            #expect(final.doubled.isEmpty, "doubled: \(final.doubled.prefix(5))")
            #expect(final.stored == 125)
            #expect(final.outboxDone == 125 && final.outboxOpen == 0)
            #expect(retained == 125, "confirmed bodies stay for --retain (24 h)")
            return extractors
        }
    }
}
