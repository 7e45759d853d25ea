/// A message a peer sends to a port, tied to the response the port answers it with.
///
/// ```
/// IngestRequest   → IngestAck        ingest port
/// StatsRequest    → StatsResult      query port
/// ProjectsRequest → ProjectsResult   query port
/// DocumentRequest → DocumentResult   query port
/// PullRequest     → LeaseGrant       dispatch port
/// ConfirmRequest  → ConfirmAck       dispatch port
/// SubmitRequest   → SubmitAck        results port
/// StatusRequest   → StatusResult     ingest port, query port
/// ```
///
/// Any request may instead be answered by an `error` frame (``ErrorBody``).
package protocol WireRequest: WireMessage {
    /// The body a port answers this request with.
    associatedtype Response: WireResponse
}
