import ClientCore
import DiaoyanModels

/// Small report data for the chart tests: a few projects over two provinces, or many of everything.
enum ReportSamples {
    static func project(
        _ name: String,
        province: String = "江苏省",
        stages: [(Stage, String?, String)],
        industries: [Industry] = [.newEnergy]
    ) -> ProjectsResult.Project {
        ProjectsResult.Project(
            name: name,
            place: Place(path: province, code: "320000", level: .province),
            industries: industries,
            stage: stages.last?.0,
            stages: stages.map { ProjectsResult.StageReport(stage: $0.0, date: $0.1, document: $0.2) }
        )
    }

    /// Three projects in two provinces, two currencies, two officials.
    static var small: ReportData {
        var data = ReportData.empty(generated: "2026-12-05 10:00")
        data.documents = 4
        data.stories = 3
        data.projectCount = 3
        data.events = 5
        data.officialCount = 2
        data.projectsByProvince = StatsResult(
            metric: .projects,
            by: .province,
            rows: [.init(key: "江苏省", value: 2), .init(key: "黑龙江省", value: 1)],
            total: 3
        )
        data.eventsByMonth = StatsResult(
            metric: .events,
            by: .month,
            rows: [.init(key: "2025-05", value: 3), .init(key: "2025-09", value: 2)],
            total: 5
        )
        data.projectsByIndustry = StatsResult(
            metric: .projects,
            by: .industry,
            rows: [.init(key: "new_energy", value: 2), .init(key: "biomedicine", value: 1)],
            total: 3
        )
        data.projectsByStage = StatsResult(
            metric: .projects,
            by: .stage,
            rows: [.init(key: "groundbreaking", value: 2), .init(key: "signed", value: 1)],
            total: 3
        )
        data.investmentByProvince = StatsResult(
            metric: .investment,
            by: .province,
            rows: [
                .init(key: "江苏省", value: 35e8, unit: "CNY"), .init(key: "黑龙江省", value: 12.5e8, unit: "CNY"),
                .init(key: "江苏省", value: 5e8, unit: "USD"),
            ],
            total: nil,
            totals: [.init(unit: "CNY", value: 47.5e8), .init(unit: "USD", value: 5e8)]
        )
        data.announcedByProvince = StatsResult(
            metric: .announcedInvestment,
            by: .province,
            rows: [.init(key: "江苏省", value: 100e8, unit: "CNY")],
            total: 100e8,
            totals: [.init(unit: "CNY", value: 100e8)]
        )
        data.officials = [
            .init(name: "王兆力", stories: 2, events: 3, titles: ["黑龙江省委常委", "哈尔滨市委书记"]),
            .init(name: "张宝娟", stories: 1, events: 1, titles: []),
        ]
        data.projects = [
            Self.project(
                "储能材料项目",
                stages: [(.signed, "2025-05-12", "doc-a"), (.groundbreaking, "2025-09-18", "doc-b")]
            ),
            Self.project("光伏项目", stages: [(.groundbreaking, "2025-09-20", "doc-b")]),
            Self.project(
                "药业项目",
                province: "黑龙江省",
                stages: [(.signed, "2025-05-03", "doc-c")],
                industries: [.biomedicine]
            ),
        ]
        return data
    }

    /// `count` projects spread over every province, each with a long name, and as many officials.
    static func large(_ count: Int) -> ReportData {
        var data = Self.small
        data.projectCount = Double(count)
        data.officialCount = Double(count)
        data.projectsByProvince = StatsResult(
            metric: .projects,
            by: .province,
            rows: ProvinceTile.all.enumerated().map { .init(key: $1.name, value: Double(count / 34 + $0)) },
            total: Double(count)
        )
        data.investmentByProvince = StatsResult(
            metric: .investment,
            by: .province,
            rows: ProvinceTile.all.enumerated().map { .init(key: $1.name, value: Double($0 + 1) * 1e9, unit: "CNY") },
            total: 595e9,
            totals: [.init(unit: "CNY", value: 595e9)]
        )
        data.officials = (0..<ReportCollector.officialLimit).map {
            .init(name: "官员\($0)", stories: Double(100 - $0), events: 1, titles: ["某某省委常委", "某某市委书记兼某某新区党工委书记"])
        }
        data.projects = (0..<min(count, ReportCollector.projectLimit)).map { index in
            let month = index % 12 + 1
            let day = index % 28 + 1
            let date = "2024-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
            return Self.project(
                "第\(index)号年产二十万吨高性能锂离子电池正负极材料及配套电解液一体化生产基地建设项目",
                province: ProvinceTile.all[index % 34].name,
                stages: [
                    (.signed, date, "doc-\(index)"),
                    (.inProduction, "2025-\(month < 10 ? "0" : "")\(month)", "doc-p\(index)"),
                ]
            )
        }
        return data
    }
}
