import DiaoyanText

/// Reads the companies of a list a collective noun closes (`中国中铁、厦门象屿、福建盼盼等众多知名企业`,
/// `浙江万洋集团、华润电力等企业`): every item is a company, whether or not it carries 有限公司 or 集团.
package enum CompanyListReader {
    /// The companies of such lists, each once, none overlapping an organization already known.
    package static func organizations(
        in scalars: [Unicode.Scalar],
        besides known: [OrganizationFinder.Found],
        gazetteer: Gazetteer
    ) -> [OrganizationFinder.Found] {
        var found: [OrganizationFinder.Found] = []
        // Read once: a list can only close at 等 or a count, and most scalars are neither.
        let countWords = Self.countWords
        var index = 0
        while index < scalars.count {
            defer { index += 1 }
            guard scalars[index] == "等" || countWords.contains(scalars[index]),
                let (closer, items) = Self.list(closingAt: index, in: scalars, known: known)
            else { continue }
            // `央企、世界500强、单项冠军、独角兽等企业`: kinds of companies, none named.
            // `带动现代五金、电子信息等300多家企业`: a list half of whose items are fields counts firms by trade.
            guard !items.contains(where: { item in Self.kinds.hasWord(in: scalars, startingIn: item) }),
                items.count(where: { Self.judge.namesAField($0, in: scalars) }) * 2 < items.count
            else {
                index = closer
                continue
            }
            for item in items
            where !known.contains(where: { $0.range.overlaps(item) })
                && !Self.isPlaceOrWord(item, gazetteer: gazetteer, in: scalars)
            {
                found.appendCompany(at: item, in: scalars)
            }
            index = closer
        }
        return found
    }

    /// The list of companies closing at `index` and where its closing words end: after `等` and a collective noun,
    /// after a count of companies (`华峰铝业、中通快递两家知名企业`), or after a bare `等` when an item of the list
    /// is a company already known (`三一集团、中联重科、山河智能等`); nil when no list of companies closes there.
    private static func list(closingAt index: Int, in scalars: [Unicode.Scalar], known: [OrganizationFinder.Found])
        -> (end: Int, items: [Range<Int>])?
    {
        let end: Int
        if scalars[index] == "等" {
            // `以劣刻得、大美时代、苏文电能等为代表的新基建项目`: trade names stand for a field's projects; items that
            // name sites or projects (`…产业园等为代表`) are projects, no firms.
            if scalars.has(Self.representing, at: index + 1) {
                let items = Self.items(endingAt: index, in: scalars)
                guard items.allSatisfy({ !Self.namesSite($0, in: scalars) }) else { return nil }
                return (index + 1 + Self.representing.count, items)
            }
            if let closer = Self.closer(after: index, in: scalars) {
                end = closer
            } else {
                let items = Self.items(endingAt: index, in: scalars)
                // `…、某干部学院、某水库等项目现场`: a list 等项目 closes is of projects, and a school or an institute
                // listed is no firm that makes its mates firms.
                guard
                    items.contains(where: { item in
                        known.contains { $0.range == item && ($0.kind == "company" || $0.kind == "group") }
                    }),
                    !Self.sectorFollows(index, in: scalars), !scalars.has(ProjectFinder.suffix, at: index + 1)
                else { return nil }
                return (index + 1, items)
            }
        } else {
            // `华峰铝业、中通快递两家知名企业`, `中铁宝桥、宝鸡中车时代、中铁高铁电气三大企业`.
            guard Self.countWords.contains(scalars[index]), index + 1 < scalars.count,
                scalars[index + 1] == "家" || scalars[index + 1] == "大",
                index > 0, scalars[index - 1] != "等", let closer = Self.closer(after: index + 1, in: scalars)
            else { return nil }
            end = closer
        }
        return (end, Self.items(endingAt: index, in: scalars))
    }

    private static let representing = Array("为代表".unicodeScalars)

    /// Whether `item` names a site or a project (`红星白酒产业园`, `…项目`) rather than a firm.
    private static func namesSite(_ item: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        Self.siteEnds.longestMatch(in: scalars, endingAt: item.upperBound) != nil
            || item.contains { scalars.has(ProjectFinder.suffix, at: $0) }
    }

    private static let siteEnds = ScalarTrie<Bool>(endingWords: ProjectLexicon.headNouns + ["园", "区", "城", "镇"])

    /// Whether a sector closes the list after `等` (`投资性公司、研发中心、金融等现代服务业`): its items are fields, a
    /// kind of company among them.
    private static func sectorFollows(_ mark: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var index = mark + 1
        while index < scalars.count, index - mark <= 6, scalars[index].isHan {
            if scalars[index] == "业" { return true }
            index += 1
        }
        return false
    }

    private static let countWords = ScalarSet("两三四五六七八九十2345678910".unicodeScalars)
    private static let approximations = ScalarSet("余多几".unicodeScalars)

    /// Where the collective noun after `等` ends (`等众多知名企业`, `等企业`, `等公司`, `等十余家国内知名企业`), or nil.
    private static func closer(after mark: Int, in scalars: [Unicode.Scalar]) -> Int? {
        var index = mark + 1
        // A count of companies may come first: `十余家`, `30多家`, `几家`.
        var count = index
        while count < scalars.count, count - index < 5,
            ChineseNumber.startsNumber(scalars[count]) || Self.approximations.contains(scalars[count])
        {
            count += 1
        }
        // `等17户规上企业`: some pages count firms by household.
        var counted = false
        if count > index, count < scalars.count, scalars[count] == "家" || scalars[count] == "户" {
            index = count + 1
            counted = true
        }
        // `等国内诸多行业领军企业`: modifiers may follow one another.
        while let modifier = Self.modifiers.longestMatch(in: scalars, from: index) { index += modifier.length }
        if Self.nouns.longestMatch(in: scalars, from: index) == nil,
            let entering = Self.enteringFirms(after: index, in: scalars)
        {
            index = entering
        }
        // `等4家500台织布机…项目`: 家 counts firms even when no noun follows.
        guard let noun = Self.nouns.longestMatch(in: scalars, from: index) else { return counted ? index : nil }
        // `等企业家`: people, not companies.
        if index + noun.length < scalars.count, scalars[index + noun.length] == "家" { return nil }
        return index + noun.length
    }

    /// Where 企业 stands after words that say where the firms settle (`等首批入驻南大智慧城企业`): a verb of settling,
    /// then 企业 within a dozen Han scalars; nil otherwise.
    private static func enteringFirms(after start: Int, in scalars: [Unicode.Scalar]) -> Int? {
        guard let verb = Self.settling.longestMatch(in: scalars, from: start) else { return nil }
        var index = start + verb.length
        while index < scalars.count, index - start <= 12, scalars[index].isHan {
            if scalars.has(Self.firms, at: index) { return index }
            index += 1
        }
        return nil
    }

    /// Tells a field's words (`电子信息`, `现代五金`) from a company's name.
    private static let judge = ProjectNameJudge()
    private static let settling = ScalarTrie<Bool>(words: ["入驻", "落户", "入园", "进驻"])
    private static let firms = Array("企业".unicodeScalars)

    /// The items of the list ending at `end`: spans joined by 、 back to the clause's start, the first after its
    /// leading words.
    private static func items(endingAt end: Int, in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        let start = ClauseMarkers.nameStart(endingAt: end, in: scalars, limit: 160, stopAtEnumeration: false)
        var items: [Range<Int>] = []
        var itemStart = start
        for index in start...end where index == end || scalars[index] == "、" {
            if (2...14).contains(index - itemStart) { items.append(itemStart..<index) }
            itemStart = index + 1
        }
        return items.count >= 2 ? items : []
    }

    /// Whether `item` is a place (`宜昌`) or holds no name (`重点`, `相关`).
    private static func isPlaceOrWord(_ item: Range<Int>, gazetteer: Gazetteer, in scalars: [Unicode.Scalar]) -> Bool {
        if let place = gazetteer.names.longestMatch(in: scalars, from: item.lowerBound), place.length == item.count {
            return true
        }
        let name = scalars.string(item)
        if Self.generic.contains(name) || Self.associationEnds.contains(where: { name.hasSuffix($0) }) { return true }
        // `综合保税区`, `楚雄市人民政府`, `管委会与…`: zones, governments and clauses, no companies.
        if Self.publicEnds.contains(where: { name.hasSuffix($0) })
            || name.unicodeScalars.contains(where: { Self.clauseWords.contains($0) })
        {
            return true
        }
        return !scalars[item].allSatisfy { $0.isHan || $0.isASCIILetter || $0.isASCIIDigit || $0 == "(" || $0 == ")" }
    }

    private static let publicEnds = ["区", "政府", "管委会", "委员会", "局", "委", "办"]
    private static let clauseWords = ScalarSet("的与和及".unicodeScalars)
    /// Items that name no one company.
    private static let generic: Set<String> = ["集团", "公司", "企业", "单位", "机构", "商会", "协会"]
    /// Endings of associations and chambers, which the guide counts as no organizations.
    private static let associationEnds = ["协会", "商会", "台协", "联合会", "促进会", "学会"]

    private static let modifiers = ScalarTrie<Bool>(words: [
        "众多知名", "众多", "知名", "一批", "多家", "龙头", "重点", "行业龙头", "头部", "世界500强", "中国500强", "500强",
        "国内外知名", "国内知名",
        // Where the companies come from or when they came (`等13家省内外企业`, `等首批企业`).
        "省内外", "国内外", "省内", "省外", "市内外", "域外", "首批", "优质", "骨干",
        // Firms above the statistics' size line (`等17户规上企业`).
        "规上", "规模以上",
        // Leaders of their trades (`等国内诸多行业领军企业`).
        "国内", "诸多", "行业领军", "领军",
    ])
    private static let kinds = ScalarTrie<Bool>(words: [
        "500强", "央企", "国企", "民企", "小巨人", "冠军", "独角兽", "瞪羚", "专精特新", "龙头", "上市", "高新技术", "外资",
        "民营", "规上", "规模以上",
    ])
    private static let nouns = ScalarTrie<Bool>(words: ["企业", "公司", "集团", "央企", "国企", "民企"])
}
