import CompressNIO
import DiaoyanModels
import DiaoyanWire
import Foundation
import NIOCore
import Testing

@Suite struct EnvelopeCodecTests {
    let codec = EnvelopeCodec(maximumInflatedBytes: 1 << 20)

    private func compressed(_ text: String) throws -> ByteBuffer {
        var plain = ByteBuffer(string: text)
        return try plain.compress(with: .zlib())
    }

    @Test func storedFramesAndDeflatedFramesAreReadAlike() throws {
        let stored = EnvelopeCodec(maximumInflatedBytes: 1 << 20, compressionLevel: 0)
        let text = String(repeating: "哈尔滨市阿城区召开重点项目推进会议。", count: 40)
        let envelope = Envelope(
            id: "req-1",
            message: .body(IngestRequest(documents: [IncomingDocument(source: "a.txt", text: text)]))
        )
        let storedPayload = try stored.encode(envelope)
        let deflatedPayload = try self.codec.encode(envelope)
        // Level 0 writes the JSON as it is (inside zlib's framing); level 1 deflates the repeated sentence.
        #expect(storedPayload.readableBytes > text.utf8.count)
        #expect(deflatedPayload.readableBytes * 5 < storedPayload.readableBytes)
        #expect(try self.codec.decode(storedPayload) == envelope)
        #expect(try stored.decode(deflatedPayload) == envelope)
    }

    @Test func roundTripsEveryKindOfMessage() throws {
        let messages: [Message] = [
            .body(IngestRequest(documents: [IncomingDocument(source: "a.txt", text: "哈尔滨市阿城区")])),
            .body(IngestAck(results: [IngestResult(source: "a.txt", id: "x", status: .accepted)])),
            .body(StatsRequest(metric: .projects, by: .province, filter: QueryFilter(place: "黑龙江省"))),
            .body(ProjectsRequest(limit: 3)),
            .body(DocumentResult(record: ExtractionRecord(id: "d", source: "s"))),
            .body(PullRequest(max: 8, waitMilliseconds: 100)),
            .body(
                LeaseGrant(
                    documents: [NormalizedDocument(id: "n", source: "s", title: "标题", text: "哈尔滨市\n阿城区")],
                    leaseMilliseconds: 500
                )
            ),
            .body(ConfirmRequest(ids: ["a", "b"])),
            .body(SubmitRequest(records: [ExtractionRecord(id: "d", source: "s")])),
            .error(ErrorBody(code: .busy, message: "later", ref: "r1")),
        ]
        for message in messages {
            let envelope = Envelope(id: "req-1", message: message)
            let payload = try self.codec.encode(envelope)
            #expect(try self.codec.decode(payload) == envelope)
        }
    }

    @Test func writesTheDesignedJSONShape() throws {
        let payload = try self.codec.encode(Envelope(id: "q1", message: .body(DocumentRequest(id: "abc"))))
        var json = try self.codec.inflate(payload)
        let object =
            try JSONSerialization.jsonObject(with: Data(json.readBytes(length: json.readableBytes)!)) as? [String: Any]
        #expect(object?["v"] as? Int == 1)
        #expect(object?["type"] as? String == "document")
        #expect(object?["id"] as? String == "q1")
        #expect((object?["body"] as? [String: Any])?["id"] as? String == "abc")
    }

    @Test func carriesTheRecordItselfAsTheDocumentResultBody() throws {
        let record = ExtractionRecord(id: "d1", source: "s.txt")
        let payload = try self.codec.encode(Envelope(id: "q2", message: .body(DocumentResult(record: record))))
        var json = try self.codec.inflate(payload)
        let object =
            try JSONSerialization.jsonObject(with: Data(json.readBytes(length: json.readableBytes)!)) as? [String: Any]
        #expect(object?["type"] as? String == "document_result")
        #expect((object?["body"] as? [String: Any])?["id"] as? String == "d1")
        #expect((object?["body"] as? [String: Any])?["source"] as? String == "s.txt")
    }

    @Test func readsAProjectsRequestWithoutABody() throws {
        for text in [
            "{\"v\":1,\"type\":\"projects\",\"id\":\"p1\"}",
            "{\"v\":1,\"type\":\"projects\",\"id\":\"p1\",\"body\":null}",
        ] {
            let envelope = try self.codec.decode(try self.compressed(text))
            #expect(envelope.message == .body(ProjectsRequest()))
        }
    }

