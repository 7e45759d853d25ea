/// A `HOST:PORT` address as written on command lines (`127.0.0.1:7401`, `normalizer:7401`, `[::1]:7401`).
package struct Endpoint: Sendable, Hashable, CustomStringConvertible {
    /// Why an address could not be parsed.
    package enum Error: Swift.Error, Hashable, CustomStringConvertible {
        case invalid(String)

        package var description: String {
            switch self {
            case .invalid(let text): "'\(text)' is not HOST:PORT (e.g. 127.0.0.1:7401 or [::1]:7401)"
            }
        }
    }

    package var host: String
    package var port: Int

    package init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// Parses `HOST:PORT`; IPv6 hosts go in brackets.
    package init(parsing text: String) throws(Error) {
        let host: Substring
        let portText: Substring
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]"), text[text.index(after: close)...].hasPrefix(":") else {
                throw .invalid(text)
            }
            host = text[text.index(after: text.startIndex)..<close]
            portText = text[text.index(close, offsetBy: 2)...]
        } else {
            guard let colon = text.lastIndex(of: ":") else { throw .invalid(text) }
            host = text[..<colon]
            portText = text[text.index(after: colon)...]
        }
        guard !host.isEmpty, let port = Int(portText), (0...65_535).contains(port) else {
            throw .invalid(text)
        }
        self.init(host: String(host), port: port)
    }

    package var description: String {
        self.host.contains(":") ? "[\(self.host)]:\(self.port)" : "\(self.host):\(self.port)"
    }
}
