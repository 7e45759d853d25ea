/// An industry as the generator writes about it: the taxonomy label, the words companies of it take, and what
/// its plants make and in which unit.
package struct Sector: Sendable {
    /// A product line and the unit its yearly capacity is written in (nil: written without a capacity).
    package struct Product: Sendable {
        package var name: String
        package var unit: String?
    }

    /// The label of DESIGN.md's fixed taxonomy.
    package var industry: String
    /// Words after the trade name in a company name (`新材料科技` → `恒达新材料科技有限公司`).
    package var companyWords: [String]
    package var products: [Product]
    /// How the sector is named in a list of fields (`新能源`, `生物医药`).
    package var field: String

    /// The sectors the generator draws from; every label is one the extractor's taxonomy has.
    package static let all: [Sector] = [
        Sector(
            industry: "new_energy",
            companyWords: ["新能源科技", "光伏科技", "储能科技"],
            products: [
                .init(name: "高效光伏组件", unit: "GW"), .init(name: "锂电池储能系统", unit: "GWh"),
                .init(name: "动力电池", unit: "GWh"), .init(name: "氢燃料电池电堆", unit: "套"),
            ],
            field: "新能源"
        ),
        Sector(
            industry: "new_materials",
            companyWords: ["新材料", "新材料科技", "材料科技"],
            products: [
                .init(name: "高性能碳纤维", unit: "吨"), .init(name: "特种合金材料", unit: "万吨"),
                .init(name: "电子级多晶硅", unit: "吨"), .init(name: "高端铝箔", unit: "万吨"),
            ],
            field: "新材料"
        ),
        Sector(
            industry: "biomedicine",
            companyWords: ["生物医药", "制药", "生物科技"],
            products: [
                .init(name: "原料药及制剂", unit: "吨"), .init(name: "医用敷料", unit: "万片"),
                .init(name: "体外诊断试剂", unit: "万人份"), .init(name: "中药饮片", unit: "吨"),
            ],
            field: "生物医药"
        ),
        Sector(
            industry: "equipment",
            companyWords: ["智能装备", "机械制造", "重工"],
            products: [
                .init(name: "工业机器人", unit: "台"), .init(name: "精密减速机", unit: "万套"),
                .init(name: "数控机床", unit: "台"), .init(name: "矿山机械", unit: "台"),
            ],
            field: "高端装备"
        ),
        Sector(
            industry: "automotive",
            companyWords: ["汽车零部件", "汽车部件", "汽车科技"],
            products: [
                .init(name: "新能源汽车", unit: "万辆"), .init(name: "汽车轻量化部件", unit: "万件"),
                .init(name: "汽车线束", unit: "万套"),
            ],
            field: "汽车"
        ),
        Sector(
            industry: "electronics",
            companyWords: ["电子科技", "半导体", "光电科技"],
            products: [
                .init(name: "功率半导体器件", unit: "万片"), .init(name: "显示模组", unit: "万片"),
                .init(name: "印制电路板", unit: "万平方米"),
            ],
            field: "电子信息"
        ),
        Sector(
            industry: "digital",
            companyWords: ["数据科技", "信息技术", "数字科技"],
            products: [.init(name: "大数据中心", unit: nil), .init(name: "算力中心", unit: nil)],
            field: "数字经济"
        ),
        Sector(
            industry: "steel",
            companyWords: ["钢铁", "特钢", "管业"],
            products: [.init(name: "特种钢材", unit: "万吨"), .init(name: "精密钢管", unit: "万吨")],
            field: "钢铁"
        ),
        Sector(
            industry: "petrochemical",
            companyWords: ["化工", "石化"],
            products: [.init(name: "可降解塑料", unit: "万吨"), .init(name: "精细化学品", unit: "万吨")],
            field: "石油化工"
        ),
        Sector(
            industry: "food",
            companyWords: ["食品", "乳业", "饮品"],
            products: [
                .init(name: "乳制品", unit: "万吨"), .init(name: "预制菜", unit: "万吨"),
                .init(name: "休闲食品", unit: "吨"),
            ],
            field: "食品加工"
        ),
        Sector(
            industry: "services_logistics",
            companyWords: ["物流", "供应链管理"],
            products: [.init(name: "冷链物流园", unit: nil), .init(name: "智慧物流中心", unit: nil)],
            field: "现代物流"
        ),
        Sector(
            industry: "environmental",
            companyWords: ["环保科技", "环境工程"],
            products: [.init(name: "固废综合利用", unit: "万吨"), .init(name: "再生资源回收利用", unit: "万吨")],
            field: "节能环保"
        ),
        Sector(
            industry: "light_industry",
            companyWords: ["纺织", "家居"],
            products: [.init(name: "高档面料", unit: "万米"), .init(name: "定制家居", unit: "万套")],
            field: "纺织服装"
        ),
    ]
}
