import Foundation
import Logging

/// A swift-log handler that writes one JSON object per line to standard error (`--log-format json`).
///
/// ```
/// {"ts":"2026-12-05T11:20:13.123Z","level":"info","label":"diaoyan.normalizer","message":"listening","port.name":"ingest"}
/// ```
/// Metadata keys become top-level fields (they are dot-keyed by convention, so they never clash with `ts`,
/// `level`, `label`, `message`, `source`); nested metadata becomes nested JSON. Log collectors (Loki, Fluent Bit,
/// Cloud Logging) read it without a parser rule. A line is written with one `write(2)`, so lines from several
/// threads never interleave.
package struct JSONLogHandler: LogHandler {
    package var metadata: Logger.Metadata = [:]
    package var logLevel: Logger.Level
    private let label: String
    private let write: @Sendable (Data) -> Void

    /// - Parameters:
    ///   - label: the logger's label (`diaoyan.normalizer`).
    ///   - level: the lowest level written. Default `info`.
    ///   - write: where a finished line goes. Default standard error.
    package init(
        label: String,
        level: Logger.Level = .info,
        write: @escaping @Sendable (Data) -> Void = { FileHandle.standardError.write($0) }
    ) {
        self.label = label
        self.logLevel = level
        self.write = write
    }

    package subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { self.metadata[key] }
        set { self.metadata[key] = newValue }
    }

    package func log(event: LogEvent) {
        var object: [String: Any] = [:]
        for (key, value) in self.metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 }) {
            object[key] = Self.json(value)
        }
        object["ts"] = Self.timestamp()
        object["level"] = event.level.rawValue
        object["label"] = self.label
        object["message"] = event.message.description
        object["source"] = event.source
        guard
            var line = try? JSONSerialization.data(
                withJSONObject: object,
                options: [.sortedKeys, .withoutEscapingSlashes]
            )
        else { return }
        line.append(0x0A)
        self.write(line)
    }

    private static func json(_ value: Logger.MetadataValue) -> Any {
        switch value {
        case .string(let string): string
        case .stringConvertible(let convertible): convertible.description
        case .array(let values): values.map(Self.json)
        case .dictionary(let values): values.mapValues(Self.json)
        }
    }

    private static func timestamp() -> String {
        Date().formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
