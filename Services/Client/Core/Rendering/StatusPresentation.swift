import DiaoyanModels

/// Turns the services' `status` answers into the table `diaoyan status` prints.
package enum StatusPresentation {
    /// One service's answer, or why it could not be had.
    package enum Outcome: Sendable {
        case answered(StatusResult)
        case unreachable(service: String, reason: String)
    }

    /// The table's columns.
    package static let headers = [
        "service", "address", "health", "outbox depth", "leases in flight", "connected extractors",
        "stored documents",
    ]

    /// One row per service; a figure a service does not report is `-`.
    package static func rows(_ outcomes: [(address: String, outcome: Outcome)]) -> [[String]] {
        outcomes.map { address, outcome in
            switch outcome {
            case .answered(let status):
                [
                    status.service, address, status.ready ? "ready" : "not ready",
                    Self.figure(status.outboxDepth), Self.figure(status.leasesInFlight),
                    Self.figure(status.connectedExtractors), Self.figure(status.storedDocuments),
                ]
            case .unreachable(let service, let reason):
                [service, address, "unreachable: \(reason)", "-", "-", "-", "-"]
            }
        }
    }

    private static func figure(_ value: Int?) -> String {
        value.map(String.init) ?? "-"
    }
}
