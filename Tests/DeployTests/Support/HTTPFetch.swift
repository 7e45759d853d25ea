import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Plain-HTTP GETs against servers on loopback (the operations ports, Prometheus's API).
enum HTTPFetch {
    /// Why a GET gave no answer.
    enum Error: Swift.Error {
        case noResponse(url: String)
    }

    /// The status and body of `GET url`.
    static func get(_ url: String) async throws -> (status: Int, body: Data) {
        guard let target = URL(string: url) else { throw Error.noResponse(url: url) }
        var request = URLRequest(url: target)
        request.timeoutInterval = 60
        let (data, response) = try await URLSession.shared.data(for: request)
        guard let http = response as? HTTPURLResponse else { throw Error.noResponse(url: url) }
        return (http.statusCode, data)
    }

    /// The body of `GET url` as text.
    static func text(_ url: String) async throws -> (status: Int, text: String) {
        let (status, body) = try await self.get(url)
        return (status, String(decoding: body, as: UTF8.self))
    }
}
