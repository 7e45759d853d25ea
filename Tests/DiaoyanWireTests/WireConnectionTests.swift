import CompressNIO
import DiaoyanModels
import DiaoyanWire
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import TestSupport
import Testing

/// Answers `stats` with a fixed total so a round trip can be seen.
private func fixedAnswer(logger: Logger) -> WireRouter {
    var router = WireRouter(port: "test", service: "test", logger: logger)
    router.route(StatsRequest.self) { StatsResult(metric: $0.metric, by: nil, rows: [], total: 42) }
    return router
}

@Suite(.serialized) struct WireConnectionTests {
    let logger = Logger(label: "test")

    /// Runs a server allowing `roles` while `body` runs, then stops it.
    private func withServer(
        certificates: TestCertificates,
        roles: Set<PeerRole> = [.client],
        limits: WireLimits = .init(),
        _ body: (Endpoint) async throws -> Void
    ) async throws {
        let listener = try await WireServer.bind(
            .init(name: "test", endpoint: Endpoint(host: "127.0.0.1", port: 0), allowedRoles: roles, limits: limits),
            identity: try certificates.identity("normalizer")
        )
        let endpoint = Endpoint(host: "127.0.0.1", port: listener.localAddress.port!)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await WireServer.run(listener, responder: fixedAnswer(logger: self.logger), logger: self.logger)
            }
            defer { group.cancelAll() }
            try await body(endpoint)
        }
    }

    @Test func answersAPeerWithTheRightRole() async throws {
        let certificates = try TestCertificates()
        defer { certificates.remove() }
        try await self.withServer(certificates: certificates) { endpoint in
            let answer = try await QueryClient.withConnection(
                to: endpoint,
                identity: try certificates.identity("client"),
                logger: self.logger
            ) { client in
                try await client.stats(StatsRequest(metric: .documents), timeout: .seconds(10))
            }
            #expect(answer == StatsResult(metric: .documents, by: nil, rows: [], total: 42))
        }
    }

    @Test func answersManyConcurrentRequestsOnOneConnection() async throws {
        let certificates = try TestCertificates()
        defer { certificates.remove() }
        try await self.withServer(certificates: certificates) { endpoint in
            let count = try await QueryClient.withConnection(
                to: endpoint,
                identity: try certificates.identity("client"),
                logger: self.logger
            ) { client in
                try await withThrowingTaskGroup(of: Bool.self) { group in
                    for _ in 0..<50 {
                        group.addTask {
                            // A bound against a hang, not a speed bar: the suite's other tests share the cores.
                            let answer = try await client.stats(StatsRequest(metric: .events), timeout: .seconds(60))
                            return answer == StatsResult(metric: .events, by: nil, rows: [], total: 42)
                        }
                    }
                    return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
                }
            }
            #expect(count == 50)
        }
    }

    @Test func refusesAValidCertificateOfTheWrongRole() async throws {
        let certificates = try TestCertificates()
        defer { certificates.remove() }
        try await self.withServer(certificates: certificates, roles: [.client]) { endpoint in
            do {
                _ = try await QueryClient.withConnection(
                    to: endpoint,
                    identity: try certificates.identity("extractor"),
                    logger: self.logger
                ) { client in
                    try await client.stats(StatsRequest(metric: .documents), timeout: .seconds(10))
                }
                Issue.record("wrong role was served")
            } catch WireClient.Error.refused(let error) {
                #expect(error.code == .forbidden)
                #expect(error.message.contains("extractor"))
            }
        }
    }

    @Test func refusesAClientCertificateFromAnotherCA() async throws {
        let certificates = try TestCertificates()
        let strangers = try TestCertificates()
        defer {
            certificates.remove()
            strangers.remove()
        }
        // Trusts the real CA (so it accepts the server) but presents a certificate the server cannot verify.
        let stranger = try strangers.identity("client")
        let impostor = TLSIdentity(
            name: "client",
            trustRoots: try certificates.identity("client").trustRoots,
            certificateChain: stranger.certificateChain,
            privateKey: stranger.privateKey
        )
        try await self.withServer(certificates: certificates) { endpoint in
            await #expect(throws: (any Error).self) {
                _ = try await QueryClient.withConnection(to: endpoint, identity: impostor, logger: self.logger) {
                    client in
                    try await client.stats(StatsRequest(metric: .documents), timeout: .seconds(10))
                }
            }
        }
    }

    @Test func refusesAServerFromAnotherCA() async throws {
        let certificates = try TestCertificates()
        let strangers = try TestCertificates()
        defer {
            certificates.remove()
            strangers.remove()
        }
        try await self.withServer(certificates: certificates) { endpoint in
            await #expect(throws: (any Error).self) {
                _ = try await QueryClient.withConnection(
                    to: endpoint,
                    identity: try strangers.identity("client"),
                    logger: self.logger
                ) { client in
                    try await client.stats(StatsRequest(metric: .documents), timeout: .seconds(10))
                }
            }
        }
    }

    @Test func refusesAClientWithoutACertificate() async throws {
        let certificates = try TestCertificates()
        defer { certificates.remove() }
        try await self.withServer(certificates: certificates) { endpoint in
            var configuration = TLSConfiguration.makeClientConfiguration()
            configuration.minimumTLSVersion = .tlsv13
            configuration.trustRoots = .certificates(try certificates.identity("client").trustRoots)
            let context = try NIOSSLContext(configuration: configuration)
            let channel = try await RawTLSClient.connect(to: endpoint, context: context)
            let reply = try await RawTLSClient.exchange(
                channel,
                frame: try RawTLSClient.frame(Envelope(id: "n1", message: .body(StatsRequest(metric: .documents))))
            )
            #expect(reply.envelopes.isEmpty)
            #expect(reply.closed)
        }
    }

    @Test func answersAnOversizedFrameAndCloses() async throws {
        let certificates = try TestCertificates()
        defer { certificates.remove() }
        let limits = WireLimits(maximumFrameBytes: 1024)
        try await self.withServer(certificates: certificates, limits: limits) { endpoint in
            let channel = try await RawTLSClient.connect(
                to: endpoint,
                context: try certificates.identity("client").makeClientContext()
            )
            var prefix = ByteBuffer()
            prefix.writeInteger(UInt32(9 << 20), endianness: .big)
            prefix.writeString("not the 9 MiB announced")
            let reply = try await RawTLSClient.exchange(channel, frame: prefix)
            #expect(reply.envelopes.map(\.message.type) == ["error"])
            if case .error(let error) = reply.envelopes.first?.message {
                #expect(error.code == .frameTooLarge)
            }
            #expect(reply.closed)
        }
    }

    @Test func answersAGarbledFrameAndStaysOpen() async throws {
        let certificates = try TestCertificates()
        defer { certificates.remove() }
        try await self.withServer(certificates: certificates) { endpoint in
            let channel = try await RawTLSClient.connect(
                to: endpoint,
                context: try certificates.identity("client").makeClientContext()
            )
            var garbage = ByteBuffer()
            garbage.writeInteger(UInt32(5), endianness: .big)
            garbage.writeString("hello")
            var frames = garbage
            var valid = try RawTLSClient.frame(Envelope(id: "after", message: .body(StatsRequest(metric: .documents))))
            frames.writeBuffer(&valid)
            var unknown = try RawTLSClient.frame(Envelope(id: "odd", message: .unknown(type: "teleport")))
            frames.writeBuffer(&unknown)
            let reply = try await RawTLSClient.exchange(channel, frame: frames, expecting: 3)
            #expect(reply.envelopes.count == 3)
            #expect(!reply.closed)
            let codes = reply.envelopes.compactMap { envelope -> String? in
                if case .error(let error) = envelope.message { return error.code.rawValue }
                return nil
            }
            #expect(codes.sorted() == ["bad_compression", "unknown_type"])
            #expect(reply.envelopes.contains { $0.id == "after" && $0.message.type == "stats_result" })
        }
    }

    @Test func closesAConnectionThatNeverHandshakes() async throws {
        let certificates = try TestCertificates()
        defer { certificates.remove() }
        let limits = WireLimits(handshakeTimeout: .milliseconds(300))
        try await self.withServer(certificates: certificates, limits: limits) { endpoint in
            let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .connect(host: endpoint.host, port: endpoint.port) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                    }
                }
            let start = ContinuousClock.now
            try await channel.executeThenClose { inbound, _ in
                for try await _ in inbound {}
            }
            #expect(ContinuousClock.now - start < .seconds(5))
        }
    }

    @Test func closesAnIdleConnectionWithANotice() async throws {
        let certificates = try TestCertificates()
        defer { certificates.remove() }
        let limits = WireLimits(idleTimeout: .milliseconds(300))
        try await self.withServer(certificates: certificates, limits: limits) { endpoint in
            let channel = try await RawTLSClient.connect(
                to: endpoint,
                context: try certificates.identity("client").makeClientContext()
            )
            let reply = try await RawTLSClient.exchange(channel, frame: ByteBuffer())
            #expect(reply.closed)
            if case .error(let error) = reply.envelopes.first?.message {
                #expect(error.code == .idleTimeout)
            } else {
                Issue.record("no idle notice")
            }
        }
    }
}

