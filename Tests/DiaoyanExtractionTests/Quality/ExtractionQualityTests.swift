import DiaoyanEvaluation
import DiaoyanExtraction
import DiaoyanModels
import DiaoyanNormalization
import Foundation
import TestSupport
import Testing

/// Extraction quality as `swift test` enforces it: every gold set is normalized, extracted and scored by the rules
/// of `score.py` (``ExtractionScorer``), and no field's F1 may fall below its floor.
@Suite struct ExtractionQualityTests {
    /// The lowest F1 each field (and the headline) may reach on one set.
    struct Floors {
        var headline: Double
        var fields: [ScoredField: Double]
    }

    /// Each F1 as measured, less 0.02, rounded down to two places (so 0.02–0.03 under it): a regression fails, a
    /// wobble of one item in a large field does not. Measured on 2026-12-05 with the extraction rules of 351c6f1:
    ///
    /// | set      | headline | pers  | titl  | role  | plac  | orgs  | proj  | stag  | qty   | amnt  | evnt  | inds  | pub   |
    /// |----------|----------|-------|-------|-------|-------|-------|-------|-------|-------|-------|-------|-------|-------|
    /// | seeds    | 0.970    | 1.000 | 0.977 | 1.000 | 1.000 | 0.848 | 1.000 | 0.938 | 1.000 | 1.000 | 0.833 | 0.909 | 1.000 |
    /// | Articles | 0.994    | 1.000 | 0.997 | 0.992 | 0.983 | 0.986 | 1.000 | 0.974 | 1.000 | 1.000 | 0.979 | 0.976 | 1.000 |
    /// | HeldOut  | 0.990    | 1.000 | 1.000 | 1.000 | 0.990 | 1.000 | 0.960 | 0.944 | 0.880 | 1.000 | 0.985 | 0.702 | 1.000 |
    /// | HeldOut2 | 0.973    | 1.000 | 1.000 | 1.000 | 0.950 | 0.933 | 0.984 | 0.871 | 0.933 | 1.000 | 0.929 | 0.755 | 1.000 |
    /// | HeldOut3 | 0.972    | 1.000 | 1.000 | 0.984 | 0.944 | 0.960 | 0.955 | 0.929 | 0.929 | 1.000 | 0.966 | 0.840 | 1.000 |
    /// | HeldOut4 | 0.975    | 1.000 | 1.000 | 1.000 | 0.941 | 0.968 | 0.964 | 0.950 | 0.966 | 1.000 | 0.913 | 0.899 | 1.000 |
    ///
    /// Raise a set's floors when the rules improve; lower one only with the reason in the commit.
    ///
    /// Lowered: organizations of the seeds (0.82 → 0.77) and of HeldOut4 (0.94 → 0.93) when companies named by a
    /// short form opening a project (`中化8GW锂电池`, `鲁丰年产5万吨…项目`) began to count, as the real-article guide
    /// has it; those gold records, written earlier, list such a short form only once (蓝谷食品). Persons of the seeds
    /// (0.98 → 0.97) when a name cited as a doctrine's source (`学习贯彻习近平总书记…精神`) stopped counting as a
    /// person, as the gold of all 23 real pages citing 习近平 has it; the seeds' gold, older, counts him.
    static let floors: [GoldSet: Floors] = [
        .seeds: Floors(
            headline: 0.94,
            fields: [
                .persons: 0.97, .titles: 0.95, .roles: 0.98, .places: 0.98, .organizations: 0.77, .projects: 0.98,
                .stages: 0.91, .quantities: 0.98, .amounts: 0.98, .events: 0.81, .industries: 0.88, .published: 0.98,
            ]
        ),
        .articles: Floors(
            headline: 0.97,
            fields: [
                .persons: 0.98, .titles: 0.97, .roles: 0.97, .places: 0.96, .organizations: 0.96, .projects: 0.98,
                .stages: 0.95, .quantities: 0.98, .amounts: 0.98, .events: 0.95, .industries: 0.95, .published: 0.98,
            ]
        ),
        .heldOut: Floors(
            headline: 0.97,
            fields: [
                .persons: 0.98, .titles: 0.98, .roles: 0.98, .places: 0.97, .organizations: 0.98, .projects: 0.94,
                .stages: 0.92, .quantities: 0.86, .amounts: 0.98, .events: 0.96, .industries: 0.68, .published: 0.98,
            ]
        ),
        .heldOut2: Floors(
            headline: 0.95,
            fields: [
                .persons: 0.98, .titles: 0.98, .roles: 0.98, .places: 0.93, .organizations: 0.91, .projects: 0.96,
                .stages: 0.85, .quantities: 0.91, .amounts: 0.98, .events: 0.90, .industries: 0.73, .published: 0.98,
            ]
        ),
        .heldOut3: Floors(
            headline: 0.95,
            fields: [
                .persons: 0.98, .titles: 0.98, .roles: 0.96, .places: 0.92, .organizations: 0.94, .projects: 0.93,
                .stages: 0.90, .quantities: 0.90, .amounts: 0.98, .events: 0.94, .industries: 0.82, .published: 0.98,
            ]
        ),
        .heldOut4: Floors(
            headline: 0.95,
            fields: [
                .persons: 0.98, .titles: 0.98, .roles: 0.98, .places: 0.92, .organizations: 0.93, .projects: 0.94,
                .stages: 0.93, .quantities: 0.94, .amounts: 0.98, .events: 0.89, .industries: 0.87, .published: 0.98,
            ]
        ),
    ]

    @Test(arguments: GoldSet.allCases)
    func scoresAtLeastItsFloors(_ set: GoldSet) throws {
        let report = try Self.score(set)
        let floors = try #require(Self.floors[set], "no floors for \(set)")
        #expect(report.missingRecords == 0, "\(set): documents without a record")
        for field in ScoredField.allCases {
            let floor = try #require(floors.fields[field], "no floor for \(set) \(field)")
            let score = report[field]
            let label = "\(field) (tp/fp/fn \(score.truePositives)/\(score.falsePositives)/\(score.falseNegatives))"
            #expect(score.f1 >= floor, "\(Self.shortfall(set, label, score.f1, floor, report.notes(for: field)))")
        }
        let headline = report.headlineF1
        #expect(
            headline >= floors.headline,
            "\(Self.shortfall(set, "headline", headline, floors.headline, report.notes.map(\.text)))"
        )
    }

    /// Normalizes and extracts every document of `set` as `diaoyan extract --json` does and scores the records.
    static func score(_ set: GoldSet) throws -> ScoreReport {
        let normalizer = try DocumentNormalizer()
        let extractor = try RecordExtractor()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var records: [String: JSONValue] = [:]
        for file in try set.documentFiles() {
            let bytes = Array(try Data(contentsOf: file))
            let document = try normalizer.normalize(bytes: bytes, charset: nil, source: file.lastPathComponent)
            let record = extractor.extract(document)
            records[ExtractionScorer.documentName(source: record.source)] = try JSONValue(
                parsing: try encoder.encode(record)
            )
        }
        return ExtractionScorer().score(gold: try ExtractionScorer.gold(in: set.gold), records: records)
    }

    private static func shortfall(
        _ set: GoldSet,
        _ field: String,
        _ figure: Double,
        _ floor: Double,
        _ misses: [String]
    ) -> String {
        let figures = "\(set.rawValue): \(field) F1 \(String(format: "%.3f", figure)) is below its floor \(floor)"
        guard !misses.isEmpty else { return figures + " (this field logs no misses)" }
        return figures + "; first misses:\n" + misses.prefix(8).joined(separator: "\n")
    }
}
