import DiaoyanModels
import DiaoyanNormalization
import Foundation
import NormalizerService
import TestSupport
import Testing

@Suite struct OutboxBodyWriterTests {
    /// Every seed, normalized, is read back by `JSONDecoder` to an equal document.
    @Test func seedsRoundTripThroughJSONDecoder() throws {
        let normalizer = try DocumentNormalizer()
        let files = try RepositoryPaths.seedFiles()
        #expect(!files.isEmpty)
        for file in files {
            let document = try normalizer.normalize(
                bytes: Array(try Data(contentsOf: file)),
                charset: nil,
                source: file.lastPathComponent
            )
            let decoded = try JSONDecoder().decode(
                NormalizedDocument.self,
                from: Data(OutboxBodyWriter.encode(document))
            )
            #expect(decoded == document, "\(file.lastPathComponent)")
        }
    }

    /// Quotes, backslashes, control characters, nulls and negative numbers survive.
    @Test func escapesWhatJSONNeedsEscaped() throws {
        let text = "引号\"反斜杠\\换行\n回车\r制表\t响铃\u{07}零\u{0}结尾"
        var document = NormalizedDocument(id: "x\"y", source: "a\\b.txt", text: text)
        document.title = nil
        document.published = "2021-04-26"
        document.repairs = [.init(kind: "pinyin", from: "項(xiàng)", to: "項", at: -1)]
        document.removed = [.init(kind: "footer", text: "版权所有\u{1F}")]
        document.paragraphs = [Mention(0, 3)]
        let decoded = try JSONDecoder().decode(NormalizedDocument.self, from: Data(OutboxBodyWriter.encode(document)))
        #expect(decoded == document)
    }
}
