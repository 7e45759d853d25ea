/// A body the wire carries under an envelope `type` of its own: a request or a response.
///
/// Each conforming type names its `type` once; ``Message/knownTypes`` lists them for the codec.
package protocol WireMessage: Codable, Hashable, Sendable {
    /// The envelope `type` this body travels under, such as `stats` or `stats_result`.
    static var type: String { get }
    /// The value of an envelope of this type that has no `body` (or `"body": null`); nil when a body is required.
    static var absentBody: Self? { get }
}

extension WireMessage {
    package static var absentBody: Self? { nil }
}
