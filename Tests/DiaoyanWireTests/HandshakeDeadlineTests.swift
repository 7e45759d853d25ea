import DiaoyanWire
import NIOCore
import NIOEmbedded
import Testing

/// The handshake deadline counts from when this side starts reading, not from accept: a server whose tasks are
/// late to take a connection (every cooperative thread busy) must not close it for the server's own delay.
@Suite struct HandshakeDeadlineTests {
    @Test func theFirstReadStartsTheDeadlineAgain() throws {
        let loop = EmbeddedEventLoop()
        let channel = EmbeddedChannel(loop: loop)
        let peer = loop.makePromise(of: PeerIdentity.self)
        try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 1)).wait()
        try channel.pipeline.syncOperations.addHandler(HandshakeHandler(timeout: .seconds(10), promise: peer))

        // Accepted, not read from for 9 s: the server was busy.
        loop.advanceTime(by: .seconds(9))
        #expect(channel.isActive)
        channel.read()
        // The peer gets the full 10 s from the first read.
        loop.advanceTime(by: .seconds(9))
        #expect(channel.isActive, "closed 18 s after accept but only 9 s after the first read")
        loop.advanceTime(by: .seconds(2))
        #expect(!channel.isActive, "closed once 10 s passed after the first read without a handshake")
        #expect(throws: HandshakeHandler.Error.timedOut(after: .seconds(10))) { try peer.futureResult.wait() }
    }

    @Test func aConnectionNeverReadFromStillClosesAtTheFirstDeadline() throws {
        let loop = EmbeddedEventLoop()
        let channel = EmbeddedChannel(loop: loop)
        let peer = loop.makePromise(of: PeerIdentity.self)
        try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 1)).wait()
        try channel.pipeline.syncOperations.addHandler(HandshakeHandler(timeout: .seconds(10), promise: peer))

        loop.advanceTime(by: .seconds(11))
        #expect(!channel.isActive)
        #expect(throws: HandshakeHandler.Error.timedOut(after: .seconds(10))) { try peer.futureResult.wait() }
    }
}
