import Testing

/// The substitutions the test trio makes for what only a cluster provides, and nothing else.
@Suite
struct LoopbackPodTests {
    @Test func expandsVariablesAsTheKubeletDoes() {
        let environment = ["URL": "postgres://db/diaoyan", "EMPTY": ""]
        #expect(LoopbackPod.expand("--database=$(URL)", from: environment) == "--database=postgres://db/diaoyan")
        #expect(LoopbackPod.expand("$(UNKNOWN) stays", from: environment) == "$(UNKNOWN) stays")
        #expect(LoopbackPod.expand("$$(URL) is escaped", from: environment) == "$(URL) is escaped")
        #expect(LoopbackPod.expand("[$(EMPTY)]", from: environment) == "[]")
    }

    @Test func replacesOnlyBindAddressesServiceNamesMountsAndSecrets() throws {
        let pod = LoopbackPod(
            container: try ManifestContainer.load("aggregator"),
            address: "127.0.0.4",
            services: ["normalizer": "127.0.0.2", "aggregator": "127.0.0.4"],
            mounts: ["/etc/diaoyan/tls": "/tmp/t/tls", "/var/lib/diaoyan": "/tmp/t/aggregator"],
            secrets: ["diaoyan-database/url": "sqlite:/tmp/t/a.sqlite"]
        )
        #expect(
            pod.commandLine == [
                "diaoyan-aggregator", "--results", "127.0.0.4:7403", "--query", "127.0.0.4:7404", "--database",
                "sqlite:/tmp/t/a.sqlite", "--tls", "/tmp/t/tls", "--metrics", "127.0.0.4:9464",
            ]
        )
        #expect(pod.environment["DIAOYAN_LOG_FORMAT"] == "json")
    }
}
