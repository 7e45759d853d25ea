import Foundation

/// Lets every long option of a command also be set as a `DIAOYAN_…` environment variable.
///
/// `--ingest` reads `DIAOYAN_INGEST`, `--lease-timeout` reads `DIAOYAN_LEASE_TIMEOUT`. An option given on the
/// command line wins over the environment.
package enum EnvironmentArguments {
    /// The environment variable that stands for `--name`.
    package static func variableName(for option: String) -> String {
        "DIAOYAN_" + option.uppercased().replacingOccurrences(of: "-", with: "_")
    }

    /// `arguments` with `--name value` appended for each option in `options` that the arguments do not set but
    /// the environment does.
    ///
    /// - Parameters:
    ///   - arguments: the command-line arguments without the program name.
    ///   - options: long option names taking a value (without `--`).
    ///   - flags: long flag names (without `--`), set by `1`, `true` or `yes`.
    package static func merge(
        _ arguments: [String],
        environment: [String: String],
        options: [String],
        flags: [String] = []
    ) -> [String] {
        var merged = arguments
        for option in options where !Self.mentions(arguments, option) {
            if let value = environment[Self.variableName(for: option)], !value.isEmpty {
                merged += ["--\(option)", value]
            }
        }
        for flag in flags where !Self.mentions(arguments, flag) {
            if let value = environment[Self.variableName(for: flag)], ["1", "true", "yes"].contains(value.lowercased()) {
                merged.append("--\(flag)")
            }
        }
        return merged
    }

    private static func mentions(_ arguments: [String], _ option: String) -> Bool {
        arguments.contains { $0 == "--\(option)" || $0.hasPrefix("--\(option)=") }
    }
}
