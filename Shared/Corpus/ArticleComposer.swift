import DiaoyanText

/// Writes one simplified article of the genre and its gold: an official's visit, a signing, a groundbreaking,
/// a commissioning or a project meeting, with title chains, projects, capacities, money, dates and boilerplate.
///
/// Each kind of paragraph has several templates and every slot is drawn from word lists, so no two articles
/// share more than their set phrases. The gold is built from the same choices as the text, never read back.
package struct ArticleComposer: Sendable {
    /// The kinds of story, one template family each.
    package enum Genre: String, CaseIterable, Sendable {
        case inspection, signing, groundbreaking, commissioning, meeting
    }

    private let counties: [CountyChoice]

    package init(gazetteer: Gazetteer) {
        self.counties = CountyChoice.all(in: gazetteer)
    }

    /// How many counties the composer draws from.
    package var countyCount: Int { self.counties.count }

    /// One article of `genre`, all its choices drawn from `random`.
    package func compose(_ genre: Genre, random: inout SeededRandom) -> ArticleDraft {
        var writer = StoryWriter(place: random.pick(self.counties), random: random)
        let draft = writer.write(genre)
        random = writer.random
        return draft
    }
}

/// The state of one article being written: the choices made so far and the gold they imply.
private struct StoryWriter {
    var random: SeededRandom
    let place: CountyChoice
    var gold: GoldRecord
    var usedNames: Set<String> = []
    var usedTrades: Set<String> = []
    var body: [ArticleDraft.Line] = []
    let year: Int
    let month: Int
    let day: Int

    init(place: CountyChoice, random: SeededRandom) {
        self.random = random
        self.place = place
        self.year = self.random.int(2019...2025)
        self.month = self.random.int(1...12)
        self.day = self.random.int(3...28)
        let published = "\(self.year)-\(Self.two(self.month))-\(Self.two(self.day))"
        self.gold = GoldRecord(
            script: "simplified",
            title: "",
            published: published,
            persons: [],
            places: [place.path],
            organizations: [],
            projects: [],
            amounts: [],
            events: [],
            industries: [],
            notes: ""
        )
    }

    static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// The day before publication, the day the story's event happened.
    var eventDate: String { "\(self.year)-\(Self.two(self.month))-\(Self.two(self.day - 1))" }
    /// The event day as a dateline writes it: `24日` or `9月24日`.
    mutating func writtenEventDay() -> String {
        self.random.chance(0.5) ? "\(self.day - 1)日" : "\(self.month)月\(self.day - 1)日"
    }

    // MARK: people

    mutating func personName() -> String {
        while true {
            var name = self.random.pick(Phrasebook.surnames) + self.random.pick(Phrasebook.givenCharacters)
            if self.random.chance(0.7) { name += self.random.pick(Phrasebook.givenCharacters) }
            if !self.usedNames.contains(name), Set(name).count == name.count {
                self.usedNames.insert(name)
                return name
            }
        }
    }

    /// A person with a title chain; returns the chain as written (`、` between titles) followed by the name.
    mutating func official(_ titles: [String], role: String = "official") -> (written: String, name: String) {
        let name = self.personName()
        self.gold.persons.append(.init(name: name, titles: titles, role: role))
        return (titles.joined(separator: "、") + name, name)
    }

    /// The city-level leader who visits or presides.
    mutating func cityLeader() -> (written: String, name: String) {
        let city = self.place.city
        switch self.random.int(0...2) {
        case 0 where self.place.isProvince: return self.official(["\(self.place.province)委常委", "\(city)委书记"])
        case 1: return self.official(["\(city)委副书记", "市长"])
        default: return self.official(["\(city)委书记"])
        }
    }

    /// The county's own leader.
    mutating func countyLeader() -> (written: String, name: String) {
        let kind = self.place.countyKind
        return self.random.chance(0.5)
            ? self.official(["\(self.place.county)委书记"]) : self.official(["\(kind)委副书记", "\(kind)长"])
    }

    /// Zero to two officials who came along.
    mutating func companions() -> [(written: String, name: String)] {
        let kind = self.place.countyKind
        let chains = [["市委常委", "秘书长"], ["副市长"], ["\(kind)委书记"], ["\(kind)长"], ["市政府秘书长"]]
        return self.random.sample(chains, count: self.random.int(0...2)).map { self.official($0) }
    }

    // MARK: companies, projects, money

