import DiaoyanModels
import DiaoyanWire
import NormalizerService
import TestSupport
import Testing

@Suite(.timeLimit(.minutes(1))) struct DispatchResponderTests {
    private func document(_ text: String) -> NormalizedDocument {
        NormalizedDocument(id: "id-\(text)", source: "\(text).txt", text: text)
    }

    @Test func leasesAndConfirmsThroughTheTypedClient() async throws {
        try await NormalizerPorts.with { ports in
            _ = try await ports.writer.append([self.document("甲"), self.document("乙")])
            let (grant, ack) = try await ports.withDispatchClient { client in
                let grant = try await client.pull(PullRequest(max: 8))
                return (grant, try await client.confirm(ConfirmRequest(ids: grant.documents.map(\.id))))
            }
            #expect(grant.documents.map(\.id) == ["id-甲", "id-乙"])
            #expect(grant.leaseMilliseconds == 60_000)
            #expect(ack.confirmed == 2)
            #expect(ports.writer.openCount == 0)
            #expect(try await ports.store.counts().done == 2)
        }
    }

    @Test func aWaitingPullWakesWhenADocumentArrives() async throws {
        // Far longer than the suite's time limit: the pull can only end in time by being woken.
        try await NormalizerPorts.with(maximumPullWaitMilliseconds: 600_000) { ports in
            try await ports.withDispatchClient { client in
                try await withThrowingTaskGroup(of: LeaseGrant.self) { group in
                    group.addTask { try await client.pull(PullRequest(max: 8, waitMilliseconds: 600_000)) }
                    try await eventually { ports.writer.waiting.arrival == 1 }
                    _ = try await ports.writer.append([self.document("丙")])
                    let grant = try await group.next()
                    #expect(grant?.documents.map(\.id) == ["id-丙"])
                }
            }
        }
    }

    @Test func aPullWithNothingToLeaseEndsEmptyAfterItsWait() async throws {
        try await NormalizerPorts.with { ports in
            let grant = try await ports.withDispatchClient {
                try await $0.pull(PullRequest(max: 8, waitMilliseconds: 50))
            }
            #expect(grant.documents.isEmpty)
            #expect(ports.writer.waiting.arrival == 0)
        }
    }

    @Test func refusesANonPositiveMaximum() async throws {
        try await NormalizerPorts.with { ports in
            let error = try await ports.withDispatchClient { client in
                await #expect(throws: ErrorBody.self) { try await client.pull(PullRequest(max: 0)) }
            }
            #expect(error?.code == .badRequest)
            #expect(error?.message == "max must be positive, got 0")
        }
    }
}
