import DiaoyanWire

/// How an extractor runs.
package struct ExtractorConfiguration: Sendable {
    /// The normalizer's dispatch port; a DNS name is resolved to every address it has, one puller each.
    package var normalizer: Endpoint
    /// The aggregator's results port.
    package var aggregator: Endpoint
    package var limits: WireLimits
    /// The most documents this extractor holds per normalizer (pulled and not yet confirmed); a pull asks for
    /// all that is free once half is (see ``CreditGate``). Default 32.
    package var credit: Int
    /// How long a pull may wait at the normalizer when nothing is ready, in ms. Default 15 000.
    package var pullWaitMilliseconds: Int
    /// How often the normalizer name is resolved again to find new replicas. Default 30 s.
    package var resolveInterval: Duration
    /// Longest pause between reconnection attempts. Default 5 s.
    package var maximumRetryDelay: Duration

    package init(
        normalizer: Endpoint,
        aggregator: Endpoint,
        limits: WireLimits = .init(),
        credit: Int = 32,
        pullWaitMilliseconds: Int = 15_000,
        resolveInterval: Duration = .seconds(30),
        maximumRetryDelay: Duration = .seconds(5)
    ) {
        self.normalizer = normalizer
        self.aggregator = aggregator
        self.limits = limits
        self.credit = credit
        self.pullWaitMilliseconds = pullWaitMilliseconds
        self.resolveInterval = resolveInterval
        self.maximumRetryDelay = maximumRetryDelay
    }
}
