import ArgumentParser
import ClientCore
import DiaoyanModels
import Foundation

/// `diaoyan demo`: the whole pipeline on the seeds, in one command.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Start the three services locally, send documents through them, print what they found.",
        discussion: "The services are the diaoyan-* executables next to this one; build them all first."
    )

    @Flag(help: "Print one JSON object instead of tables.")
    var json = false

    @Option(help: "State folder for certificates, data and logs (default: a fresh temporary folder).")
    var state: String?

    @Flag(help: "Keep the state folder afterwards.")
    var keep = false

    @Option(help: "Also write the HTML report of the demo's documents to this file (see `diaoyan report`).")
    var report: String?

    @Argument(help: "Folder (or file) of documents to send.")
    var input: String = "seeds"

    func run() async throws {
        let fresh = self.state == nil
        let state =
            self.state.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent(
                "diaoyan-demo-\(ProcessInfo.processInfo.processIdentifier)-\(Int(Date().timeIntervalSince1970))"
            )
        let binaries = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        let quiet = self.json
        let runner = DemoRunner(input: self.input, state: state, binaries: binaries)
        defer {
            if fresh && !self.keep {
                try? FileManager.default.removeItem(at: state)
            }
        }
        let reportFile = self.report.map { ReportFile(path: URL(fileURLWithPath: $0)) }
        let report = try await runner.run(
            logger: commandLogger("diaoyan.demo"),
            say: { line in if !quiet { print(line) } },
            whileRunning: { client in
                guard let reportFile else { return }
                try await reportFile.write(from: client)
                if !quiet { print("report: \(reportFile.path.path)") }
            }
        )
        if self.json {
            print(try jsonLine(report))
            return
        }
        print("")
        print("documents: \(report.documents)    projects: \(report.projects)")
        for result in report.stats {
            let title = "\(result.metric.rawValue) by \(result.by?.rawValue ?? "-")"
            print("")
            print(title)
            let (renderer, rows) = StatsPresentation.renderer(for: result, labels: DisplayLabels(.zh))
            print(renderer.table(rows), terminator: "")
        }
    }
}
