import DiaoyanText

/// The last look at every organization the finders read, whichever read it: a name is trimmed of words that only
/// lead into it (`及国电投和顺`, `签约企业代表东莞市…有限公司`, `新能源类项目有庞大集团`) and refused when it is
/// no organization the guide counts — a chamber or an association (`深圳湘潭商会`), a government office (`市经信局`),
/// a hospital or a school (`县医院`, `…职业技术学院`), a generic vehicle (`平台公司`, `县城发集团`), or a clause caught
/// whole (`单位负责人通过移动公司`).
package enum OrganizationNameCheck {
    /// `found` trimmed, without the names that are no organizations.
    package static func checked(_ found: [OrganizationFinder.Found], in scalars: [Unicode.Scalar])
        -> [OrganizationFinder.Found]
    {
        found.compactMap { organization in
            var range = organization.range
            range = Self.afterLeadingWords(range, in: scalars)
            range = Self.beforeTrailingDebris(range, in: scalars)
            guard range.count >= 2, !Self.isNoOrganization(range, in: scalars),
                !Self.bareSuffixes.contains(scalars.string(range)), !Self.cutsANumber(range, in: scalars)
            else { return nil }
            if range == organization.range { return organization }
            return OrganizationFinder.Found(name: scalars.string(range), kind: organization.kind, range: range)
        }
    }

    /// Whether `range` ends inside a number (`区属2` of `区属27家`): a reader stopped mid-figure.
    private static func cutsANumber(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        range.upperBound < scalars.count && scalars[range.upperBound - 1].isASCIIDigit
            && scalars[range.upperBound].isASCIIDigit
    }

    /// `range` without a leading conjunction, a speaker's role or a project introducing it.
    private static func afterLeadingWords(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Range<Int> {
        var start = range.lowerBound
        // `…,风格独特,”西藏开投…有限公司`: no name holds punctuation; it starts after the last.
        if let mark = range.last(where: { Self.clauseScalars.contains(scalars[$0]) }) { start = mark + 1 }
        // `建发集团核心成员企业建发股份`, `…集团公司董事长兼新兴铸管股份有限公司`: the last company named starts after
        // the word that relates it to the one before.
        for index in stride(from: range.upperBound - 3, through: start, by: -1)
        where Self.innerOpeners.mayStart(with: scalars[index]) {
            if let opener = Self.innerOpeners.longestMatch(in: scalars, from: index),
                index + opener.length + 2 <= range.upperBound
            {
                start = index + opener.length
                break
            }
        }
        // `四川能投集团所属的西藏…股份有限公司`, `…市场的还有中茵控股…`: no name holds 的; it starts after the last.
        if let particle = (start..<range.upperBound).last(where: { scalars[$0] == "的" }),
            particle + 3 < range.upperBound
        {
            start = particle + 1
        }
        // `…类项目有庞大集团`, `具有代表性的项目有某某企业…有限公司`: the company starts after the project and its verb.
        if let at = (start..<range.upperBound).last(where: { scalars.has(Self.projectHas, at: $0) }) {
            start = at + Self.projectHas.count
        }
        start = Self.afterDebris(start..<range.upperBound, in: scalars)
        if let lead = Self.leading.longestMatch(in: scalars, from: start), start + lead.length < range.upperBound {
            start += lead.length
        }
        // `双福工业园有某某企业…有限公司`: 有 after what the clause is about is its verb, not a name's first scalar
        // (after a conjunction or a partner's 与 it may be: `与有研科技集团`).
        if scalars[start] == "有", start > 0, scalars[start - 1].isHan,
            !Self.beforeANameOpeningWithYou.contains(scalars[start - 1]),
            start + 3 < range.upperBound
        {
            start += 1
        }
        // `桐城经开区国轩`: a park written before the company is the park's, not the name's.
        // Only a short form: a registered name after a park was weighed by `OrganizationFinder` (`北湖开发区建设投资
        // 有限公司`, `漕河泾开发区公司` are the parks' own companies).
        if Self.registered.longestMatch(in: scalars, endingAt: range.upperBound) == nil {
            for index in (start + 2)..<max(start + 2, range.upperBound - 1)
            where Self.parks.longestMatch(in: scalars, endingAt: index) != nil {
                start = index
            }
        }
        return start..<range.upperBound
    }

    /// Where a name starts after what a clause or a page left before it: a bracket closed and never opened in it
    /// (`…信息中心)成都启明…`), a partner's 与 before a registered name (`代表某镇政府与中交华南…有限公司`), a year
    /// (`1937年成都…`).
    private static func afterDebris(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Int {
        var start = range.lowerBound
        var depth = 0
        for index in range {
            if scalars[index] == "(" || scalars[index] == "（" { depth += 1 }
            if scalars[index] == ")" || scalars[index] == "）" {
                if depth == 0 { start = index + 1 } else { depth -= 1 }
            }
        }
        if Self.registered.longestMatch(in: scalars, endingAt: range.upperBound) != nil,
            let with = (start..<range.upperBound).last(where: { scalars[$0] == "与" }), range.upperBound - with > 5
        {
            start = with + 1
        }
        var digits = start
        while digits < range.upperBound, scalars[digits].isASCIIDigit { digits += 1 }
        if digits > start, digits < range.upperBound, scalars[digits] == "年" { start = digits + 1 }
        return start
    }

    /// `range` without a scalar or two caught after its registered suffix (`攀华集团继`, `…有限责任公司执行`) or a
    /// suffix written twice (`…发展集团集团`).
    private static func beforeTrailingDebris(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Range<Int> {
        var end = range.upperBound
        // `厚和包装材料和150MW…`: the conjunction joining the next item.
        if end - range.lowerBound > 3, ProjectLexicon.conjunctions.contains(scalars[end - 1]) { end -= 1 }
        // `广西湖北商会执行` (会长), `楚商联合会副` (会长): the head of an officer's title the finder stopped before.
        if let head = Self.titleHeads.longestMatch(in: scalars, endingAt: end),
            end - head.length - range.lowerBound >= 3,
            Self.clauseWords.longestMatch(in: scalars, from: end - 3) == nil
        {
            end -= head.length
        }
        for cut in 1...2 where end - cut > range.lowerBound + 2 {
            if Self.registered.longestMatch(in: scalars, endingAt: end - cut) != nil,
                Self.registered.longestMatch(in: scalars, endingAt: end) == nil
            {
                end -= cut
                break
            }
        }
        if end - range.lowerBound >= 6, scalars[(end - 2)..<end].elementsEqual(scalars[(end - 4)..<(end - 2)]),
            Self.registered.longestMatch(in: scalars, endingAt: end) != nil
        {
            end -= 2
        }
        return range.lowerBound..<end
    }

    /// Whether `range` names a chamber, an office, a hospital, a generic company or a clause rather than an
    /// organization.
    private static func isNoOrganization(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        if Self.notOrganizationEnds.longestMatch(in: scalars, endingAt: range.upperBound) != nil,
            !Self.isBuildersBureau(range, in: scalars)
        {
            return true
        }
        // `县城发集团`, `拉萨市城投公司`: a place's investment vehicle named only by its function.
        if let vehicle = Self.functionVehicles.longestMatch(in: scalars, endingAt: range.upperBound) {
            // The vehicle's word may start before the name read (`投资集团总公司` after `省建设`): nothing owns it.
            guard vehicle.length < range.count else { return true }
            let owner = range.lowerBound..<(range.upperBound - vehicle.length)
            if owner.count <= 1 || DivisionNameEnds.set.contains(scalars[owner.upperBound - 1]) { return true }
        }
        // `省农垦集团`, `省国资公司`: a division's word alone and a function, a holding named by what it does.
        if Self.isDivisionsFunctionVehicle(range, in: scalars) { return true }
        if Self.isAffiliation(range, in: scalars) || Self.namesATradeOnly(range, in: scalars) { return true }
        // `东北公司`, `工程公司`, `下属公司`: a region's or a function's branch of a firm named elsewhere.
        if range.count == 4, scalars.has(Self.company, at: range.upperBound - 2),
            Self.branchWords.longestMatch(in: scalars, from: range.lowerBound)?.length == 2
        {
            return true
        }
        // `本次`, `这一投资`: a reference to something named elsewhere.
        if Self.references.longestMatch(in: scalars, from: range.lowerBound) != nil { return true }
        if Self.qualifiesAKindOnly(range, in: scalars) { return true }
        // `副院长某某及公司总经理`: a company word a conjunction joins to a person is the firm of the story, unnamed.
        if range.count > 3, scalars.has(Self.company, at: range.upperBound - 2),
            ProjectLexicon.conjunctions.contains(scalars[range.upperBound - 3])
        {
            return true
        }
        return range.contains { Self.clauseWords.longestMatch(in: scalars, from: $0) != nil }
    }

    /// Whether `range` is a division's one-scalar word (`省`, `市`, `县`, `区`, `州`), two to four scalars of what the
    /// body does and a company's word (`省农垦集团`, `市城投公司`, `省公航旅集团`): no name of its own.
    private static func isDivisionsFunctionVehicle(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        guard Self.divisionWords.contains(scalars[range.lowerBound]),
            let word = Self.companyWords.longestMatch(in: scalars, endingAt: range.upperBound)
        else { return false }
        return (2...4).contains(range.count - 1 - word.length)
    }

    private static let divisionWords = ScalarSet("省市县区州".unicodeScalars)

    /// Words opening a reference rather than a name.
    private static let references = ScalarTrie<Bool>(words: ["本次", "这一", "这些", "此次", "这个", "那个", "本届"])

    /// Whether `range` is a company's word after nothing but qualities of firms (`大型国有企业集团`, `知名民营企业`):
    /// a kind of firm.
    private static func qualifiesAKindOnly(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        guard let word = Self.companyWords.longestMatch(in: scalars, endingAt: range.upperBound),
            word.length < range.count
        else { return false }
        let end = range.upperBound - word.length
        var index = range.lowerBound
        while index < end, let quality = Self.firmQualities.longestMatch(in: scalars, from: index, upTo: end) {
            index += quality.length
        }
        return index == end
    }

    private static let firmQualities = ScalarTrie<Bool>(words: [
        "大型", "特大型", "大中型", "中小", "国有", "民营", "国际", "知名", "龙头", "骨干", "一流", "跨国", "现代化", "综合性",
        "企业", "国企", "央企", "省属", "市属", "县属", "区属", "优质", "重点",
    ])

    /// Whether the university at `range` is written as a scholar's affiliation or a part of another body's name
    /// (`某某大学原常务副校长`, `某某大学研究员`, `某某大学附属中学`, `某某大学第一医院`, `某某大学天津校友会`): it does
    /// nothing in the story itself. One its head represents (`某某大学校长某某出席`) is an actor and stays.
    private static func isAffiliation(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        guard Self.universityEnds.longestMatch(in: scalars, endingAt: range.upperBound) != nil else { return false }
        if Self.affiliationWords.longestMatch(in: scalars, from: range.upperBound) != nil { return true }
        // `某某大学广州校友会`: a city's alumni association.
        return (range.upperBound..<min(scalars.count, range.upperBound + 5)).contains {
            scalars.has(Self.alumni, at: $0)
        }
    }

    /// Whether `range` is a trade alone, bare or with a company's word (`生物科技`, `绿色食品`, `新能源公司`,
    /// `新材料公司`): a kind of firm the story speaks of, no firm's name.
    private static func namesATradeOnly(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        var end = range.upperBound
        if let word = Self.companyWords.longestMatch(in: scalars, endingAt: end), word.length < range.count {
            end -= word.length
        }
        return Self.trades.contains(scalars.string(range.lowerBound..<end))
    }

    private static let companyWords = ScalarTrie<Bool>(endingWords: ["公司", "集团", "企业"])
    /// Regions and functions that name a branch or a part of a firm (`东北公司`, `工程公司`).
    private static let branchWords = ScalarTrie<Bool>(words: [
        "东北", "华北", "华东", "华南", "华中", "西南", "西北", "工程", "下属", "施工", "运营", "销售", "物业", "项目",
    ])
    private static let company = Array("公司".unicodeScalars)
    /// The industry lexicon's words and a few more kinds of firm (`能源`, `机电`, `民族手工业`), less the names of
    /// large enterprises the lexicon also holds for their trade (`中车`).
    private static let trades: Set<String> = Set(IndustryLexicon.keywords.map(\.0)).union([
        "能源", "机电", "生物科技", "绿色食品", "民族手工业", "新能源", "新材料",
    ]).subtracting(KnownFirmLexicon.long + KnownFirmLexicon.short)

    private static let universityEnds = ScalarTrie<Bool>(endingWords: ["大学", "学院"])
    private static let affiliationWords = ScalarTrie<Bool>(words: [
        "原", "附属", "第一医院", "第二医院", "第三医院", "医院", "研究员", "教授", "副教授", "博士", "讲师", "校友会",
    ])
    private static let alumni = Array("校友会".unicodeScalars)

    /// Whether `range` is a builder's numbered engineering bureau (`中交一局`, `中铁十八局`): a company, no office.
    private static func isBuildersBureau(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        range.count >= 4 && scalars[range.lowerBound] == "中" && scalars[range.upperBound - 1] == "局"
            && Self.numerals.contains(scalars[range.upperBound - 2])
    }

    private static let numerals = ScalarSet("一二三四五六七八九十".unicodeScalars)

    private static let projectHas = Array("项目有".unicodeScalars)
    /// Words inside a caught span after which the company it names starts.
    /// `胡某欢迎复星集团`, `台湾上市公司大亚…集团`, `园区建设单位宁德海丝公司`: a welcome, a description or a role
    /// before the company.
    private static let innerOpeners = ScalarTrie<Bool>(words: [
        "成员企业", "董事长兼", "总经理兼", "旗下", "注册成立", "欢迎", "上市公司", "单位", "全资子公司", "控股子公司",
        // Setting up the company named after (`同时配套设立某某研究院`), and merchants' firms before the one named
        // (`衢商企业浙江某某集团`).
        "配套设立", "设立", "商企业",
        // A report heard from the company (`会议听取了某某公司…汇报`), a guest's role (`大会嘉宾香港某某集团`), a
        // trade's firm before its registered name (`陶瓷生产企业广西某某有限公司`), a wish (`并祝愿某某有限公司…`).
        "听取了", "听取", "嘉宾", "生产企业", "祝愿",
        // A firm presenting its own (`某某酒业介绍公司…项目情况`), a subsidiary set up (`将在某县成立…子公司`).
        "介绍", "成立",
        // A site's neighbour (`其他三侧紧邻某某大学`), a need for the firm (`急需某某集团这样的大企业`).
        "紧邻", "毗邻", "急需", "需要",
    ])
    private static let registered = ScalarTrie<Bool>(endingWords: ["有限公司", "有限责任公司", "公司", "集团"])
    private static let parks = ScalarTrie<Bool>(endingWords: ["经开区", "开发区", "高新区", "工业园区", "产业园区"])
    /// What is left of `家庭农场+基地+农户+专业合作社` after its last `+`: a kind, no name.
    private static let bareSuffixes: Set<String> = [
        "专业合作社", "合作社", "公司", "有限公司", "集团", "实验室", "跨国公司", "活动公司", "我公司",
        // Kinds of company, not names: `投资性公司、研发中心…等现代服务业`, `龙头公司`, `母公司`.
        "投资性公司", "投资公司", "龙头公司", "母公司", "子公司", "分公司", "总公司", "控股公司", "外资公司", "民营公司",
        // `…投资的民营股份制有限责任公司`: a company's legal form.
        "民营股份", "股份制有限责任公司", "民营股份制有限责任公司", "股份制公司", "民营股份制公司",
        // Words a learned reader took for names: `全球董事长`, `企业和机构负责人`, `专家学者`.
        "全球", "机构", "专家学者", "企业", "单位", "已建成", "省级企业集团", "企业集团", "集团总公司", "集团公司",
        "专业设计公司", "设计公司", "施工单位", "独立法人子公司", "法人子公司",
        // A trade and 集团 alone, as an attendance list names a city's holdings (`…区政府、地产集团、建工集团`).
        "地产集团", "建工集团", "建设集团", "投资集团", "城投集团", "交通集团", "旅游集团", "文旅集团",
    ]
    private static let leading = ScalarTrie<Bool>(words: [
        "及", "和", "与", "签约企业代表", "企业代表", "代表", "中国500强企业", "世界500强企业", "500强企业", "随着", "以",
        "盘活原", "盘活", "建成后",
        // `据恒卓水泥公司介绍`, `属鑫宇集团子公司`, `还有中茵控股…`, `客商代表佛山市…`, `新入园企业鼎晟光电`.
        "据", "属", "还有", "客商代表", "入园企业", "新入园企业", "结合", "开启",
        // `委托哈尔滨某集团建设`, `今年公司将…`, `具体了解公司情况`, `深入公司`, `提供给子公司`.
        "委托", "今年", "了解", "具体了解", "问询", "重复问询", "深入", "提供给", "继",
        // `邀请商务部研究院…`, `充分发挥省公航旅集团…优势`, `国内500强企业雨润集团`.
        "邀请", "发挥", "充分发挥", "国内500强企业", "中国民营500强企业",
        // `了建发集团`; a foreign parent is named without its country (`德国赢创工业集团` → 赢创工业集团).
        "了", "德国", "美国", "日本", "韩国", "法国", "英国", "瑞士", "荷兰", "意大利", "瑞典", "丹麦", "芬兰",
        // `项目实施方平谷联扶实业有限公司`, `当地知名企业浙江万华…`, `期盼梅州珠江啤酒有限公司…`.
        "项目实施方", "实施方", "当地知名企业", "知名企业", "期盼",
        // A page's navigation (`- 上一条公司献爱心…`), a holder, an investor, a buyer and a giver before the company
        // (`大股东五粮液集团`, `项目投资企业江苏…公司`, `总体收购天水…公司`, `总共拿出集团公司…`).
        "上一条", "下一条", "上一篇", "下一篇", "大股东", "控股股东", "股东", "项目投资企业", "投资企业", "总体收购",
        "收购", "拿出", "总共拿出",
        // Founding, convening, heeding and using before the company (`成立山鹰纸业…公司`, `主持召开柳钢集团…`,
        // `高度重视柳钢集团`, `要用好专业设计公司`).
        "成立", "注册成立", "合资成立", "共同成立", "投资成立", "新成立", "召开", "主持召开", "重视", "高度重视", "用好",
        "要用好",
        // A day before the company (`今天某某新材料（锦州）有限公司…项目开工`), an aim (`努力打造集团在北方…`).
        "今天", "昨天", "今日", "昨日", "日前", "近日", "目前", "努力打造", "打造",
    ])
    /// Scalars after which a name may open with 有: a conjunction, a partner's 与, a list's separator.
    private static let beforeANameOpeningWithYou = ScalarSet("与和及同跟、".unicodeScalars)
    private static let notOrganizationEnds = ScalarTrie<Bool>(endingWords: [
        "商会", "协会", "联合会", "促进会", "学会", "分会", "局", "委员会", "管委会", "政府", "医院", "卫生院", "平台公司",
        "职业技术学院", "职业学院", "党校", "长征学院", "工程部", "项目部", "海关",
        // A project or a site a list of visited places or an officer's title names (`…产业园项目经理`, `…万达广场等地`).
        "项目", "广场", "产业园", "工业园", "科技园", "创新园", "孵化园", "汽车城", "一期", "二期", "三期", "工程",
        "基地", "大道", "国道", "省道", "县城", "生态园", "物流园",
        // Centres of culture, of offices, of data (`文化艺术中心`, `行政中心`, `数据中心`) are sites; a research centre
        // is most often a firm's or a school's facility (`…公司…工程技术研究中心`) and counted with its owner.
        "中心",
        // A subsidiary named by whose it is (`…集团子公司`, `央企子公司`, `全资控股子公司`): the parent is named apart.
        "集团子公司", "控股子公司", "独资子公司", "央企子公司",
        // Venues and schools (`…书法艺术馆`, `魏县图书馆`, `复兴中学`) and offices (`省直部门`).
        "艺术馆", "展馆", "图书馆", "博物馆", "文化馆", "纪念馆", "体育馆", "中学", "小学", "部门",
        // Fields a fair promotes where a list of firms was announced (`推介了现代装备制造业、物流业等12家企业`).
        "加工业", "制造业", "服务业", "物流业", "旅游业", "医药业", "产业",
    ])
    private static let functionVehicles = ScalarTrie<Bool>(endingWords: [
        "城发集团", "城发公司", "城投公司", "城投集团", "产投公司", "产投集团", "水投集团", "交投集团", "平台公司",
        "城建集团", "城建公司", "供销集团",
        // Utilities named by what they supply (`市供电公司`).
        "供电公司", "供水公司", "燃气公司", "供电局", "供水总公司", "水务集团", "水务公司", "水务投资集团",
        // Port, zone-building and provincial building-investment vehicles (`宿州港投公司`, `开建集团`, `省建投总公司`).
        "港投公司", "港投集团", "开建集团", "建投总公司", "建设投资集团", "建设投资集团总公司", "投资集团总公司",
    ])
    /// Words opening an officer's title (`执行会长`, `副会长`, `常务理事`), never a name's last.
    private static let titleHeads = ScalarTrie<Bool>(endingWords: ["执行", "副", "常务", "名誉", "荣誉", "首席"])
    /// Words no organization's name holds: the clause around it was caught with it.
    private static let clauseWords = ScalarTrie<Bool>(words: [
        "负责人", "情况", "通过", "仪式", "相关部门", "年集团", "年公司", "总经理", "常务副",
        // `监利市委书记韩旭为广州明珠星集团…`, `部门和我公司`: an officer's title or the writer's own company.
        "书记", "我公司", "一行",
        // The writer's own group (`视察我集团公司承建的…`, `活动让我集团…`), named on its own page without its name.
        "我集团", "我司",
        // A firm left unnamed (`上海某高新技术研究院`).
        "某",
        // A project inside the span (`…开发项目攻坚指挥部`, `…加工项目安全`): a clause about it.
        "项目",
        // A verb or a time before the group the story speaks of (`充分利用集团…`, `合作符合集团…`, `遴选集团`,
        // `前三季度集团…`, `调查研究集团`).
        "利用", "符合", "遴选", "季度", "调查研究",
        // `统筹协调集团优质资源`, `市领导以及集团公司`, `某某总裁代表集团`: a verb, leaders, or someone speaking for it.
        "统筹", "协调", "领导", "代表", "总裁",
    ])
    /// Punctuation no organization's name holds (`家庭农场+基地+农户+专业合作社`, `…,风格独特,”西藏…`).
    private static let clauseScalars = ScalarSet("+，,。；;“”\"-".unicodeScalars)
}
