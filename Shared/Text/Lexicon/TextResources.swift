import Foundation

/// Locates and reads the dictionaries bundled with `DiaoyanText`.
package enum TextResources {
    /// Why a bundled dictionary could not be read.
    package enum Error: Swift.Error, Hashable {
        /// The file is not in the bundle (a build that dropped `Resources/`).
        case missing(name: String)
        /// The file is not valid UTF-8.
        case unreadable(name: String)
    }

    /// The URL of a bundled resource file, e.g. `t2s_characters.tsv`.
    package static func url(named name: String) -> URL? {
        Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Resources")
    }

    /// The tab-separated rows of a bundled table, skipping blank lines and `#` comments.
    package static func rows(of name: String) throws(Error) -> [[Substring]] {
        guard let url = Self.url(named: name) else { throw .missing(name: name) }
        guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
            throw .unreadable(name: name)
        }
        var rows: [[Substring]] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.first == "#" { continue }
            rows.append(line.split(separator: "\t", omittingEmptySubsequences: false))
        }
        return rows
    }
}
