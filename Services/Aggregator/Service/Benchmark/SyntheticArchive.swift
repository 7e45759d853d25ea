import DiaoyanModels
import DiaoyanText
import Foundation

/// A generator of realistic stored records for benchmarks: what years of regional-industry news look like to the
/// aggregator.
///
/// Places are real counties and zones of the gazetteer, a few of them (provincial capitals' districts, big parks)
/// named far more often than the rest (Zipf); each article names one to three places, zero to four projects (a
/// third of them projects reported before, at a later stage), officials from a pool of 5,000 names and companies
/// from a pool of 20,000, industries, capacities and amounts of money in CNY, USD or EUR over four orders of
/// magnitude, one or two events, dates over seven years. One article in six is a reprint of a recent one (the
/// same facts, a near-identical signature).
package struct SyntheticArchive {
    private var random: SeededRandom
    private let places: [Place]
    private let officials: [String]
    private let companies: [String]
    private var projects: [(name: String, place: Place, stage: Stage, industry: Industry)] = []
    private var recent: [(ExtractionRecord, RecordContext)] = []
    private var count = 0
    private let seed: UInt64

    /// A generator whose output depends only on `seed`.
    package init(seed: UInt64 = 2026) throws {
        self.seed = seed
        self.random = SeededRandom(seed: seed)
        let gazetteer = try Gazetteer.shared()
        var places = gazetteer.divisions.indices.filter { gazetteer.divisions[$0].level >= 3 }.map(gazetteer.place(of:))
        places.shuffle(using: &self.random)
        self.places = places
        let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈")
        let given = Array("国平晓东建华明亮海涛志强文斌红梅丽娟伟军勇杰磊敏静芳永刚春生新宇兴旺德福清正光辉立群")
        var generator = SeededRandom(seed: seed ^ 0xABCD)
        self.officials = (0..<5000).map { _ in
            String(surnames.randomElement(using: &generator)!) + String(given.randomElement(using: &generator)!)
                + (Bool.random(using: &generator) ? String(given.randomElement(using: &generator)!) : "")
        }
        let words = Array("华源恒泰宏远鑫达瑞丰中科新创盛世金阳天成博远顺通海纳万邦嘉和永兴信诚")
        let trades = ["新能源", "新材料", "智能装备", "生物科技", "汽车零部件", "电子", "食品", "化工", "物流", "光伏"]
        self.companies = (0..<20000).map { index in
            String((0..<2).map { _ in words.randomElement(using: &generator)! }) + trades[index % trades.count]
                + "有限公司"
        }
    }

    /// The next `count` records with their contexts.
    package mutating func next(_ count: Int) -> [(record: ExtractionRecord, context: RecordContext)] {
        (0..<count).map { _ in self.next() }
    }

    private mutating func next() -> (record: ExtractionRecord, context: RecordContext) {
        self.count += 1
        // The seed is part of the id: archives of two seeds add up in one store.
        let id = "bench-\(self.seed)-" + String(format: "%08d", self.count)
        if !self.recent.isEmpty, Int.random(in: 0..<6, using: &self.random) == 0 {
            return self.reprint(of: self.recent.randomElement(using: &self.random)!, id: id)
        }
        let places = (0..<(1 + self.random.zipf(3, exponent: 1.5))).map { _ in self.place() }
        let officials = (0..<self.random.zipf(4, exponent: 1.2)).map { _ in self.officials[self.random.zipf(5000)] }
        let organizations = (0..<self.random.zipf(4)).map { _ in self.companies[self.random.zipf(20000)] }
        let projects = (0..<self.random.weighted([0.2, 0.35, 0.25, 0.12, 0.08])).map { _ in self.project(near: places[0]) }
        let published = self.date()
        let amounts = (0..<self.random.weighted([0.3, 0.4, 0.2, 0.1])).map { _ in self.amount() }
        let record = ExtractionRecord(
            id: id,
            source: "site\(self.random.zipf(300)).txt",
            title: "合成报道\(self.count)",
            published: published,
            persons: officials.map { .init(name: $0, titles: ["市委书记"], role: .official) },
            places: places.map { .init($0, mentions: [.init(0, 2)]) },
            organizations: organizations.map { .init(name: $0, kind: "company") },
            projects: projects,
            amounts: amounts,
            events: (0..<(1 + self.random.zipf(2))).map { _ in
                .init(type: EventType.allCases[self.random.zipf(EventType.allCases.count)], date: published, persons: officials)
            },
            industries: Array(Set(projects.flatMap(\.industries)))
        )
        let context = RecordContext(
            signature: (0..<MinHashSignature.permutations).map { _ in UInt32.random(in: 0...UInt32.max, using: &self.random) },
            amountProjects: amounts.map { _ in projects.isEmpty || Bool.random(using: &self.random) ? nil : Int.random(in: 0..<projects.count, using: &self.random) }
        )
        self.recent.append((record, context))
        if self.recent.count > 200 { self.recent.removeFirst() }
        return (record, context)
    }

    /// Another site's copy: new id, source and headline, the same facts, 15 of 128 signature values changed.
    private mutating func reprint(of original: (ExtractionRecord, RecordContext), id: String) -> (ExtractionRecord, RecordContext) {
        var (record, context) = original
        record.id = id
        record.source = "site\(self.random.zipf(300)).txt"
        record.title = "（转载）" + (record.title ?? "")
        if var signature = context.signature {
            for _ in 0..<15 { signature[Int.random(in: 0..<signature.count, using: &self.random)] = UInt32.random(in: 0...UInt32.max, using: &self.random) }
            context.signature = signature
        }
        return (record, context)
    }

    private mutating func place() -> Place {
        self.places[self.random.zipf(self.places.count, exponent: 0.9)]
    }

    /// A project: one reported before (at a later stage) a third of the time, else a new one near `place`.
    private mutating func project(near place: Place) -> ExtractionRecord.Project {
        if !self.projects.isEmpty, Int.random(in: 0..<3, using: &self.random) == 0 {
            let index = Int.random(in: 0..<self.projects.count, using: &self.random)
            var known = self.projects[index]
            known.stage = Stage.allCases[min(Stage.inProduction.index, known.stage.index + 1)]
            self.projects[index] = known
            return .init(name: known.name, stage: known.stage, place: .init(known.place, from: .mention), industries: [known.industry])
        }
        let products = ["储能材料", "光伏组件", "动力电池", "碳纤维", "生物医药", "智能装备", "汽车零部件", "芯片封装", "冷链物流", "新型建材"]
        let company = self.companies[self.random.zipf(20000)].prefix(4)
        let name = "\(company)年产\(1 + self.random.zipf(100))万吨\(products[self.random.zipf(products.count)])项目"
            + (Int.random(in: 0..<5, using: &self.random) == 0 ? "二期" : "")
        let stage = Stage.allCases[self.random.weighted([0.1, 0.3, 0.2, 0.15, 0.05, 0.05, 0.05, 0.1])]
        let industry = Industry.allCases[self.random.zipf(Industry.allCases.count)]
        self.projects.append((name, place, stage, industry))
        let units = ["吨", "GW", "MW", "台", "辆", "平方米"]
        return .init(
            name: name,
            stage: stage,
            quantities: Bool.random(using: &self.random)
                ? [.init(text: "", value: Double(1 + self.random.zipf(1000)), unit: units[self.random.zipf(units.count)])] : [],
            place: .init(place, from: .mention),
            industries: [industry]
        )
    }

    private mutating func amount() -> ExtractionRecord.Amount {
        let value = pow(10, Double.random(in: 7...11, using: &self.random)).rounded()
        let currency = ["CNY", "USD", "EUR"][self.random.weighted([0.85, 0.1, 0.05])]
        return .init(text: "", value: value, currency: currency)
    }

    /// A day of 2019–2025.
    private mutating func date() -> String {
        String(
            format: "%04d-%02d-%02d",
            Int.random(in: 2019...2025, using: &self.random),
            Int.random(in: 1...12, using: &self.random),
            Int.random(in: 1...28, using: &self.random)
        )
    }
}

extension Stage {
    /// The stage's place in the lifecycle.
    fileprivate var index: Int { Stage.allCases.firstIndex(of: self)! }
}
