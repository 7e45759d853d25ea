import Foundation

/// Scores extraction records against gold annotations by the rules of `shared/eval/score.py`, figure for figure.
///
/// Gold files are `NAME.gold.json` for the document `NAME.txt`; a record is matched to its gold by the base name
/// of its `source` without the extension. A document with gold but no record counts as an empty prediction, so
/// missing output costs recall. See ``ScoredField`` for how each field matches; all counts are summed over
/// documents (micro average) and the headline is the macro average F1 of ``ScoredField/headline``.
package struct ExtractionScorer: Sendable {
    /// Why a gold folder or a prediction file could not be read.
    package enum Error: Swift.Error, Hashable, CustomStringConvertible {
        /// The folder holds no `.gold.json` file.
        case noGold(directory: String)
        /// A gold file is not JSON.
        case goldNotJSON(file: String)
        /// A line of the predictions (counted from 1) is not a JSON object.
        case predictionNotJSON(line: Int)

        package var description: String {
            switch self {
            case .noGold(let directory): "no .gold.json files in \(directory)"
            case .goldNotJSON(let file): "\(file) is not JSON"
            case .predictionNotJSON(let line): "line \(line) of the predictions is not a JSON object"
            }
        }
    }

    /// One gold annotation and the name of the document it describes.
    package struct Gold: Sendable {
        /// The document's name: its file name without `.txt`, the gold file's without `.gold.json`.
        package var name: String
        package var annotation: JSONValue

        package init(name: String, annotation: JSONValue) {
            self.name = name
            self.annotation = annotation
        }
    }

    package static let goldSuffix = ".gold.json"

    package init() {}

    /// `score.py GOLD_DIR PRED.jsonl`.
    /// - Parameters:
    ///   - goldDirectory: the folder of `NAME.gold.json` files.
    ///   - predictions: the JSON Lines `diaoyan extract --json` prints.
    /// - Throws: ``Error`` when the gold folder is empty or a file or line is not JSON.
    package func score(goldDirectory: URL, predictions: String) throws -> ScoreReport {
        self.score(gold: try Self.gold(in: goldDirectory), records: try Self.records(jsonLines: predictions))
    }

    /// Scores every gold document against the record of the same name (a missing one as empty), in order.
    package func score(gold: [Gold], records: [String: JSONValue]) -> ScoreReport {
        var report = ScoreReport()
        for document in gold {
            report.documents += 1
            let predicted = records[document.name]
            if predicted == nil {
                report.missingRecords += 1
                report.note(nil, "\(document.name) has no extraction record")
            }
            DocumentComparison(name: document.name, gold: document.annotation, predicted: predicted ?? .object([:]))
                .record(into: &report)
        }
        return report
    }

    /// The `.gold.json` files of `directory`, sorted by file name (code point order, as Python sorts).
    /// - Throws: ``Error/noGold(directory:)``, ``Error/goldNotJSON(file:)``, or the file system's error.
    package static func gold(in directory: URL) throws -> [Gold] {
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(Self.goldSuffix) }
            .sorted { ExactString($0) < ExactString($1) }
        guard !files.isEmpty else { throw Error.noGold(directory: directory.path) }
        return try files.map { file in
            let data = try Data(contentsOf: directory.appendingPathComponent(file))
            guard let annotation = try? JSONValue(parsing: data) else { throw Error.goldNotJSON(file: file) }
            return Gold(name: String(file.dropLast(Self.goldSuffix.count)), annotation: annotation)
        }
    }

    /// The records of a JSON Lines text keyed by ``documentName(source:)``; blank lines are skipped and a later
    /// record of the same name replaces an earlier one.
    /// - Throws: ``Error/predictionNotJSON(line:)``.
    package static func records(jsonLines: String) throws -> [String: JSONValue] {
        var records: [String: JSONValue] = [:]
        let lines = jsonLines.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        for (offset, line) in lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { continue }
            guard let record = try? JSONValue(parsing: Data(trimmed.utf8)), record.isObject else {
                throw Error.predictionNotJSON(line: offset + 1)
            }
            records[Self.documentName(source: record["source"]?.pythonText ?? "")] = record
        }
        return records
    }

    /// Python's `os.path.splitext(os.path.basename(source))[0]`: `data/001_x.txt` gives `001_x`; leading dots
    /// start no extension (`.profile` stays whole).
    package static func documentName(source: String) -> String {
        let base = source.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? source
        let body = base.drop { $0 == "." }
        guard let dot = body.lastIndex(of: ".") else { return base }
        return String(base[..<dot])
    }
}
