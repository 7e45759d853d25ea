import DiaoyanWire

/// How an aggregator runs.
package struct AggregatorConfiguration: Sendable {
    /// Where extractors submit records (role `extractor`).
    package var results: Endpoint
    /// Where clients query statistics (role `client`).
    package var query: Endpoint
    package var limits: WireLimits

    package init(results: Endpoint, query: Endpoint, limits: WireLimits = .init()) {
        self.results = results
        self.query = query
        self.limits = limits
    }
}
