/// Every metric the three services export, with its help text: the one list `/metrics`, the Grafana dashboard and
/// Deploy/README.md are written from.
///
/// Call sites create swift-metrics handles with these names (`Counter(label: MetricCatalog.documentsIngested.name)`)
/// once, in an init, with small fixed dimension sets.
package enum MetricCatalog {
    /// Buckets for work that takes milliseconds to seconds (extraction, commits, queries).
    package static let latencyBuckets: [Duration] = [
        .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25),
        .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1),
        .milliseconds(2500), .seconds(5), .seconds(10),
    ]

    // Normalizer.
    package static let documentsIngested = MetricDescription(
        "diaoyan_documents_ingested_total",
        .counter,
        help: "Documents accepted on the ingest port and committed to the outbox for the first time."
    )
    package static let documentsAcknowledged = MetricDescription(
        "diaoyan_documents_acknowledged_total",
        .counter,
        help: "Documents acknowledged to clients after a durable commit, by status (accepted, duplicate)."
    )
    package static let documentsRejected = MetricDescription(
        "diaoyan_documents_rejected_total",
        .counter,
        help: "Documents refused on the ingest port, by error code."
    )
    package static let documentsLeased = MetricDescription(
        "diaoyan_documents_leased_total",
        .counter,
        help: "Documents handed out to extractors on the dispatch port (a re-lease counts again)."
    )
    package static let documentsConfirmed = MetricDescription(
        "diaoyan_documents_confirmed_total",
        .counter,
        help: "Documents confirmed by extractors after the aggregator committed their records."
    )
    package static let leasesExpired = MetricDescription(
        "diaoyan_leases_expired_total",
        .counter,
        help: "Leases that expired unconfirmed and whose documents were handed out again."
    )
    package static let outboxDepth = MetricDescription(
        "diaoyan_outbox_depth",
        .gauge,
        help: "Documents in the outbox not yet confirmed (pending or leased)."
    )
    package static let outboxBytes = MetricDescription(
        "diaoyan_outbox_bytes",
        .gauge,
        help: "Size of the outbox on disk in bytes: the SQLite file and its write-ahead log."
    )
    package static let outboxDocuments = MetricDescription(
        "diaoyan_outbox_documents",
        .gauge,
        help: "Documents the outbox holds, by state: open (pending or leased) and done (kept for duplicate detection)."
    )
    package static let outboxRetainedBodies = MetricDescription(
        "diaoyan_outbox_retained_bodies",
        .gauge,
        help: "Done documents whose body is still kept, until the retention time (--retain) drops it."
    )
    package static let leasesInFlight = MetricDescription(
        "diaoyan_leases_in_flight",
        .gauge,
        help: "Documents leased to an extractor whose lease has not expired."
    )
    package static let leasesOverdue = MetricDescription(
        "diaoyan_leases_overdue",
        .gauge,
        help: "Documents whose lease expired and that wait to be handed out again."
    )

    // Extractor.
    package static let documentsExtracted = MetricDescription(
        "diaoyan_documents_extracted_total",
        .counter,
        help: "Documents an extractor turned into records, submitted and confirmed."
    )
    package static let extractionDuration = MetricDescription(
        "diaoyan_extraction_duration_seconds",
        .histogram,
        help: "Time to extract the record of one document.",
        buckets: latencyBuckets
    )
    package static let normalizersConnected = MetricDescription(
        "diaoyan_normalizers_connected",
        .gauge,
        help: "Normalizer addresses this extractor holds a pulling session with."
    )

    // Aggregator.
    package static let recordsStored = MetricDescription(
        "diaoyan_records_stored_total",
        .counter,
        help: "Extraction records stored for the first time (a repeat of a stored id is not counted)."
    )
    package static let commitDuration = MetricDescription(
        "diaoyan_aggregator_commit_duration_seconds",
        .histogram,
        help: "Time the aggregator's store takes to commit one submitted batch.",
        buckets: latencyBuckets
    )
    package static let queryDuration = MetricDescription(
        "diaoyan_query_duration_seconds",
        .histogram,
        help: "Time to answer a query, by metric (stats metrics, projects, document).",
        buckets: latencyBuckets
    )

    // Every service.
    package static let tlsReloads = MetricDescription(
        "diaoyan_tls_reloads_total",
        .counter,
        help: "Reloads of the TLS certificate, key and CA on SIGHUP, by result (reloaded, refused)."
    )

    // Every port.
    package static let openConnections = MetricDescription(
        "diaoyan_open_connections",
        .gauge,
        help: "Connections open on a port, handshakes included, by port."
    )
    package static let handshakeFailures = MetricDescription(
        "diaoyan_tls_handshake_failures_total",
        .counter,
        help: "TLS handshakes that failed on a port, by port and reason."
    )
    package static let requestsRejected = MetricDescription(
        "diaoyan_requests_rejected_total",
        .counter,
        help: "Requests and connections answered with an error frame, by port and error code."
    )

    /// Every description, for the backend's lookup and for checks that the catalog and the exports agree.
    package static let all: [MetricDescription] = [
        documentsIngested, documentsAcknowledged, documentsRejected, documentsLeased, documentsConfirmed,
        leasesExpired, outboxDepth, outboxBytes, outboxDocuments, outboxRetainedBodies, leasesInFlight, leasesOverdue,
        documentsExtracted, extractionDuration,
        normalizersConnected, recordsStored, commitDuration, queryDuration, tlsReloads, openConnections,
        handshakeFailures,
        requestsRejected,
    ]

    /// The description named `name`, if the catalog has one.
    package static func description(named name: String) -> MetricDescription? {
        byName[name]
    }

    private static let byName = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })
}
