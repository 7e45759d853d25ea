import DiaoyanCorpus
import DiaoyanExtraction
import DiaoyanModels
import DiaoyanNormalization
import Foundation
import Testing

/// The byte-level JSON the extractor submits and the aggregator stores (``JSONByteWriter``, ``JSONByteReader``)
/// against Foundation's coders on records the extractor makes of generated articles: every script, encoding and
/// artifact the corpus dresses its articles in.
@Suite(.serialized) struct RecordJSONBytesTests {
    /// Runs `work` on a new thread (CPU-bound work off the cooperative pool, as ``CorpusGeneratorTests`` does).
    private func onOwnThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread { continuation.resume(with: Result { try work() }) }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    @Test func extractedRecordsReadTheSameWhicheverCoderWroteThem() async throws {
        let (checked, mismatches) = try await self.onOwnThread { () throws -> (Int, [String]) in
            let generator = try CorpusGenerator(seed: 4)
            let normalizer = try DocumentNormalizer()
            let extractor = try RecordExtractor()
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.withoutEscapingSlashes]
            var records: [ExtractionRecord] = []
            var contexts: [String: RecordContext] = [:]
            var mismatches: [String] = []
            for index in 0..<400 {
                let article = generator.article(index)
                let document = try normalizer.normalize(bytes: article.bytes, charset: nil, source: article.name)
                let record = extractor.extract(document)
                records.append(record)
                contexts[record.id] = RecordContext(record: record, document: document)
                let ours = try record.jsonBytes()
                let theirs = Array(try encoder.encode(record))
                if try JSONDecoder().decode(ExtractionRecord.self, from: Data(ours)) != record
                    || (try ExtractionRecord(jsonBytes: theirs)) != record
                    || (try ExtractionRecord(jsonBytes: ours)) != record
                {
                    mismatches.append(article.name)
                }
            }
            for start in stride(from: 0, to: records.count, by: 50) {
                let batch = Array(records[start..<(start + 50)])
                let request = SubmitRequest(
                    records: batch,
                    contexts: contexts.filter { id, _ in batch.contains { $0.id == id } }
                )
                let ours = try request.jsonBytes()
                if try JSONDecoder().decode(SubmitRequest.self, from: Data(ours)) != request
                    || (try SubmitRequest(jsonBytes: Array(try encoder.encode(request)))) != request
                {
                    mismatches.append("submit at \(start)")
                }
            }
            return (records.count, mismatches)
        }
        #expect(checked == 400)
        #expect(mismatches.isEmpty)
    }
}