    struct Plant {
        var trade: String
        var company: String
        var companyShort: String
        var sector: Sector
        var product: Sector.Product
        var quantity: String?
    }

    mutating func plant() -> Plant {
        var trade = ""
        repeat {
            trade = self.random.pick(Phrasebook.tradeFirst) + self.random.pick(Phrasebook.tradeSecond)
        } while self.usedTrades.contains(trade)
        self.usedTrades.insert(trade)
        let sector = self.random.pick(Sector.all)
        let word = self.random.pick(sector.companyWords)
        let prefix = self.random.chance(0.4) ? self.place.cityShort : ""
        let product = self.random.pick(sector.products)
        let quantity = product.unit.map { "年产\(Self.capacity(for: $0, random: &self.random))\($0)" }
        return Plant(
            trade: trade,
            company: "\(prefix)\(trade)\(word)有限公司",
            companyShort: "\(trade)\(word)",
            sector: sector,
            product: product,
            quantity: quantity
        )
    }

    static func capacity(for unit: String, random: inout SeededRandom) -> Int {
        switch unit {
        case "GW", "GWh": random.pick([2, 5, 8, 10, 12, 20])
        case "万吨", "万辆": random.pick([3, 5, 10, 20, 30, 50, 100])
        case "吨": random.pick([500, 800, 2000, 5000, 10000])
        case "台", "套": random.pick([300, 1000, 1500, 3000, 5000])
        default: random.pick([10, 30, 50, 100, 200, 500])
        }
    }

    /// The project's full name (`恒达年产20万吨特种钢材项目`), recorded in the gold with `stage`.
    mutating func fullProject(_ plant: Plant, stage: String) -> String {
        let name = "\(plant.trade)\(plant.quantity ?? "")\(plant.product.name)项目"
        self.gold.projects.append(.init(name: name, stage: stage, quantities: plant.quantity.map { [$0] } ?? []))
        self.addIndustry(plant.sector.industry)
        return name
    }

    /// An item of an enumeration (`恒达特种钢材`), recorded in the gold with `stage`.
    mutating func listedProject(_ plant: Plant, stage: String) -> String {
        let name = "\(plant.trade)\(plant.product.name)"
        self.gold.projects.append(.init(name: name, stage: stage, quantities: []))
        self.addIndustry(plant.sector.industry)
        return name
    }

    /// The company's full name, recorded as an organization.
    mutating func company(_ plant: Plant) -> String {
        if !self.gold.organizations.contains(plant.company) { self.gold.organizations.append(plant.company) }
        return plant.company
    }

    mutating func addIndustry(_ industry: String) {
        if !self.gold.industries.contains(industry) { self.gold.industries.append(industry) }
    }

    /// A sum in 亿元 (sometimes 万元 or 亿美元), recorded in the gold once per written text.
    mutating func money(large: Bool = false) -> String {
        let text: String
        let value: Double
        let currency: String
        let roll = self.random.int(0...19)
        if roll == 0 {
            let amount = self.random.int(1...20)
            (text, value, currency) = ("\(amount)亿美元", Double(amount) * 1e8, "USD")
        } else if roll <= 2 && !large {
            let amount = self.random.pick([3000, 5000, 6800, 8000])
            (text, value, currency) = ("\(amount)万元", Double(amount) * 1e4, "CNY")
        } else {
            let tenths = large ? self.random.int(300...2000) : self.random.int(12...600)
            if tenths % 10 == 0 || self.random.chance(0.5) {
                (text, value, currency) = ("\(tenths / 10)亿元", Double(tenths / 10) * 1e8, "CNY")
            } else {
                (text, value, currency) = ("\(tenths / 10).\(tenths % 10)亿元", Double(tenths) * 1e7, "CNY")
            }
        }
        self.recordAmount(text, value: value, currency: currency)
        return text
    }

    mutating func recordAmount(_ text: String, value: Double, currency: String) {
        if !self.gold.amounts.contains(where: { $0.text == text }) {
            self.gold.amounts.append(.init(text: text, value: value, currency: currency))
        }
    }

    mutating func filler() -> ArticleDraft.Line {
        .init(text: self.random.pick(Phrasebook.fillers), role: .filler)
    }

    mutating func paragraph(_ text: String) {
        self.body.append(.init(text: text, role: .body))
    }

    mutating func event(_ type: String, persons: [String]) {
        self.gold.events.append(.init(date: self.eventDate, type: type, persons: persons, places: [self.place.path]))
    }

