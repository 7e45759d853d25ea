import DiaoyanModels
import DiaoyanWire
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import NIOTLS
import ServiceLifecycle
import Synchronization
import TestSupport
import Testing

/// Graceful shutdown of a port inside a `ServiceGroup`: idle peers are closed at once, busy ones get the drain
/// timeout.
@Suite struct WireServerShutdownTests {
    let logger = Logger(label: "test")

    /// Never answers: holds each request until cancelled, counting the requests it holds.
    private final class StuckResponder: WireResponder {
        let held = Atomic<Int>(0)

        func respond(to envelope: Envelope, from peer: PeerIdentity) async -> Message? {
            self.held.add(1, ordering: .relaxed)
            try? await Task.sleep(for: .seconds(3600))
            return nil
        }
    }

    /// How the stuck client's request ended.
    private final class Outcome: Sendable {
        let text = Mutex<String?>(nil)
    }

    /// A port as a `Service`, as the executables run it.
    private struct PortService: Service {
        let listener: WireServer.Listener
        let responder: any WireResponder
        let logger: Logger

        func run() async throws {
            try await WireServer.run(self.listener, responder: self.responder, logger: self.logger)
        }
    }

    /// Serves a port with `responder` in a service group, runs `body` with its endpoint, then triggers graceful
    /// shutdown and returns how long the group took to finish.
    private func shutdownTime(
        certificates: TestCertificates,
        limits: WireLimits,
        responder: some WireResponder,
        _ body: @Sendable (Endpoint) async throws -> Void
    ) async throws -> Duration {
        let listener = try await WireServer.bind(
            .init(
                name: "test",
                endpoint: Endpoint(host: "127.0.0.1", port: 0),
                allowedRoles: [.client],
                limits: limits
            ),
            identity: try certificates.identity("normalizer")
        )
        let endpoint = Endpoint(host: "127.0.0.1", port: listener.localAddress.port!)
        let group = ServiceGroup(
            configuration: .init(
                services: [.init(service: PortService(listener: listener, responder: responder, logger: self.logger))],
                logger: self.logger
            )
        )
        return try await withThrowingTaskGroup(of: Duration?.self) { tasks in
            tasks.addTask {
                try await group.run()
                return nil
            }
            try await body(endpoint)
            let start = ContinuousClock.now
            await group.triggerGracefulShutdown()
            while let finished = try await tasks.next() {
                if finished == nil { return ContinuousClock.now - start }
            }
            return ContinuousClock.now - start
        }
    }

    @Test func closesABusyConnectionOnceTheDrainTimeoutPasses() async throws {
        let certificates = try TestCertificates()
        defer { certificates.remove() }
        let responder = StuckResponder()
        let identity = try certificates.identity("client")
        let outcome = Outcome()
        let elapsed = try await self.shutdownTime(
            certificates: certificates,
            limits: WireLimits(drainTimeout: .seconds(1)),
            responder: responder
        ) { endpoint in
            Task {
                do {
                    try await QueryClient.withConnection(to: endpoint, identity: identity, logger: self.logger) {
                        _ = try await $0.stats(StatsRequest(metric: .documents))
                    }
                    outcome.text.withLock { $0 = "answered" }
                } catch {
                    outcome.text.withLock { $0 = "\(error)" }
                }
            }
            while responder.held.load(ordering: .relaxed) == 0 {
                try await Task.sleep(for: .milliseconds(10))
            }
        }
        print("shutdown with a request stuck in flight, drain timeout 1 s: \(elapsed)")
        #expect(elapsed >= .seconds(1))
        try await Task.sleep(for: .milliseconds(500))
        let text = outcome.text.withLock { $0 } ?? "no outcome"
        #expect(text.contains("connection closed"), "\(text)")
    }

    @Test func doesNotWaitTheDrainTimeoutForAnIdlePeerThatStoppedReading() async throws {
        let certificates = try TestCertificates()
        defer { certificates.remove() }
        let context = try certificates.identity("client").makeClientContext()
        let channels = Mutex<[any Channel]>([])
        let elapsed = try await self.shutdownTime(
            certificates: certificates,
            limits: WireLimits(drainTimeout: .seconds(30)),
            responder: StuckResponder()
        ) { endpoint in
            for _ in 0..<4 {
                let channel = try await Self.connectWithoutReading(to: endpoint, context: context)
                channels.withLock { $0.append(channel) }
            }
        }
        print("shutdown with 4 idle peers that stopped reading: \(elapsed)")
        #expect(elapsed < .seconds(30))
        for channel in channels.withLock({ $0 }) {
            try? await channel.close()
        }
    }

    /// A TLS connection that completes its handshake, then reads nothing more (not even `close_notify`).
    ///
    /// It waits for the handshake itself: a fixed pause (200 ms, as before) was too short on a loaded machine, the
    /// channel then stopped reading mid-handshake and the server's handshake deadline closed it.
    private static func connectWithoutReading(to endpoint: Endpoint, context: NIOSSLContext) async throws
        -> any Channel
    {
        let loop = MultiThreadedEventLoopGroup.singleton.next()
        let handshake = loop.makePromise(of: Void.self)
        let channel = try await ClientBootstrap(group: loop)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(
                        NIOSSLClientHandler(context: context, serverHostname: "localhost")
                    )
                    try channel.pipeline.syncOperations.addHandler(HandshakeSignal(handshake))
                }
            }
            .connect(host: endpoint.host, port: endpoint.port).get()
        try await handshake.futureResult.get()
        try await channel.setOption(.autoRead, value: false).get()
        return channel
    }

    /// Completes `completed` when the TLS handshake has finished, fails it if the channel closes first.
    private final class HandshakeSignal: ChannelInboundHandler, RemovableChannelHandler {
        typealias InboundIn = NIOAny
        private let promise: EventLoopPromise<Void>

        init(_ promise: EventLoopPromise<Void>) {
            self.promise = promise
        }

        func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
            if let event = event as? TLSUserEvent, case .handshakeCompleted = event {
                self.promise.succeed()
            }
            context.fireUserInboundEventTriggered(event)
        }

        func channelInactive(context: ChannelHandlerContext) {
            self.promise.fail(ChannelError.ioOnClosedChannel)
            context.fireChannelInactive()
        }
    }
}
