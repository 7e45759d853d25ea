import DiaoyanWire

/// How a normalizer runs. Every field has a documented default; the executable sets them from its flags.
package struct NormalizerConfiguration: Sendable {
    /// Where clients send documents (role `client`).
    package var ingest: Endpoint
    /// Where extractors pull documents (role `extractor`).
    package var dispatch: Endpoint
    /// Folder for the outbox file `outbox.sqlite`.
    package var dataDirectory: String
    package var limits: WireLimits
    /// How long a leased document waits for its `confirm` before it is handed out again. Default 60 s.
    package var leaseDuration: Duration
    /// Most documents handed out in one lease. Default 256.
    package var maximumLeaseBatch: Int
    /// Longest a `pull` is held when nothing is ready, in ms. Default 20 000.
    package var maximumPullWaitMilliseconds: Int
    /// Open documents above which ingest connections stop being read. Default 100 000.
    package var highWaterMark: Int
    /// Open documents at which ingest answers `busy`. Default 200 000.
    package var hardLimit: Int
    /// How long a confirmed document's body stays in the outbox; its id stays for good. Default 24 h.
    package var retention: Duration

    package init(
        ingest: Endpoint,
        dispatch: Endpoint,
        dataDirectory: String,
        limits: WireLimits = .init(),
        leaseDuration: Duration = .seconds(60),
        maximumLeaseBatch: Int = 256,
        maximumPullWaitMilliseconds: Int = 20_000,
        highWaterMark: Int = 100_000,
        hardLimit: Int = 200_000,
        retention: Duration = .seconds(24 * 3600)
    ) {
        self.ingest = ingest
        self.dispatch = dispatch
        self.dataDirectory = dataDirectory
        self.limits = limits
        self.leaseDuration = leaseDuration
        self.maximumLeaseBatch = maximumLeaseBatch
        self.maximumPullWaitMilliseconds = maximumPullWaitMilliseconds
        self.highWaterMark = highWaterMark
        self.hardLimit = hardLimit
        self.retention = retention
    }
}
