import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// One read of a service's `/metrics` (Prometheus text), to check the figures a service reports about itself.
package struct MetricsScrape: Sendable {
    /// Why no figures could be read.
    package enum Error: Swift.Error, CustomStringConvertible {
        case unreadable(url: String, status: Int)

        package var description: String {
            switch self {
            case .unreadable(let url, let status): "GET \(url) answered \(status)"
            }
        }
    }

    /// Every sample line as `name{labels}` (labels as printed) → value.
    package let samples: [String: Double]

    /// Reads `http://ADDRESS/metrics`; `address` is `host:port` as the service announced it.
    package init(address: String) async throws {
        let url = "http://\(address)/metrics"
        var request = URLRequest(url: URL(string: url)!)
        request.timeoutInterval = 30
        let (data, response) = try await URLSession.shared.data(for: request)
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        guard status == 200 else { throw Error.unreadable(url: url, status: status) }
        var samples: [String: Double] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where !line.hasPrefix("#") {
            guard let space = line.lastIndex(of: " "), let value = Double(line[line.index(after: space)...]) else {
                continue
            }
            samples[String(line[..<space])] = value
        }
        self.samples = samples
    }

    /// The value of `name` whose labels include every `label="value"` of `labels` (nil when none is printed).
    package func value(_ name: String, _ labels: [String: String] = [:]) -> Double? {
        for (key, value) in self.samples {
            let base = key.split(separator: "{", maxSplits: 1).first.map(String.init) ?? key
            guard base == name else { continue }
            if labels.allSatisfy({ key.contains("\($0.key)=\"\($0.value)\"") }) { return value }
        }
        return nil
    }
}
