import CoreMetrics
import Prometheus

/// The swift-metrics backend of every service: metrics land in a Prometheus registry, with the help text and
/// buckets ``MetricCatalog`` gives their name.
///
/// swift-prometheus's own `PrometheusMetricsFactory` registers every family without help text, which
/// `promtool check metrics` refuses; this factory fills it in. A label the catalog does not know still works (its
/// help says so), so a forgotten entry shows up in `promtool` and in the catalog test rather than as a crash.
package struct PrometheusBackend: MetricsFactory {
    /// Where the metrics are kept; `/metrics` prints it.
    package let registry: PrometheusCollectorRegistry

    package init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
    }

    package func makeCounter(label: String, dimensions: [(String, String)]) -> any CounterHandler {
        self.registry.makeCounter(descriptor: Self.descriptor(label), labels: dimensions)
    }

    package func makeFloatingPointCounter(
        label: String,
        dimensions: [(String, String)]
    ) -> any FloatingPointCounterHandler {
        self.registry.makeCounter(descriptor: Self.descriptor(label), labels: dimensions)
    }

    package func makeRecorder(label: String, dimensions: [(String, String)], aggregate: Bool) -> any RecorderHandler {
        guard aggregate else {
            return self.registry.makeGauge(descriptor: Self.descriptor(label), labels: dimensions)
        }
        return self.registry.makeValueHistogram(
            descriptor: Self.descriptor(label),
            labels: dimensions,
            buckets: [0.001, 0.01, 0.1, 1, 10, 100, 1000, 10000]
        )
    }

    package func makeMeter(label: String, dimensions: [(String, String)]) -> any MeterHandler {
        self.registry.makeGauge(descriptor: Self.descriptor(label), labels: dimensions)
    }

    package func makeTimer(label: String, dimensions: [(String, String)]) -> any TimerHandler {
        let buckets = MetricCatalog.description(named: label)?.buckets ?? MetricCatalog.latencyBuckets
        return self.registry.makeDurationHistogram(
            descriptor: Self.descriptor(label),
            labels: dimensions,
            buckets: buckets.isEmpty ? MetricCatalog.latencyBuckets : buckets
        )
    }

    package func destroyCounter(_ handler: any CounterHandler) {
        if let counter = handler as? Prometheus.Counter { self.registry.unregisterCounter(counter) }
    }

    package func destroyFloatingPointCounter(_ handler: any FloatingPointCounterHandler) {
        if let counter = handler as? Prometheus.Counter { self.registry.unregisterCounter(counter) }
    }

    package func destroyRecorder(_ handler: any RecorderHandler) {
        if let gauge = handler as? Prometheus.Gauge { self.registry.unregisterGauge(gauge) }
        if let histogram = handler as? ValueHistogram { self.registry.unregisterValueHistogram(histogram) }
    }

    package func destroyMeter(_ handler: any MeterHandler) {
        if let gauge = handler as? Prometheus.Gauge { self.registry.unregisterGauge(gauge) }
    }

    package func destroyTimer(_ handler: any TimerHandler) {
        if let histogram = handler as? DurationHistogram { self.registry.unregisterDurationHistogram(histogram) }
    }

    /// The name `label` with the catalog's help text, or a note that the catalog has none.
    private static func descriptor(_ label: String) -> MetricNameDescriptor {
        let help = MetricCatalog.description(named: label)?.help ?? "Diaoyan metric \(label) (not in the catalog)."
        return MetricNameDescriptor(metricName: label, unitName: "", helpText: help)
    }
}
