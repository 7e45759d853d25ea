import AggregatorService
import DiaoyanModels
import DiaoyanText
import Foundation
import TestSupport
import Testing

/// Near-duplicate articles are one story, measured on pairs built for it: an article about a signing, a reprint
/// of it by another site (new headline, a header and an editor's line, one paragraph rewritten) and a follow-up
/// about the same project's groundbreaking (same project, place, company and officials: another story).
@Suite struct StoryLinkingTests {
    /// The body of an article of `Tests/EndToEndTests/Articles/`: the text after its headline line.
    static func body(_ name: String) throws -> String {
        let url = RepositoryPaths.root.appendingPathComponent("Tests/EndToEndTests/Articles/\(name).txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        return String(text.drop { $0 != "\n" })
    }

    static func signature(_ name: String) throws -> MinHashSignature {
        try #require(MinHashSignature(text: try Self.body(name)[...]))
    }

    @Test func aReprintIsCloseAndAFollowUpIsFar() throws {
        let signing = try Self.signature("signing")
        let reprint = try Self.signature("signing-reprint")
        let followUp = try Self.signature("groundbreaking")
        // Exact Jaccard of the 5-shingles: 0.76 for the reprint, 0.08 and 0.07 for the follow-up.
        #expect(signing.similarity(to: reprint) > 0.65)
        #expect(signing.similarity(to: followUp) < 0.15)
        #expect(reprint.similarity(to: followUp) < 0.15)
        #expect(Set(signing.bandKeys).intersection(reprint.bandKeys).count > 0, "the reprint is a candidate")
        #expect(MinHashSignature(bytes: signing.bytes) == signing)
        #expect(MinHashSignature(text: "短文"[...]) == nil)
    }

    /// Stored signatures are compared with new ones for years: the values of a known text never change (they are
    /// pinned here by a digest of all 128 and the first band keys).
    @Test func theSignatureOfAKnownTextStaysTheSame() throws {
        let signing = try Self.signature("signing")
        let digest = signing.values.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
        #expect(digest == 5_704_249_501_527_581_183)
        #expect(Array(signing.bandKeys.prefix(2)) == [3_372_109_208, 4_832_605_032])
        #expect(Array(signing.values.prefix(4)) == [8_495_736, 2_987_726, 15_265_069, 7_691_015])
    }

    @Test func punctuationAndLineBreaksDoNotChangeTheSignature() throws {
        let body = try Self.body("signing")
        let repunctuated = body.replacingOccurrences(of: "，", with: ",").replacingOccurrences(of: "\n\n", with: "\n")
        #expect(MinHashSignature(text: body[...]) == MinHashSignature(text: repunctuated[...]))
    }

    @Test(arguments: StoreBackend.available)
    func theStoreCountsAReprintAsTheSameStoryAndItsFactsOnce(_ backend: StoreBackend) async throws {
        try await backend.withStore("stories") { store in try await Self.countStories(store) }
    }

    private static func countStories(_ store: any RecordStore) async throws {
        let place = Place(path: "江苏省/南通市/如东县", code: "320623", level: .county, park: "洋口港经济开发区")
        func record(_ id: String, title: String, published: String, event: EventType, date: String) -> ExtractionRecord {
            ExtractionRecord(
                id: id,
                source: "\(id).txt",
                title: title,
                published: published,
                persons: [.init(name: "李国平", titles: ["县委书记"], role: .official)],
                places: [.init(place, mentions: [.init(0, 3)])],
                projects: [.init(name: "年产20万吨新型储能材料项目", stage: event == .signing ? .signed : .groundbreaking, place: .init(place, from: .mention))],
                amounts: [.init(text: "35亿元", value: 3.5e9, currency: "CNY"), .init(text: "260亿元", value: 2.6e10, currency: "CNY")],
                events: [.init(type: event, date: date, persons: ["李国平"])],
                industries: [.newEnergy]
            )
        }
        let records = [
            record("signing", title: "年产20万吨新型储能材料项目在洋口港经济开发区签约", published: "2025-05-13", event: .signing, date: "2025-05-12"),
            record("reprint", title: "如东：总投资35亿元储能材料项目落户洋口港（图）", published: "2025-05-14", event: .signing, date: "2025-05-12"),
            record("groundbreaking", title: "年产20万吨新型储能材料项目开工建设", published: "2025-09-19", event: .groundbreaking, date: "2025-09-18"),
        ]
        let contexts = [
            "signing": RecordContext(signature: try Self.signature("signing").values, amountProjects: [0, nil]),
            "reprint": RecordContext(signature: try Self.signature("signing-reprint").values, amountProjects: [0, nil]),
            "groundbreaking": RecordContext(signature: try Self.signature("groundbreaking").values, amountProjects: [0, nil]),
        ]
        _ = try await store.commit(records, contexts: contexts)
        #expect(try await store.stats(StatsRequest(metric: .documents)).total == 3)
        #expect(try await store.stats(StatsRequest(metric: .stories)).total == 2)
        // The signing told twice is one event; the groundbreaking another.
        let events = try await store.stats(StatsRequest(metric: .events, by: .month))
        #expect(Dictionary(uniqueKeysWithValues: events.rows.map { ($0.key, $0.value) }) == ["2025-05": 1, "2025-09": 1])
        // 260亿元 of the park's year, announced by two stories: once per story, never per reprint.
        let announced = try await store.stats(StatsRequest(metric: .announcedInvestment))
        #expect(announced.total == 2 * 2.6e10)
        // The project's 35亿元, reported three times, is one figure.
        #expect(try await store.stats(StatsRequest(metric: .investment)).total == 3.5e9)
        #expect(try await store.stats(StatsRequest(metric: .stories, by: .official)).rows.first?.value == 2)
    }
}
