import AggregatorService
import DiaoyanModels
import Foundation
import TestSupport
import Testing

/// The store's behaviour, on SQLite and on PostgreSQL.
@Suite struct RecordStoreTests {
    private static let acheng = Place(path: "黑龙江省/哈尔滨市/阿城区", code: "230112", level: .county)
    private static let yangzhouZone = Place(
        path: "江苏省/扬州市",
        code: "321000",
        level: .city,
        park: "扬州经济技术开发区"
    )
    /// Three articles: two about one Harbin project (a reprint and a later stage), one about Yangzhou.
    private let records: [ExtractionRecord] = [
        ExtractionRecord(
            id: "a",
            source: "a.txt",
            title: "王兆力到阿城区调研",
            published: "2021-04-26",
            persons: [
                .init(name: "王兆力", titles: ["哈尔滨市委书记"], role: .official),
                .init(name: "初霞", titles: ["记者"], role: .reporter),
            ],
            places: [.init(Self.acheng)],
            organizations: [.init(name: "华明管业", kind: "company")],
            projects: [
                .init(
                    name: "华明管业100万吨制管项目",
                    stage: .underConstruction,
                    quantities: [.init(text: "100万吨", value: 1_000_000, unit: "吨")],
                    place: .init(Self.acheng, from: .story),
                    organization: "华明管业",
                    industries: [.steel]
                ),
                .init(
                    name: "哈尔滨古铁市场项目",
                    stage: .underConstruction,
                    place: .init(Self.acheng, from: .story),
                    industries: [.servicesLogistics]
                ),
            ],
            amounts: [.init(text: "100亿元", value: 1e10, currency: "CNY")],
            events: [.init(type: .inspection, date: "2021-04-25", persons: ["王兆力"], projects: ["华明管业100万吨制管项目"])],
            industries: [.steel, .servicesLogistics]
        ),
        ExtractionRecord(
            id: "b",
            source: "b.txt",
            title: "华明管业项目投产",
            published: "2021-09-02",
            persons: [.init(name: "王兆力", role: .official)],
            places: [.init(Self.acheng)],
            projects: [
                .init(
                    name: "华明管业 100万吨制管项目",
                    stage: .inProduction,
                    quantities: [.init(text: "100万吨", value: 1_000_000, unit: "吨")],
                    place: .init(Self.acheng, from: .mention),
                    industries: [.steel]
                )
            ],
            events: [.init(type: .commissioning, date: "2021-09-01")],
            industries: [.steel]
        ),
        ExtractionRecord(
            id: "c",
            source: "c.txt",
            title: "张宝娟在扬州经济技术开发区调研",
            published: "2022-09-25",
            persons: [.init(name: "张宝娟", titles: ["市委书记"], role: .official)],
            places: [.init(Self.yangzhouZone)],
            projects: [
                .init(
                    name: "友升汽车轻量化项目",
                    stage: .signed,
                    quantities: [.init(text: "8GW", value: 8, unit: "GW")],
                    place: .init(Self.yangzhouZone, from: .park),
                    industries: [.automotive]
                )
            ],
            amounts: [.init(text: "5亿美元", value: 5e8, currency: "USD")],
            events: [.init(type: .inspection, date: "2022-09-24", persons: ["张宝娟"])],
            industries: [.automotive]
        ),
    ]

    /// Record a's 100亿元 belongs to its first project (the pipe plant); c's 5亿美元 is money of the story.
    private let contexts: [String: RecordContext] = [
        "a": RecordContext(signature: nil, amountProjects: [0]),
        "c": RecordContext(signature: nil, amountProjects: [nil]),
    ]

    private func withStore(_ backend: StoreBackend, _ body: (any RecordStore) async throws -> Void) async throws {
        try await backend.withStore("store", body)
    }

    private func rows(_ result: StatsResult) -> [String: Double] {
        Dictionary(
            uniqueKeysWithValues: result.rows.map { row in (row.unit.map { "\(row.key)|\($0)" } ?? row.key, row.value) }
        )
    }

