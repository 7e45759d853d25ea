import ClientCore
import DiaoyanModels
import DiaoyanWire
import Foundation
import TestSupport
import Testing

/// `diaoyan send` against a real normalizer that answers `busy` at its (lowered) hard limit.
@Suite(.serialized) struct DocumentSenderTests {
    private func files(_ names: [String], in folder: TemporaryDirectory) throws -> [URL] {
        try names.map { name in
            let url = folder.file("\(name).txt")
            try "哈尔滨市阿城区召开\(name)号项目推进会议。".write(to: url, atomically: true, encoding: .utf8)
            return url
        }
    }

    @Test func retriesBusyDocumentsUntilConfirmsMakeRoomAndReportsWhatItGaveUpOn() async throws {
        try await TrioHarness.with(
            "sender-retries",
            extraArguments: ["diaoyan-normalizer": ["--high-water-mark", "2", "--hard-limit", "2"]]
        ) { harness in
            let folder = try TemporaryDirectory("sender-files")
            defer { folder.remove() }
            var sender = DocumentSender(
                endpoint: try harness.ingest,
                identity: try harness.trio.clientIdentity(),
                batchDocuments: 1,
                retries: 1,
                retryDelay: .milliseconds(50)
            )
            // One document per request (the hard limit is checked per request). No extractor yet: the outbox
            // stays full, so the one retry is refused too.
            let first = try await sender.send(try self.files(["a", "b", "c", "d"], in: folder), logger: harness.logger)
            #expect(first.results.map(\.status) == [.accepted, .accepted, .rejected, .rejected])
            #expect(first.retried == 2)
            #expect(first.gaveUp.map(\.source) == ["c.txt", "d.txt"])
            #expect(first.gaveUp.allSatisfy { $0.error?.code == .busy })

            sender.retries = 30
            sender.retryDelay = .milliseconds(200)
            sender.maximumRetryDelay = .seconds(1)
            let retried = try self.files(["c", "d", "e", "f"], in: folder)
            let patient = sender
            async let second = patient.send(retried, logger: harness.logger)
            try await Task.sleep(for: .milliseconds(500))
            let extractor = try harness.startExtractor()
            let summary = try await second
            #expect(summary.results.map(\.status) == [.accepted, .accepted, .accepted, .accepted])
            #expect(summary.retried > 0)
            #expect(summary.gaveUp.isEmpty)
            print(
                "sender retries: first run retried \(first.retried), gave up \(first.gaveUp.count); second run retried \(summary.retried)"
            )
            return [extractor]
        }
    }

    @Test func reconnectsWhenItsConnectionIsRefusedBusy() async throws {
        try await TrioHarness.with(
            "sender-reconnects",
            extraArguments: ["diaoyan-normalizer": ["--max-connections-per-peer", "1"]]
        ) { harness in
            let folder = try TemporaryDirectory("sender-files")
            defer { folder.remove() }
            let identity = try harness.trio.clientIdentity()
            let sender = DocumentSender(
                endpoint: try harness.ingest,
                identity: identity,
                retries: 20,
                retryDelay: .milliseconds(100),
                maximumRetryDelay: .milliseconds(500)
            )
            let files = try self.files(["g", "h"], in: folder)
            // The certificate's one connection is taken for a second: the sender's is refused busy until it is free.
            let (taken, taker) = AsyncStream<Void>.makeStream()
            let summary = try await withThrowingTaskGroup(of: DocumentSender.Summary?.self) { group in
                group.addTask {
                    try await IngestClient.withConnection(
                        to: sender.endpoint,
                        identity: identity,
                        logger: harness.logger
                    ) {
                        _ = try await $0.ingest(IngestRequest(documents: []))
                        taker.yield()
                        try await Task.sleep(for: .seconds(1))
                    }
                    return nil
                }
                for await _ in taken { break }
                group.addTask { try await sender.send(files, logger: harness.logger) }
                var summary: DocumentSender.Summary?
                for try await result in group where result != nil {
                    summary = result
                }
                return try #require(summary)
            }
            #expect(summary.results.map(\.status) == [.accepted, .accepted])
            return []
        }
    }
}
