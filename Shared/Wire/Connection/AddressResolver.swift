import NIOCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Resolves a host name to every address it has, as a headless service's DNS name returns one per replica.
package enum AddressResolver {
    /// Why a name could not be resolved.
    package enum Error: Swift.Error, Hashable, CustomStringConvertible {
        case cannotResolve(host: String, reason: String)

        package var description: String {
            switch self {
            case .cannotResolve(let host, let reason): "cannot resolve \(host): \(reason)"
            }
        }
    }

    /// All TCP addresses of `host`, without duplicates, in the resolver's order.
    ///
    /// Blocks while the system resolver works; call it off the event loops.
    package static func resolveAll(host: String, port: Int) throws(Error) -> [SocketAddress] {
        if let literal = try? SocketAddress(ipAddress: host, port: port) {
            return [literal]
        }
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
            hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
            hints.ai_socktype = SOCK_STREAM
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0, let first = list else {
            throw .cannotResolve(host: host, reason: String(cString: gai_strerror(status)))
        }
        defer { freeaddrinfo(first) }
        var addresses: [SocketAddress] = []
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        while let entry = cursor {
            if let raw = entry.pointee.ai_addr {
                let address: SocketAddress?
                switch entry.pointee.ai_family {
                case AF_INET:
                    address = raw.withMemoryRebound(to: sockaddr_in.self, capacity: 1) {
                        SocketAddress($0.pointee, host: host)
                    }
                case AF_INET6:
                    address = raw.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) {
                        SocketAddress($0.pointee, host: host)
                    }
                default:
                    address = nil
                }
                if let address, !addresses.contains(address) {
                    addresses.append(address)
                }
            }
            cursor = entry.pointee.ai_next
        }
        return addresses
    }
}
