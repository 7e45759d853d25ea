/// An error whose answer to the peer is known: a responder that throws it has the port send ``errorBody`` as an
/// `error` frame (with the request's id as `ref`).
///
/// Any other error a responder throws is a failure of the service, answered `internal` with a correlation id.
package protocol WireResponseError: Error {
    /// The `error` frame's body; its `ref` is filled in by the port.
    var errorBody: ErrorBody { get }
}

extension ErrorBody: WireResponseError {
    package var errorBody: ErrorBody { self }
}
