import Foundation
import NIOCore

/// The line a service prints on standard output for each port once it is bound, so a supervisor that asked for
/// port 0 learns the real port: `{"listening":"ingest","host":"127.0.0.1","port":43121}`.
package struct ListeningAnnouncement: Codable, Hashable, Sendable {
    /// The port's name (`ingest`, `dispatch`, `results`, `query`).
    package var listening: String
    package var host: String
    package var port: Int

    package init(listening: String, host: String, port: Int) {
        self.listening = listening
        self.host = host
        self.port = port
    }

    package init(name: String, address: SocketAddress) {
        self.init(listening: name, host: address.ipAddress ?? "127.0.0.1", port: address.port ?? 0)
    }

    /// Writes the announcement as one JSON line straight to standard output (unbuffered).
    package func print() {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(self), let line = String(data: data, encoding: .utf8) else { return }
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// Parses a line printed by ``print()``; nil for any other line.
    package static func parse(_ line: String) -> ListeningAnnouncement? {
        guard line.hasPrefix("{\"") else { return nil }
        return try? JSONDecoder().decode(ListeningAnnouncement.self, from: Data(line.utf8))
    }
}
