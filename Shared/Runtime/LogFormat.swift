import ArgumentParser

/// How a service writes its log lines (`--log-format`).
package enum LogFormat: String, CaseIterable, Sendable, ExpressibleByArgument {
    /// swift-log's human-readable lines, for a terminal. The default.
    case text
    /// One JSON object per line (``JSONLogHandler``), for log collectors in compose and Kubernetes.
    case json
}