    /// Fields of the story's projects as a list (`新能源、生物医药`).
    func fields(of plants: [Plant]) -> String {
        var seen: [String] = []
        for plant in plants where !seen.contains(plant.sector.field) { seen.append(plant.sector.field) }
        return seen.joined(separator: "、")
    }

    // MARK: stories

    mutating func write(_ genre: ArticleComposer.Genre) -> ArticleDraft {
        let title: (String, String)
        switch genre {
        case .inspection: title = self.inspection()
        case .signing: title = self.signing()
        case .groundbreaking: title = self.groundbreaking()
        case .commissioning: title = self.commissioning()
        case .meeting: title = self.meeting()
        }
        self.gold.title = title.0 + " " + title.1
        let lostSpace = self.random.chance(0.5)
        var lines = self.header(title, lostSpace: lostSpace)
        lines += self.body
        lines += self.footer()
        self.gold.notes = "generated \(genre.rawValue) story in \(self.place.path)"
        return ArticleDraft(lines: lines, gold: self.gold, genre: genre.rawValue, lostSpace: lostSpace)
    }

    /// Closes the last paragraph with the byline; that line names people, so it is no longer filler.
    mutating func endWithReporter() {
        let byline = self.reporterLine()
        self.body[self.body.count - 1].text += byline
        self.body[self.body.count - 1].role = .body
    }

    mutating func reporterLine() -> String {
        let reporter = self.personName()
        self.gold.persons.append(.init(name: reporter, titles: ["记者"], role: "reporter"))
        guard self.random.chance(0.4) else { return "（记者 \(reporter)）" }
        let correspondent = self.personName()
        self.gold.persons.append(.init(name: correspondent, titles: ["通讯员"], role: "reporter"))
        return "（记者 \(reporter) 通讯员 \(correspondent)）"
    }

    mutating func inspection() -> (String, String) {
        let place = self.place
        let visitor = self.cityLeader()
        let site = self.random.pick(["施工现场", "建设现场", "项目工地"])
        let visited = (0..<self.random.int(2...4)).map { _ in self.plant() }
        let items = visited.map { self.listedProject($0, stage: "under_construction") }
        let opening = self.writtenEventDay()
        switch self.random.int(0...2) {
        case 0: self.paragraph("\(opening)，\(visitor.written)到\(place.county)调研重点产业项目建设情况。")
        case 1:
            self.paragraph("\(opening)，\(visitor.written)深入\(place.cityShort)\(place.county)，调研产业项目建设和企业生产经营情况。")
        default:
            self.paragraph("\(opening)，\(visitor.written)在\(place.county)调研时强调，要以项目建设的实绩推动经济高质量发展。")
        }
        self.body.append(self.filler())
        let list = items.joined(separator: "、")
        switch self.random.int(0...2) {
        case 0: self.paragraph("\(visitor.name)先后来到\(list)等项目\(site)，察看工程进度，详细了解项目投资、建设和运营情况。")
        case 1: self.paragraph("在\(list)等项目\(site)，\(visitor.name)仔细询问施工进度和要素保障情况。")
        default: self.paragraph("调研中，\(visitor.name)一行深入\(list)等项目\(site)，实地察看项目建设进展。")
        }
        for _ in 0..<self.random.int(1...2) {
            let plant = self.plant()
            let amount = self.money()
            switch self.random.int(0...2) {
            case 0:
                let name = self.fullProject(plant, stage: "in_production")
                self.paragraph(
                    "在\(self.company(plant))，\(visitor.name)走进生产车间了解企业经营情况。该企业投资\(amount)建设的\(name)已于\(self.year - 1)年建成投产，产品销往全国二十多个省份。"
                )
            case 1:
                let name = self.fullProject(plant, stage: "topped_out")
                self.paragraph("\(name)由\(self.company(plant))投资建设，总投资\(amount)，目前主体结构已全部封顶，正在进行内部装修和设备采购。")
            default:
                let name = self.fullProject(plant, stage: "under_construction")
                self.paragraph(
                    "\(name)总投资\(amount)，由\(self.company(plant))建设，项目于去年\(self.random.int(1...12))月开工，目前正在进行设备安装，预计年内试生产。"
                )
            }
        }
        self.paragraph("\(visitor.name)强调，" + self.random.pick(Phrasebook.fillers))
        self.body.append(self.filler())
        let others = self.companions()
        var persons = [visitor.name]
        if !others.isEmpty {
            self.paragraph(others.map(\.written).joined(separator: "，") + self.random.pick(["参加调研。", "陪同调研。"]))
            persons += others.map(\.name)
        }
        self.endWithReporter()
        self.event("inspection", persons: persons)
        let topic = self.random.pick(["产业项目建设情况", "重点项目建设", "工业经济运行和项目建设", "招商引资和项目建设工作"])
        let slogan = self.random.pick(["奋力冲刺全年目标任务", "全力以赴抓项目促发展", "跑出项目建设加速度", "推动更多项目早日投产见效"])
        return ("\(visitor.name)到\(place.cityShort)\(place.county)调研\(topic)", slogan)
    }

