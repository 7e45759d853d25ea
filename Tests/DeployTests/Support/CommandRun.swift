import Dispatch
import Foundation

/// Runs a command to its end and collects what it printed (standard output and error together).
///
/// The waiting happens on a Dispatch thread, never on the cooperative pool: the test process has only as many
/// cooperative threads as cores, and the wire tests running beside this one need them for their handshakes.
enum CommandRun {
    /// Runs `executable` with `arguments`, feeding `input` on standard input.
    static func run(
        _ executable: URL,
        _ arguments: [String],
        input: Data? = nil
    ) async throws -> (status: Int32, text: String) {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try Self.runBlocking(executable, arguments, input: input) })
            }
        }
    }

    private static func runBlocking(
        _ executable: URL,
        _ arguments: [String],
        input: Data?
    ) throws -> (status: Int32, text: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let stdin = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(input)
            try stdin.fileHandleForWriting.close()
        }
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        let complained = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: printed, as: UTF8.self) + String(decoding: complained, as: UTF8.self)
        return (process.terminationStatus, text)
    }
}
