import DiaoyanModels
import DiaoyanWire
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import TestSupport
import Testing

/// A server that answers every request with one fixed message, whatever was asked.
private struct CannedAnswer: WireResponder {
    var answer: Message

    func respond(to envelope: Envelope, from peer: PeerIdentity) async -> Message? {
        self.answer
    }
}

@Suite struct WireClientTests {
    let logger = Logger(label: "test")

    /// Sends one `stats` to a server answering `answer`, and returns what the client threw.
    private func violation(answering answer: Message) async throws -> WireClient.Error? {
        let certificates = try TestCertificates()
        defer { certificates.remove() }
        return try await LoopbackServer.with(CannedAnswer(answer: answer), certificates: certificates) { endpoint in
            try await QueryClient.withConnection(
                to: endpoint,
                identity: try certificates.identity("client"),
                logger: self.logger
            ) { client in
                await #expect(throws: WireClient.Error.self) {
                    try await client.stats(StatsRequest(metric: .documents), timeout: .seconds(30))
                }
            }
        }
    }

    @Test func reportsAResponseOfTheWrongTypeAsAProtocolViolation() async throws {
        let error = try await self.violation(answering: .body(IngestAck(results: [])))
        guard case .protocolViolation(let request, let reason) = error else {
            Issue.record("expected a protocol violation, got \(String(describing: error))")
            return
        }
        #expect(request == "stats")
        #expect(reason == "answered with 'ingest_ack', expected 'stats_result'")
    }

    @Test func reportsAMalformedResponseBodyAsAProtocolViolation() async throws {
        // Goes out as {"type":"stats_result","body":{}}: a known type without its fields.
        let error = try await self.violation(answering: .malformed(type: "stats_result", reason: "test"))
        guard case .protocolViolation(let request, let reason) = error else {
            Issue.record("expected a protocol violation, got \(String(describing: error))")
            return
        }
        #expect(request == "stats")
        #expect(reason.contains("stats_result"))
    }

    @Test func reportsAnUnreadableFrameAsAProtocolViolation() async throws {
        let certificates = try TestCertificates()
        defer { certificates.remove() }
        let server = try await GarblingServer.bind(identity: try certificates.identity("normalizer"))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await server.run() }
            defer { group.cancelAll() }
            let error = try await QueryClient.withConnection(
                to: server.endpoint,
                identity: try certificates.identity("client"),
                logger: self.logger
            ) { client in
                await #expect(throws: WireClient.Error.self) {
                    try await client.stats(StatsRequest(metric: .documents), timeout: .seconds(30))
                }
            }
            guard case .protocolViolation(nil, let reason) = error else {
                Issue.record("expected a protocol violation, got \(String(describing: error))")
                return
            }
            #expect(reason.contains("bad_compression"))
        }
    }
}

/// A TLS server that answers the first bytes it reads with a frame whose payload is not zlib.
private struct GarblingServer {
    typealias Connection = NIOAsyncChannel<ByteBuffer, ByteBuffer>

    let channel: NIOAsyncChannel<Connection, Never>
    let endpoint: Endpoint

    static func bind(identity: TLSIdentity) async throws -> GarblingServer {
        let context = try identity.makeServerContext()
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: context))
                    return try Connection(wrappingChannelSynchronously: channel)
                }
            }
        return GarblingServer(
            channel: channel,
            endpoint: Endpoint(host: "127.0.0.1", port: channel.channel.localAddress!.port!)
        )
    }

    func run() async throws {
        try await self.channel.executeThenClose { inbound in
            for try await connection in inbound {
                try await connection.executeThenClose { requests, answers in
                    for try await _ in requests {
                        var garbage = ByteBuffer()
                        garbage.writeInteger(UInt32(5), endianness: .big)
                        garbage.writeString("hello")
                        try await answers.write(garbage)
                    }
                }
            }
        }
    }
}
