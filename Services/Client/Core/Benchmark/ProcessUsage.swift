import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A child process's resources as Linux reports them in `/proc/PID/`.
package enum ProcessUsage {
    /// The peak resident set size (`VmHWM` of `status`) of `pid` in MB (10⁶ bytes), or nil when it cannot be read
    /// (not Linux, process gone).
    package static func peakResidentMegabytes(of pid: Int32) -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.dropFirst("VmHWM:".count).filter(\.isNumber)
            return Double(String(digits)).map { $0 * 1024 / 1e6 }
        }
        return nil
    }

    /// User plus system CPU seconds `pid` has used (fields 14 and 15 of `stat`), or nil when unreadable.
    package static func cpuSeconds(of pid: Int32) -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return nil }
        // After the command name in parentheses: state is field 3, so utime (14) is the 12th field from here.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
        return (user + system) / max(ticks, 1)
    }
}
