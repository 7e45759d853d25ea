import Foundation

/// Where things are in the checkout the tests run from.
package enum RepositoryPaths {
    /// The repository root (the folder holding Package.swift).
    package static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // TestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// The five seed documents.
    package static var seeds: URL { Self.root.appendingPathComponent("seeds") }

    /// The seed files, sorted by name.
    package static func seedFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: Self.seeds, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// The folder holding the built executables (`diaoyan-normalizer`…) of the build the tests belong to.
    ///
    /// The test bundle sits in the same build folder as the products, so it is looked for next to the running
    /// test binary first, then in `.build/debug`.
    package static func productsFolder() -> URL? {
        var candidates: [URL] = []
        let running = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = running.deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(folder)
            folder = folder.deletingLastPathComponent()
        }
        if let executable = Bundle.main.executableURL {
            candidates.append(executable.deletingLastPathComponent())
        }
        candidates.append(Self.root.appendingPathComponent(".build/debug"))
        return candidates.first {
            FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("diaoyan-normalizer").path)
        }
    }
}
