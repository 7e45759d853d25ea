import DiaoyanObservability
import Foundation
import Testing

/// The catalog is what /metrics, the dashboard and the README are written from; these keep it consistent.
@Suite
struct MetricCatalogTests {
    @Test func namesAreUniqueAndFollowPrometheusNaming() {
        let names = MetricCatalog.all.map(\.name)
        #expect(Set(names).count == names.count)
        for description in MetricCatalog.all {
            #expect(description.name.hasPrefix("diaoyan_"))
            #expect(!description.help.isEmpty)
            switch description.kind {
            case .counter: #expect(description.name.hasSuffix("_total"), "\(description.name)")
            case .histogram:
                #expect(description.name.hasSuffix("_seconds"), "\(description.name)")
                #expect(!description.buckets.isEmpty)
            case .gauge: #expect(!description.name.hasSuffix("_total"), "\(description.name)")
            }
        }
    }

    @Test func everyDashboardQueryUsesOnlyCatalogMetrics() throws {
        let known = Set(MetricCatalog.all.map(\.name)).union(["up"])
        let expressions = try GrafanaDashboard.load().expressions
        #expect(expressions.count >= 10)
        for expression in expressions {
            for name in Self.metricNames(in: expression) {
                let base = name.replacingOccurrences(of: "_bucket", with: "", options: .anchored.union(.backwards))
                #expect(known.contains(base), "\(name) in \(expression)")
            }
        }
    }

    @Test func deployReadmeDocumentsEveryMetric() throws {
        let readme = try String(contentsOf: DeployFiles.url("README.md"), encoding: .utf8)
        for description in MetricCatalog.all {
            #expect(readme.contains(description.name), "Deploy/README.md does not mention \(description.name)")
        }
    }

    /// The `diaoyan_…` and `up` identifiers of a PromQL expression.
    private static func metricNames(in expression: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "\\b(diaoyan_[a-z_]+|up)\\b")
        let range = NSRange(expression.startIndex..., in: expression)
        return pattern.matches(in: expression, range: range).compactMap {
            Range($0.range, in: expression).map { String(expression[$0]) }
        }
    }
}
