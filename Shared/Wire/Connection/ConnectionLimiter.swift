import Synchronization

/// Counts a port's open connections, in all and per peer certificate, against the port's caps.
///
/// Every accepted connection is counted from accept to close (``enterPort()``/``leavePort()``), also one still in
/// its handshake; a verified peer is counted per certificate (``enter(peer:)``/``leave(peer:)``). The server
/// answers a connection over either cap `busy` and closes it.
package final class ConnectionLimiter: Sendable {
    private struct State {
        var open = 0
        var perPeer: [PeerIdentity: Int] = [:]
    }

    /// Connections the port keeps open at once.
    package let maximumConnections: Int
    /// Connections the port keeps open at once for one peer certificate.
    package let maximumConnectionsPerPeer: Int
    private let state = Mutex(State())

    package init(maximumConnections: Int, maximumConnectionsPerPeer: Int) {
        self.maximumConnections = maximumConnections
        self.maximumConnectionsPerPeer = maximumConnectionsPerPeer
    }

    /// Connections open now.
    package var openConnections: Int { self.state.withLock { $0.open } }

    /// Counts an accepted connection; false when the port already has its maximum (the connection is counted all
    /// the same, until ``leavePort()``).
    package func enterPort() -> Bool {
        self.state.withLock { state in
            state.open += 1
            return state.open <= self.maximumConnections
        }
    }

    /// Stops counting a connection counted by ``enterPort()``.
    package func leavePort() {
        self.state.withLock { $0.open -= 1 }
    }

    /// Counts a connection of `peer` if the peer is below its maximum; false (and nothing counted) if not.
    package func enter(peer: PeerIdentity) -> Bool {
        self.state.withLock { state in
            let current = state.perPeer[peer, default: 0]
            guard current < self.maximumConnectionsPerPeer else { return false }
            state.perPeer[peer] = current + 1
            return true
        }
    }

    /// Stops counting a connection counted by a successful ``enter(peer:)``.
    package func leave(peer: PeerIdentity) {
        self.state.withLock { state in
            let remaining = state.perPeer[peer, default: 1] - 1
            state.perPeer[peer] = remaining > 0 ? remaining : nil
        }
    }
}
