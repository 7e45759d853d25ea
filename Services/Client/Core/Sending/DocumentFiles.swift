import Foundation

/// The files a command line names: files as given, folders walked recursively (hidden entries skipped), in a
/// stable order.
package enum DocumentFiles {
    /// Why a path could not be used.
    package enum Error: Swift.Error, CustomStringConvertible {
        case notFound(path: String)

        package var description: String {
            switch self {
            case .notFound(let path): "\(path): no such file or folder"
            }
        }
    }

    /// Expands `paths` into regular files, sorted by path within each folder.
    package static func expand(_ paths: [String]) throws(Error) -> [URL] {
        var files: [URL] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw .notFound(path: path)
            }
            let url = URL(fileURLWithPath: path)
            guard isDirectory.boolValue else {
                files.append(url)
                continue
            }
            let enumerator = FileManager.default.enumerator(
                at: url,
                includingPropertiesForKeys: [.isRegularFileKey],
                options: [.skipsHiddenFiles]
            )
            var found: [URL] = []
            while let item = enumerator?.nextObject() as? URL {
                if (try? item.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                    found.append(item)
                }
            }
            files += found.sorted { $0.path < $1.path }
        }
        return files
    }
}
