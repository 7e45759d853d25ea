import ClientCore
import DiaoyanModels
import DiaoyanText
import Foundation
import TestSupport
import Testing

/// What `diaoyan extract --json` prints offline and what the aggregator counts online are the same facts: every
/// project and document lands under the same province, city and county.
@Suite(.serialized) struct OfflineOnlineAgreementTests {
    /// The seeds, the 30 articles and the first held-out set: 47 documents from some twenty provinces.
    private static func corpus() throws -> [URL] {
        let folders = ["seeds", "Tests/DiaoyanExtractionTests/Articles", "Tests/DiaoyanExtractionTests/HeldOut"]
        return try folders.flatMap { folder in
            try FileManager.default.contentsOfDirectory(
                at: RepositoryPaths.root.appendingPathComponent(folder),
                includingPropertiesForKeys: nil
            )
            .filter { $0.pathExtension == "txt" }
        }
        .sorted { $0.path < $1.path }
    }

    /// The records the CLI prints for `files`.
    /// Waits for the CLI on a Dispatch thread (``BlockingWork``), not on the cooperative pool.
    private static func offlineRecords(_ files: [URL]) async throws -> [ExtractionRecord] {
        guard let binaries = RepositoryPaths.productsFolder() else { throw HarnessError.productsMissing }
        let (status, data) = try await BlockingWork.run { () throws -> (Int32, Data) in
            let process = Process()
            process.executableURL = binaries.appendingPathComponent("diaoyan")
            process.arguments = ["extract", "--json"] + files.map(\.path)
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, data)
        }
        #expect(status == 0)
        return try data.split(separator: UInt8(ascii: "\n")).map {
            try JSONDecoder().decode(ExtractionRecord.self, from: Data($0))
        }
    }

    /// Distinct projects (by ``NameKey``) per value of `level` of their place, as the aggregator counts them.
    private static func projects(_ records: [ExtractionRecord], by level: (Place) -> String?) -> [String: Double] {
        var keys: [String: Set<String>] = [:]
        for record in records {
            for project in record.projects {
                keys[project.place.flatMap { level($0.place) } ?? "", default: []].insert(NameKey.of(project.name))
            }
        }
        return keys.mapValues { Double($0.count) }
    }

    /// Documents per value of `level` of the places they name.
    private static func documents(_ records: [ExtractionRecord], by level: (Place) -> String?) -> [String: Double] {
        var documents: [String: Set<String>] = [:]
        for record in records {
            for place in record.places {
                documents[level(place.place) ?? "", default: []].insert(record.id)
            }
        }
        return documents.mapValues { Double($0.count) }
    }

    private static func rows(_ result: StatsResult) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: result.rows.map { ($0.key, $0.value) })
    }

    @Test func projectsAndDocumentsFallUnderTheSamePlacesOfflineAndOnline() async throws {
        let files = try Self.corpus()
        let offline = try await Self.offlineRecords(files)
        #expect(offline.count == files.count)
        let provinces = Set(offline.flatMap(\.projects).compactMap { $0.place?.province })
        #expect(provinces.count >= 15, "the corpus spans many provinces: \(provinces.sorted())")

        try await TrioHarness.with("agreement") { harness in
            let extractor = try harness.startExtractor()
            let sender = DocumentSender(endpoint: try harness.ingest, identity: try harness.trio.clientIdentity())
            let sent = try await sender.send(files, logger: harness.logger)
            #expect(sent.accepted == files.count)
            #expect(try await harness.waitForDocuments(files.count) == files.count)

            let levels: [(StatsDimension, (Place) -> String?)] = [
                (.province, { $0.province }), (.city, { $0.city }), (.county, { $0.county }), (.park, { $0.park }),
            ]
            for (dimension, level) in levels {
                let projects = try await harness.stats(StatsRequest(metric: .projects, by: dimension))
                #expect(Self.rows(projects) == Self.projects(offline, by: level), "projects by \(dimension)")
                let documents = try await harness.stats(StatsRequest(metric: .documents, by: dimension))
                #expect(Self.rows(documents) == Self.documents(offline, by: level), "documents by \(dimension)")
            }
            return [extractor]
        }
    }
}