    @Test func rejectsBytesThatAreNotZlib() {
        #expect(throws: EnvelopeCodec.Error.self) {
            try self.codec.decode(ByteBuffer(string: "{\"v\":1}"))
        }
        do {
            _ = try self.codec.decode(ByteBuffer(string: "plain text"))
            Issue.record("garbage decoded")
        } catch {
            #expect(error.errorBody.code == .badCompression)
        }
    }

    @Test func stopsInflatingAtTheCap() throws {
        // 4 MiB of zeros compress to a few KiB: a small zip bomb against a 1 MiB cap.
        var zeros = ByteBuffer(repeating: 0, count: 4 << 20)
        let bomb = try zeros.compress(with: .zlib())
        #expect(bomb.readableBytes < 64 << 10)
        #expect(throws: EnvelopeCodec.Error.inflatedTooLarge(limit: 1 << 20)) {
            try self.codec.decode(bomb)
        }
    }

    @Test func rejectsTrailingBytesAfterTheStream() throws {
        var payload = try self.compressed("{\"v\":1,\"type\":\"pull\",\"id\":\"1\",\"body\":{\"max\":1}}")
        payload.writeString("junk")
        do {
            _ = try self.codec.decode(payload)
            Issue.record("trailing bytes accepted")
        } catch {
            #expect(error.errorBody.code == .badCompression)
        }
    }

    @Test func rejectsATruncatedStream() throws {
        let payload = try self.compressed(String(repeating: "{\"v\":1}", count: 200))
        let truncated = payload.getSlice(at: payload.readerIndex, length: payload.readableBytes / 2)!
        #expect(throws: EnvelopeCodec.Error.self) {
            try self.codec.decode(truncated)
        }
    }

    @Test func reportsJSONThatIsNotAnEnvelope() throws {
        for text in ["not json", "[1,2]", "{\"type\":\"pull\"}"] {
            let payload = try self.compressed(text)
            do {
                _ = try self.codec.decode(payload)
                Issue.record("\(text) decoded")
            } catch {
                #expect(error.errorBody.code == .badJSON)
            }
        }
    }

    @Test func keepsTheIdOfUnknownTypesAndMalformedBodies() throws {
        let unknown = try self.codec.decode(
            try self.compressed("{\"v\":1,\"type\":\"teleport\",\"id\":\"u1\",\"body\":{}}")
        )
        #expect(unknown.id == "u1")
        #expect(unknown.message == .unknown(type: "teleport"))
        let malformed = try self.codec.decode(
            try self.compressed("{\"v\":1,\"type\":\"pull\",\"id\":\"m1\",\"body\":{\"max\":\"x\"}}")
        )
        #expect(malformed.id == "m1")
        guard case .malformed(let type, _) = malformed.message else {
            Issue.record("expected malformed, got \(malformed.message)")
            return
        }
        #expect(type == "pull")
    }

    @Test func readsASubmitWhateverWroteIt() throws {
        let record = ExtractionRecord(
            id: "d/1",
            source: "a \"b\".txt",
            title: "哈尔滨\n阿城区",
            amounts: [.init(text: "35亿元", value: 3.5e9, currency: "CNY")]
        )
        let context = RecordContext(signature: [1, 2, UInt32.max], amountProjects: [nil], revenue: [])
        let envelope = Envelope(id: "s1", message: .body(SubmitRequest(records: [record], contexts: ["d/1": context])))
        // Written by the byte-level writer (the codec), and by JSONEncoder with its own key order.
        #expect(try self.codec.decode(try self.codec.encode(envelope)) == envelope)
        let foundation = try JSONEncoder().encode(envelope)
        #expect(try self.codec.decode(try self.compressed(String(decoding: foundation, as: UTF8.self))) == envelope)
    }

    @Test func answersAMalformedSubmitAsBefore() throws {
        for body in [#"{"records":[{"id":"x"}]}"#, #"{"records":"none"}"#, #"{}"#] {
            let envelope = try self.codec.decode(
                try self.compressed(#"{"v":1,"type":"submit","id":"m2","body":\#(body)}"#)
            )
            #expect(envelope.id == "m2")
            guard case .malformed(let type, _) = envelope.message else {
                Issue.record("expected malformed, got \(envelope.message)")
                continue
            }
            #expect(type == "submit")
        }
        let missing = try self.codec.decode(try self.compressed(#"{"v":1,"type":"submit","id":"m3"}"#))
        guard case .malformed = missing.message else {
            Issue.record("expected malformed, got \(missing.message)")
            return
        }
    }
}
