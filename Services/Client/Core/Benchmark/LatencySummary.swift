/// Percentiles of a set of latencies, in milliseconds.
package struct LatencySummary: Sendable, Hashable {
    package var p50: Double
    package var p99: Double
    package var count: Int

    /// The nearest-rank p50 and p99 of `milliseconds`; zeros when it is empty.
    package init(_ milliseconds: [Double]) {
        let sorted = milliseconds.sorted()
        self.count = sorted.count
        self.p50 = Self.rank(0.50, in: sorted)
        self.p99 = Self.rank(0.99, in: sorted)
    }

    private static func rank(_ quantile: Double, in sorted: [Double]) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let index = Int((quantile * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(max(index, 0), sorted.count - 1)]
    }
}

extension Duration {
    /// The duration in milliseconds, as a `Double`.
    package var milliseconds: Double {
        Double(self.components.seconds) * 1000 + Double(self.components.attoseconds) / 1e15
    }

    /// The duration in seconds, as a `Double`.
    package var seconds: Double {
        Double(self.components.seconds) + Double(self.components.attoseconds) / 1e18
    }
}