    @Test(arguments: StoreBackend.available) func commitsOnceByIdWhateverTheContent(_ backend: StoreBackend)
        async throws
    {
        try await self.withStore(backend) { store in
            let first = try await store.commit(self.records)
            #expect(first.map(\.status) == [.stored, .stored, .stored])
            var changed = self.records[0]
            changed.projects = []
            let second = try await store.commit([changed, self.records[1]])
            #expect(second.map(\.status) == [.duplicate, .duplicate])
            #expect(try await store.stats(StatsRequest(metric: .documents)).total == 3)
            #expect(try await store.stats(StatsRequest(metric: .projects)).total == 3)
            #expect(try await store.document(id: "a") == self.records[0])
        }
    }

    @Test func keepsRecordsAcrossReopening() async throws {
        let folder = try TemporaryDirectory("store")
        defer { folder.remove() }
        let path = folder.file("records.sqlite").path
        do {
            let store = try SQLiteRecordStore(path: path)
            _ = try await store.commit(self.records)
            let reopened = try SQLiteRecordStore(url: "sqlite:" + path)
            #expect(try await reopened.stats(StatsRequest(metric: .documents)).total == 3)
            let again = try await reopened.commit([self.records[2]])
            #expect(again.map(\.status) == [.duplicate])
        }
    }

    /// GRDB's pool sets `synchronous=NORMAL` on its writer when it turns WAL on, after the configuration's
    /// `prepareDatabase`: an acknowledgement is durable only if the store sets `FULL` again afterwards.
    @Test func writersSyncEveryCommitAndDoNotZeroWhatTheyDelete() async throws {
        let folder = try TemporaryDirectory("store")
        defer { folder.remove() }
        let store = try SQLiteRecordStore(path: folder.file("records.sqlite").path)
        let settings = try await store.writerSettings()
        #expect(settings.store == [2, 0])
        #expect(settings.inbox == [2, 0])
    }

    @Test(arguments: StoreBackend.available) func countsAProjectReportedTwiceOnce(_ backend: StoreBackend) async throws
    {
        try await self.withStore(backend) { store in
            _ = try await store.commit(self.records)
            let byProvince = try await store.stats(StatsRequest(metric: .projects, by: .province))
            #expect(self.rows(byProvince) == ["黑龙江省": 2, "江苏省": 1])
            #expect(byProvince.total == 3)
            // A project is counted at its latest stage: the pipe plant went into production.
            let byStage = try await store.stats(StatsRequest(metric: .projects, by: .stage))
            #expect(self.rows(byStage) == ["under_construction": 1, "in_production": 1, "signed": 1])
            let byIndustry = try await store.stats(StatsRequest(metric: .projects, by: .industry))
            #expect(self.rows(byIndustry) == ["steel": 1, "services_logistics": 1, "automotive": 1])
            let byPark = try await store.stats(StatsRequest(metric: .projects, by: .park))
            #expect(self.rows(byPark)["扬州经济技术开发区"] == 1)
        }
    }

    @Test(arguments: StoreBackend.available) func countsOfficialsEventsAndDocumentsByDimension(_ backend: StoreBackend)
        async throws
    {
        try await self.withStore(backend) { store in
            _ = try await store.commit(self.records)
            #expect(try await store.stats(StatsRequest(metric: .officials)).total == 2)
            let documentsByOfficial = try await store.stats(StatsRequest(metric: .documents, by: .official))
            #expect(self.rows(documentsByOfficial) == ["王兆力": 2, "张宝娟": 1])
            let eventsByMonth = try await store.stats(StatsRequest(metric: .events, by: .month))
            #expect(self.rows(eventsByMonth) == ["2021-04": 1, "2021-09": 1, "2022-09": 1])
            let documentsByCity = try await store.stats(StatsRequest(metric: .documents, by: .city))
            #expect(self.rows(documentsByCity) == ["哈尔滨市": 2, "扬州市": 1])
            #expect(try await store.stats(StatsRequest(metric: .stories)).total == 3)
        }
    }

