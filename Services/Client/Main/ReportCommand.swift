import ArgumentParser
import ClientCore
import DiaoyanWire
import Foundation

/// `diaoyan report`: one self-contained HTML file of what the aggregator holds, for a browser or paper.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract:
            "Write an HTML report (map, months, industries, investment, officials, lifecycles) of the aggregator's data.",
        discussion: "The file needs no server and loads nothing from the network: styles and charts are inline."
    )

    @Option(help: "The aggregator's query port, HOST:PORT.")
    var from: Endpoint

    @OptionGroup var tls: ClientTLSOptions

    @Option(help: "The HTML file to write.")
    var out: String

    @OptionGroup var filters: FilterOptions

    func run() async throws {
        let file = ReportFile(path: URL(fileURLWithPath: self.out), filter: self.filters.filter)
        let data = try await QueryClient.withConnection(
            to: self.from,
            identity: try self.tls.identity(),
            logger: commandLogger("diaoyan.report")
        ) { client in
            try await file.write(from: client)
        }
        print(
            "wrote \(self.out): \(Int(data.documents)) documents, \(Int(data.projectCount)) projects, \(Int(data.events)) events"
        )
    }
}
