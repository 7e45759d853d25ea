import NIOHTTP1

/// What the operations port answers one request with: a status and a plain-text body.
package struct OpsResponse: Sendable {
    package var status: HTTPResponseStatus
    package var contentType: String
    package var body: [UInt8]

    package init(status: HTTPResponseStatus, contentType: String = "text/plain; charset=utf-8", body: [UInt8]) {
        self.status = status
        self.contentType = contentType
        self.body = body
    }

    package init(status: HTTPResponseStatus, text: String) {
        self.init(status: status, body: Array(text.utf8))
    }

    /// The Prometheus text exposition format, version 0.0.4.
    package static let prometheusContentType = "text/plain; version=0.0.4; charset=utf-8"
}
