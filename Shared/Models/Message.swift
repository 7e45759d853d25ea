/// What one envelope carries: the codec's view of a frame's `type` and `body`.
///
/// Application code does not switch over it: servers route requests by type (`WireRouter`), clients get the
/// typed response of the request they sent (`WireClient.send(_:timeout:)`).
package enum Message: Sendable {
    /// A request or response of a type this build knows (see ``knownTypes``).
    case body(any WireMessage)
    /// An `error` frame.
    case error(ErrorBody)
    /// A `type` this build does not know; answered with `unknown_type`.
    case unknown(type: String)
    /// A known `type` whose body does not have the expected shape; answered with `bad_json`.
    case malformed(type: String, reason: String)

    /// The envelope `type` of an `error` frame.
    static let errorType = "error"

    /// Every request and response type this build reads, by envelope `type`.
    static let knownTypes: [String: any WireMessage.Type] = {
        let types: [any WireMessage.Type] = [
            IngestRequest.self, IngestAck.self,
            StatsRequest.self, StatsResult.self,
            ProjectsRequest.self, ProjectsResult.self,
            DocumentRequest.self, DocumentResult.self,
            PullRequest.self, LeaseGrant.self,
            ConfirmRequest.self, ConfirmAck.self,
            SubmitRequest.self, SubmitAck.self,
            StatusRequest.self, StatusResult.self,
        ]
        return Dictionary(uniqueKeysWithValues: types.map { ($0.type, $0) })
    }()

    /// The envelope `type` string of this message.
    package var type: String {
        switch self {
        case .body(let body): Swift.type(of: body).type
        case .error: Self.errorType
        case .unknown(let type): type
        case .malformed(let type, _): type
        }
    }

    /// The body, when it is one of these; nil for anything else, an error frame included.
    package func payload<Body: WireMessage>(as _: Body.Type) -> Body? {
        guard case .body(let body) = self else { return nil }
        return body as? Body
    }
}

extension Message: Hashable {
    package static func == (lhs: Message, rhs: Message) -> Bool {
        switch (lhs, rhs) {
        case (.body(let left), .body(let right)): AnyHashable(left) == AnyHashable(right)
        case (.error(let left), .error(let right)): left == right
        case (.unknown(let left), .unknown(let right)): left == right
        case (.malformed(let leftType, let leftReason), .malformed(let rightType, let rightReason)):
            leftType == rightType && leftReason == rightReason
        default: false
        }
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(self.type)
        switch self {
        case .body(let body): hasher.combine(AnyHashable(body))
        case .error(let body): hasher.combine(body)
        case .unknown: break
        case .malformed(_, let reason): hasher.combine(reason)
        }
    }
}
