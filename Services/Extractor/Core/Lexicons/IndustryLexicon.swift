import DiaoyanModels

/// Keywords that place a project or an article in DESIGN.md's industry taxonomy.
package enum IndustryLexicon {
    /// Keyword → industry; a text is in an industry when it holds one of its keywords.
    package static let keywords: [(String, Industry)] = [
        ("药业", .biomedicine), ("制药", .biomedicine), ("医药", .biomedicine), ("生物医药", .biomedicine), ("中药", .biomedicine),
        ("疫苗", .biomedicine), ("医疗", .biomedicine), ("输液", .biomedicine), ("GMP", .biomedicine), ("药品", .biomedicine),
        ("红豆杉", .biomedicine), ("生物制品", .biomedicine), ("医疗器械", .biomedicine), ("配方颗粒", .biomedicine),
        ("光伏", .newEnergy), ("锂电", .newEnergy), ("储能", .newEnergy), ("风电", .newEnergy), ("新能源", .newEnergy),
        ("太阳能", .newEnergy), ("氢能", .newEnergy), ("动力电池", .newEnergy), ("充电桩", .newEnergy), ("核电", .newEnergy),
        ("新材料", .newMaterials), ("石墨", .newMaterials), ("碳纤维", .newMaterials), ("复合材料", .newMaterials),
        ("生物基", .newMaterials), ("稀土", .newMaterials), ("高分子", .newMaterials),
        ("装备", .equipment), ("机械", .equipment), ("模具", .equipment), ("零部件", .equipment), ("机器人", .equipment),
        ("数控", .equipment), ("机床", .equipment), ("除尘设备", .equipment), ("精密", .equipment),
        ("汽车", .automotive), ("整车", .automotive), ("新能源车", .automotive), ("轻量化", .automotive),
        ("航空", .aerospace), ("航天", .aerospace), ("无人机", .aerospace), ("飞机", .aerospace), ("卫星", .aerospace),
        ("低空经济", .aerospace),
        ("轨道交通", .railTransit), ("机车", .railTransit), ("中车", .railTransit), ("动车", .railTransit), ("地铁车辆", .railTransit),
        ("半导体", .electronics), ("芯片", .electronics), ("集成电路", .electronics), ("电子", .electronics),
        ("显示面板", .electronics), ("传感器", .electronics), ("声学", .electronics),
        ("数据中心", .digital), ("算力", .digital), ("智算", .digital), ("大数据", .digital), ("云计算", .digital),
        ("人工智能", .digital), ("软件", .digital), ("数字经济", .digital), ("智能云", .digital), ("互联网", .digital),
        ("5G", .digital), ("信息技术", .digital),
        ("钢铁", .steel), ("钢", .steel), ("制管", .steel), ("铁市场", .steel), ("特钢", .steel), ("铸造", .steel),
        ("石化", .petrochemical), ("炼化", .petrochemical), ("化工", .petrochemical), ("乙烯", .petrochemical), ("炼油", .petrochemical),
        ("食品", .food), ("饮料", .food), ("乳业", .food), ("乳制品", .food), ("粮油", .food), ("酒业", .food), ("肉制品", .food),
        ("农业", .agriculture), ("种植", .agriculture), ("养殖", .agriculture), ("种业", .agriculture), ("农产品", .agriculture),
        ("文旅", .tourismCulture), ("旅游", .tourismCulture), ("文化", .tourismCulture), ("景区", .tourismCulture),
        ("物流", .servicesLogistics), ("仓储", .servicesLogistics), ("商贸", .servicesLogistics), ("冷链", .servicesLogistics),
        ("环保", .environmental), ("城市矿产", .environmental), ("固废", .environmental), ("污水", .environmental),
        ("再生资源", .environmental), ("节能", .environmental),
        ("纺织", .lightIndustry), ("服装", .lightIndustry), ("家具", .lightIndustry), ("造纸", .lightIndustry), ("鞋", .lightIndustry),
        ("大学", .educationResearch), ("研究院", .educationResearch), ("研究所", .educationResearch), ("科研", .educationResearch),
        ("产学研", .educationResearch), ("实验室", .educationResearch),
    ]
}
