import Foundation

/// A fresh folder under the system's temporary directory, removed by ``remove()``.
package struct TemporaryDirectory: Sendable {
    package let url: URL

    /// Creates `diaoyan-<label>-<random>`.
    package init(_ label: String = "test") throws {
        self.url = FileManager.default.temporaryDirectory
            .appendingPathComponent("diaoyan-\(label)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: self.url, withIntermediateDirectories: true)
    }

    package var path: String { self.url.path }

    /// A path inside the folder.
    package func file(_ name: String) -> URL {
        self.url.appendingPathComponent(name)
    }

    package func remove() {
        try? FileManager.default.removeItem(at: self.url)
    }
}
