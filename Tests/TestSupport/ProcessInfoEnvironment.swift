import Foundation

/// The test process's environment switches (`DIAOYAN_FAULT_SOAK`, `DIAOYAN_FAULT_SEED`, …).
package enum ProcessInfoEnvironment {
    /// The value of `name`, or nil when it is not set or empty.
    package static func value(_ name: String) -> String? {
        guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else { return nil }
        return value
    }

    /// Whether `name` is set to anything but empty or `0`.
    package static func isOn(_ name: String) -> Bool {
        guard let value = self.value(name) else { return false }
        return value != "0"
    }
}