    @Test(arguments: StoreBackend.available) func sumsCapacityPerUnitAndInvestmentPerCurrency(_ backend: StoreBackend)
        async throws
    {
        try await self.withStore(backend) { store in
            _ = try await store.commit(self.records, contexts: self.contexts)
            // The same 100万吨 reported by two articles about one project counts once.
            let capacity = try await store.stats(StatsRequest(metric: .capacity))
            #expect(self.rows(capacity) == ["吨|吨": 1_000_000, "GW|GW": 8])
            // Tons and gigawatts are never added: a total per unit, none over both.
            #expect(capacity.total == nil)
            #expect(Set(capacity.totals) == [.init(unit: "吨", value: 1_000_000), .init(unit: "GW", value: 8)])
            let byProvince = try await store.stats(StatsRequest(metric: .capacity, by: .province))
            #expect(self.rows(byProvince) == ["黑龙江省|吨": 1_000_000, "江苏省|GW": 8])
            // The 100亿元 is the pipe plant's, in 阿城区; the 5亿美元 is announced by the Yangzhou story.
            let investment = try await store.stats(StatsRequest(metric: .investment, by: .county))
            #expect(self.rows(investment) == ["阿城区|CNY": 1e10])
            #expect(investment.total == 1e10)
            let announced = try await store.stats(StatsRequest(metric: .announcedInvestment, by: .city))
            #expect(self.rows(announced) == ["扬州市|USD": 5e8])
        }
    }

    @Test(arguments: StoreBackend.available) func filtersByPlaceDateIndustryStageAndOfficial(_ backend: StoreBackend)
        async throws
    {
        try await self.withStore(backend) { store in
            _ = try await store.commit(self.records)
            func documents(_ filter: QueryFilter) async throws -> Double {
                try await store.stats(StatsRequest(metric: .documents, filter: filter)).total ?? 0
            }
            #expect(try await documents(QueryFilter(place: "黑龙江省")) == 2)
            #expect(try await documents(QueryFilter(place: "黑龙江省/哈尔滨市/阿城区")) == 2)
            #expect(try await documents(QueryFilter(place: "黑龙")) == 0)
            #expect(try await documents(QueryFilter(from: "2021-05")) == 2)
            #expect(try await documents(QueryFilter(from: "2021", to: "2021")) == 2)
            #expect(try await documents(QueryFilter(to: "2021-04-26")) == 1)
            #expect(try await documents(QueryFilter(industry: .automotive)) == 1)
            #expect(try await documents(QueryFilter(stage: .inProduction)) == 1)
            #expect(try await documents(QueryFilter(official: "王兆力")) == 2)
            let projects = try await store.stats(
                StatsRequest(metric: .projects, by: .province, filter: QueryFilter(place: "江苏省"))
            )
            #expect(self.rows(projects) == ["江苏省": 1])
        }
    }

    @Test(arguments: StoreBackend.available) func listsAProjectsLifecycleInDateOrder(_ backend: StoreBackend)
        async throws
    {
        try await self.withStore(backend) { store in
            _ = try await store.commit(self.records)
            let result = try await store.projects(ProjectsRequest(filter: QueryFilter(place: "黑龙江省")))
            #expect(result.projects.count == 2)
            let pipe = try #require(result.projects.first { $0.name.contains("华明管业") })
            #expect(pipe.stage == .inProduction)
            #expect(pipe.stages.map(\.stage) == [.underConstruction, .inProduction])
            #expect(pipe.stages.map(\.date) == ["2021-04-25", "2021-09-02"])
            #expect(pipe.stages.map(\.document) == ["a", "b"])
            #expect(pipe.industries == [.steel])
            #expect(pipe.place == Self.acheng)
            #expect(try await store.projects(ProjectsRequest(limit: 1)).projects.count == 1)
        }
    }

    @Test func refusesADatabaseItCannotUse() throws {
        #expect(throws: DatabaseLocation.Error.unsupported("mysql://x")) {
            _ = try DatabaseLocation(parsing: "mysql://x")
        }
        #expect(throws: DatabaseLocation.Error.emptyPath("sqlite:")) {
            _ = try DatabaseLocation(parsing: "sqlite:")
        }
        #expect(try DatabaseLocation(parsing: "sqlite:///var/lib/a.db") == .sqlite(path: "/var/lib/a.db"))
        #expect(try DatabaseLocation(parsing: "sqlite:data/a.db") == .sqlite(path: "data/a.db"))
        #expect(
            try DatabaseLocation(parsing: "postgres://agg@db:5432/diaoyan")
                == .postgres(url: "postgres://agg@db:5432/diaoyan")
        )
    }
}
