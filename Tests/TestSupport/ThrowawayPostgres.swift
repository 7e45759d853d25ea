import Foundation
import Synchronization

/// A PostgreSQL server of its own for the tests of one process: `initdb` in a temporary folder, `postgres` on a
/// free loopback port, trust authentication, no fsync; started on first use. A small shell watchdog started with
/// it stops the server and removes its folder within half a second of the test process ending, however it ends
/// (a crash included). As root it runs as the `postgres` user (PostgreSQL refuses to run as root).
///
/// Apt's `postgresql` package provides the binaries (`.ci/run` installs it). Where they are missing, tests of the
/// PostgreSQL store are left out, except when ``isRequired`` (CI): then they run and fail.
package final class ThrowawayPostgres: Sendable {
    /// Why the server could not be started or used.
    package enum Error: Swift.Error, CustomStringConvertible {
        case commandFailed(command: String, status: Int32, output: String)
        case notReady(log: String)

        package var description: String {
            switch self {
            case .commandFailed(let command, let status, let output): "\(command) exited \(status): \(output)"
            case .notReady(let log): "PostgreSQL did not accept connections within 30 s; its log:\n\(log)"
            }
        }
    }

    /// Where apt's PostgreSQL 15 puts its server binaries (`DIAOYAN_POSTGRES_BIN` overrides).
    package static var binaries: String {
        ProcessInfo.processInfo.environment["DIAOYAN_POSTGRES_BIN"] ?? "/usr/lib/postgresql/15/bin"
    }

    /// Whether the server binaries are installed.
    package static var isInstalled: Bool {
        FileManager.default.isExecutableFile(atPath: "\(Self.binaries)/initdb")
    }

    /// Whether tests must reach PostgreSQL rather than leave it out: in CI (`CI` set, as `.ci/run` has it) or
    /// with `DIAOYAN_REQUIRE_POSTGRES` set.
    package static var isRequired: Bool {
        let environment = ProcessInfo.processInfo.environment
        return environment["CI"] != nil || environment["DIAOYAN_REQUIRE_POSTGRES"] != nil
    }

    /// Whether tests of the PostgreSQL store run here.
    package static var isAvailable: Bool { Self.isInstalled || Self.isRequired }

    package let port: Int
    private let folder: String
    private let server: Process
    private let databases = Mutex(0)

    /// The one start of the process's server; every caller awaits the same task.
    private static let shared = Mutex<Task<ThrowawayPostgres, any Swift.Error>?>(nil)

    /// The process's server, started on first call.
    ///
    /// `initdb` and the wait for the server run on a Dispatch thread (``BlockingWork``), and callers that come
    /// while it starts await it rather than hold a lock: no cooperative thread blocks, so the wire tests running
    /// beside keep serving their handshakes.
    package static func start() async throws -> ThrowawayPostgres {
        let task = Self.shared.withLock { shared in
            if let task = shared { return task }
            let task = Task { try await BlockingWork.run { try ThrowawayPostgres() } }
            shared = task
            return task
        }
        return try await task.value
    }

    /// Runs the server command given as its arguments, and when the process `$1` is gone stops it with SIGINT
    /// (PostgreSQL's fast shutdown) and removes the folder `$2`.
    private static let watchdog = """
        parent=$1; folder=$2; shift 2
        "$@" &
        server=$!
        while kill -0 "$parent" 2>/dev/null && kill -0 "$server" 2>/dev/null; do sleep 0.5; done
        kill -INT "$server" 2>/dev/null; wait "$server"; rm -rf "$folder"
        """

    private init() throws(Error) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "diaoyan-pg-\(UUID().uuidString.prefix(8))"
        ).path
        self.folder = folder
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if getuid() == 0 { try Self.run("/bin/chown", ["postgres:postgres", folder]) }
        try Self.run(
            "\(Self.binaries)/initdb",
            ["-D", "\(folder)/data", "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--no-sync"],
            asPostgres: true
        )
        self.port = Self.freePort()
        self.server = Process()
        let arguments = [
            "-D", "\(folder)/data", "-p", "\(self.port)", "-k", folder, "-c", "listen_addresses=127.0.0.1",
            "-c", "fsync=off", "-c", "max_connections=200",
        ]
        let (executable, serverArguments) = Self.command("\(Self.binaries)/postgres", arguments, asPostgres: true)
        self.server.executableURL = URL(fileURLWithPath: "/bin/sh")
        self.server.arguments =
            ["-c", Self.watchdog, "watchdog", "\(getpid())", folder, executable.path] + serverArguments
        self.server.standardOutput = FileHandle.nullDevice
        _ = FileManager.default.createFile(atPath: "\(folder)/server.log", contents: nil)
        self.server.standardError = FileHandle(forWritingAtPath: "\(folder)/server.log") ?? FileHandle.nullDevice
        do { try self.server.run() } catch { throw .commandFailed(command: "postgres", status: -1, output: "\(error)") }
        try self.waitUntilReady()
    }

    /// A new, empty database; its `postgres://` URL. `psql` runs on a Dispatch thread.
    package func createDatabase(_ label: String) async throws -> String {
        let number = self.databases.withLock { value in
            value += 1
            return value
        }
        let name =
            "\(label.lowercased().filter { $0.isLetter || $0.isNumber })_\(number)_\(UInt32.random(in: 0...UInt32.max))"
        try await self.psql("CREATE DATABASE \(name)")
        return "postgres://postgres@127.0.0.1:\(self.port)/\(name)"
    }

    /// Runs SQL with `psql` against database `database` (default `postgres`), on a Dispatch thread.
    package func psql(_ sql: String, database: String = "postgres") async throws {
        let port = self.port
        _ = try await BlockingWork.run {
            try Self.run(
                "\(Self.binaries)/psql",
                [
                    "-h", "127.0.0.1", "-p", "\(port)", "-U", "postgres", "-d", database, "-v", "ON_ERROR_STOP=1", "-q",
                    "-c", sql,
                ]
            )
        }
    }

    private func waitUntilReady() throws(Error) {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if (try? Self.run("\(Self.binaries)/pg_isready", ["-h", "127.0.0.1", "-p", "\(self.port)", "-q"])) != nil {
                return
            }
            usleep(100_000)
        }
        throw .notReady(log: (try? String(contentsOfFile: "\(self.folder)/server.log", encoding: .utf8)) ?? "")
    }

    /// The executable and arguments for `path`, through `setpriv` as the `postgres` user when running as root.
    private static func command(_ path: String, _ arguments: [String], asPostgres: Bool) -> (URL, [String]) {
        guard asPostgres, getuid() == 0 else { return (URL(fileURLWithPath: path), arguments) }
        return (
            URL(fileURLWithPath: "/usr/bin/setpriv"),
            ["--reuid=postgres", "--regid=postgres", "--init-groups", "--", path] + arguments
        )
    }

    @discardableResult
    private static func run(_ path: String, _ arguments: [String], asPostgres: Bool = false) throws(Error) -> String {
        let process = Process()
        (process.executableURL, process.arguments) = Self.command(path, arguments, asPostgres: asPostgres)
        process.currentDirectoryURL = URL(fileURLWithPath: "/tmp")
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        do { try process.run() } catch { throw .commandFailed(command: path, status: -1, output: "\(error)") }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw .commandFailed(
                command: ([path] + arguments).joined(separator: " "),
                status: process.terminationStatus,
                output: text
            )
        }
        return text
    }

    /// A port the kernel had free a moment ago.
    private static func freePort() -> Int {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) }
        }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
