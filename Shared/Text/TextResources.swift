import Foundation

/// Locates the dictionaries bundled with `DiaoyanText`.
package enum TextResources {
    /// The URL of a bundled resource file, e.g. `t2s_characters.tsv`.
    package static func url(named name: String) -> URL? {
        Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Resources")
    }
}
