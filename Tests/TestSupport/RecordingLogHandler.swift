import Logging
import Synchronization

/// A `LogHandler` that keeps every entry in memory, for tests that check what a component logs.
package struct RecordingLogHandler: LogHandler {
    /// One logged line.
    package struct Entry: Sendable {
        package var level: Logger.Level
        package var message: String
        package var metadata: Logger.Metadata
    }

    /// The entries of every handler made from one recorder.
    package final class Recorder: Sendable {
        private let entries = Mutex<[Entry]>([])

        package init() {}

        /// A logger writing into this recorder.
        package func logger(label: String = "test") -> Logger {
            Logger(label: label) { _ in RecordingLogHandler(recorder: self) }
        }

        package var all: [Entry] { self.entries.withLock { $0 } }

        fileprivate func append(_ entry: Entry) {
            self.entries.withLock { $0.append(entry) }
        }
    }

    package var metadata: Logger.Metadata = [:]
    package var logLevel: Logger.Level = .trace
    private let recorder: Recorder

    package init(recorder: Recorder) {
        self.recorder = recorder
    }

    package subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { self.metadata[key] }
        set { self.metadata[key] = newValue }
    }

    package func log(event: LogEvent) {
        var metadata = self.metadata
        metadata.merge(event.metadata ?? [:]) { $1 }
        self.recorder.append(Entry(level: event.level, message: "\(event.message)", metadata: metadata))
    }
}
