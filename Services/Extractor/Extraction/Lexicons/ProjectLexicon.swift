import DiaoyanText

/// The words that tell a named project from a kind of project, and a project named without 项目 from any noun.
package enum ProjectLexicon {
    /// Words that describe a kind of project rather than name one (重点项目, 招商项目, 先进制造业项目); a span left
    /// with nothing once these, industry keywords and place names are removed is a category, not a project.
    package static let generic: [String] = [
        "重点", "重大", "产业", "招商", "引资", "建设", "工业", "新建", "续建", "在建", "签约", "开工", "投产", "优质",
        "亿元以上", "亿元", "以上", "外资", "内资", "港资", "台资", "好", "大", "新", "各类", "一批", "这些", "该", "其他",
        "示范", "年度", "省级", "市级", "县级", "区级", "全省", "全市", "全区", "全县", "我省", "我市", "我区", "我县", "本市",
        "有关", "相关", "更多", "制造业", "制造", "先进", "加工", "高端", "产业链", "产业化", "国家级", "国家", "高新区",
        "经开区", "开发区", "高新技术", "新区", "开发", "园区", "储备", "谋划", "现代", "传统", "战略性", "新兴", "未来",
        "配套", "个", "批", "项", "些", "类", "的", "等", "和", "及", "与", "一大批", "大批", "多个", "同类", "单体", "年产",
        "年产能", "产能", "万吨", "吨", "亿", "一季度", "二季度", "三季度", "四季度", "上半年", "下半年", "今年", "去年",
        "明年", "年内", "当年", "近年", "一号", "首批", "已建成", "已投产", "建成", "已", "补链", "强链", "延链", "建链",
        "固链", "单条",
        // A class by role (`主导产业项目`), works alone (`工程`).
        "主导", "工程",
        // Qualities, sizes and categories pages give whole classes of projects (`标志性高质量项目`, `百亿元重特大项目`,
        // `社会民生项目`, `非固投类项目`, `500强企业项目`, `第三季度项目`).
        "高质量", "高水平", "标志性", "引领性", "带动性", "支撑性", "骨干", "财源", "民生", "社会", "公共服务", "公共",
        "基础设施", "服务类", "非固投", "固投", "特大", "重特大", "百亿", "千亿", "百亿元", "千亿元", "百亿级", "千亿级",
        "亿级", "世界500强", "中国500强", "500强", "五百强", "企业", "部分", "各", "各项", "全年", "此次", "本次",
        "第一季度", "第二季度", "第三季度", "第四季度", "季度", "开竣工", "百大", "援疆", "援藏", "对口", "经济工作",
        "经济社会发展", "政府投资", "社会投资", "类", "时期", "十四五", "十五五", "又一", "领军", "月份", "万元", "元",
        "开复工", "复工", "年", "实施类", "补短板", "高科技", "现代服务业", "服务业", "上市公司", "改扩建", "改建",
        // Demonstratives, seasons and the filing of projects (`随着这批项目`, `上述项目`, `秋季…重大项目`, `策划入库项目`).
        "这批", "上述", "月底", "本月", "春季", "夏季", "秋季", "冬季", "策划", "入库", "攻坚", "公益事业", "事业",
        "扩能", "技改", "高品质", "重要", "布点", "集聚发展",
        // Averages, outlooks and working modes of classes of projects (`平均单个项目`, `前瞻性项目`, `冬季不停工项目`,
        // `投资合作项目`, `落地项目`).
        "平均", "单个", "前瞻性", "不停工", "投资合作", "合作", "落地", "交通",
        // Qualities and aims of classes of projects, and a day's reference (`绿色环保项目`, `招才引智项目`,
        // `朝阳型…产业项目`, `军民结合产业项目`, `今天此项目`, `企业尽快制定项目`).
        "绿色环保", "招才引智", "朝阳型", "军民结合", "今天", "尽快", "制定", "资源综合利用",
        // Efforts and aims of a speech (`要千方百计引项目`, `努力形成大项目`, `携手促成项目`, `夯实项目`, `强链优链项目`,
        // `协同发展项目`) and a reference (`距这一项目`).
        "千方百计", "努力形成", "携手", "促成", "夯实", "强链优链", "强链", "协同发展", "这一", "城市化", "一幅幅",
        // Duties, causes and references around projects in general (`实行区级领导包保项目`, `我们这个项目`,
        // `受用地条件限制导致项目`, `担任项目`, `联合成立项目`, `检查指导各项目`, `实体经济项目`).
        "包保", "这个", "导致", "担任", "成立", "检查指导", "各", "实体经济",
        // Crowds, deadlines and outlooks (`百余名项目建设者`, `4月底前全部项目`, `预计今年八月份项目`).
        "百余名", "数百名", "上百名", "千余名", "余名", "全部", "月底前", "年底前", "预计",
        // Who invests, and from where (`外商合资项目`, `省外合作项目`).
        "外商", "合资", "独资", "省外", "省内", "市外",
        // Manners of serving projects and of their coming (`全方位、全过程为…项目`, `三年后入园项目`).
        "全方位", "全过程", "全周期", "年后", "入园",
        // Classes of projects by trade or cause (`特钢上下游项目`, `灾后重建项目`, `外贸进出口项目`).
        "上下游", "灾后重建", "进出口", "外贸", "改造提升",
        // Scopes, times and kinds of a speech's projects (`本地区项目`, `近期项目`, `现阶段…合作项目`, `龙头型项目`,
        // `县已竣工项目`).
        "本地区", "近期", "现阶段", "龙头型", "已竣工", "已开工", "已签约",
        // Ranks, counts, owners and causes of classes of projects (`前三名项目`, `共有…项目`, `下次观摩时项目`,
        // `全资子公司项目`, `上海援建项目`, `社会公益性项目`, `特色文旅项目`, `光伏扶贫项目`).
        "前三名", "共有", "下次", "观摩时", "全资子公司", "援建", "公益性", "特色", "扶贫",
        // Phases and parts alone (`一期工程`, `第四期项目`, `主体工程`), stages written with a bracketed alternative
        // (`开(竣)工项目`), kinds of urban works (`城市更新项目`, `安置房项目`), a division's own (`本县市项目`).
        "一期工程", "二期工程", "三期工程", "四期工程", "首期工程", "主体工程", "第一期", "第二期", "第三期", "第四期",
        "开(竣)工", "开（竣）工", "动(竣)工", "动（竣）工", "城市更新", "安置房",
        "本县市", "县市", "计划",
        // The parties of a project (`A项目投资单位、B项目施工单位代表发言`).
        "单位", "投资单位", "施工单位", "建设单位",
        // Firsts, assets, what projects show and the ballast they are (`首个新型储能项目`, `固定资产投资建设项目`,
        // `呈现出项目`, `压舱石项目`).
        "首个", "固定资产", "呈现出", "呈现", "压舱石",
    ]

    /// Nouns that end a project named without 项目 (`曹妃甸100万吨氢冶金示范工程`, `京南创新药中试平台`).
    package static let headNouns: [String] = [
        "基地", "产业园", "科技园", "物流园", "工业园", "中心", "平台", "工程", "生产线", "产线", "总部", "物流港",
        "测试场", "综合体", "电站", "工厂", "智造园", "创新园", "孵化器", "产业园区", "物流园区", "公园", "水库", "小镇",
        "庄园", "机场", "大市场", "古镇", "创谷", "产研城", "风电场", "光伏电站", "数据中心", "商务园", "集群",
        "大酒店", "大厦", "大桥", "大道", "文化园", "农业园", "生态园", "公路", "高速公路",
        // Markets, wetlands and link roads (`中药材交易市场`, `再生水回用工程湿地`, `县城至某地公路连接线`).
        "交易市场", "专业市场", "湿地", "连接线",
    ]

    /// Phase words written right after a project name and belonging to it (`…项目二期`, `产业园一期`).
    package static let phases: [String] = ["一期", "二期", "三期", "四期", "首期", "一期二期", "二期三期"]

    /// Stage verbs whose subject is a project written just before them (`…示范工程全面竣工`).
    package static let subjectStages: [String] = [
        "开工", "竣工", "投产", "投用", "建成", "封顶", "签约", "落户", "启用", "奠基", "动工", "开建", "启动运行", "开园",
        "揭牌", "投入使用", "投入运营", "正式运营", "达产", "试生产", "点火", "下线",
    ]

    /// Words written before a project to say what state it is in (`已建成的`, `谋划建设`): the noun after them is a
    /// project even without 项目.
    package static let stagePrefixes: [String] = [
        "建成的", "投用的", "投产的", "竣工的", "启用的", "封顶的", "开工的", "签约的", "落户的", "运营的", "投入使用的",
        "成立", "成立了", "谋划建设", "拟建", "规划建设", "开工建设", "启动建设", "新建成的", "兴建",
    ]

    /// Words inside a span that make it an account of an activity (`…举行项目签约仪式`), not a project name.
    package static let activityWords: [String] = [
        "举行", "举办", "召开", "作为", "涌动", "集中", "开展", "组织", "迎来", "破解", "掀起", "释放", "坚定不移", "加大力度",
        "大抓", "始终", "出席", "出台", "擂响",
        // Verbs and adverbs of speeches and reports (`严格把关项目`, `认真听取各项目`, `他希望…竣工项目`).
        "希望", "完善", "把关", "听取", "进行", "踏查", "倾力", "力促", "报告", "贯彻", "致力", "认真", "严格", "执行",
        "大力发展", "实现", "明确", "提供", "全面提升", "跟进", "服务于", "全过程服务", "发挥", "通报",
        "大干快上", "一流", "层面", "债券资金", "积极", "协调", "深化", "比学赶超", "核实", "核准", "离不开", "不折不扣",
        "既有", "也有", "只有", "有史以来", "大地上", "代表", "本报讯", "说明会", "艺术节", "文化节", "旅游节",
        "有利于", "不断", "进一步", "梳理", "走访", "勉励", "座谈会", "纳入",
        "高度重视", "充分肯定", "打响", "按下",
        // What is done to projects (`全员奋战项目`, `投资上项目`, `及时发现项目…问题`, `谋划申报项目`).
        "全员奋战", "全心服务", "主动服务", "持续发力", "纷纷晒出", "当前影响", "发现", "清除", "申报", "介绍完",
        "招大引强", "抓投资",
        // Instructions about projects (`要牢固树立项目…的思想`, `滚动充实项目库`, `书记X下达项目`, `要学习…项目`,
        // `亲身感受…项目`, `各自挂点牵头项目`).
        "树立", "充实", "下达", "认识", "学习", "感受", "完成", "牵头", "挂点", "引领", "共同启动",
        // Exhortations (`全县上下要锚定项目`, `要群策群力落项目`, `以最快速度建成项目`, `凝聚各方共推项目`).
        "锚定", "群策群力", "真心实意", "吹响", "最快速度", "共推", "高质高效",
        // Duties towards projects (`尽职尽责服务项目`, `以…的精神服务项目`, `及时化解项目…困难`).
        "尽职尽责", "尽心尽力", "精神服务", "化解",
        // Visits, leads and opinions (`省主要领导莅临项目`, `领导领衔项目`, `金融机构看好…项目`).
        "莅临", "领衔", "看好",
        // What a speech asks for projects (`迫切需要引育…项目`, `齐心协力保证项目`, `总结近期项目`, `紧扣行业项目`,
        // `省直单位负责项目`).
        "迫切需要", "引育", "齐心协力", "保证", "总结", "紧扣", "负责", "招引",
        // Times, amounts and connectives of a sentence about projects in general (`之前…很多…项目`, `不但有…项目`,
        // `“十二五”期间全部项目`, `新一年…项目`, `紧紧抓住项目`, `一股股…项目`).
        "之前", "很多", "不但", "不仅", "期间", "新一年", "抓住", "一股股",
        // Drives and openings of a speech or a ceremony (`奋力跑出项目…`, `更强服务项目`, `当前…项目`, `开幕式…项目`,
        // `大力引入…`, `优势互补`).
        "奋力", "跑出", "更强", "当前", "开幕式", "大力引入", "优势互补",
        // `全心全意服务项目建设`.
        "全心全意",
    ]

    /// Names that hold an activity word (`新希望`, a feed group).
    package static let namesHoldingActivityWords: [String] = [
        "新希望", "集中照护", "集中供热", "集中供暖", "集中供气", "集中式", "集中安置", "集中居住", "集中处理", "集中区",
    ]

    /// Nouns after 项目 that make the span before it the theme of a gathering (`深港科技创新项目签约会`).
    package static let gatheringsAfter: [String] = [
        "签约会", "推介会", "对接会", "洽谈会", "观摩会", "推进会", "招商会", "集中", "观摩", "调度会", "评审会",
        // `黔东南州项目建设年`: a campaign.
        "建设年",
    ]

    /// Function words that cannot end a name: a span ending in one lacks the noun it governs (`已竣工的`, `涌动着`,
    /// `赴…经开区看`).
    package static let dangling: ScalarSet = ScalarSet("的了着等将把在到对为是从向并还以由被让抓谋就促盯该好做看换占上".unicodeScalars)

    /// Verbs whose object 项目 is in general (`及时掌握项目`, `实地督办项目`, `大干项目`, `同随行人员交流项目`): a span
    /// ending in one lacks a name.
    package static let verbsTakingProjects: [String] = [
        "掌握", "督办", "大干", "交流", "导致", "赏识",
        // `持续加大项目申报力度`, `双方拓展合作项目`, `极大缓解项目区缺水`, `要素保障不及时影响项目`.
        "加大", "拓展合作", "缓解", "影响",
    ]

    /// Counters that make `两个光伏产业项目` a count of projects rather than a name.
    package static let counters: ScalarSet = ["个", "批", "项", "宗", "座", "栋", "条", "家", "处"]

    /// Leading words that may end a project name (`…基础设施建设项目`, `…服务项目`); any other leading word at the
    /// end of a span means the span is a verb without its object (`确保项目`).
    package static let verbsEndingNames: [String] = ["建设", "服务", "改造", "开发", "扩建", "扩产", "提升", "升级"]

    /// Conjunctions inside a name; what follows the last one must be more than generic words (`…和重点项目`).
    package static let conjunctions: ScalarSet = ["和", "及", "与"]

    /// Numerals that may come before a counter.
    package static let countNumerals: ScalarSet = ScalarSet("一二两三四五六七八九十百千几多余数".unicodeScalars)

    /// Whether `span` counts things (`12个港资`, `两个`, `3家`) rather than naming one: a counter of `counters`
    /// after a digit or a numeral, past the span's first scalar.
    package static func counts(
        _ span: Range<Int>,
        in scalars: [Unicode.Scalar],
        counters: ScalarSet = ProjectLexicon.counters
    ) -> Bool {
        span.dropFirst().contains { index in
            let afterNumeral = scalars[index - 1].isASCIIDigit || Self.countNumerals.contains(scalars[index - 1])
            guard afterNumeral else { return false }
            // `4大优质特色项目`, `十大产业项目`: so many big classes, no name.
            if scalars[index] == "大" { return Self.bigClasses.longestMatch(in: scalars, from: index + 1) != nil }
            return counters.contains(scalars[index])
        }
    }

    /// Words after `N大` that make it a count of classes (`四大产业`, `十大工程`), unlike a name (`五大连池`).
    private static let bigClasses = ScalarTrie<Bool>(words: [
        "产业", "优质", "重点", "特色", "项目", "工程", "板块", "领域", "类", "行动", "主导",
    ])
}
