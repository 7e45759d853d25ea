import AggregatorService
import DiaoyanModels
import Foundation
import TestSupport
import Testing

/// One project across articles: the name without a company or place in front of it, in a compatible place;
/// phases are separate projects; the lifecycle lists known stages in date order.
@Suite struct ProjectLinkingTests {
    private static let rudong = Place(path: "江苏省/南通市/如东县", code: "320623", level: .county)
    private static let nantong = Place(path: "江苏省/南通市", code: "320600", level: .city)
    private static let haimen = Place(path: "江苏省/南通市/海门区", code: "320614", level: .county)

    private static func record(
        _ id: String,
        published: String,
        organizations: [String] = [],
        projects: [ExtractionRecord.Project],
        places: [Place] = [rudong]
    ) -> ExtractionRecord {
        ExtractionRecord(
            id: id,
            source: "\(id).txt",
            title: "标题\(id)",
            published: published,
            places: places.map { .init($0) },
            organizations: organizations.map { .init(name: $0, kind: "company") },
            projects: projects
        )
    }

    private static func project(_ name: String, _ stage: Stage, at place: Place?, organization: String? = nil)
        -> ExtractionRecord.Project
    {
        .init(name: name, stage: stage, place: place.map { .init($0, from: .mention) }, organization: organization, industries: [.newEnergy])
    }

    private func withStore(_ backend: StoreBackend, _ body: (any RecordStore) async throws -> Void) async throws {
        try await backend.withStore("projects", body)
    }

    @Test(arguments: StoreBackend.available) func aCompanyPrefixPresentInOneArticleAndAbsentInAnotherIsOneProject(_ backend: StoreBackend) async throws {
        try await self.withStore(backend) { store in
            _ = try await store.commit([
                Self.record(
                    "a", published: "2025-05-13", organizations: ["华源新能源科技有限公司"],
                    projects: [Self.project("华源新能源年产20万吨新型储能材料项目", .signed, at: Self.rudong)]),
                Self.record("b", published: "2025-09-19", projects: [Self.project("年产20万吨新型储能材料项目", .groundbreaking, at: Self.nantong)]),
                // Another company's plant of the same size, written with its name: joins nothing known as a company,
                // but is the same name with a prefix, so only a phase or another place keeps it apart.
                Self.record("c", published: "2025-10-01", projects: [Self.project("年产20万吨新型储能材料项目二期", .signed, at: Self.rudong)]),
                Self.record("d", published: "2025-10-02", projects: [Self.project("年产20万吨新型储能材料项目", .signed, at: Self.haimen)], places: [Self.haimen]),
            ])
            let projects = try await store.projects(ProjectsRequest()).projects
            #expect(projects.count == 3, "\(projects.map(\.name))")
            let first = try #require(projects.first)
            #expect(first.name == "华源新能源年产20万吨新型储能材料项目")
            #expect(first.place == Self.rudong, "the deepest place reported")
            #expect(first.stages.map(\.stage) == [.signed, .groundbreaking])
            #expect(first.stages.map(\.document) == ["a", "b"])
            #expect(first.stage == .groundbreaking)
            #expect(try await store.stats(StatsRequest(metric: .projects)).total == 3)
            let byCounty = try await store.stats(StatsRequest(metric: .projects, by: .county))
            #expect(Dictionary(uniqueKeysWithValues: byCounty.rows.map { ($0.key, $0.value) }) == ["如东县": 2, "海门区": 1])
        }
    }

    @Test(arguments: StoreBackend.available) func phasesAreSeparateProjects(_ backend: StoreBackend) async throws {
        try await self.withStore(backend) { store in
            _ = try await store.commit([
                Self.record("a", published: "2024-03-01", projects: [
                    Self.project("临港光伏组件一期项目", .inProduction, at: Self.rudong),
                    Self.project("临港光伏组件二期项目", .signed, at: Self.rudong),
                ]),
                Self.record("b", published: "2024-06-01", projects: [Self.project("临港光伏组件二期项目", .groundbreaking, at: Self.rudong)]),
            ])
            let projects = try await store.projects(ProjectsRequest()).projects
            #expect(projects.map(\.name).sorted() == ["临港光伏组件一期项目", "临港光伏组件二期项目"])
            let second = try #require(projects.first { $0.name.contains("二期") })
            #expect(second.stages.map(\.stage) == [.signed, .groundbreaking])
        }
    }

