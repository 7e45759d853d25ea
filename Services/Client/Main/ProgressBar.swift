import Foundation
import Synchronization

/// A one-line progress bar on standard error, drawn only when standard error is a terminal.
final class ProgressBar: Sendable {
    private let enabled = isatty(STDERR_FILENO) == 1
    private let drawn = Mutex(false)

    func update(done: Int, total: Int) {
        guard self.enabled, total > 0 else { return }
        let width = 30
        let filled = done * width / total
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total)".utf8))
        self.drawn.withLock { $0 = true }
    }

    func finish() {
        if self.drawn.withLock({ $0 }) {
            FileHandle.standardError.write(Data("\n".utf8))
        }
    }
}
