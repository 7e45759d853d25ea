import ArgumentParser
import ClientCore
import DiaoyanModels
import DiaoyanNormalization
import DiaoyanTagging
import DiaoyanText
import Foundation

/// `diaoyan tag`: what the learned tagger the extractor consults reads in a text.
struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Normalize files and print each line cut into words with LAC's labels (word/label).",
        discussion: """
            Labels: PER person, LOC place, ORG organization, TIME, and parts of speech (n noun, v verb, nz proper \
            noun, …). The extractor runs this tagger only on sentences its rules are unsure of; this command runs \
            it on every line.
            """
    )

    @Flag(help: "Print only the persons, places, organizations and times found, one per line.")
    var entities = false

    @Argument(help: "Files or folders.")
    var paths: [String]

    func run() throws {
        let normalizer = try DocumentNormalizer()
        let tagger = try LexicalTagger.shared()
        let entities = self.entities
        let failed = try forEachInOrder(try DocumentFiles.expand(self.paths), jobs: 1) { file in
            let document = try normalizeFile(file, with: normalizer)
            var lines = ["== \(document.source)"]
            for line in document.text.split(separator: "\n") {
                let scalars = Array(line.unicodeScalars)
                let words = tagger.words(scalars[...])
                let text = { (word: LexicalTagger.Word) in String(String.UnicodeScalarView(scalars[word.range])) }
                if entities {
                    lines += words.filter { Self.entityLabels.contains($0.label) }.map { "\($0.label)\t\(text($0))" }
                } else {
                    lines.append(words.map { "\(text($0))/\($0.label)" }.joined(separator: " "))
                }
            }
            return lines.joined(separator: "\n")
        }
        if failed { throw ExitCode(2) }
    }

    private static let entityLabels: Set<String> = ["PER", "LOC", "ORG", "TIME"]
}
