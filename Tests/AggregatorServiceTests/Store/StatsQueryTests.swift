import AggregatorService
import DiaoyanModels
import Foundation
import Logging
import TestSupport
import Testing

/// Ordering, limits, place codes and unknown names of statistics queries.
@Suite struct StatsQueryTests {
    private static let places = [
        Place(path: "黑龙江省/哈尔滨市/阿城区", code: "230112", level: .county),
        Place(path: "黑龙江省/齐齐哈尔市", code: "230200", level: .city),
        Place(path: "江苏省/扬州市", code: "321000", level: .city),
    ]

    /// Six documents: three in 阿城区, two in 齐齐哈尔市, one in 扬州市.
    private static let records: [ExtractionRecord] = [0, 0, 0, 1, 1, 2].enumerated().map { index, place in
        ExtractionRecord(
            id: "d\(index)", source: "s\(index % 2).txt", title: "第\(index)篇", published: "2024-0\(index + 1)-10",
            places: [.init(places[place])],
            projects: [.init(name: "第\(index)号储能项目", stage: .signed, place: .init(places[place], from: .story))]
        )
    }

    private func withStore(_ backend: StoreBackend, _ body: (any RecordStore) async throws -> Void) async throws {
        try await backend.withStore("stats") { store in
            _ = try await store.commit(Self.records)
            try await body(store)
        }
    }

    @Test(arguments: StoreBackend.available) func ordersAndLimitsRowsWhileTheTotalCountsThemAll(_ backend: StoreBackend) async throws {
        try await self.withStore(backend) { store in
            let top = try await store.stats(StatsRequest(metric: .documents, by: .city, limit: 1))
            #expect(top.rows.map(\.key) == ["哈尔滨市"])
            #expect(top.total == 6)
            let ascending = try await store.stats(StatsRequest(metric: .documents, by: .city, order: .valueAscending))
            #expect(ascending.rows.map(\.key) == ["扬州市", "齐齐哈尔市", "哈尔滨市"])
            let byMonth = try await store.stats(StatsRequest(metric: .documents, by: .month, order: .key))
            #expect(byMonth.rows.map(\.key) == (1...6).map { "2024-0\($0)" })
        }
    }

    @Test(arguments: StoreBackend.available) func filtersByAPlaceCodeAtEveryLevel(_ backend: StoreBackend) async throws {
        try await self.withStore(backend) { store in
            func documents(_ place: String) async throws -> Double? {
                try await store.stats(StatsRequest(metric: .documents, filter: QueryFilter(place: place))).total
            }
            #expect(try await documents("230000") == 5)
            #expect(try await documents("230100") == 3)
            #expect(try await documents("230112") == 3)
            #expect(try await documents("320000") == 1)
            #expect(try await documents("黑龙江省/齐齐哈尔市") == 2)
            let projects = try await store.stats(StatsRequest(metric: .projects, by: .province, filter: QueryFilter(place: "230200")))
            #expect(projects.rows.map(\.key) == ["黑龙江省"])
            #expect(projects.total == 2)
        }
    }

    @Test(arguments: StoreBackend.available) func everySingleDimensionAddsUpForAnExclusiveDimension(_ backend: StoreBackend) async throws {
        try await self.withStore(backend) { store in
            for metric in [StatsMetric.documents, .stories, .projects] {
                let result = try await store.stats(StatsRequest(metric: metric, by: .province))
                #expect(result.rows.reduce(0) { $0 + $1.value } == result.total, "\(metric)")
            }
            for metric in StatsMetric.allCases {
                for dimension in StatsDimension.allCases {
                    _ = try await store.stats(StatsRequest(metric: metric, by: dimension, filter: QueryFilter(from: "2024-02", place: "230000", industry: .newEnergy, stage: .signed, official: "某人")))
                }
            }
        }
    }

    @Test func unknownNamesAreRefusedNamingTheValidOnes() async throws {
        let body = #"{"metric":"money","by":"country","filter":{"stage":"built"}}"#
        let request = try JSONDecoder().decode(StatsRequest.self, from: Data(body.utf8))
        #expect(request.unknownNames.map(\.field) == ["metric", "by", "filter.stage"])
        try await self.withStore(.sqlite) { store in
            let responder = QueryResponder(store: store, logger: .init(label: "test"))
            await #expect(throws: QueryResponder.Error.unknownName(request.unknownNames[0])) {
                try await responder.stats(request)
            }
            let message = QueryResponder.Error.unknownName(request.unknownNames[0]).errorBody.message
            #expect(message == "unknown metric 'money'; valid: documents, stories, projects, events, officials, capacity, investment, announced_investment")
            let stage = QueryResponder.Error.unknownName(request.unknownNames[2]).errorBody
            #expect(stage.code == .badRequest)
            #expect(stage.message.hasPrefix("unknown filter.stage 'built'; valid: planned, signed, groundbreaking"))
        }
    }
}
