import DiaoyanModels
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import Synchronization

/// One connection to a Diaoyan port, for request/response use from async code.
///
/// Requests may be issued concurrently; responses are matched to requests by envelope id. Use it only inside
/// ``withConnection(to:identity:limits:group:logger:_:)``, which owns the connection and its reader.
package final class WireClient: Sendable {
    /// Why a request got no answer.
    package enum Error: Swift.Error, CustomStringConvertible {
        /// The connection closed before the response arrived.
        case connectionClosed(reason: String)
        /// The server refused the connection as a whole (e.g. `forbidden`) and closed it.
        case refused(ErrorBody)
        /// No response within the time allowed.
        case timedOut(type: String, after: Duration)
        /// The server answered with something the protocol does not allow: a response of another type than the
        /// request's, a body that does not decode, or a frame that cannot be read at all (then `request` is nil:
        /// no request can be matched to it, so every request waiting on the connection fails).
        case protocolViolation(request: String?, reason: String)

        package var description: String {
            switch self {
            case .connectionClosed(let reason): "connection closed: \(reason)"
            case .refused(let error): "refused by server: \(error.code): \(error.message)"
            case .timedOut(let type, let after): "no answer to '\(type)' within \(after)"
            case .protocolViolation(let request?, let reason):
                "protocol violation in the answer to '\(request)': \(reason)"
            case .protocolViolation(nil, let reason): "protocol violation: \(reason)"
            }
        }
    }

    /// Where the answer to one request stands.
    private enum Slot {
        /// Sent; nobody waits yet, or the waiter is parked here.
        case awaiting(CheckedContinuation<Message, any Swift.Error>?)
        /// Answered before the requester started waiting.
        case arrived(Result<Message, any Swift.Error>)
    }

    private struct State: ~Copyable {
        var slots: [String: Slot] = [:]
        var closedBecause: (any Swift.Error)?
        var nextID: UInt64 = 0
    }

    private let outbound: NIOAsyncChannelOutboundWriter<Envelope>
    private let state = Mutex(State())
    private let idPrefix: String

    private init(outbound: NIOAsyncChannelOutboundWriter<Envelope>) {
        self.outbound = outbound
        self.idPrefix = String(WireServer.newID().prefix(8))
    }

    /// Connects to `endpoint`, runs `body` with the connection, then closes it.
    ///
    /// - Parameters:
    ///   - endpoint: the server; a DNS name is checked against the server certificate's names, an IP address
    ///     against its IP entries.
    ///   - identity: the certificate this side presents.
    package static func withConnection<Result: Sendable>(
        to endpoint: Endpoint,
        identity: TLSIdentity,
        limits: WireLimits = .init(),
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        logger: Logger,
        _ body: (WireClient) async throws -> Result
    ) async throws -> Result {
        let channel = try await self.connect(to: endpoint, identity: identity, limits: limits, group: group)
        return try await self.withChannel(channel, logger: logger, body)
    }

    /// Connects to an already-resolved address; `serverName` is the name checked in the server's certificate.
    package static func withConnection<Result: Sendable>(
        to address: SocketAddress,
        serverName: String?,
        identity: TLSIdentity,
        limits: WireLimits = .init(),
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        logger: Logger,
        _ body: (WireClient) async throws -> Result
    ) async throws -> Result {
        let context = try identity.makeClientContext()
        let sniName = serverName.flatMap { Self.isIPAddress($0) ? nil : $0 }
        let (channel, _) = try await ClientBootstrap(group: group)
            .channelOption(.socketOption(.tcp_nodelay), value: 1)
            .connectTimeout(.milliseconds(limits.handshakeTimeout.wholeMilliseconds))
            .connect(to: address) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try WirePipeline.configure(
                        channel: channel,
                        tlsHandler: try NIOSSLClientHandler(context: context, serverHostname: sniName),
                        limits: limits
                    )
                }
            }
        return try await self.withChannel(channel, logger: logger, body)
    }

    private static func connect(
        to endpoint: Endpoint,
        identity: TLSIdentity,
        limits: WireLimits,
        group: any EventLoopGroup
    ) async throws -> WirePipeline.AsyncChannel {
        let context = try identity.makeClientContext()
        let sniName = Self.isIPAddress(endpoint.host) ? nil : endpoint.host
        let (channel, _) = try await ClientBootstrap(group: group)
            .channelOption(.socketOption(.tcp_nodelay), value: 1)
            .connectTimeout(.milliseconds(limits.handshakeTimeout.wholeMilliseconds))
            .connect(host: endpoint.host, port: endpoint.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try WirePipeline.configure(
                        channel: channel,
                        tlsHandler: try NIOSSLClientHandler(context: context, serverHostname: sniName),
                        limits: limits
                    )
                }
            }
        return channel
    }

    private static func withChannel<Result: Sendable>(
        _ channel: WirePipeline.AsyncChannel,
        logger: Logger,
        _ body: (WireClient) async throws -> Result
    ) async throws -> Result {
        try await channel.executeThenClose { inbound, outbound in
            let client = WireClient(outbound: outbound)
            return try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    await client.readResponses(from: inbound, logger: logger)
                }
                defer { group.cancelAll() }
                return try await body(client)
            }
        }
    }

    /// Sends `request` and waits for its typed response.
    ///
    /// - Parameter timeout: how long to wait; nil waits until the connection closes.
    /// - Throws: ``ErrorBody`` when the server answers with an `error` frame;
    ///   ``Error/protocolViolation(request:reason:)`` when it answers with anything but a `Request.Response`;
    ///   another ``Error`` when the connection fails or the answer is late.
    package func send<Request: WireRequest>(_ request: Request, timeout: Duration? = nil) async throws
        -> Request.Response
    {
        let answer = try await self.request(.body(request), timeout: timeout)
        switch answer {
        case .error(let error):
            throw error
        case .body(let body as Request.Response):
            return body
        case .body, .unknown:
            throw Error.protocolViolation(
                request: Request.type,
                reason: "answered with '\(answer.type)', expected '\(Request.Response.type)'"
            )
        case .malformed(let type, let reason):
            throw Error.protocolViolation(request: Request.type, reason: "body of '\(type)' is malformed: \(reason)")
        }
    }

    /// Sends `message` and waits for whatever answers it.
    private func request(_ message: Message, timeout: Duration?) async throws -> Message {
        let id = self.state.withLock { state -> String in
            state.nextID += 1
            return "\(self.idPrefix)-\(state.nextID)"
        }
        guard let timeout else {
            return try await self.exchange(id: id, message: message)
        }
        return try await withThrowingTaskGroup(of: Message.self) { group in
            group.addTask { try await self.exchange(id: id, message: message) }
            group.addTask {
                try await Task.sleep(for: timeout)
                throw Error.timedOut(type: message.type, after: timeout)
            }
            defer { group.cancelAll() }
            return try await group.next()!
        }
    }

    private func exchange(id: String, message: Message) async throws -> Message {
        let closed = self.state.withLock { state -> (any Swift.Error)? in
            if let reason = state.closedBecause { return reason }
            state.slots[id] = .awaiting(nil)
            return nil
        }
        if let closed { throw closed }
        do {
            try await self.outbound.write(Envelope(id: id, message: message))
        } catch let error as ChannelError {
            // The server closed first; say why when the reader already knows (a refusal such as `forbidden`).
            let reason = self.state.withLock { state in
                state.slots.removeValue(forKey: id)
                return state.closedBecause
            }
            throw reason ?? Error.connectionClosed(reason: String(describing: error))
        } catch {
            _ = self.state.withLock { $0.slots.removeValue(forKey: id) }
            throw error
        }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Message, any Swift.Error>) in
                let ready = self.state.withLock { state -> Result<Message, any Swift.Error>? in
                    switch state.slots[id] {
                    case .arrived(let result):
                        state.slots[id] = nil
                        return result
                    case .awaiting:
                        state.slots[id] = .awaiting(continuation)
                        return nil
                    case nil:
                        return .failure(state.closedBecause ?? CancellationError())
                    }
                }
                if let ready {
                    continuation.resume(with: ready)
                }
            }
        } onCancel: {
            let slot = self.state.withLock { $0.slots.removeValue(forKey: id) }
            if case .awaiting(let continuation?) = slot {
                continuation.resume(throwing: CancellationError())
            }
        }
    }

    private func readResponses(from inbound: NIOAsyncChannelInboundStream<InboundMessage>, logger: Logger) async {
        var reason: any Swift.Error = Error.connectionClosed(reason: "closed by server")
        do {
            readLoop: for try await message in inbound {
                switch message {
                case .envelope(let envelope):
                    if case .error(let error) = envelope.message, error.ref == nil {
                        logger.notice(
                            "server error",
                            metadata: ["error.code": "\(error.code)", "error.message": "\(error.message)"]
                        )
                        reason = Error.refused(error)
                        break readLoop
                    }
                    self.resolve(id: Self.answeredID(envelope), with: .success(envelope.message))
                case .invalid(let error):
                    logger.warning("unreadable frame from server", metadata: ["error.code": "\(error.code)"])
                    let violation = Error.protocolViolation(
                        request: nil,
                        reason: "unreadable frame from server: \(error.code): \(error.message)"
                    )
                    guard let ref = error.ref else {
                        // No request can be matched to a frame that cannot be read, so none can be trusted.
                        reason = violation
                        break readLoop
                    }
                    self.resolve(id: ref, with: .failure(violation))
                }
            }
        } catch {
            reason = Error.connectionClosed(reason: String(describing: error))
        }
        self.failAll(reason)
    }

    /// The id of the request an envelope answers: an error frame's `ref`, or else the envelope's own id.
    private static func answeredID(_ envelope: Envelope) -> String {
        if case .error(let error) = envelope.message, let ref = error.ref {
            return ref
        }
        return envelope.id
    }

    private func resolve(id: String, with result: Result<Message, any Swift.Error>) {
        let continuation = self.state.withLock { state -> CheckedContinuation<Message, any Swift.Error>? in
            guard case .awaiting(let continuation) = state.slots[id] else { return nil }
            if let continuation {
                state.slots[id] = nil
                return continuation
            }
            state.slots[id] = .arrived(result)
            return nil
        }
        continuation?.resume(with: result)
    }

    private func failAll(_ reason: any Swift.Error) {
        let waiting = self.state.withLock { state -> [CheckedContinuation<Message, any Swift.Error>] in
            if state.closedBecause == nil { state.closedBecause = reason }
            var waiting: [CheckedContinuation<Message, any Swift.Error>] = []
            for (id, slot) in state.slots {
                switch slot {
                case .awaiting(let continuation?):
                    waiting.append(continuation)
                    state.slots[id] = nil
                case .awaiting(nil):
                    state.slots[id] = .arrived(.failure(reason))
                case .arrived:
                    break
                }
            }
            return waiting
        }
        for continuation in waiting {
            continuation.resume(throwing: reason)
        }
    }

    private static func isIPAddress(_ host: String) -> Bool {
        (try? SocketAddress(ipAddress: host, port: 0)) != nil
    }
}
