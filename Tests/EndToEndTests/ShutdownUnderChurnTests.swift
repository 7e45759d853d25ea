import ClientCore
import DiaoyanModels
import DiaoyanWire
import Foundation
import Glibc
import Synchronization
import TestSupport
import Testing

/// SIGTERM while clients keep connecting: the normalizer and the aggregator must exit 0 every time, soon.
@Suite(.serialized) struct ShutdownUnderChurnTests {
    /// Rounds of start, churn, SIGTERM.
    private static let rounds = 4

    @Test func sigtermUnderConnectionChurnExitsCleanly() async throws {
        var timings: [String] = []
        for round in 0..<Self.rounds {
            let harness = try await TrioHarness("churn-\(round)")
            defer { harness.state.remove() }
            let (normalizer, aggregator) = try await self.terminateUnderChurn(harness)
            #expect(normalizer.status == 0, "normalizer log:\n\(harness.log("normalizer"))")
            #expect(aggregator.status == 0, "aggregator log:\n\(harness.log("aggregator"))")
            timings.append("round \(round): normalizer \(normalizer.elapsed), aggregator \(aggregator.elapsed)")
        }
        print("shutdown under churn:\n" + timings.joined(separator: "\n"))
    }

    /// Churns connections on every client port, sends SIGTERM to both services, and returns each one's exit status
    /// and how long it took to exit.
    private func terminateUnderChurn(
        _ harness: TrioHarness
    ) async throws -> (normalizer: Exit, aggregator: Exit) {
        let identity = try harness.trio.clientIdentity()
        let ports = [try harness.ingest, try harness.query]
        let idle = RawConnections()
        return try await withThrowingTaskGroup(of: Void.self) { group in
            for port in ports {
                for _ in 0..<4 {
                    group.addTask { await Self.churn(port, identity: identity, harness: harness) }
                }
                for _ in 0..<4 {
                    group.addTask { await Self.holdIdle(port, identity: identity, harness: harness) }
                }
                group.addTask { await idle.keepOpening(port) }
            }
            try await Task.sleep(for: .milliseconds(1500))
            let start = ContinuousClock.now
            harness.trio.normalizer.signal(SIGTERM)
            harness.trio.aggregator.signal(SIGTERM)
            async let normalizerStatus = harness.trio.normalizer.waitForExit(timeout: .seconds(60))
            async let aggregatorStatus = harness.trio.aggregator.waitForExit(timeout: .seconds(60))
            let normalizer = Exit(status: await normalizerStatus, elapsed: ContinuousClock.now - start)
            let aggregator = Exit(status: await aggregatorStatus, elapsed: ContinuousClock.now - start)
            group.cancelAll()
            await idle.closeAll()
            return (normalizer, aggregator)
        }
    }

    private struct Exit {
        var status: Int32
        var elapsed: Duration
    }

    /// Opens a connection, sends one request, closes; again and again until cancelled.
    private static func churn(_ endpoint: Endpoint, identity: TLSIdentity, harness: TrioHarness) async {
        while !Task.isCancelled {
            _ = try? await WireClient.withConnection(to: endpoint, identity: identity, logger: harness.logger) {
                client in
                if endpoint == (try? harness.ingest) {
                    let document = IncomingDocument(source: "churn.txt", text: "北京市人民政府召开会议。\(UUID())")
                    _ = try await client.send(IngestRequest(documents: [document]), timeout: .seconds(10))
                } else {
                    _ = try await client.send(StatsRequest(metric: .documents), timeout: .seconds(10))
                }
            }
            try? await Task.sleep(for: .milliseconds(5))
        }
    }

    /// Holds a verified connection open without sending anything until cancelled, then reconnects.
    private static func holdIdle(_ endpoint: Endpoint, identity: TLSIdentity, harness: TrioHarness) async {
        while !Task.isCancelled {
            _ = try? await WireClient.withConnection(to: endpoint, identity: identity, logger: harness.logger) { _ in
                try await Task.sleep(for: .seconds(120))
            }
            try? await Task.sleep(for: .milliseconds(20))
        }
    }
}

/// Plain TCP connections that never start TLS, opened in a loop and held open.
private final class RawConnections: Sendable {
    private let descriptors = Mutex<[Int32]>([])

    /// Opens a connection every few milliseconds until cancelled.
    func keepOpening(_ endpoint: Endpoint) async {
        while !Task.isCancelled {
            if let descriptor = Self.connect(to: endpoint) {
                self.descriptors.withLock { $0.append(descriptor) }
            }
            try? await Task.sleep(for: .milliseconds(10))
        }
    }

    func closeAll() async {
        for descriptor in self.descriptors.withLock({ $0 }) {
            close(descriptor)
        }
    }

    /// A connected IPv4 TCP socket, or nil when the port refuses.
    private static func connect(to endpoint: Endpoint) -> Int32? {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return nil }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(endpoint.port).bigEndian)
        address.sin_addr.s_addr = inet_addr(endpoint.host)
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            close(descriptor)
            return nil
        }
        return descriptor
    }
}
