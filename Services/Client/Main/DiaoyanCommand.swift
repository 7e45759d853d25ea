import ArgumentParser

/// `diaoyan`: the client of the Diaoyan pipeline, and its offline tools.
@main
struct DiaoyanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diaoyan",
        abstract: "Send Chinese regional-industry news through Diaoyan and query what it found.",
        subcommands: [
            SendCommand.self, StatsCommand.self, ProjectsCommand.self, DocumentCommand.self,
            NormalizeCommand.self, ExtractCommand.self, ScoreCommand.self, BenchCommand.self, CertsCommand.self,
            DemoCommand.self, StatusCommand.self, ReportCommand.self, CorpusCommand.self, TagCommand.self,
        ]
    )
}
