import DiaoyanEvaluation
import DiaoyanExtraction
import DiaoyanModels
import DiaoyanNormalization
import Foundation
import TestSupport
import Testing

/// The records `diaoyan extract --json` writes follow `Shared/Models/ExtractionRecord.schema.json`, the record's
/// documentation for users; and the schema is strict enough to catch a record of the wrong shape.
@Suite struct RecordSchemaTests {
    static let schemaFile = RepositoryPaths.root.appendingPathComponent("Shared/Models/ExtractionRecord.schema.json")

    /// The folders of test articles, relative to the repository root.
    static let articleFolders = [
        "seeds", "Tests/DiaoyanExtractionTests/Articles", "Tests/DiaoyanExtractionTests/HeldOut",
        "Tests/DiaoyanExtractionTests/HeldOut2", "Tests/DiaoyanExtractionTests/HeldOut3",
        "Tests/DiaoyanExtractionTests/HeldOut4",
    ]

    /// Every `.txt` of the article folders, as a path relative to the repository root.
    static func articles() throws -> [String] {
        try Self.articleFolders.flatMap { folder in
            try FileManager.default.contentsOfDirectory(
                atPath: RepositoryPaths.root.appendingPathComponent(folder).path
            )
            .filter { $0.hasSuffix(".txt") }
            .sorted()
            .map { "\(folder)/\($0)" }
        }
    }

    /// The record as `diaoyan extract --json` prints it, read back as JSON.
    static func json(_ record: ExtractionRecord) throws -> JSONValue {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try JSONValue(encoding: record, with: encoder)
    }

    let schema: JSONSchema

    init() throws {
        self.schema = try JSONSchema(contentsOf: Self.schemaFile)
    }

    @Test(arguments: try RecordSchemaTests.articles())
    func theRecordOfEveryTestArticleFollowsTheSchema(_ article: String) throws {
        let file = RepositoryPaths.root.appendingPathComponent(article)
        let document = try DocumentNormalizer().normalize(
            bytes: Array(try Data(contentsOf: file)),
            charset: nil,
            source: file.lastPathComponent
        )
        let record = try RecordExtractor().extract(document)
        let violations = self.schema.validate(try Self.json(record))
        #expect(violations.isEmpty, "\(article): \(violations.map(\.description).joined(separator: "; "))")
    }

    @Test func everyArticleFolderHoldsArticles() throws {
        let articles = try Self.articles()
        for folder in Self.articleFolders {
            #expect(articles.contains { $0.hasPrefix(folder + "/") }, "no article in \(folder)")
        }
    }

    @Test func aRecordWithEveryOptionalKeyFilledFollowsTheSchema() throws {
        #expect(self.schema.validate(try Self.json(HandMadeRecord.filled)) == [])
    }

    @Test func aRecordWithEveryNullableKeyNullFollowsTheSchema() throws {
        let json = try Self.json(HandMadeRecord.empty)
        #expect(json["title"] == .null && json["projects"]?[0]?["place"] == .null)
        #expect(self.schema.validate(json) == [])
    }

    @Test func rejectsAProjectPlaceWrittenAsABareString() throws {
        var json = try Self.json(HandMadeRecord.filled)
        json["projects"]?[0]?["place"] = .string("黑龙江省/哈尔滨市/阿城区")
        #expect(
            self.schema.validate(json) == [
                .init(pointer: "/projects/0/place", message: #""黑龙江省/哈尔滨市/阿城区" is not of type object or null"#)
            ]
        )
    }

    @Test func rejectsAStageOutsideTheVocabulary() throws {
        var json = try Self.json(HandMadeRecord.filled)
        json["projects"]?[0]?["stage"] = .string("halted")
        let stages = Stage.allCases.map(\.rawValue).joined(separator: ", ")
        #expect(
            self.schema.validate(json) == [
                .init(pointer: "/projects/0/stage", message: #""halted" is not one of "# + stages)
            ]
        )
    }

    @Test func rejectsALevelOutsideTheVocabulary() throws {
        var json = try Self.json(HandMadeRecord.filled)
        json["projects"]?[0]?["place"]?["level"] = .string("town")
        #expect(
            self.schema.validate(json).map(\.description) == [
                #"/projects/0/place/level: "town" is not one of province, city, county"#
            ]
        )
    }

    @Test func rejectsARecordWithoutASchemaVersion() throws {
        var json = try Self.json(HandMadeRecord.filled)
        json["schema"] = nil
        #expect(self.schema.validate(json) == [.init(pointer: .root, message: #"missing required key "schema""#)])
    }

    @Test func rejectsARecordOfAnotherSchemaVersion() throws {
        var json = try Self.json(HandMadeRecord.filled)
        json["schema"] = .number(3)
        #expect(self.schema.validate(json) == [.init(pointer: "/schema", message: "3 is not 2")])
    }

    @Test func rejectsAKeyTheSchemaDoesNotList() throws {
        var json = try Self.json(HandMadeRecord.filled)
        json["confidence"] = .number(0.9)
        json["places"]?[0]?["province"] = .string("黑龙江省")
        #expect(
            self.schema.validate(json) == [
                .init(pointer: "/confidence", message: #"unexpected key "confidence""#),
                .init(pointer: "/places/0/province", message: #"unexpected key "province""#),
            ]
        )
    }

    @Test func rejectsAParkWrittenAsNull() throws {
        var json = try Self.json(HandMadeRecord.filled)
        json["events"]?[0]?["places"]?[0]?["park"] = .null
        #expect(
            self.schema.validate(json) == [
                .init(pointer: "/events/0/places/0/park", message: "null is not of type string")
            ]
        )
    }

    @Test func theSchemaListsEveryValueOfEachVocabulary() throws {
        let definitions = try #require(self.schema.document["$defs"])
        let values = { (pointer: JSONPointer) in pointer.value(in: definitions)?.strings ?? [] }
        #expect(values("/industry/enum") == Industry.allCases.map(\.rawValue))
        #expect(values("/project/properties/stage/enum") == Stage.allCases.map(\.rawValue))
        #expect(values("/event/properties/type/enum") == EventType.allCases.map(\.rawValue))
        #expect(values("/person/properties/role/enum") == PersonRole.allCases.map(\.rawValue))
        #expect(values("/place/properties/level/enum") == Place.Level.allCases.map(\.rawValue))
        #expect(
            values("/projectPlace/properties/from/enum")
                == ExtractionRecord.ProjectPlace.Source.allCases.map(\.rawValue)
        )
        #expect(self.schema.document["properties"]?["script"]?["enum"]?.strings == Script.allCases.map(\.rawValue))
    }
}
