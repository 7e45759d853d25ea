import DiaoyanModels
import DiaoyanNormalization
import DiaoyanWire
import GRDB
import Logging
import NormalizerService
import TestSupport
import Testing

@Suite(.timeLimit(.minutes(1))) struct IngestResponderTests {
    @Test func answersAnIngestThroughTheTypedClient() async throws {
        try await NormalizerPorts.with { ports in
            let ack = try await ports.withIngestClient { client in
                try await client.ingest(
                    IngestRequest(documents: [
                        IncomingDocument(source: "a.txt", text: "哈尔滨市阿城区调研"),
                        IncomingDocument(source: "b.txt", text: "哈尔滨市阿城区调研"),
                    ])
                )
            }
            #expect(ack.results.map(\.status) == [.accepted, .duplicate])
            #expect(ack.results[0].id == ack.results[1].id)
            #expect(ports.writer.openCount == 1)
        }
    }
}
