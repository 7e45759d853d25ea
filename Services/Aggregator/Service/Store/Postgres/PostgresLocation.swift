import Foundation
import PostgresNIO

/// Where a PostgreSQL store is, parsed from `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE` (`postgresql://`
/// too); `?host=/run/postgresql` connects over the unix socket in that folder instead of TCP. No TLS: run the
/// database on the same host or a private network.
struct PostgresLocation: Sendable, Hashable {
    /// Why a URL names no database this store can use.
    enum Error: Swift.Error, Hashable, CustomStringConvertible {
        case invalid(String)

        var description: String {
            switch self {
            case .invalid(let url):
                "'\(url)' is not postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?host=SOCKET_FOLDER]"
            }
        }
    }

    var host: String
    var port: Int
    var socketFolder: String?
    var username: String
    var password: String?
    var database: String

    init(parsing url: String) throws(Error) {
        guard let components = URLComponents(string: url), ["postgres", "postgresql"].contains(components.scheme),
            let username = components.user, !username.isEmpty
        else { throw .invalid(url) }
        let database = String(components.path.drop { $0 == "/" })
        guard !database.isEmpty else { throw .invalid(url) }
        self.host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "localhost"
        self.port = components.port ?? 5432
        self.socketFolder = components.queryItems?.first { $0.name == "host" }?.value
        self.username = username
        self.password = components.password
        self.database = database
    }

    /// The connection configuration for postgres-nio.
    var configuration: PostgresConnection.Configuration {
        if let socketFolder {
            return .init(
                unixSocketPath: "\(socketFolder)/.s.PGSQL.\(self.port)",
                username: self.username,
                password: self.password,
                database: self.database
            )
        }
        return .init(
            host: self.host,
            port: self.port,
            username: self.username,
            password: self.password,
            database: self.database,
            tls: .disable
        )
    }
}
