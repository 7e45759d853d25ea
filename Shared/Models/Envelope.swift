/// The JSON object every frame carries: `{"v":1,"type":"…","id":"…","body":{…}}`.
///
/// A response repeats the `id` of the request it answers. Decoding never fails on the body alone: an unknown
/// `type` becomes ``Message/unknown(type:)`` and a body of the wrong shape ``Message/malformed(type:reason:)``,
/// so the receiver can still answer with the request's id as `ref`.
package struct Envelope: Hashable, Sendable {
    /// The protocol version this build speaks.
    package static let currentVersion = 1

    package var version: Int
    package var id: String
    package var message: Message

    package init(id: String, message: Message, version: Int = Envelope.currentVersion) {
        self.version = version
        self.id = id
        self.message = message
    }

    /// The envelope's `type` string.
    package var type: String { self.message.type }
}

extension Envelope: Codable {
    private enum CodingKeys: String, CodingKey {
        case version = "v"
        case type, id, body
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.version = try container.decode(Int.self, forKey: .version)
        self.id = try container.decode(String.self, forKey: .id)
        let type = try container.decode(String.self, forKey: .type)
        do {
            self.message = try Self.decodeBody(type: type, from: container)
        } catch let error as DecodingError {
            self.message = .malformed(type: type, reason: Self.describe(error))
        }
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.version, forKey: .version)
        try container.encode(self.type, forKey: .type)
        try container.encode(self.id, forKey: .id)
        switch self.message {
        case .body(let body): try container.encode(body, forKey: .body)
        case .error(let body): try container.encode(body, forKey: .body)
        case .unknown, .malformed: try container.encode([String: String](), forKey: .body)
        }
    }

    private static func decodeBody(type: String, from container: KeyedDecodingContainer<CodingKeys>) throws -> Message {
        if type == Message.errorType {
            return .error(try container.decode(ErrorBody.self, forKey: .body))
        }
        guard let bodyType = Message.knownTypes[type] else {
            return .unknown(type: type)
        }
        return .body(try Self.decode(bodyType, from: container))
    }

    private static func decode<Body: WireMessage>(
        _: Body.Type,
        from container: KeyedDecodingContainer<CodingKeys>
    ) throws -> Body {
        if let absent = Body.absentBody, try !container.contains(.body) || container.decodeNil(forKey: .body) {
            return absent
        }
        return try container.decode(Body.self, forKey: .body)
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
            return keys.isEmpty ? "body" : keys.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context): return "missing key '\(key.stringValue)' at \(path(context))"
        case .typeMismatch(_, let context): return "wrong type at \(path(context)): \(context.debugDescription)"
        case .valueNotFound(_, let context): return "missing value at \(path(context))"
        case .dataCorrupted(let context): return "invalid value at \(path(context)): \(context.debugDescription)"
        @unknown default: return "invalid body"
        }
    }
}