    @Test(arguments: StoreBackend.available) func theLifecycleIsInDateOrderWithoutUnknownAndWithoutStrayPunctuation(_ backend: StoreBackend) async throws {
        try await self.withStore(backend) { store in
            _ = try await store.commit([
                Self.record("late", published: "2016-12-16", projects: [Self.project("“年产10万吨碳纤维项目", .completed, at: Self.rudong)]),
                Self.record("vague", published: "2017-01-05", projects: [Self.project("年产10万吨碳纤维项目", .unknown, at: Self.rudong)]),
                Self.record("early", published: "2015-04-02", projects: [Self.project("年产10万吨碳纤维项目”", .groundbreaking, at: Self.rudong)]),
            ])
            let project = try #require(try await store.projects(ProjectsRequest()).projects.first)
            #expect(project.name == "年产10万吨碳纤维项目")
            #expect(project.stages.map(\.stage) == [.groundbreaking, .completed])
            #expect(project.stages.map(\.date) == ["2015-04-02", "2016-12-16"])
            // The latest known stage, though an undated-stage report came after it.
            #expect(project.stage == .completed)
            let byStage = try await store.stats(StatsRequest(metric: .projects, by: .stage))
            #expect(byStage.rows.map(\.key) == ["completed"])
        }
    }

    @Test(arguments: StoreBackend.available) func moneyGoesToTheProjectsPlaceNotToEveryPlaceTheArticleNames(_ backend: StoreBackend) async throws {
        try await self.withStore(backend) { store in
            let beijing = Place(path: "北京市/朝阳区", code: "110105", level: .county)
            var record = Self.record(
                "a", published: "2025-01-02",
                projects: [Self.project("储能电站项目", .signed, at: Self.rudong)],
                places: [Self.rudong, beijing]
            )
            record.amounts = [
                .init(text: "12亿元", value: 1.2e9, currency: "CNY"), .init(text: "1亿美元", value: 1e8, currency: "USD"),
            ]
            _ = try await store.commit([record], contexts: ["a": RecordContext(signature: nil, amountProjects: [0, 0])])
            let byProvince = try await store.stats(StatsRequest(metric: .investment, by: .province))
            #expect(Set(byProvince.rows) == [.init(key: "江苏省", value: 1.2e9, unit: "CNY"), .init(key: "江苏省", value: 1e8, unit: "USD")])
            #expect(byProvince.total == nil, "yuan and dollars are never added")
            #expect(Set(byProvince.totals) == [.init(unit: "CNY", value: 1.2e9), .init(unit: "USD", value: 1e8)])
            let project = try #require(try await store.projects(ProjectsRequest()).projects.first)
            #expect(project.investment == [.init(unit: "CNY", value: 1.2e9), .init(unit: "USD", value: 1e8)])
        }
    }

    @Test(arguments: StoreBackend.available) func oneKeyInTwoProvincesIsTwoProjectsAndAReportWithoutAPlaceJoinsTheDeepest(_ backend: StoreBackend) async throws {
        let chaoyang = Place(path: "北京市/朝阳区", code: "110105", level: .county)
        let beijing = Place(path: "北京市", code: "110000", level: .province)
        let name = "年产5万吨锂电池隔膜项目"
        try await self.withStore(backend) { store in
            // Each commit links against the stored projects, read by the provinces its reports name.
            _ = try await store.commit([
                Self.record("a", published: "2025-01-01", projects: [Self.project(name, .signed, at: Self.rudong)]),
                Self.record("b", published: "2025-01-02", projects: [Self.project(name, .signed, at: chaoyang)], places: [chaoyang]),
            ])
            _ = try await store.commit([Self.record("c", published: "2025-02-01", projects: [Self.project(name, .groundbreaking, at: Self.nantong)])])
            _ = try await store.commit([Self.record("d", published: "2025-03-01", projects: [Self.project(name, .groundbreaking, at: beijing)], places: [beijing])])
            _ = try await store.commit([Self.record("e", published: "2025-04-01", projects: [Self.project(name, .toppedOut, at: nil)], places: [])])
            let projects = try await store.projects(ProjectsRequest()).projects
            #expect(projects.count == 2, "\(projects.map(\.place))")
            let jiangsu = try #require(projects.first { $0.place == Self.rudong })
            #expect(jiangsu.stages.map(\.document) == ["a", "c", "e"], "without a place: the deepest place's project")
            let capital = try #require(projects.first { $0.place == chaoyang })
            #expect(capital.stages.map(\.document) == ["b", "d"])
        }
    }
}