    mutating func signing() -> (String, String) {
        let place = self.place
        let visitor = self.cityLeader()
        let plants = (0..<self.random.int(2...4)).map { _ in self.plant() }
        let items = plants.map { self.listedProject($0, stage: "signed") }
        let featured = self.plant()
        let count = items.count + 1 + self.random.int(0...12)
        let total = self.money(large: true)
        self.paragraph(
            "\(self.writtenEventDay())，\(place.county)举行\(self.year)年重点项目集中签约仪式，\(count)个项目现场签约，总投资\(total)。\(visitor.written)出席并致辞。"
        )
        self.body.append(self.filler())
        self.paragraph("此次签约的项目涵盖\(self.fields(of: plants + [featured]))等领域，包括\(items.joined(separator: "、"))等项目。")
        let amount = self.money()
        let name = self.fullProject(featured, stage: "signed")
        self.paragraph("其中，\(self.company(featured))计划投资\(amount)建设\(name)，项目建成后将进一步完善当地产业链条。")
        let executive = self.official(["\(featured.companyShort)董事长"], role: "executive")
        self.paragraph("\(executive.written)在发言中表示，" + self.random.pick(Phrasebook.fillers))
        self.body.append(self.filler())
        self.endWithReporter()
        self.event("signing", persons: [visitor.name, executive.name])
        return ("\(place.county)举行重点项目集中签约仪式", "\(count)个项目总投资\(total)")
    }

    mutating func groundbreaking() -> (String, String) {
        let place = self.place
        let season = self.random.pick(["一季度", "二季度", "三季度", "四季度"])
        let plants = (0..<self.random.int(2...3)).map { _ in self.plant() }
        let items = plants.map { self.listedProject($0, stage: "groundbreaking") }
        let featured = self.plant()
        let count = items.count + 1 + self.random.int(0...9)
        let total = self.money(large: true)
        self.paragraph(
            "\(self.writtenEventDay())，\(place.city)\(self.year)年\(season)重大项目集中开工活动举行，\(place.county)分会场共有\(count)个项目集中开工，总投资\(total)。"
        )
        let visitor = self.random.chance(0.5) ? self.cityLeader() : self.countyLeader()
        self.paragraph("\(visitor.written)出席\(place.county)分会场活动并宣布项目开工。")
        self.body.append(self.filler())
        self.paragraph("此次开工的\(items.joined(separator: "、"))等项目，涵盖\(self.fields(of: plants))等产业，科技含量高、带动能力强。")
        let amount = self.money()
        let name = self.fullProject(featured, stage: "groundbreaking")
        self.paragraph("\(name)由\(self.company(featured))投资\(amount)建设，计划\(self.year + 1)年底建成投产。")
        self.body.append(self.filler())
        self.endWithReporter()
        self.event("groundbreaking", persons: [visitor.name])
        return ("\(place.city)\(season)重大项目集中开工", "\(place.county)\(count)个项目总投资\(total)")
    }

    mutating func commissioning() -> (String, String) {
        let place = self.place
        let featured = self.plant()
        let name = self.fullProject(featured, stage: "in_production")
        let visitor = self.random.chance(0.5) ? self.cityLeader() : self.countyLeader()
        self.paragraph("\(self.writtenEventDay())，\(name)在\(place.city)\(place.county)正式建成投产。\(visitor.written)出席投产仪式。")
        let amount = self.money()
        let began = "\(self.year - 1)年\(self.random.int(1...12))月"
        self.paragraph(
            "该项目由\(self.company(featured))投资\(amount)建设，于\(began)开工，主要生产\(featured.product.name)\(featured.quantity.map { "，设计产能\($0)" } ?? "")。"
        )
        self.body.append(self.filler())
        let executive = self.official(["\(featured.companyShort)董事长"], role: "executive")
        self.paragraph("\(executive.written)介绍，" + self.random.pick(Phrasebook.fillers))
        self.paragraph("\(visitor.name)强调，" + self.random.pick(Phrasebook.fillers))
        self.endWithReporter()
        self.event("commissioning", persons: [visitor.name, executive.name])
        return (
            "\(featured.trade)\(featured.product.name)项目在\(place.county)建成投产",
            "\(self.random.pick(["助力产业升级", "填补区域产业空白", "产业链再添新动能"]))"
        )
    }