/// A TLS client that writes raw bytes and reads raw frames, to send what a well-behaved client never would.
enum RawTLSClient {
    typealias Channel = NIOAsyncChannel<ByteBuffer, ByteBuffer>

    struct Reply {
        var envelopes: [Envelope]
        var closed: Bool
    }

    static func connect(to endpoint: Endpoint, context: NIOSSLContext) async throws -> Channel {
        try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: endpoint.host, port: endpoint.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(
                        NIOSSLClientHandler(context: context, serverHostname: "localhost")
                    )
                    return try Channel(wrappingChannelSynchronously: channel)
                }
            }
    }

    static func frame(_ envelope: Envelope) throws -> ByteBuffer {
        let payload = try EnvelopeCodec(maximumInflatedBytes: 1 << 20).encode(envelope)
        var frame = ByteBuffer()
        frame.writeInteger(UInt32(payload.readableBytes), endianness: .big)
        frame.writeImmutableBuffer(payload)
        return frame
    }

    /// Writes `frame` (unless empty), then reads until `expecting` envelopes arrived, the peer closed, or 5 s passed.
    static func exchange(_ channel: Channel, frame: ByteBuffer, expecting: Int = .max) async throws -> Reply {
        try await self.exchange(channel, writes: frame.readableBytes > 0 ? [frame] : [], expecting: expecting)
    }

    /// Writes each of `writes`, `interval` apart, while reading until `expecting` envelopes arrived, the peer
    /// closed, or `timeout` passed.
    static func exchange(
        _ channel: Channel,
        writes: [ByteBuffer],
        interval: Duration = .zero,
        expecting: Int = .max,
        timeout: Duration = .seconds(5)
    ) async throws -> Reply {
        let codec = EnvelopeCodec(maximumInflatedBytes: 1 << 20)
        return try await channel.executeThenClose { inbound, outbound in
            try await withThrowingTaskGroup(of: Reply.self) { group in
                group.addTask {
                    for write in writes {
                        try? await outbound.write(write)
                        try await Task.sleep(for: interval)
                    }
                    try await Task.sleep(for: timeout)
                    return Reply(envelopes: [], closed: false)
                }
                group.addTask {
                    var envelopes: [Envelope] = []
                    var pending = ByteBuffer()
                    do {
                        for try await var chunk in inbound {
                            pending.writeBuffer(&chunk)
                            while let length = pending.getInteger(
                                at: pending.readerIndex,
                                endianness: .big,
                                as: UInt32.self
                            ),
                                pending.readableBytes >= 4 + Int(length)
                            {
                                pending.moveReaderIndex(forwardBy: 4)
                                envelopes.append(try codec.decode(pending.readSlice(length: Int(length))!))
                            }
                            if envelopes.count >= expecting {
                                return Reply(envelopes: envelopes, closed: false)
                            }
                        }
                    } catch {
                        return Reply(envelopes: envelopes, closed: true)
                    }
                    return Reply(envelopes: envelopes, closed: true)
                }
                defer { group.cancelAll() }
                return try await group.next()!
            }
        }
    }
}
