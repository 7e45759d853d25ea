import Foundation

/// The one container of a workload in Deploy/k8s (a Deployment or StatefulSet), as the kubelet would start it:
/// command, arguments and environment, with ports by name.
struct ManifestContainer {
    /// Why a workload could not be read.
    enum Error: Swift.Error, CustomStringConvertible {
        case missingWorkload(name: String)
        case malformed(name: String, field: String)

        var description: String {
            switch self {
            case .missingWorkload(let name):
                "no Deployment or StatefulSet named \(name) in the kustomization's manifests"
            case .malformed(let name, let field): "workload \(name) has no usable \(field)"
            }
        }
    }

    /// One `env` entry: a literal value, or a reference to a Secret's key (whose value only exists in the cluster).
    enum Variable: Equatable {
        case value(String)
        case secret(name: String, key: String)
    }

    var workload: String
    var kind: String
    var command: [String]
    var args: [String]
    /// In manifest order, as the kubelet sets them.
    var env: [(name: String, value: Variable)]
    /// containerPort by port name.
    var ports: [String: Int]

    /// Reads the workload named `name` from the manifests kustomization.yaml lists.
    static func load(_ name: String) throws -> ManifestContainer {
        for path in try DeployFiles.manifestPaths() {
            for document in try DeployFiles.documents(path) {
                let metadata = document["metadata"] as? [String: Any]
                guard let kind = document["kind"] as? String, ["Deployment", "StatefulSet"].contains(kind),
                    metadata?["name"] as? String == name
                else { continue }
                return try Self(workload: name, kind: kind, document: document)
            }
        }
        throw Error.missingWorkload(name: name)
    }

    private init(workload: String, kind: String, document: [String: Any]) throws {
        let spec = document["spec"] as? [String: Any]
        let template = (spec?["template"] as? [String: Any])?["spec"] as? [String: Any]
        guard let container = (template?["containers"] as? [[String: Any]])?.first else {
            throw Error.malformed(name: workload, field: "container")
        }
        guard let command = container["command"] as? [String] else {
            throw Error.malformed(name: workload, field: "command")
        }
        self.workload = workload
        self.kind = kind
        self.command = command
        self.args = (container["args"] as? [Any] ?? []).map { "\($0)" }
        self.env = try (container["env"] as? [[String: Any]] ?? []).map { try Self.variable($0, workload: workload) }
        var ports: [String: Int] = [:]
        for port in container["ports"] as? [[String: Any]] ?? [] {
            if let name = port["name"] as? String, let number = port["containerPort"] as? Int { ports[name] = number }
        }
        self.ports = ports
    }

    private static func variable(_ entry: [String: Any], workload: String) throws -> (String, Variable) {
        guard let name = entry["name"] as? String else { throw Error.malformed(name: workload, field: "env name") }
        if let value = entry["value"] { return (name, .value("\(value)")) }
        let reference = (entry["valueFrom"] as? [String: Any])?["secretKeyRef"] as? [String: Any]
        guard let secret = reference?["name"] as? String, let key = reference?["key"] as? String else {
            throw Error.malformed(name: workload, field: "env \(name)")
        }
        return (name, .secret(name: secret, key: key))
    }
}