    mutating func meeting() -> (String, String) {
        let place = self.place
        let chair = self.countyLeader()
        let kind = place.countyKind
        self.paragraph(
            "\(self.writtenEventDay())，\(place.cityShort)\(place.county)召开重大产业项目推进会，盘点前期项目建设情况，部署下一阶段工作。\(chair.written)出席会议并讲话。"
        )
        let plants = (0..<self.random.int(2...4)).map { _ in self.plant() }
        let items = plants.map { self.listedProject($0, stage: "planned") }
        let total = self.money(large: true)
        self.paragraph(
            "会议通报，今年以来，全\(kind)新开工产业项目\(self.random.int(8...40))个。围绕主导产业，全\(kind)已谋划储备\(items.joined(separator: "、"))等项目，计划总投资约\(total)，力争明年上半年陆续开工。"
        )
        self.body.append(self.filler())
        let featured = self.plant()
        let name = self.fullProject(featured, stage: "signed")
        self.paragraph("推进会上，\(place.county)与\(self.company(featured))签订投资协议，\(name)正式落户。")
        self.paragraph("\(chair.name)强调，" + self.random.pick(Phrasebook.fillers))
        self.body.append(self.filler())
        self.endWithReporter()
        self.event("meeting", persons: [chair.name])
        self.gold.events.append(
            .init(date: self.eventDate, type: "signing", persons: [chair.name], places: [place.path])
        )
        return ("\(place.county)召开重大产业项目推进会", "谋划储备一批\(plants[0].sector.field)项目")
    }

    // MARK: header and footer

    mutating func header(_ title: (String, String), lostSpace: Bool) -> [ArticleDraft.Line] {
        let time = "\(Self.two(self.random.int(6...22))):\(Self.two(self.random.int(0...59)))"
        let dashed = "\(self.year)-\(Self.two(self.month))-\(Self.two(self.day))"
        let source = self.place.cityShort + self.random.pick(Phrasebook.sites)
        var lines: [ArticleDraft.Line] = []
        if lostSpace { lines.append(.init(text: "\(title.0)?\(title.1)", role: .header)) }
        lines.append(.init(text: "\(title.0) \(title.1)", role: .header))
        switch self.random.int(0...2) {
        case 0: lines.append(.init(text: "\(dashed) \(time)", role: .header))
        case 1:
            lines.append(
                .init(
                    text: "来源：\(source)　　发布时间：\(self.year)年\(Self.two(self.month))月\(Self.two(self.day))日 \(time)",
                    role: .header
                )
            )
        default:
            lines.append(
                .init(text: "\(dashed) \(time):\(Self.two(self.random.int(0...59)))　来源：\(source)", role: .header)
            )
        }
        return lines
    }

    mutating func footer() -> [ArticleDraft.Line] {
        var lines: [ArticleDraft.Line] = [.init(text: "责任编辑：\(self.personName())", role: .footer)]
        self.usedNames.removeAll()  // the editor is no person of the story; names may repeat from here on
        if self.random.chance(0.6), self.place.neighbours.count >= 3 {
            let list = self.random.sample(self.place.neighbours, count: self.random.int(3...6))
            lines.append(.init(text: "地区导航：" + list.joined(separator: " | "), role: .footer))
        }
        if self.random.chance(0.7) {
            lines.append(.init(text: self.random.pick(Phrasebook.boilerplateFooters), role: .footer))
        }
        if self.random.chance(0.5) {
            lines.append(
                .init(text: "ICP备\(self.random.int(10_000_000...99_999_999))号-\(self.random.int(1...3))", role: .footer)
            )
        }
        if self.random.chance(0.4) {
            lines.append(
                .init(
                    text: "联系电话：0\(self.random.int(100...999))-\(self.random.int(10_000_000...99_999_999))",
                    role: .footer
                )
            )
        }
        return lines
    }
}
