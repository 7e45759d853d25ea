import ArgumentParser
import ClientCore
import DiaoyanModels
import DiaoyanWire

/// `diaoyan stats`: a statistic from the aggregator.
struct StatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Ask the aggregator for a statistic, optionally grouped and filtered."
    )

    @Option(help: "The aggregator's query port, HOST:PORT.")
    var from: Endpoint

    @OptionGroup var tls: ClientTLSOptions

    @Option(help: "What to count or sum (\(StatsMetric.allCases.map(\.rawValue).joined(separator: ", "))).")
    var metric: StatsMetric = .documents

    @Option(help: "What to group by (\(StatsDimension.allCases.map(\.rawValue).joined(separator: ", "))).")
    var by: StatsDimension?

    @Option(help: "Row order (\(StatsOrder.allCases.map(\.rawValue).joined(separator: ", "))); default value_desc.")
    var order: StatsOrder?

    @Option(help: "Most rows printed (the total still counts every row).")
    var limit: Int?

    @Option(help: "The N largest rows: --order value_desc --limit N.")
    var top: Int?

    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if self.top != nil, self.limit != nil || self.order != nil {
            throw ValidationError("--top N is --order value_desc --limit N: give it alone")
        }
        if let limit = self.top ?? self.limit, limit < 1 { throw ValidationError("--limit and --top must be at least 1") }
    }

    func run() async throws {
        let request = StatsRequest(
            metric: self.metric,
            by: self.by,
            filter: self.filters.filter,
            limit: self.top ?? self.limit,
            order: self.top != nil ? .valueDescending : self.order
        )
        let result = try await QueryClient.withConnection(
            to: self.from,
            identity: try self.tls.identity(),
            logger: commandLogger("diaoyan.stats")
        ) { client in
            try await client.stats(request)
        }
        try self.output.print(result, presented: { StatsPresentation.renderer(for: result, labels: $0) })
    }
}

/// `diaoyan projects`: projects with their lifecycle.
struct ProjectsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "projects",
        abstract: "List projects with the stages articles reported for them."
    )

    @Option(help: "The aggregator's query port, HOST:PORT.")
    var from: Endpoint

    @OptionGroup var tls: ClientTLSOptions

    @Option(help: "Most projects listed.")
    var limit: Int = 100

    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let request = ProjectsRequest(filter: self.filters.filter, limit: self.limit)
        let result = try await QueryClient.withConnection(
            to: self.from,
            identity: try self.tls.identity(),
            logger: commandLogger("diaoyan.projects")
        ) { client in
            try await client.projects(request)
        }
        try self.output.print(result, presented: { StatsPresentation.renderer(for: result, labels: $0) })
    }
}

/// `diaoyan document`: one stored extraction record.
struct DocumentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "document",
        abstract: "Print the extraction record the aggregator holds for a document id."
    )

    @Option(help: "The aggregator's query port, HOST:PORT.")
    var from: Endpoint

    @OptionGroup var tls: ClientTLSOptions

    @Argument(help: "The document id (SHA-256 of the normalized text, or the id given at ingest).")
    var id: String

    func run() async throws {
        let record = try await QueryClient.withConnection(
            to: self.from,
            identity: try self.tls.identity(),
            logger: commandLogger("diaoyan.document")
        ) { client in
            try await client.document(DocumentRequest(id: self.id))
        }
        print(try jsonPretty(record))
    }
}
