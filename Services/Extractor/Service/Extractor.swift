import DiaoyanExtraction
import DiaoyanWire
import Logging
import NIOCore
import ServiceLifecycle

/// The extractor as a `Service`: one ``ExtractionPuller`` per address the normalizer name resolves to.
///
/// The name is resolved again every `resolveInterval`, so normalizer replicas that appear later are picked up
/// without restarting anything.
package struct Extractor: Service {
    private let configuration: ExtractorConfiguration
    private let identity: TLSIdentity
    private let extractor: RecordExtractor
    private let logger: Logger
    /// The extractor's metrics and live sessions, shared by its pullers.
    package let metrics: ExtractorMetrics

    package init(
        configuration: ExtractorConfiguration,
        identity: TLSIdentity,
        extractor: RecordExtractor,
        metrics: ExtractorMetrics = ExtractorMetrics(),
        logger: Logger
    ) {
        self.metrics = metrics
        self.configuration = configuration
        self.identity = identity
        self.extractor = extractor
        self.logger = logger
    }

    package func run() async throws {
        await withDiscardingTaskGroup { group in
            var pulling: Set<SocketAddress> = []
            while !Task.isShuttingDownGracefully, !Task.isCancelled {
                let endpoint = self.configuration.normalizer
                do {
                    let addresses = try AddressResolver.resolveAll(host: endpoint.host, port: endpoint.port)
                    for address in addresses where !pulling.contains(address) {
                        pulling.insert(address)
                        self.logger.info("normalizer found", metadata: ["address": "\(address)"])
                        let puller = ExtractionPuller(
                            address: address,
                            configuration: self.configuration,
                            identity: self.identity,
                            extractor: self.extractor,
                            metrics: self.metrics,
                            logger: self.logger
                        )
                        group.addTask { await puller.run() }
                    }
                } catch {
                    self.logger.warning("normalizer name not resolved", metadata: ["error": "\(error)"])
                }
                let pause = pulling.isEmpty ? Duration.seconds(1) : self.configuration.resolveInterval
                try? await cancelWhenGracefulShutdown {
                    try await Task.sleep(for: pause)
                }
            }
        }
    }
}
