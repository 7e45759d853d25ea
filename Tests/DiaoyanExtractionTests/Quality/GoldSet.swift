import Foundation
import TestSupport
import Testing

/// A folder of documents with their gold annotations, scored in `swift test` by ``ExtractionQualityTests``.
enum GoldSet: String, CaseIterable, Sendable, CustomTestStringConvertible {
    /// The five seed documents (`seeds/`), their gold in `SeedGold/` (not in `seeds/`, whose every file the
    /// demo and `diaoyan send seeds/` take as a document).
    case seeds
    /// The thirty development articles.
    case articles = "Articles"
    /// The held-out sets, written after the rules they test and not tuned against.
    case heldOut = "HeldOut"
    case heldOut2 = "HeldOut2"
    case heldOut3 = "HeldOut3"
    case heldOut4 = "HeldOut4"

    var testDescription: String { self.rawValue }

    /// The folder of `NAME.txt` documents.
    var documents: URL {
        switch self {
        case .seeds: RepositoryPaths.seeds
        default: Self.testFolder.appendingPathComponent(self.rawValue)
        }
    }

    /// The folder of `NAME.gold.json` annotations.
    var gold: URL {
        switch self {
        case .seeds: Self.testFolder.appendingPathComponent("SeedGold")
        default: self.documents
        }
    }

    /// `Tests/DiaoyanExtractionTests`, which holds the article sets.
    private static let testFolder = RepositoryPaths.root.appendingPathComponent("Tests/DiaoyanExtractionTests")

    /// The documents, sorted by name.
    func documentFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: self.documents, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}
