/// What `diaoyan bench pipeline` measured, printed as one JSON object with `--json`.
package struct PipelineReport: Codable, Sendable {
    /// Documents sent (and counted at the end).
    package var documents: Int
    /// Corpus bytes as sent (before base64).
    package var bytes: Int
    package var extractors: Int
    package var connections: Int
    package var batch: Int
    /// The sending rate asked for (documents/s), nil when sent as fast as acknowledged.
    package var rate: Double?
    /// Where records went: `aggregator` (the real one, counted by its `documents` statistic) or `sink` (an
    /// in-process results port that acknowledges without storing: the normalizer and extractors alone).
    package var results: String
    /// Documents per second from the first send to the last document counted.
    package var docsPerSecond: Double
    package var megabytesPerSecond: Double
    /// Acknowledgement latency of one ingest request (a batch), milliseconds.
    package var ackP50Milliseconds: Double
    package var ackP99Milliseconds: Double
    /// Ingest of a document to its being counted, milliseconds.
    package var endToEndP50Milliseconds: Double
    package var endToEndP99Milliseconds: Double
    /// Ingest alone: documents acknowledged per second while sending.
    package var ingestDocsPerSecond: Double
    /// Peak resident memory (VmHWM) per service in MB; `extractor` is the largest of the extractors.
    package var residentMegabytes: [String: Double]
    /// CPU seconds each service used (user + system, from /proc), for the per-document cost.
    package var cpuSeconds: [String: Double]
    /// Offline normalize + extract of the same corpus in this process on every core, documents per second.
    package var offlineDocsPerSecond: Double
    /// `docsPerSecond / offlineDocsPerSecond`.
    package var ratio: Double

    private enum CodingKeys: String, CodingKey {
        case documents, bytes, extractors, connections, batch, rate, results
        case docsPerSecond = "docs_per_s"
        case megabytesPerSecond = "mb_per_s"
        case ackP50Milliseconds = "ack_p50_ms"
        case ackP99Milliseconds = "ack_p99_ms"
        case endToEndP50Milliseconds = "e2e_p50_ms"
        case endToEndP99Milliseconds = "e2e_p99_ms"
        case ingestDocsPerSecond = "ingest_docs_per_s"
        case residentMegabytes = "rss_mb"
        case cpuSeconds = "cpu_s"
        case offlineDocsPerSecond = "offline_docs_per_s"
        case ratio
    }
}
