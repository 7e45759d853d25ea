import ClientCore
import DiaoyanModels
import DiaoyanWire
import Foundation
import TestSupport
import Testing

/// Runs the `diaoyan` executable the way a user does.
@Suite(.serialized) struct ClientCommandTests {
    private struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Runs `diaoyan` with `arguments` to its end, waiting on a Dispatch thread (``BlockingWork``): `demo` takes
    /// seconds, and a cooperative thread blocked that long stalls the wire tests running beside.
    private func diaoyan(_ arguments: [String]) async throws -> Run {
        try await BlockingWork.run { try Self.diaoyanBlocking(arguments) }
    }

    private static func diaoyanBlocking(_ arguments: [String]) throws -> Run {
        guard let binaries = RepositoryPaths.productsFolder() else { throw HarnessError.productsMissing }
        let run = try ChildProcess.run(
            binaries.appendingPathComponent("diaoyan"),
            arguments,
            in: RepositoryPaths.root
        )
        return Run(status: run.status, output: run.outputText, errors: run.errorText)
    }

    @Test func certsCreateWritesEveryPairWithPrivateKeys() async throws {
        let folder = try TemporaryDirectory("certs")
        defer { folder.remove() }
        let run = try await self.diaoyan([
            "certs", "create", "--dir", folder.path, "--host", "normalizer.internal", "--host", "10.1.2.3",
        ])
        #expect(run.status == 0, "\(run.errors)")
        for name in ["ca", "normalizer", "aggregator", "extractor", "client"] {
            let attributes = try FileManager.default.attributesOfItem(atPath: folder.file("\(name).key").path)
            #expect((attributes[.posixPermissions] as? Int) == 0o600, "\(name).key")
            #expect(FileManager.default.fileExists(atPath: folder.file("\(name).pem").path))
        }
        // The certificates carry their roles.
        let roles = try ["normalizer", "extractor", "client"].map { name in
            PeerIdentity(certificate: try TLSIdentity.load(directory: folder.path, name: name).certificateChain.first)
                .role
        }
        #expect(roles == [.service, .extractor, .client])
        // A second create refuses to overwrite the deployment.
        #expect(try await self.diaoyan(["certs", "create", "--dir", folder.path]).status != 0)
    }

    @Test func demoReportsTheSeedsAsJSON() async throws {
        let run = try await self.diaoyan(["demo", "--json", RepositoryPaths.seeds.path])
        #expect(run.status == 0, "\(run.errors)")
        let line = run.output.split(separator: "\n").last.map(String.init) ?? ""
        let report = try JSONDecoder().decode(DemoRunner.Report.self, from: Data(line.utf8))
        #expect(report.documents == 5)
        #expect(report.projects > 0)
        let byProvince = report.stats.first { $0.metric == .projects && $0.by == .province }
        let provinces = Set(byProvince?.rows.map(\.key) ?? [])
        #expect(provinces.isSuperset(of: ["黑龙江省", "江苏省", "辽宁省"]), "got \(provinces)")
        #expect(report.stats.map(\.by) == [.province, .industry, .stage, .official])
    }

    @Test func extractPrintsOneRecordPerSeed() async throws {
        let seeds = try RepositoryPaths.seedFiles()
        let run = try await self.diaoyan(["extract", "--json"] + seeds.map(\.path))
        #expect(run.status == 0, "\(run.errors)")
        let records = try run.output.split(separator: "\n").map {
            try JSONDecoder().decode(ExtractionRecord.self, from: Data($0.utf8))
        }
        #expect(records.map(\.source) == seeds.map(\.lastPathComponent))
        #expect(Set(records.map(\.id)).count == 5)
    }

    @Test func scoreReadsWhatExtractPrintsAgainstTheSeedGold() async throws {
        let folder = try TemporaryDirectory("score")
        defer { folder.remove() }
        let records = folder.file("seeds.jsonl")
        let extract = try await self.diaoyan(["extract", "--json"] + (try RepositoryPaths.seedFiles()).map(\.path))
        try extract.output.write(to: records, atomically: true, encoding: .utf8)
        let gold = "Tests/DiaoyanExtractionTests/SeedGold"
        let table = try await self.diaoyan(["score", gold, records.path])
        #expect(table.status == 0, "\(table.errors)")
        #expect(table.output.contains("documents 5, without a record 0"))
        let json = try await self.diaoyan(["score", "--json", gold, records.path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let headline = try #require(object["headline_f1"] as? Double)
        #expect(headline > 0.9)
        #expect(table.output.contains(String(format: "%.3f", headline)))

        let empty = try await self.diaoyan(["score", folder.url.path, records.path])
        #expect(empty.status != 0)
        #expect(empty.errors.contains("gold"))
    }

    @Test func demoExplainsAMissingSibling() async throws {
        guard let binaries = RepositoryPaths.productsFolder() else { throw HarnessError.productsMissing }
        let folder = try TemporaryDirectory("lonely")
        defer { folder.remove() }
        let lonely = folder.file("diaoyan")
        try FileManager.default.copyItem(at: binaries.appendingPathComponent("diaoyan"), to: lonely)
        let (status, message) = try await BlockingWork.run { () throws -> (Int32, String) in
            let process = Process()
            process.executableURL = lonely
            process.arguments = ["demo", RepositoryPaths.seeds.path]
            let errors = Pipe()
            process.standardError = errors
            process.standardOutput = Pipe()
            try process.run()
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return (process.terminationStatus, message)
        }
        #expect(status != 0)
        #expect(message.contains("diaoyan-aggregator not found"), "\(message)")
        #expect(message.contains("swift build"))
    }
}
