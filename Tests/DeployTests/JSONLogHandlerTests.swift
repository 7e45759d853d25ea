import DiaoyanObservability
import Foundation
import Logging
import Synchronization
import Testing

/// `--log-format json`: one JSON object a line, with metadata as fields.
@Suite
struct JSONLogHandlerTests {
    final class Lines: Sendable {
        private let collected = Mutex<[Data]>([])
        var all: [Data] { self.collected.withLock { $0 } }
        func append(_ line: Data) { self.collected.withLock { $0.append(line) } }
    }

    @Test func writesOneObjectPerLineWithMetadataAsFields() throws {
        let lines = Lines()
        var logger = Logger(label: "diaoyan.normalizer") { label in
            JSONLogHandler(label: label, level: .info) { lines.append($0) }
        }
        logger[metadataKey: "port.name"] = "ingest"
        logger.debug("not written below the level")
        logger.info("listening", metadata: ["address": "127.0.0.1:7401", "peer": ["role": "client"]])
        logger.warning("line two\nwith a newline")
        #expect(lines.all.count == 2)
        for line in lines.all {
            #expect(line.last == 0x0A)
            #expect(line.dropLast().contains(0x0A) == false, "a message's newline must stay escaped")
        }
        let first = try #require(try JSONSerialization.jsonObject(with: lines.all[0]) as? [String: Any])
        #expect(first["message"] as? String == "listening")
        #expect(first["level"] as? String == "info")
        #expect(first["label"] as? String == "diaoyan.normalizer")
        #expect(first["port.name"] as? String == "ingest")
        #expect(first["address"] as? String == "127.0.0.1:7401")
        #expect((first["peer"] as? [String: Any])?["role"] as? String == "client")
        #expect((first["ts"] as? String)?.hasSuffix("Z") == true)
    }
}
