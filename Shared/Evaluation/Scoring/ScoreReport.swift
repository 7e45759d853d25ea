import Foundation

/// What ``ExtractionScorer`` found over a set of documents: a tally per field, the headline figure and the miss
/// log `score.py --verbose` prints.
package struct ScoreReport: Sendable {
    /// One line of the miss log, with the field it belongs to (`nil` for a document without a record).
    package struct Note: Hashable, Sendable, CustomStringConvertible {
        package var field: ScoredField?
        package var text: String

        package var description: String { self.text }
    }

    /// How many gold documents were scored.
    package var documents = 0
    /// How many of them had no extraction record (scored as empty predictions).
    package var missingRecords = 0
    /// The counts per field, summed over documents.
    package var fields: [ScoredField: FieldScore] = [:]
    /// The miss log in `score.py`'s order: per document, field by field.
    package var notes: [Note] = []

    package init() {}

    /// The counts of `field` (all zero when no document touched it).
    package subscript(field: ScoredField) -> FieldScore {
        get { self.fields[field, default: FieldScore()] }
        set { self.fields[field] = newValue }
    }

    /// The macro average of the F1 of persons, places, organizations, projects and amounts.
    package var headlineF1: Double {
        ScoredField.headline.reduce(0.0) { $0 + self[$1].f1 } / Double(ScoredField.headline.count)
    }

    /// The miss log lines of one field.
    package func notes(for field: ScoredField) -> [String] {
        self.notes.filter { $0.field == field }.map(\.text)
    }

    mutating func note(_ field: ScoredField?, _ text: String) {
        self.notes.append(Note(field: field, text: text))
    }
}

extension ScoreReport {
    /// The report exactly as `score.py` prints it (with `--verbose`, the miss log and a blank line first).
    package func rendered(verbose: Bool = false) -> String {
        var lines: [String] = []
        if verbose {
            lines += self.notes.map(\.text)
            lines.append("")
        }
        lines.append(
            Self.padded("field", 14) + Self.padded("P", -7) + Self.padded("R", -7) + Self.padded("F1", -7)
                + "   (tp/fp/fn)"
        )
        for field in ScoredField.allCases {
            let score = self[field]
            let figures = [score.precision, score.recall, score.f1].map { String(format: "%7.3f", $0) }.joined()
            lines.append(
                Self.padded(field.rawValue, 14) + figures
                    + "   (\(score.truePositives)/\(score.falsePositives)/\(score.falseNegatives))"
            )
        }
        lines.append("documents \(self.documents), without a record \(self.missingRecords)")
        let headline = ScoredField.headline.map(\.rawValue).joined(separator: ", ")
        lines.append("headline F1 (macro of \(headline)): \(String(format: "%.3f", self.headlineF1))")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Left-justified to `width` columns, or right-justified to `-width`.
    private static func padded(_ text: String, _ width: Int) -> String {
        let fill = String(repeating: " ", count: max(0, abs(width) - text.count))
        return width < 0 ? fill + text : text + fill
    }
}

extension ScoreReport {
    /// The report as `score.py --json` gives it: one object with the documents, those without a record, each
    /// field's precision, recall and F1, and the headline, figures rounded to four places.
    package func json() throws -> String {
        func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
        var fields: [String] = []
        for field in ScoredField.allCases {
            let score = self[field]
            let figures = [("precision", score.precision), ("recall", score.recall), ("f1", score.f1)]
                .map { "\"\($0.0)\": \(rounded($0.1).pythonRepr)" }
            fields.append("\"\(field.rawValue)\": {\(figures.joined(separator: ", "))}")
        }
        return """
            {"documents": \(self.documents), "missing_records": \(self.missingRecords), \
            "fields": {\(fields.joined(separator: ", "))}, "headline_f1": \(rounded(self.headlineF1).pythonRepr)}

            """
    }
}
