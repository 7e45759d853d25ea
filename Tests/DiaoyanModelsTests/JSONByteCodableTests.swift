import DiaoyanModels
import Foundation
import Testing

@Suite struct JSONByteCodableTests {
    private static func encoded(_ value: some Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    @Test func writesRecordsThatJSONDecoderReadsAsJSONEncoderWroteThem() throws {
        var random = RandomRecords(seed: 11)
        for _ in 0..<2000 {
            let record = random.record()
            let bytes = try record.jsonBytes()
            let decoded = try JSONDecoder().decode(ExtractionRecord.self, from: Data(bytes))
            let viaFoundation = try JSONDecoder().decode(ExtractionRecord.self, from: Data(try Self.encoded(record)))
            #expect(decoded == viaFoundation)
            #expect(decoded == record)
            // The same keys as JSONEncoder's, with the same values.
            let ours = try JSONSerialization.jsonObject(with: Data(bytes)) as? NSDictionary
            let theirs = try JSONSerialization.jsonObject(with: Data(try Self.encoded(record))) as? NSDictionary
            #expect(ours == theirs)
        }
    }

    @Test func readsRecordsAsJSONDecoderDoes() throws {
        var random = RandomRecords(seed: 12)
        for _ in 0..<2000 {
            let record = random.record()
            let foundation = try Self.encoded(record)
            #expect(try ExtractionRecord(jsonBytes: foundation) == record)
            #expect(try ExtractionRecord(jsonBytes: try record.jsonBytes()) == record)
        }
    }

    @Test func writesAndReadsSubmitsWithTheirContexts() throws {
        var random = RandomRecords(seed: 13)
        for round in 0..<200 {
            let records = (0..<(round % 7)).map { _ in random.record() }
            var contexts: [String: RecordContext]? = Dictionary(
                records.map { ($0.id, random.context()) },
                uniquingKeysWith: { first, _ in first }
            )
            if round % 5 == 0 { contexts?[random.string() + "-elsewhere"] = random.context() }
            if round % 11 == 0 { contexts = nil }
            let request = SubmitRequest(records: records, contexts: contexts)
            let ours = try request.jsonBytes()
            #expect(try JSONDecoder().decode(SubmitRequest.self, from: Data(ours)) == request)
            #expect(try SubmitRequest(jsonBytes: ours) == request)
            #expect(try SubmitRequest(jsonBytes: try Self.encoded(request)) == request)
        }
    }

    @Test func writesAndReadsLeasesOfDocuments() throws {
        var random = RandomRecords(seed: 15)
        for round in 0..<300 {
            let document = random.document(withSourceMap: round % 3 == 0)
            let ours = try document.jsonBytes()
            #expect(try JSONDecoder().decode(NormalizedDocument.self, from: Data(ours)) == document)
            #expect(try NormalizedDocument(jsonBytes: ours) == document)
            #expect(try NormalizedDocument(jsonBytes: try Self.encoded(document)) == document)
        }
        // A source map that fails SourceMap's check (a gap, an empty segment, a segment of two numbers) is left to
        // JSONDecoder, which refuses it.
        let document = random.document(withSourceMap: false)
        let text = String(decoding: try document.jsonBytes(), as: UTF8.self)
        for map in ["[[0,0,2],[3,2,1]]", "[[0,0,0]]", "[[0,0]]", "[[1,0,2]]", "[[0,-1,2]]"] {
            let bad = Array(text.replacingOccurrences(of: #""source_map":[]"#, with: #""source_map":\#(map)"#).utf8)
            #expect(throws: JSONByteReader.Error.self) { try NormalizedDocument(jsonBytes: bad) }
            #expect(throws: DecodingError.self) { try JSONDecoder().decode(NormalizedDocument.self, from: Data(bad)) }
        }
        let lease = LeaseGrant(
            documents: (0..<5).map { _ in random.document(withSourceMap: false) },
            leaseMilliseconds: 30_000
        )
        #expect(try JSONDecoder().decode(LeaseGrant.self, from: Data(try lease.jsonBytes())) == lease)
        #expect(try LeaseGrant(jsonBytes: try Self.encoded(lease)) == lease)
    }

    @Test func writesAndReadsIngestRequests() throws {
        var random = RandomRecords(seed: 16)
        for _ in 0..<200 {
            let request = IngestRequest(
                documents: random.list(5) { random in
                    IncomingDocument(
                        source: random.string(),
                        id: random.optionalString(),
                        text: random.optionalString(),
                        bytesBase64: random.optionalString(),
                        charset: random.optionalString()
                    )
                }
            )
            let ours = try request.jsonBytes()
            #expect(try JSONDecoder().decode(IngestRequest.self, from: Data(ours)) == request)
            #expect(try IngestRequest(jsonBytes: ours) == request)
            #expect(try IngestRequest(jsonBytes: try Self.encoded(request)) == request)
        }
    }

    @Test func writesWholeDoublesWithoutAFractionAndRefusesNonFiniteOnes() throws {
        var writer = JSONByteWriter()
        for value in [35.0, -2.0, 0.5, 1e20, 1e-7, 123_456_789_012.0] {
            writer.beginArray()
            try writer.double(value)
            writer.endArray()
        }
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "[35][-2][0.5][1e+20][1e-07][123456789012]")
        for value in [Double.nan, .infinity, -.infinity] {
            #expect(throws: JSONByteWriter.Error.self) { try writer.double(value) }
        }
    }

    @Test func leavesWhatItIsNotSureOfToJSONDecoder() throws {
        let record = try ExtractionRecord(id: "a", source: "s").jsonBytes()
        let text = String(decoding: record, as: UTF8.self)
        let refused = [
            text.replacingOccurrences(of: #""id":"a""#, with: #""id":"a","id":"b""#),  // duplicate key
            text.replacingOccurrences(of: #""schema":2"#, with: #""schema":2.0"#),  // a fraction for an integer
            text.replacingOccurrences(of: #""schema":2"#, with: #""schema":02"#),  // not JSON
            text.replacingOccurrences(of: #""id":"a""#, with: #""id":"\ud800""#),  // a lone surrogate
            text.replacingOccurrences(of: #""script":"simplified""#, with: #""script":"cursive""#),
            text.replacingOccurrences(of: #""persons":[]"#, with: #""persons":{}"#),
            text.replacingOccurrences(of: #","industries":[]"#, with: ""),  // a required key missing
            text + "x",
            String(text.dropLast()),
        ]
        for json in refused {
            #expect(throws: JSONByteReader.Error.self) { try ExtractionRecord(jsonBytes: Array(json.utf8)) }
        }
        var invalidUTF8 = record
        invalidUTF8[invalidUTF8.firstIndex(of: UInt8(ascii: "a"))!] = 0xFF
        #expect(throws: JSONByteReader.Error.self) { try ExtractionRecord(jsonBytes: invalidUTF8) }
        let mention = #"{"name":"x","titles":[],"role":"official","mentions":[[1,2,3]]}"#
        let person = text.replacingOccurrences(of: #""persons":[]"#, with: #""persons":[\#(mention)]"#)
        #expect(throws: JSONByteReader.Error.self) { try ExtractionRecord(jsonBytes: Array(person.utf8)) }
    }

    @Test func skipsUnknownKeysAndStopsAtDeepNesting() throws {
        let record = try ExtractionRecord(id: "a", source: "s").jsonBytes()
        let text = String(decoding: record, as: UTF8.self)
        let extra = text.replacingOccurrences(
            of: #"{"schema""#,
            with: #"{"later":{"a":[1,true,null,"\u00e9"]},"schema""#
        )
        #expect(try ExtractionRecord(jsonBytes: Array(extra.utf8)) == ExtractionRecord(id: "a", source: "s"))
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let nested = text.replacingOccurrences(of: #"{"schema""#, with: #"{"later":\#(deep),"schema""#)
        #expect(throws: JSONByteReader.Error.tooDeep) { try ExtractionRecord(jsonBytes: Array(nested.utf8)) }
    }

    /// Whatever the reader takes from damaged bytes, JSONDecoder takes too and reads the same; nothing crashes.
    @Test func agreesWithJSONDecoderOnDamagedBytes() throws {
        var random = RandomRecords(seed: 14)
        var state: UInt64 = 99
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        var accepted = 0
        for _ in 0..<300 {
            let record = try random.record().jsonBytes()
            for _ in 0..<20 {
                var damaged = record
                switch next() % 3 {
                case 0: damaged[next() % damaged.count] = UInt8(truncatingIfNeeded: next())
                case 1: damaged.remove(at: next() % damaged.count)
                default: damaged = Array(damaged.prefix(next() % damaged.count))
                }
                guard let ours = try? ExtractionRecord(jsonBytes: damaged) else { continue }
                accepted += 1
                #expect(try JSONDecoder().decode(ExtractionRecord.self, from: Data(damaged)) == ours)
            }
        }
        #expect(accepted > 0)
    }
}
