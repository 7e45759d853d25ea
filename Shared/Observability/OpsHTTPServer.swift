import Logging
import NIOCore
import NIOHTTP1
import NIOPosix
import ServiceLifecycle

/// The plain-HTTP operations port of a service (`--metrics HOST:PORT`): `/metrics`, `/healthz`, `/readyz`.
///
/// It carries no data and no secrets, so it has no TLS: Kubernetes probes and Prometheus speak plain HTTP, and
/// the NetworkPolicies in Deploy/k8s open it only to them. Each connection is answered one request at a time
/// and closed after a response (`Connection: close`), which keeps the server a dozen lines and costs a scrape
/// nothing; a connection still open at ``OpsConfiguration/connectionDeadline`` is closed. Graceful shutdown
/// closes the listener; a request in progress is still answered.
package struct OpsHTTPServer: Service {
    private typealias Connection = NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>

    /// The address actually bound (port 0 resolved).
    package let localAddress: SocketAddress
    private let channel: NIOAsyncChannel<Connection, Never>
    private let routes: OpsRoutes
    private let logger: Logger

    /// Binds the port now, so a busy port fails the start rather than the first scrape.
    package static func bind(
        _ configuration: OpsConfiguration,
        logger: Logger,
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async throws -> OpsHTTPServer {
        let deadline = TimeAmount(configuration.connectionDeadline)
        let channel = try await ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 64)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: configuration.host, port: configuration.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    channel.eventLoop.scheduleTask(in: deadline) { channel.close(promise: nil) }
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    return try Connection(wrappingChannelSynchronously: channel)
                }
            }
        guard let address = channel.channel.localAddress else { throw ChannelError.unknownLocalAddress }
        return OpsHTTPServer(
            localAddress: address,
            channel: channel,
            routes: OpsRoutes(configuration: configuration),
            logger: logger
        )
    }

    private init(
        localAddress: SocketAddress,
        channel: NIOAsyncChannel<Connection, Never>,
        routes: OpsRoutes,
        logger: Logger
    ) {
        self.localAddress = localAddress
        self.channel = channel
        self.routes = routes
        self.logger = logger
    }

    package func run() async throws {
        self.logger.info("operations port listening", metadata: ["address": "\(self.localAddress)"])
        let serverChannel = self.channel.channel
        let routes = self.routes
        try await self.channel.executeThenClose { inbound in
            try await withThrowingDiscardingTaskGroup { group in
                try await withGracefulShutdownHandler {
                    for try await connection in inbound {
                        group.addTask { await Self.serve(connection, routes: routes) }
                    }
                } onGracefulShutdown: {
                    serverChannel.close(promise: nil)
                }
            }
        }
    }

    /// Reads one request, answers it and closes the connection; a connection that fails is only closed.
    private static func serve(_ connection: Connection, routes: OpsRoutes) async {
        try? await connection.executeThenClose { inbound, outbound in
            var head: HTTPRequestHead?
            for try await part in inbound {
                switch part {
                case .head(let requestHead): head = requestHead
                case .body: continue
                case .end:
                    guard let head else { return }
                    let response = await routes.respond(method: head.method, uri: head.uri)
                    try await Self.write(response, to: outbound, request: head)
                    return
                }
            }
        }
    }

    private static func write(
        _ response: OpsResponse,
        to outbound: NIOAsyncChannelOutboundWriter<HTTPServerResponsePart>,
        request: HTTPRequestHead
    ) async throws {
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: response.contentType)
        headers.add(name: "Content-Length", value: "\(response.body.count)")
        headers.add(name: "Connection", value: "close")
        try await outbound.write(
            .head(HTTPResponseHead(version: request.version, status: response.status, headers: headers))
        )
        if request.method != .HEAD {
            try await outbound.write(.body(.byteBuffer(ByteBuffer(bytes: response.body))))
        }
        try await outbound.write(.end(nil))
    }
}
