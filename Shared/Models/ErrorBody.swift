/// The body of an `error` frame, and the error attached to one rejected document.
///
/// ```
/// {"code":"busy","message":"outbox holds 10000 open documents; retry later","ref":"…","retryable":true}
/// ```
package struct ErrorBody: Codable, Hashable, Sendable, Error {
    package var code: Code
    package var message: String
    /// The envelope id of the request that caused the error, when it could be read.
    package var ref: String?
    /// Whether the same request may succeed if sent again later, unchanged. Always sent; a body without it (from
    /// an older peer) takes the code's ``Code/isRetryable``.
    package var retryable: Bool

    /// - Parameter retryable: by default the code's ``Code/isRetryable``.
    package init(code: Code, message: String, ref: String? = nil, retryable: Bool? = nil) {
        self.code = code
        self.message = message
        self.ref = ref
        self.retryable = retryable ?? code.isRetryable
    }

    private enum CodingKeys: String, CodingKey {
        case code, message, ref, retryable
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.code = try container.decode(Code.self, forKey: .code)
        self.message = try container.decode(String.self, forKey: .message)
        self.ref = try container.decodeIfPresent(String.self, forKey: .ref)
        self.retryable = try container.decodeIfPresent(Bool.self, forKey: .retryable) ?? self.code.isRetryable
    }
}

extension ErrorBody {
    /// A machine-readable error code; the wire carries its raw string.
    package struct Code: RawRepresentable, Codable, Hashable, Sendable, CustomStringConvertible {
        package var rawValue: String
        package init(rawValue: String) { self.rawValue = rawValue }
        package init(_ rawValue: String) { self.rawValue = rawValue }
        package var description: String { self.rawValue }

        package init(from decoder: any Decoder) throws {
            self.rawValue = try decoder.singleValueContainer().decode(String.self)
        }

        package func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(self.rawValue)
        }

        /// A frame's length prefix is above the compressed-frame limit.
        package static let frameTooLarge = Code("frame_too_large")
        /// The payload is not a zlib stream, or inflates past the limit.
        package static let badCompression = Code("bad_compression")
        /// The payload is not a JSON envelope of the expected shape.
        package static let badJSON = Code("bad_json")
        /// The envelope's `type` is not one this port understands.
        package static let unknownType = Code("unknown_type")
        /// The peer's certificate role may not use this port.
        package static let forbidden = Code("forbidden")
        /// A document's text is above the document limit.
        package static let documentTooLarge = Code("document_too_large")
        /// A document's bytes cannot be decoded in the declared or detected charset.
        package static let invalidEncoding = Code("invalid_encoding")
        /// The service is above its hard limit and refuses new work for now.
        package static let busy = Code("busy")
        /// A request is well-formed but its content is not acceptable.
        package static let badRequest = Code("bad_request")
        /// The requested object does not exist.
        package static let notFound = Code("not_found")
        /// A document normalizes to no text at all: every line of it was page furniture (listed in the message).
        package static let emptyDocument = Code("empty_document")
        /// The service failed while handling the request.
        package static let `internal` = Code("internal")
        /// The connection stayed silent for longer than the idle limit.
        package static let idleTimeout = Code("idle_timeout")
        /// A frame began but did not arrive in full within the frame deadline; the connection is closed.
        package static let frameTimeout = Code("frame_timeout")
        /// The envelope's `v` is not a protocol version this build speaks.
        package static let unsupportedVersion = Code("unsupported_version")
        /// The service's storage is full (disk full, or the database's size limit); nothing was stored.
        package static let storageFull = Code("storage_full")
        /// A service this one depends on is down for now; nothing was done.
        package static let unavailable = Code("unavailable")

        /// The codes whose request may succeed when sent again later, unchanged.
        package static let retryableCodes: Set<Code> = [
            .busy, .storageFull, .unavailable, .idleTimeout, .frameTimeout,
        ]

        /// Whether a request answered with this code may succeed when sent again later, unchanged.
        package var isRetryable: Bool { Self.retryableCodes.contains(self) }
    }
}
