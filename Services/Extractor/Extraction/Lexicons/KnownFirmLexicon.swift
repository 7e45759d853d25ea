/// The short names of large enterprises that articles write bare (`中国联通、京东、金逸影视`, `与华为签约`,
/// `韵达智慧物流`), with no suffix for ``OrganizationFinder`` to find them by.
///
/// Written by hand for this project from public knowledge of China's central state enterprises and its largest
/// listed firms; the names the real-article gold of batches 1–21 lists most often without a suffix came first.
/// Words that are also everyday words or places (`远景`, `美的`, `吉利`, `大唐`, `阿里`, `万达`, `菜鸟`) are left
/// out: a bare mention of them is as often no company; so is `联东`, mostly written as its parks' brand (`联东U谷`),
/// and `现代汽车` (`现代汽车产业`).
package enum KnownFirmLexicon {
    /// Names of three scalars or more: distinctive wherever they stand.
    package static let long: [String] = [
        "中国联通", "中国移动", "中国电信", "中国铁塔", "中石化", "中石油", "中海油", "中国石化", "中国石油",
        "国家电网", "南方电网", "国家电投", "中广核", "中国华能", "中国华电", "中国大唐", "中国电建", "中国能建",
        "中铁建", "中国中铁", "中国铁建", "中国建筑", "中国交建", "中国中车", "中国五矿", "中国宝武", "中国铝业",
        "东方电气", "京东方", "比亚迪", "宁德时代", "长安汽车", "长城汽车", "小鹏汽车", "三一重工", "中联重科",
        "潍柴动力", "金风科技", "天合光能", "隆基绿能", "紫金矿业", "阿里巴巴", "拼多多", "圆通速递", "喜之郎",
        "碧桂园", "海康威视", "科大讯飞", "立讯精密", "蓝思科技", "字节跳动", "一汽大众", "一汽丰田",
        "一汽解放", "上汽通用", "东风汽车", "华晨宝马", "中海石油", "三峡能源", "中信国安",
        "五粮液", "泸州老窖", "娃哈哈", "农夫山泉", "新希望", "益海嘉里", "格林美", "华友钴业", "晶澳科技", "巴斯夫",
        "华侨城", "华新水泥", "海螺集团", "海螺水泥", "国机重装", "东方电机", "东方汽轮机", "东方锅炉",
        "北控水务", "中电投", "中船重工", "中国商飞", "航天科工", "航天科技", "中国建材", "金隅集团", "陕煤集团",
        "山东能源", "晋能控股", "延长石油", "招商局集团", "保利集团",
        "中国重汽", "特变电工", "中能建", "国电投", "上海石化", "华大基因", "史丹利",
    ]

    /// Names of two scalars: read only where they stand on their own (see ``KnownFirmReader``).
    package static let short: [String] = [
        "京东", "华为", "腾讯", "华电", "华能", "华润", "中粮", "中车", "中交", "中核", "中冶", "国药", "鲁能",
        "浙能", "恒大", "万科", "顺丰", "韵达", "申通", "中通", "美团", "苏宁", "杜邦", "蒙牛", "伊利",
        "徐工", "协鑫", "通威", "晶科", "隆基", "格力", "海尔", "潍柴", "宝武", "鞍钢", "河钢", "复星", "恒力",
        "荣盛", "万华", "大疆", "立讯", "百度", "北汽", "广汽",
        "中铁", "中建", "首钢", "北控", "京能", "首农", "宝钢", "国投", "牧原", "温氏", "双汇", "安踏", "庄臣",
    ]
}
