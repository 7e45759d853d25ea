import NIOHTTP1
import Prometheus

/// Answers the operations port's three paths from an ``OpsConfiguration``.
///
/// - `/healthz`: 200 whenever the process can answer at all (liveness: restart only a wedged process).
/// - `/readyz`: 200 when every ``ReadinessCheck`` passes, else 503; the body lists each check (`outbox ok`).
/// - `/metrics`: the registry in Prometheus text format, after the refreshers have set the sampled gauges.
///
/// Anything else is 404, any method but GET and HEAD 405.
package struct OpsRoutes: Sendable {
    private let configuration: OpsConfiguration

    package init(configuration: OpsConfiguration) {
        self.configuration = configuration
    }

    package func respond(method: HTTPMethod, uri: String) async -> OpsResponse {
        guard method == .GET || method == .HEAD else {
            return OpsResponse(status: .methodNotAllowed, text: "only GET and HEAD\n")
        }
        let path = uri.split(separator: "?", maxSplits: 1).first.map(String.init) ?? uri
        switch path {
        case "/healthz":
            return OpsResponse(status: .ok, text: "ok\n")
        case "/readyz":
            return await self.readiness()
        case "/metrics":
            for refresh in self.configuration.refreshers {
                await refresh()
            }
            return OpsResponse(
                status: .ok,
                contentType: OpsResponse.prometheusContentType,
                body: self.configuration.registry.emitToBuffer()
            )
        default:
            return OpsResponse(status: .notFound, text: "not found; try /metrics, /healthz or /readyz\n")
        }
    }

    private func readiness() async -> OpsResponse {
        var ready = true
        var lines: [String] = []
        for check in self.configuration.readiness {
            do {
                let passed = try await check.check()
                ready = ready && passed
                lines.append("\(check.name) \(passed ? "ok" : "not ready")")
            } catch {
                ready = false
                lines.append("\(check.name) failed: \(error)")
            }
        }
        lines.insert(ready ? "ready" : "not ready", at: 0)
        return OpsResponse(status: ready ? .ok : .serviceUnavailable, text: lines.joined(separator: "\n") + "\n")
    }
}
