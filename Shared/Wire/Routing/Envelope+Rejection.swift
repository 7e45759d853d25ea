import DiaoyanModels

extension Envelope {
    /// The answer to a request no port handles: `unknown_type` for a type this build does not know, `bad_json`
    /// for a known type with a malformed body, `unknown_type` for a known type this port does not serve.
    package func rejection(port: String) -> Message {
        switch self.message {
        case .malformed(let type, let reason):
            .error(ErrorBody(code: .badJSON, message: "body of '\(type)' is malformed: \(reason)", ref: self.id))
        default:
            .error(
                ErrorBody(code: .unknownType, message: "the \(port) port does not handle '\(self.type)'", ref: self.id)
            )
        }
    }
}
