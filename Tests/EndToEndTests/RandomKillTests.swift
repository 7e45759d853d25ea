import ClientCore
import DiaoyanModels
import DiaoyanWire
import Foundation
import TestSupport
import Testing

/// SIGKILL of each service in turn, at random moments, with several extractors, while thousands of documents
/// flow: every acknowledged document is counted exactly once, by the aggregator and by the outbox.
///
/// The moments and victims come from a seed printed with the figures (`DIAOYAN_FAULT_SEED` replays it);
/// `DIAOYAN_FAULT_SOAK=1` runs 20,000 documents and 30 kills instead of 2,000 and 6.
@Suite(.serialized) struct RandomKillTests {
    private enum Victim: String, CaseIterable {
        case extractor, aggregator, normalizer
    }

    @Test func killingEachServiceAtRandomMomentsLosesAndDoublesNothing() async throws {
        let soak = ProcessInfoEnvironment.isOn("DIAOYAN_FAULT_SOAK")
        let total = soak ? 20_000 : 2_000
        let rounds = soak ? 10 : 2
        let extractorCount = 3
        let seed = SeededGenerator.seedFromEnvironment()
        var random = SeededGenerator(seed: seed)
        print(
            "[fault] random kills: seed \(seed), \(total) documents, \(rounds * 3) kills, \(extractorCount) extractors"
        )

        try await TrioHarness.with(
            "random-kills",
            extraArguments: [
                "diaoyan-normalizer": ["--lease-timeout", "3", "--metrics", "127.0.0.1:0"],
                "diaoyan-extractor": ["--credit", "16"],
            ]
        ) { harness in
            var extractors = try (1...extractorCount).map { try harness.startExtractor(index: $0) }
            var started = extractorCount
            let clock = ContinuousClock()
            let begin = clock.now
            let load = FaultLoad(harness: harness)
            let documents = FaultCorpus.documents("kill", 0..<total)
            async let sending = load.send(documents, batch: 25, pause: .milliseconds(soak ? 20 : 50))

            var kills: [Victim: Int] = [:]
            let schedule = (0..<rounds).flatMap { _ in Victim.allCases }
            for (number, victim) in schedule.enumerated() {
                try await Task.sleep(for: .milliseconds(Int.random(in: 300...2_000, using: &random)))
                let moment = clock.now - begin
                switch victim {
                case .extractor:
                    let index = Int.random(in: 0..<extractors.count, using: &random)
                    extractors[index].signal(SIGKILL)
                    _ = await extractors[index].waitForExit()
                    started += 1
                    extractors[index] = try harness.startExtractor(index: started)
                case .aggregator:
                    try await harness.trio.restart(.aggregator)
                case .normalizer:
                    try await harness.trio.restart(.normalizer)
                }
                kills[victim, default: 0] += 1
                print(
                    "[fault] kill \(number + 1)/\(schedule.count): \(victim.rawValue) at \(Self.seconds(moment)) s, \(load.acknowledgedSoFar) documents acknowledged so far"
                )
            }
            let figures = try await sending
            let sentAt = clock.now - begin
            #expect(figures.refused.isEmpty, "refused: \(figures.refused.prefix(5))")
            #expect(figures.acknowledged.count == total)

            let check = try await TrioCount.settle(harness, expected: figures.acknowledged)
            let elapsed = clock.now - begin
            print(
                "[fault] random kills: seed \(seed); documents sent \(total), acknowledged \(figures.acknowledged.count) (\(figures.duplicatesOnRetry) answered duplicate on a resend, \(figures.batchRetries) batch resends); kills \(kills.values.reduce(0, +)) (extractor \(kills[.extractor] ?? 0), aggregator \(kills[.aggregator] ?? 0), normalizer \(kills[.normalizer] ?? 0)); lost \(check.lost.count), doubled \(check.doubled.count); aggregator \(check.stored), outbox done \(check.outboxDone) open \(check.outboxOpen); all sent after \(Self.seconds(sentAt)) s, all counted after \(Self.seconds(elapsed)) s"
            )
            #expect(check.lost.isEmpty, "lost: \(check.lost.prefix(5))")
            #expect(check.doubled.isEmpty, "doubled: \(check.doubled.prefix(5))")
            #expect(check.stored == total)
            #expect(check.outboxDone == total)
            #expect(check.outboxOpen == 0)
            return extractors
        }
    }

    static func seconds(_ duration: Duration) -> String {
        String(format: "%.1f", Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18)
    }
}
