import Foundation

/// A workload of Deploy/k8s placed on this machine as its pod would run in the cluster: the same command,
/// arguments and environment, with only what the cluster provides replaced.
///
/// The cluster provides four things a test machine does not have, and only those are substituted:
/// - the pod's own address: `0.0.0.0` binds become the pod's loopback address (127.0.0.2, .3, .4 …), so the three
///   pods can use the same ports side by side as they do on separate pod IPs;
/// - Service DNS names (`normalizer`, `aggregator`) resolve to the address of the pod behind them;
/// - mounted volumes (`/etc/diaoyan/tls`, `/var/lib/diaoyan`) are folders of the test;
/// - Secret values (`secretKeyRef`) exist only in the cluster; the test gives them.
///
/// Then `$(VAR)` references are expanded from the container's environment, as the kubelet does.
struct LoopbackPod {
    var container: ManifestContainer
    /// The pod's address.
    var address: String
    /// Service name → address of the pod behind it.
    var services: [String: String]
    /// Mount path in the container → folder here.
    var mounts: [String: String]
    /// `secret/key` → value.
    var secrets: [String: String]

    /// The environment exactly as the manifest gives it, substituted as described above.
    var environment: [String: String] {
        var environment: [String: String] = [:]
        for (name, variable) in self.container.env {
            let raw: String
            switch variable {
            case .value(let value): raw = value
            case .secret(let secret, let key): raw = self.secrets["\(secret)/\(key)"] ?? ""
            }
            environment[name] = Self.expand(self.substitute(raw), from: environment)
        }
        return environment
    }

    /// The command and arguments, substituted and expanded; the first element is the executable's name.
    var commandLine: [String] {
        let environment = self.environment
        return (self.container.command + self.container.args).map {
            Self.expand(self.substitute($0), from: environment)
        }
    }

    /// Replaces a bind address, a Service name in `HOST:PORT`, or a mount path prefix.
    private func substitute(_ value: String) -> String {
        for (path, local) in self.mounts where value == path || value.hasPrefix(path + "/") {
            return local + value.dropFirst(path.count)
        }
        guard let colon = value.lastIndex(of: ":"), Int(value[value.index(after: colon)...]) != nil else {
            return value
        }
        let host = String(value[..<colon])
        let port = value[value.index(after: colon)...]
        if host == "0.0.0.0" { return "\(self.address):\(port)" }
        if let address = self.services[host] { return "\(address):\(port)" }
        return value
    }

    /// Kubernetes' `$(VAR)` expansion: a defined variable is replaced, an undefined one left as written, `$$`
    /// is a literal `$`.
    static func expand(_ value: String, from environment: [String: String]) -> String {
        var result = ""
        var rest = Substring(value)
        while let dollar = rest.firstIndex(of: "$") {
            result += rest[..<dollar]
            let after = rest[rest.index(after: dollar)...]
            if after.hasPrefix("$") {
                result += "$"
                rest = after.dropFirst()
            } else if after.hasPrefix("("), let close = after.firstIndex(of: ")"),
                let defined = environment[String(after[after.index(after: after.startIndex)..<close])]
            {
                result += defined
                rest = after[after.index(after: close)...]
            } else {
                result += "$"
                rest = after
            }
        }
        return result + rest
    }
}
