import Foundation
import TestSupport
import Yams

/// The files under Deploy/, read as the tools that consume them read them (YAML documents as plain values).
enum DeployFiles {
    /// Why a deployment file could not be read as expected.
    enum Error: Swift.Error, CustomStringConvertible {
        case notAMapping(path: String)

        var description: String {
            switch self {
            case .notAMapping(let path): "\(path) is not a YAML mapping"
            }
        }
    }

    static var folder: URL { RepositoryPaths.root.appendingPathComponent("Deploy") }

    /// Deploy/`relativePath`.
    static func url(_ relativePath: String) -> URL {
        self.folder.appendingPathComponent(relativePath)
    }

    /// Every YAML document in Deploy/`relativePath`, as plain values (mappings become `[String: Any]`).
    static func documents(_ relativePath: String) throws -> [[String: Any]] {
        let text = try String(contentsOf: self.url(relativePath), encoding: .utf8)
        return try Yams.load_all(yaml: text).compactMap { $0 as? [String: Any] }
    }

    /// The single YAML mapping in Deploy/`relativePath`.
    static func mapping(_ relativePath: String) throws -> [String: Any] {
        guard let first = try self.documents(relativePath).first else {
            throw Error.notAMapping(path: relativePath)
        }
        return first
    }

    /// The Kubernetes manifests kustomization.yaml lists, in its order.
    static func manifestPaths() throws -> [String] {
        let kustomization = try self.mapping("k8s/kustomization.yaml")
        return (kustomization["resources"] as? [String] ?? []).map { "k8s/" + $0 }
    }
}
