/// Measures how many megabytes per second a piece of work gets through on the calling thread.
///
/// The work runs over the whole corpus again and again until `minimumDuration` has passed, so short corpora
/// still give a stable figure; nothing runs in parallel, so the figure is one core's.
package struct ThroughputMeter: Sendable {
    /// One measurement.
    package struct Result: Codable, Hashable, Sendable {
        /// What was measured, e.g. `normalize` or `t2s`.
        package var step: String
        /// Bytes processed per second, in MB (10⁶ bytes).
        package var megabytesPerSecond: Double
        /// Documents processed per second.
        package var documentsPerSecond: Double
        /// Bytes in one pass over the corpus.
        package var corpusBytes: Int
        /// Passes over the corpus.
        package var passes: Int
        package var seconds: Double

        private enum CodingKeys: String, CodingKey {
            case step
            case megabytesPerSecond = "mb_per_s"
            case documentsPerSecond = "docs_per_s"
            case corpusBytes = "corpus_bytes"
            case passes, seconds
        }
    }

    /// The least time a measurement runs for.
    package var minimumDuration: Duration

    /// A meter that runs each measurement for at least `minimumDuration` (default 3 s).
    package init(minimumDuration: Duration = .seconds(3)) {
        self.minimumDuration = minimumDuration
    }

    /// Runs `work` on every item until the time is up; `size` gives the bytes each item counts for.
    package func measure<Item>(
        _ step: String,
        over items: [Item],
        size: (Item) -> Int,
        work: (Item) -> Void
    ) -> Result {
        let corpusBytes = items.reduce(0) { $0 + size($1) }
        for item in items { work(item) }  // warm-up: tables loaded, caches filled
        let clock = ContinuousClock()
        let start = clock.now
        var passes = 0
        repeat {
            for item in items { work(item) }
            passes += 1
        } while clock.now - start < self.minimumDuration
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Result(
            step: step,
            megabytesPerSecond: Double(corpusBytes * passes) / seconds / 1e6,
            documentsPerSecond: Double(items.count * passes) / seconds,
            corpusBytes: corpusBytes,
            passes: passes,
            seconds: seconds
        )
    }
}
