import Foundation
import Testing

/// What the issue asks of the image, compose file and manifests, read from the files themselves. (Schemas are
/// checked by kubernetes-validate --strict, the Dockerfile by hadolint, in .ci/run.)
@Suite
struct DeployFilesTests {
    @Test func theImageBuildsEveryExecutableStaticallyAndRunsAsNonRoot() throws {
        let dockerfile = try String(contentsOf: DeployFiles.url("Dockerfile"), encoding: .utf8)
        let stages = dockerfile.split(separator: "\n").filter { $0.hasPrefix("FROM ") }
        #expect(stages.count == 2, "multi-stage: build, then runtime")
        #expect(dockerfile.contains("--static-swift-stdlib"))
        for executable in ["diaoyan", "diaoyan-normalizer", "diaoyan-extractor", "diaoyan-aggregator"] {
            #expect(dockerfile.contains("\"$bin/\(executable)\""), "\(executable) is not staged")
        }
        #expect(dockerfile.contains("*.resources"), "the dictionaries' resource bundle is not staged")
        #expect(dockerfile.contains("USER 10001:10001"))
        #expect(dockerfile.contains("org.opencontainers.image.title"))
        let ignored = try String(
            contentsOf: DeployFiles.folder.deletingLastPathComponent()
                .appendingPathComponent(".dockerignore"),
            encoding: .utf8
        )
        #expect(!ignored.split(separator: "\n").contains("Tests"), "Package.swift names targets under Tests/")
    }

    @Test func composeScalesExtractorsAndChecksEveryServicesHealth() throws {
        let compose = try DeployFiles.mapping("compose.yaml")
        let services = try #require(compose["services"] as? [String: [String: Any]])
        #expect(Set(services.keys).isSuperset(of: ["certs", "normalizer", "extractor", "aggregator", "postgres"]))
        let extractor = try #require(services["extractor"])
        #expect(extractor["container_name"] == nil && extractor["ports"] == nil, "--scale needs no fixed name or port")
        for (name, service) in services {
            #expect(service["healthcheck"] != nil, "\(name) has no health check")
        }
        #expect((services["postgres"]?["profiles"] as? [String]) == ["postgres"])
        #expect((services["normalizer"]?["volumes"] as? [String])?.contains("normalizer-data:/var/lib/diaoyan") == true)
        let certs = try #require(services["certs"]?["command"] as? [String])
        #expect(certs.joined(separator: " ").contains("diaoyan certs create"))
    }

    @Test func everyWorkloadIsLockedDownProbedAndBounded() throws {
        var workloads = 0
        for path in try DeployFiles.manifestPaths() {
            for document in try DeployFiles.documents(path) {
                guard let kind = document["kind"] as? String, ["Deployment", "StatefulSet"].contains(kind) else {
                    continue
                }
                workloads += 1
                let name = ((document["metadata"] as? [String: Any])?["name"] as? String) ?? "?"
                let pod =
                    ((document["spec"] as? [String: Any])?["template"] as? [String: Any])?["spec"]
                    as? [String: Any]
                #expect((pod?["securityContext"] as? [String: Any])?["runAsNonRoot"] as? Bool == true, "\(name)")
                for container in pod?["containers"] as? [[String: Any]] ?? [] {
                    let security = container["securityContext"] as? [String: Any]
                    #expect(security?["readOnlyRootFilesystem"] as? Bool == true, "\(name)")
                    #expect(security?["allowPrivilegeEscalation"] as? Bool == false, "\(name)")
                    #expect(container["readinessProbe"] != nil && container["livenessProbe"] != nil, "\(name)")
                    let resources = container["resources"] as? [String: Any]
                    #expect(resources?["requests"] != nil && resources?["limits"] != nil, "\(name)")
                }
            }
        }
        #expect(workloads == 4)
    }

    @Test func theKustomizationHasEveryPartTheIssueAsksFor() throws {
        var kinds: [String: Int] = [:]
        for path in try DeployFiles.manifestPaths() {
            #expect(FileManager.default.fileExists(atPath: DeployFiles.url(path).path), "\(path) is missing")
            for document in try DeployFiles.documents(path) {
                kinds[document["kind"] as? String ?? "?", default: 0] += 1
            }
        }
        for kind in [
            "Namespace", "StatefulSet", "Deployment", "Service", "HorizontalPodAutoscaler", "NetworkPolicy",
            "PodDisruptionBudget",
        ] {
            #expect(kinds[kind, default: 0] > 0, "no \(kind)")
        }
        let normalizer = try ManifestContainer.load("normalizer")
        #expect(normalizer.kind == "StatefulSet")
        let extractor = try ManifestContainer.load("extractor")
        #expect(extractor.args.contains("normalizer:7402"), "extractors resolve the headless Service")
        let aggregator = try ManifestContainer.load("aggregator")
        #expect(aggregator.args.contains("--database"))
    }
}
