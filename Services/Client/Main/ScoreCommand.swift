import ArgumentParser
import DiaoyanEvaluation
import Foundation

/// `diaoyan score`: extraction records against hand-made gold, by the rules of `../shared/eval/score.py`.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score extraction records (JSON Lines, as `extract --json` prints) against a folder of gold files.",
        discussion: """
            The gold folder holds NAME.gold.json for each document NAME.txt; a record is matched by the base name of \
            its "source". Headline = macro F1 of persons, places, organizations, projects and amounts; every field \
            is reported. A document with gold and no record counts as an empty prediction.
            """
    )

    @Argument(help: "The folder of NAME.gold.json files.")
    var gold: String

    @Argument(help: "The records, one JSON object per line; - reads standard input.")
    var records: String

    @Flag(help: "List every miss before the table.")
    var verbose = false

    @Flag(help: "Print one JSON object: documents, missing_records, fields (precision, recall, f1), headline_f1.")
    var json = false

    func run() throws {
        let lines: String
        if self.records == "-" {
            lines = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        } else {
            lines = try String(contentsOf: URL(fileURLWithPath: self.records), encoding: .utf8)
        }
        let report = try ExtractionScorer().score(goldDirectory: URL(fileURLWithPath: self.gold), predictions: lines)
        print(self.json ? try report.json() : report.rendered(verbose: self.verbose), terminator: "")
    }
}
