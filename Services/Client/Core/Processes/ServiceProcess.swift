import DiaoyanRuntime
import Foundation
import Synchronization

/// One of the trio's executables started as a child process, with the ports it announced.
///
/// Standard output is read for ``ListeningAnnouncement`` lines; standard error goes to a log file.
package final class ServiceProcess: Sendable {
    /// Why a child could not be started or did not come up.
    package enum Error: Swift.Error, CustomStringConvertible {
        case executableMissing(name: String, searched: String)
        /// `lastWords`: the end of its log, so that the reason survives a log folder removed after the failure.
        case exitedEarly(name: String, status: Int32, log: String, lastWords: String)
        case noAnnouncement(name: String, port: String, log: String)

        package var description: String {
            switch self {
            case .executableMissing(let name, let searched):
                "\(name) not found in \(searched). Build all four executables first: `swift build -c release` (or `swift build`), then run diaoyan from the same folder."
            case .exitedEarly(let name, let status, let log, let lastWords):
                "\(name) exited with status \(status) before it was ready; see \(log)"
                    + (lastWords.isEmpty ? "" : ", which ends: \(lastWords)")
            case .noAnnouncement(let name, let port, let log):
                "\(name) did not announce its \(port) port in time; see \(log)"
            }
        }
    }

    package let name: String
    package let logPath: String
    private let process: Process
    private let board = AnnouncementBoard()

    /// The child's process id.
    package var processIdentifier: Int32 { self.process.processIdentifier }
    /// True while the child runs.
    package var isRunning: Bool { self.process.isRunning }
    /// True once the child has ended by a signal (a crash, or a kill) rather than by exiting.
    package var endedBySignal: Bool { !self.process.isRunning && self.process.terminationReason == .uncaughtSignal }

    /// Finds `name` next to the running executable (or in `directory`).
    package static func locate(_ name: String, in directory: URL? = nil) throws(Error) -> URL {
        let folder =
            directory
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        let candidate = folder.appendingPathComponent(name)
        guard FileManager.default.isExecutableFile(atPath: candidate.path) else {
            throw .executableMissing(name: name, searched: folder.path)
        }
        return candidate
    }

    /// Starts `executable` with `arguments`; standard error is appended to `logPath`.
    package init(
        name: String,
        executable: URL,
        arguments: [String],
        logPath: String,
        environment: [String: String]? = nil
    ) throws {
        self.name = name
        self.logPath = logPath
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        let output = Pipe()
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = output
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        if let environment { process.environment = environment }
        self.process = process
        let board = self.board
        let reader = output.fileHandleForReading
        reader.readabilityHandler = { handle in
            let chunk = handle.availableData
            if chunk.isEmpty {
                handle.readabilityHandler = nil
                return
            }
            board.consume(chunk)
        }
        try process.run()
    }

    /// The last lines of the child's log (at most 400 characters), or "" when it cannot be read.
    private func logEnd() -> String {
        guard let log = try? String(contentsOfFile: self.logPath, encoding: .utf8) else { return "" }
        let lines = log.split(separator: "\n").suffix(3).joined(separator: " | ")
        return String(lines.suffix(400))
    }

    /// Waits until the child has announced `port`, and returns `host:port`.
    package func waitForPort(_ port: String, timeout: Duration = .seconds(60)) async throws -> String {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let found = self.board.announcement(for: port) {
                return "\(found.host):\(found.port)"
            }
            if !self.process.isRunning {
                throw Error.exitedEarly(
                    name: self.name,
                    status: self.process.terminationStatus,
                    log: self.logPath,
                    lastWords: self.logEnd()
                )
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw Error.noAnnouncement(name: self.name, port: port, log: self.logPath)
    }

    /// Sends `signal` (SIGTERM by default) to the child.
    package func signal(_ signal: Int32 = SIGTERM) {
        if self.process.isRunning {
            kill(self.process.processIdentifier, signal)
        }
    }

    /// Waits for the child to exit; sends SIGKILL if it has not within `timeout`. Returns its exit status.
    @discardableResult
    package func waitForExit(timeout: Duration = .seconds(15)) async -> Int32 {
        let deadline = ContinuousClock.now + timeout
        while self.process.isRunning, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
        if self.process.isRunning {
            kill(self.process.processIdentifier, SIGKILL)
            self.process.waitUntilExit()
        }
        return self.process.terminationStatus
    }

    /// SIGTERM, then wait for a clean exit.
    @discardableResult
    package func stop(timeout: Duration = .seconds(15)) async -> Int32 {
        self.signal(SIGTERM)
        return await self.waitForExit(timeout: timeout)
    }
}

/// Collects the announcement lines a child prints, from whatever thread reads its output.
private final class AnnouncementBoard: Sendable {
    private struct State {
        var pending = Data()
        var announcements: [String: ListeningAnnouncement] = [:]
    }

    private let state = Mutex(State())

    /// Adds output bytes; complete lines that are announcements are recorded.
    func consume(_ chunk: Data) {
        self.state.withLock { state in
            state.pending.append(chunk)
            while let newline = state.pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: state.pending[state.pending.startIndex..<newline], as: UTF8.self)
                state.pending.removeSubrange(state.pending.startIndex...newline)
                if let announcement = ListeningAnnouncement.parse(line) {
                    state.announcements[announcement.listening] = announcement
                }
            }
        }
    }

    func announcement(for port: String) -> ListeningAnnouncement? {
        self.state.withLock { $0.announcements[port] }
    }
}
