import DiaoyanWire
import Logging
import ServiceLifecycle

/// A bound port run as a swift-service-lifecycle `Service`: serves until graceful shutdown, then drains.
package struct WireService: Service {
    private let listener: WireServer.Listener
    private let responder: any WireResponder
    private let logger: Logger

    package init(listener: WireServer.Listener, responder: any WireResponder, logger: Logger) {
        self.listener = listener
        self.responder = responder
        self.logger = logger
    }

    package func run() async throws {
        self.logger.info(
            "listening",
            metadata: [
                "port.name": "\(self.listener.configuration.name)", "address": "\(self.listener.localAddress)",
            ]
        )
        try await WireServer.run(self.listener, responder: self.responder, logger: self.logger)
        self.logger.info("port closed", metadata: ["port.name": "\(self.listener.configuration.name)"])
    }
}
