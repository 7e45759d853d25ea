import DiaoyanModels

/// The divisions (大类) of China's national industry classification, GB/T 4754-2017, that regional-industry news
/// reports on, each with the key of DESIGN.md's taxonomy it falls under and the words pages use for its products
/// and plants.
///
/// The division codes and names are the standard's; the words are ours, chosen as the stems of the standard's
/// group (中类) names and the products pages name (`饲料` for C13 农副食品加工业, `胶合板` for C20 木材加工…).
/// `IndustryClassifier` reads these beside ``IndustryLexicon``'s keywords; ``code(of:)`` gives a text's divisions.
package enum IndustryDivisions {
    /// One division of GB/T 4754-2017.
    package struct Division: Sendable {
        /// Section letter and two-digit division code, e.g. `C13`.
        package var code: String
        /// The division's name in the standard.
        package var name: String
        /// The taxonomy key it counts under; nil for divisions the taxonomy leaves out (construction, housing).
        package var industry: Industry?
        /// Words that place a project or a company in the division.
        package var words: [String]
    }

    package static let all: [Division] = Self.primary + Self.manufacturing + Self.utilitiesAndServices

    /// A: agriculture, forestry, husbandry, fishery; B: mining.
    private static let primary: [Division] = [
        Division(
            code: "A01",
            name: "农业",
            industry: .agriculture,
            words: [
                "种植", "育苗", "蔬菜", "果蔬", "水果", "花卉", "苗木", "中药材种植", "食用菌", "茶园", "脐橙", "柑橘", "猕猴桃",
                "辣椒", "马铃薯", "高标准农田", "设施农业", "智慧农业", "农业园", "田园综合体", "菌类", "核桃", "竹笋", "粮食烘干",
                "菊花", "共享农庄",
            ]
        ),
        Division(code: "A02", name: "林业", industry: .agriculture, words: ["林业", "林果", "造林", "育林", "林下经济", "油茶"]),
        Division(
            code: "A03",
            name: "畜牧业",
            industry: .agriculture,
            words: [
                "畜牧", "养殖", "生猪", "肉牛", "奶牛", "肉羊", "肉鸡", "蛋鸡", "牧场", "驯养", "出栏", "存栏", "种公牛", "种猪",
                "畜禽",
            ]
        ),
        Division(
            code: "A04",
            name: "渔业",
            industry: .agriculture,
            words: ["渔业", "水产养殖", "海水养殖", "海洋牧场", "鱼苗", "育苗养殖", "小龙虾"]
        ),
        Division(code: "B06", name: "煤炭开采和洗选业", industry: .petrochemical, words: ["煤矿", "洗选", "煤炭开采"]),
        Division(code: "B09", name: "有色金属矿采选业", industry: .newMaterials, words: ["铌钽", "锂矿", "有色金属矿", "采选"]),
        Division(code: "B08", name: "黑色金属矿采选业", industry: .steel, words: ["铁矿", "铁精粉"]),
        Division(
            code: "B10",
            name: "非金属矿采选业",
            industry: .newMaterials,
            words: ["石英石", "石英砂", "花岗岩", "骨料", "砂石", "石材"]
        ),
    ]

    /// C: manufacturing.
    private static let manufacturing: [Division] = [
        Division(
            code: "C13",
            name: "农副食品加工业",
            industry: .food,
            // Feed (C132) is left to agriculture, as the gold reads it (饲料: agriculture on 16 of 17 pages, food on 7).
            words: [
                "屠宰", "粮食加工", "米粉", "面粉", "大米", "食用油", "粮油", "肉制品", "熟食", "果蔬加工", "农产品加工",
                "农产品深加工", "淀粉", "制糖", "糖厂", "糖业", "水产品加工", "海产品", "肉类加工", "稻米", "黑蒜",
            ]
        ),
        Division(
            code: "C14",
            name: "食品制造业",
            industry: .food,
            words: [
                "食品", "乳粉", "液态奶", "乳业", "乳制品", "奶粉", "烘焙", "糕点", "调味品", "果酱", "罐头", "预制菜", "方便食品",
                "保健食品", "营养品", "柠檬酸", "蛋白",
            ]
        ),
        Division(
            code: "C15",
            name: "酒、饮料和精制茶制造业",
            industry: .food,
            words: [
                "酒业", "白酒", "啤酒", "葡萄酒", "红酒", "酒水", "饮料", "饮品", "矿泉水", "饮用水", "茶饮", "精制茶",
            ]
        ),
        Division(
            code: "C17",
            name: "纺织业",
            industry: .lightIndustry,
            words: ["纺织", "纺纱", "纱线", "棉纺", "毛纺", "亚麻", "精纺", "印染", "织布", "无纺", "织造", "针织", "棉纱", "非织造", "丝绸"]
        ),
        Division(code: "C18", name: "纺织服装、服饰业", industry: .lightIndustry, words: ["服装", "服饰", "制衣", "毛绒", "内衣"]),
        Division(
            code: "C19",
            name: "皮革、毛皮、羽毛及其制品和制鞋业",
            industry: .lightIndustry,
            words: ["皮革", "革基布", "制鞋", "鞋业", "箱包", "羽绒"]
        ),
        Division(
            code: "C20",
            name: "木材加工和木、竹、藤、棕、草制品业",
            industry: .lightIndustry,
            words: [
                "木材加工", "木业", "胶合板", "板材加工", "竹制品", "全竹", "竹木", "木制品", "人造板", "刨花板",
            ]
        ),
        Division(
            code: "C21",
            name: "家具制造业",
            industry: .lightIndustry,
            words: ["家具", "家居", "红木", "门业", "木门", "集成墙面", "橱柜"]
        ),
        Division(
            code: "C22",
            name: "造纸和纸制品业",
            industry: .lightIndustry,
            words: ["造纸", "纸业", "纸品", "纸板", "包装箱", "包装", "纸浆", "卫生用品", "生活用纸"]
        ),
        Division(code: "C23", name: "印刷和记录媒介复制业", industry: .lightIndustry, words: ["印刷", "彩印", "印务"]),
        Division(
            code: "C24",
            name: "文教、工美、体育和娱乐用品制造业",
            industry: .lightIndustry,
            words: ["体育用品", "体育设备", "文具", "工艺品", "玩具", "乐器", "吉他", "首饰"]
        ),
        Division(
            code: "C25",
            name: "石油、煤炭及其他燃料加工业",
            industry: .petrochemical,
            words: ["炼油", "炼化", "焦化", "煤化工", "生物质燃料", "燃料油", "LNG", "液化天然气"]
        ),
        Division(
            code: "C26",
            name: "化学原料和化学制品制造业",
            industry: .petrochemical,
            words: [
                "化工", "化学品", "化肥", "尿素", "有机肥", "农药", "涂料", "染料", "染化", "日化", "氯化钾", "氯化钠", "催化剂", "树脂",
                "钛白粉", "电子级化学品", "阻燃剂", "盐化工", "工业盐",
            ]
        ),
        Division(
            code: "C27",
            name: "医药制造业",
            industry: .biomedicine,
            words: [
                "医药", "制药", "药业", "原料药", "中药", "藏药", "中成药", "注射液", "生物制药", "医用", "灭菌", "药用", "制剂", "药物",
            ]
        ),
        Division(
            code: "C28",
            name: "化学纤维制造业",
            industry: .newMaterials,
            words: ["化纤", "化学纤维", "纤维材料", "玻纤", "碳纤维", "氨纶", "涤纶", "锦纶", "粘胶纤维", "纤维素纤维", "纤维"]
        ),
        Division(code: "C29", name: "橡胶和塑料制品业", industry: .petrochemical, words: ["橡胶", "塑料", "胶膜", "薄膜", "泡棉"]),
        Division(
            code: "C30",
            name: "非金属矿物制品业",
            industry: .newMaterials,
            words: [
                "水泥", "建材", "玻璃", "耐火材料", "耐材", "岩棉", "保温材料", "混凝土", "预制构件", "沥青混合料", "石膏", "钢化", "岩板", "陶瓷", "碳酸钙",
                "矿渣",
                "石膏粉", "纳米材料", "过滤材料", "墙面材料",
            ]
        ),
        Division(code: "C31", name: "黑色金属冶炼和压延加工业", industry: .steel, words: ["钢铁", "炼钢", "轧钢", "特钢", "不锈钢", "铁合金"]),
        Division(
            code: "C32",
            name: "有色金属冶炼和压延加工业",
            industry: .newMaterials,
            words: [
                "铝业", "铝材", "铝精深加工", "铜材", "钛业", "镁合金", "金属材料", "铜箔", "电解锌", "锌冶炼", "铜业", "锂盐", "铅锌", "冶炼铅", "冶炼", "型材",
                "铝型材", "铝合金", "钼",
            ]
        ),
        Division(code: "C33", name: "金属制品业", industry: .equipment, words: ["金属制品", "五金", "紧固件"]),
        Division(
            code: "C34",
            name: "通用设备制造业",
            industry: .equipment,
            words: [
                "通用设备", "轧辊", "铸造", "锻造", "阀门", "泵", "风机", "轴承", "齿轮", "滤清器", "机加", "精密机械", "磨具", "磨料", "钻头", "胶辊",
                "叉车",
                "精密工业",
            ]
        ),
        Division(
            code: "C35",
            name: "专用设备制造业",
            industry: .equipment,
            words: [
                "专用设备", "重工", "工程机械", "农机", "环保设备", "医疗设备", "矿山机械", "装载机", "泵车", "人防设备", "粮机",
            ]
        ),
        Division(
            code: "C36",
            name: "汽车制造业",
            industry: .automotive,
            words: ["汽车", "整车", "卡车", "特种车", "轮毂", "车架", "减震器", "子午胎", "半钢子午胎", "全钢子午胎", "轮胎", "汽车部件"]
        ),
        Division(code: "C37", name: "铁路、船舶、航空航天和其他运输设备制造业", industry: .railTransit, words: ["轨道设备", "铁路机车", "机车配件"]),
        Division(
            code: "C38",
            name: "电气机械和器材制造业",
            industry: .equipment,
            words: [
                "电气", "电机", "变压器", "电缆", "电线", "开关", "照明", "机电", "电力设备",
            ]
        ),
        Division(
            code: "C39",
            name: "计算机、通信和其他电子设备制造业",
            industry: .electronics,
            words: [
                "电子", "电感", "芯片", "半导体", "光电", "显示", "通信设备", "终端机", "元器件", "摄像头", "电路板", "线路板", "触摸屏", "GPS", "磁电",
                "光通信",
            ]
        ),
        Division(code: "C40", name: "仪器仪表制造业", industry: .equipment, words: ["仪器", "仪表", "计量"]),
        Division(
            code: "C42",
            name: "废弃资源综合利用业",
            industry: .environmental,
            words: [
                "废弃资源", "再生资源", "报废", "回收利用", "固废", "飞灰", "综合利用", "资源化",
            ]
        ),
    ]

    /// D–R: utilities, logistics, services, culture.
    private static let utilitiesAndServices: [Division] = [
        Division(
            code: "D44",
            name: "电力、热力生产和供应业",
            industry: .newEnergy,
            words: [
                "光伏", "风电", "风能", "水电站", "热电联产", "生物质发电", "调相机", "储能电站", "农光互补", "渔光互补", "抽水蓄能", "风力发电", "光热", "地热",
            ]
        ),
        Division(code: "D45", name: "燃气生产和供应业", industry: .petrochemical, words: ["储气", "接收站", "天然气储配", "储配站"]),
        Division(code: "D46", name: "水的生产和供应业", industry: .environmental, words: ["供排水", "自来水", "水厂", "污水处理"]),
        Division(code: "F51", name: "批发业", industry: .servicesLogistics, words: ["批发", "农副产品市场", "商贸", "大市场", "交易市场"]),
        Division(
            code: "F52",
            name: "零售业",
            industry: .servicesLogistics,
            words: ["零售", "商超", "超市", "生鲜", "4S店", "电子商务", "电商"]
        ),
        Division(
            code: "G58",
            name: "多式联运和运输代理业",
            industry: .servicesLogistics,
            words: ["多式联运", "物流", "快递", "货运", "港口", "陆港", "口岸", "码头", "分拣"]
        ),
        Division(code: "G56", name: "航空运输业", industry: .servicesLogistics, words: ["机场", "通航"]),
        Division(code: "G59", name: "装卸搬运和仓储业", industry: .servicesLogistics, words: ["仓储", "冷链", "冷库", "供应链"]),
        Division(code: "H61", name: "住宿业", industry: .tourismCulture, words: ["酒店", "民宿", "度假", "宾馆"]),
        Division(code: "I64", name: "互联网和相关服务", industry: .digital, words: ["互联网", "数据中心", "云计算", "算力", "信息港"]),
        Division(
            code: "I65",
            name: "软件和信息技术服务业",
            industry: .digital,
            words: ["软件", "信息技术", "数字化", "智慧城市", "地理信息", "数字科技", "超级计算", "超算"]
        ),
        Division(code: "J66", name: "货币金融服务", industry: .servicesLogistics, words: ["银行", "金融", "融资", "担保"]),
        Division(code: "L72", name: "商务服务业", industry: .servicesLogistics, words: ["会展", "商务咨询", "咨询服务", "总部经济"]),
        Division(
            code: "M73",
            name: "研究和试验发展",
            industry: .educationResearch,
            words: ["研究院", "实验室", "科研", "科创中心", "科技创新中心"]
        ),
        Division(
            code: "N77",
            name: "生态保护和环境治理业",
            industry: .environmental,
            words: ["环保", "生态修复", "环境治理", "综合整治", "污染治理", "湿地", "碳汇", "绿色矿山", "生态保护", "水处理"]
        ),
        Division(
            code: "P83",
            name: "教育",
            industry: .educationResearch,
            words: [
                "学校", "大学", "学院", "中学", "小学", "职业技能", "研学", "科普", "培训中心", "教育", "幼儿园", "中专", "实训基地", "产教融合",
            ]
        ),
        Division(code: "Q84", name: "卫生", industry: .biomedicine, words: ["康养", "大健康", "健康产业", "生命健康", "医美"]),
        Division(code: "R86", name: "新闻和出版业", industry: .tourismCulture, words: ["出版"]),
        Division(code: "R87", name: "广播、电视、电影和录音制作业", industry: .tourismCulture, words: ["影视", "电影", "影城"]),
        Division(code: "R88", name: "文化艺术业", industry: .tourismCulture, words: ["文化", "艺术", "文创", "非遗", "博物馆", "展馆"]),
        Division(code: "R89", name: "体育", industry: .tourismCulture, words: ["滑雪", "体育公园", "冰雪"]),
        Division(
            code: "R90",
            name: "娱乐业",
            industry: .tourismCulture,
            words: ["文旅", "旅游", "景区", "游乐", "主题公园", "度假区", "古镇", "古城", "庄园", "营地", "博览园", "地质公园"]
        ),
    ]
}
