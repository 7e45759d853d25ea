/// One metric every Diaoyan service may export: its Prometheus name, help text, kind and histogram buckets.
///
/// The help text is what `# HELP` prints; `promtool check metrics` refuses a family without one, so every metric a
/// service creates is described here once (``MetricCatalog``) and ``PrometheusBackend`` looks it up by name.
package struct MetricDescription: Hashable, Sendable {
    /// What kind of Prometheus family the metric is.
    package enum Kind: String, Hashable, Sendable {
        /// Only goes up (`_total`); swift-metrics `Counter`.
        case counter
        /// Goes up and down; swift-metrics `Gauge` or `Meter`.
        case gauge
        /// Seconds in buckets; swift-metrics `Timer`.
        case histogram
    }

    /// The Prometheus name, `diaoyan_…`; counters end in `_total`, histograms in `_seconds`.
    package var name: String
    package var help: String
    package var kind: Kind
    /// The upper bounds of a histogram's buckets; empty for other kinds.
    package var buckets: [Duration]

    package init(_ name: String, _ kind: Kind, help: String, buckets: [Duration] = []) {
        self.name = name
        self.kind = kind
        self.help = help
        self.buckets = buckets
    }
}
