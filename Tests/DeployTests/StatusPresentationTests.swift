import ClientCore
import DiaoyanModels
import Testing

/// The table `diaoyan status` prints: one row per service, `-` for what a service does not report.
@Suite
struct StatusPresentationTests {
    @Test func printsOneRowPerServiceAndSaysWhichOneIsUnreachable() {
        let rows = StatusPresentation.rows([
            (
                "10.0.0.5:7401",
                .answered(
                    StatusResult(
                        service: "normalizer",
                        ready: true,
                        outboxDepth: 12,
                        leasesInFlight: 4,
                        connectedExtractors: 3
                    )
                )
            ),
            ("10.0.0.6:7404", .unreachable(service: "aggregator", reason: "connection refused")),
        ])
        #expect(
            rows == [
                ["normalizer", "10.0.0.5:7401", "ready", "12", "4", "3", "-"],
                ["aggregator", "10.0.0.6:7404", "unreachable: connection refused", "-", "-", "-", "-"],
            ]
        )
        #expect(rows.allSatisfy { $0.count == StatusPresentation.headers.count })
    }
}
