import Foundation

/// A command run to its end from a test, with everything it wrote: for the CLI, chromium and helper scripts the
/// end-to-end tests start the way a user would.
package struct ChildProcess: Sendable {
    /// The exit status.
    package var status: Int32
    /// Standard output, whole.
    package var output: Data
    /// Standard error, whole.
    package var errors: Data

    /// Standard output as text.
    package var outputText: String { String(decoding: self.output, as: UTF8.self) }
    /// Standard error as text.
    package var errorText: String { String(decoding: self.errors, as: UTF8.self) }

    /// Runs `executable` with `arguments` (in `directory` when given) and waits for its end, reading standard
    /// error on another thread while standard output is read (a child that fills one pipe while the other is read
    /// would otherwise block both). Blocks the calling thread: call it from ``BlockingWork`` in async tests.
    package static func run(_ executable: URL, _ arguments: [String], in directory: URL? = nil) throws -> ChildProcess {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let errorData = ErrorsBox()
        let reader = Thread { errorData.set(errors.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ChildProcess(status: process.terminationStatus, output: outputData, errors: errorData.wait())
    }

    /// Standard error as the reading thread leaves it.
    private final class ErrorsBox: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var data = Data()

        func set(_ data: Data) {
            self.data = data
            self.done.signal()
        }

        func wait() -> Data {
            self.done.wait()
            return self.data
        }
    }
}
