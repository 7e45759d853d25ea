import DiaoyanExtraction
import DiaoyanModels
import DiaoyanNormalization
import DiaoyanText
import Foundation
import TestSupport
import Testing

/// What the extractor reads off the text for the aggregator beyond the record (``RecordContext``): the body's
/// signature without the headline, and which project each amount belongs to.
@Suite struct RecordContextReadingTests {
    private static func read(_ name: String) throws -> (ExtractionRecord, RecordContext) {
        let file = RepositoryPaths.root.appendingPathComponent("Tests/EndToEndTests/Articles/\(name).txt")
        let document = try DocumentNormalizer().normalize(
            bytes: Array(try Data(contentsOf: file)),
            charset: nil,
            source: file.lastPathComponent
        )
        let record = try RecordExtractor().extract(document)
        return (record, RecordContext(record: record, document: document))
    }

    @Test func anAmountBelongsToTheProjectItsSentenceOrItsAntecedentNames() throws {
        let (record, context) = try Self.read("signing")
        #expect(record.amounts.map(\.text) == ["35亿元", "80亿元", "260亿元"])
        // `该项目…总投资35亿元`: the project named two sentences before; `年产值80亿元` is output, not investment;
        // the park's 260亿元 this year belongs to no project.
        #expect(context.amountProjects[0] == 0)
        #expect(context.revenue == [1])
        #expect(context.amountProjects[2] == nil)
    }

    @Test func theSignatureLeavesTheHeadlineOut() throws {
        let (_, signing) = try Self.read("signing")
        let (_, reprint) = try Self.read("signing-reprint")
        let (_, groundbreaking) = try Self.read("groundbreaking")
        let signature = { (context: RecordContext) in
            try #require(context.signature.flatMap(MinHashSignature.init(values:)))
        }
        #expect(try signature(signing).similarity(to: try signature(reprint)) > 0.65)
        #expect(try signature(signing).similarity(to: try signature(groundbreaking)) < 0.15)
    }
}
