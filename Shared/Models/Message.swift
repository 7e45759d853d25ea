/// Every message the wire carries, one case per envelope `type`.
package enum Message: Hashable, Sendable {
    case ingest(IngestRequest)
    case ingestAck(IngestAck)
    case stats(StatsRequest)
    case statsResult(StatsResult)
    case projects(ProjectsRequest)
    case projectsResult(ProjectsResult)
    case document(DocumentRequest)
    case documentResult(ExtractionRecord)
    case pull(PullRequest)
    case lease(LeaseGrant)
    case confirm(ConfirmRequest)
    case confirmAck(ConfirmAck)
    case submit(SubmitRequest)
    case submitAck(SubmitAck)
    case error(ErrorBody)
    /// A `type` this build does not know; answered with `unknown_type`.
    case unknown(type: String)
    /// A known `type` whose body does not have the expected shape; answered with `bad_json`.
    case malformed(type: String, reason: String)

    /// The envelope `type` string of this message.
    package var type: String {
        switch self {
        case .ingest: "ingest"
        case .ingestAck: "ingest_ack"
        case .stats: "stats"
        case .statsResult: "stats_result"
        case .projects: "projects"
        case .projectsResult: "projects_result"
        case .document: "document"
        case .documentResult: "document_result"
        case .pull: "pull"
        case .lease: "lease"
        case .confirm: "confirm"
        case .confirmAck: "confirm_ack"
        case .submit: "submit"
        case .submitAck: "submit_ack"
        case .error: "error"
        case .unknown(let type): type
        case .malformed(let type, _): type
        }
    }
}
