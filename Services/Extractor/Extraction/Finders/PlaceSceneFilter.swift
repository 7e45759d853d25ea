import DiaoyanModels
import DiaoyanText

/// Keeps the places where the reported activity happens and drops places written only as background: inside an
/// organization's or a person's name (`天津中科智能识别研究院` landing in 龙江, `王建华` holding 建华), or in a list summarised by a count of places
/// (`已有内蒙古、重庆、四川等10多个省、自治区、直辖市举办了…`: earlier hosts, not this story's scene), or in a list of
/// places of three provinces or more (`北京、天津、上海、广州…设分会场`, `来自四川、北京、苏州、杭州等地的企业`,
/// `赴北京、上海、广州考察`: sub-venues, origins and destinations, not where the story happens).
///
/// A place keeps all its mentions when any one of them is on the scene.
package enum PlaceSceneFilter {
    /// Nouns that, after `等` and a count, say the list before was a sample of many places.
    private static let placeNouns: ScalarSet = ["省", "市", "地", "区", "县", "国", "城"]
    private static let counters: ScalarSet = ["个", "座", "家"]
    /// Words that make a place before them the name of a medium.
    private static let media = ScalarTrie<Bool>(words: [
        "日报", "晚报", "商报", "文汇报", "手机报", "新闻网", "电视台", "广播电视台", "卫视",
    ])
    private static let dateScalars = ScalarSet("0123456789月日".unicodeScalars)
    private static let address = Array("地址".unicodeScalars)

    /// Whether the place written at `mention` is background only; `names` are where organizations and persons are
    /// named.
    ///
    /// - Complexity: O(l) for a clause of l scalars.
    package static func isBackground(_ mention: Range<Int>, in scalars: [Unicode.Scalar], names: [Range<Int>])
        -> Bool
    {
        // Inside a name, or across its edge (`王武宣布`: the person 王武 leaves no 武宣).
        if names.contains(where: { $0.overlaps(mention) }) {
            return true
        }
        return Self.isInCountedList(mention, in: scalars) || Self.namesAMedium(mention, in: scalars)
            || Self.isAnAddress(mention, in: scalars) || Self.isANeighbour(mention, in: scalars)
            || Self.namesAPartner(mention, in: scalars) || Self.endsARoute(mention, in: scalars)
            || Self.speaksThroughItsHeads(mention, in: scalars) || Self.namesAnOrigin(mention, in: scalars)
            || Self.namesAMetropolitanArea(mention, in: scalars) || Self.headsACountBreakdown(mention, in: scalars)
            || Self.isInANavigationBar(mention, in: scalars)
    }

    /// Whether the place is written in a portal's navigation bar: a line of at least ``navigationItems`` short items
    /// set apart by spaces and nothing else (`今日潍坊 今日青州 今日寿光 今日昌乐`), the sections of a site, not the scene.
    private static func isInANavigationBar(_ mention: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        var start = mention.lowerBound
        while start > 0, scalars[start - 1] != "\n" { start -= 1 }
        var end = mention.upperBound
        while end < scalars.count, scalars[end] != "\n" { end += 1 }
        var items = 0
        var itemLength = 0
        for scalar in scalars[start..<end] {
            if scalar == " " || scalar == "\u{3000}" {
                if itemLength > 0 { items += 1 }
                itemLength = 0
            } else {
                guard scalar.isHan else { return false }
                itemLength += 1
                if itemLength > Self.navigationItemLength { return false }
            }
        }
        if itemLength > 0 { items += 1 }
        return items >= Self.navigationItems
    }

    /// The fewest items of a navigation bar, and the longest item, in scalars.
    private static let navigationItems = 3
    private static let navigationItemLength = 6

    /// Whether the place heads an item of a breakdown of a total by place (`其中甲县5个、乙县8个、丙县3个`): the
    /// divisions the projects of a prefecture's ceremony belong to, counted, not where the story happens. The place
    /// must be followed by its count and a separator, next to another item of the same shape.
    static func headsACountBreakdown(_ mention: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        guard let end = Self.countEnd(from: mention.upperBound, in: scalars), end < scalars.count,
            Self.breakdownSeparators.contains(scalars[end])
        else { return false }
        // The item before: `…8个、` right before the place.
        let start = mention.lowerBound
        if start >= 3, Self.breakdownSeparators.contains(scalars[start - 1]),
            Self.breakdownCounters.contains(scalars[start - 2]),
            ChineseNumber.startsNumber(scalars[start - 3])
        {
            return true
        }
        // The item after: a name of a few Han scalars, its count and a separator or the clause's end.
        guard scalars[end] == "、" else { return false }
        var next = end + 1
        while next < scalars.count, next - end <= Self.breakdownNameReach, scalars[next].isHan,
            !ChineseNumber.startsNumber(scalars[next])
        {
            next += 1
        }
        return next > end + 1 && Self.countEnd(from: next, in: scalars) != nil
    }

    /// The index after a count at `start` (`5个`, `12项`, `十个`), nil when none starts there.
    private static func countEnd(from start: Int, in scalars: [Unicode.Scalar]) -> Int? {
        var index = start
        while index < scalars.count, index - start < 4, ChineseNumber.startsNumber(scalars[index]) { index += 1 }
        guard index > start, index < scalars.count, Self.breakdownCounters.contains(scalars[index]) else { return nil }
        return index + 1
    }

    /// What separates a breakdown's items, and what closes its last.
    private static let breakdownSeparators: ScalarSet = ["、", "，", ",", "；", ";", "。"]
    private static let breakdownCounters: ScalarSet = ["个", "项"]
    /// How many Han scalars a breakdown item's place may have.
    private static let breakdownNameReach = 8

    /// Whether the place names a metropolitan area or a city cluster the story's place belongs to or joins
    /// (`融入郑州都市圈`, `位于武汉都市圈`): a region around that city, not the city the story happens in.
    static func namesAMetropolitanArea(_ mention: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        Self.metropolitanAreas.longestMatch(in: scalars, from: mention.upperBound) != nil
    }

    private static let metropolitanAreas = ScalarTrie<Bool>(words: ["都市圈", "城市圈", "经济圈", "城市群"])

    /// Whether the place is Taiwan written before a noun it qualifies (`台湾工业园`, `台湾企业`, `台湾网`,
    /// `台湾某某营造股份有限公司`): where investors, parks for them or a medium come from. Stories of this genre
    /// happen on the mainland; Taiwan is their scene only written alone (`赴台湾`, `台湾地区`).
    static func namesAnOrigin(_ mention: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        guard scalars[mention].elementsEqual(Self.taiwan), mention.upperBound < scalars.count else { return false }
        let next = scalars[mention.upperBound]
        return next.isHan && !Self.taiwanScene.contains(next)
    }

    private static let taiwan = Array("台湾".unicodeScalars)
    /// Scalars after 台湾 that keep it a place (`台湾省`, `台湾地区`, `台湾岛`), not an origin.
    private static let taiwanScene = ScalarSet("省地岛的".unicodeScalars)

    /// Whether the place is one of a list of divisions whose heads speak at the gathering
    /// (`沙洋县、钟祥市、京山市负责人分别在会上作招商推介`): they present at a meeting held elsewhere, the story does
    /// not happen in them.
    static func speaksThroughItsHeads(_ mention: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        var end = mention.upperBound
        let start = ClauseMarkers.start(before: mention.lowerBound, in: scalars, within: Self.listReach)
        var listed = scalars[start..<mention.lowerBound].contains("、")
        while end < scalars.count, end - mention.upperBound < Self.listReach,
            !ClauseMarkers.clausePunctuation.contains(scalars[end])
        {
            if scalars[end] == "、" { listed = true }
            if let heads = Self.heads.longestMatch(in: scalars, from: end) {
                let after = end + heads.length
                let speech = after..<min(after + Self.speechReach, scalars.count)
                return listed && Self.speeches.hasWord(in: scalars, startingIn: speech)
            }
            end += 1
        }
        return false
    }

    /// How far after a listed place its heads may be written, and their speech after them, in scalars.
    private static let listReach = 40
    private static let speechReach = 12
    /// Words for a division's heads (`负责人`, `负责同志`).
    private static let heads = ScalarTrie<Bool>(words: ["负责人", "负责同志", "主要负责人", "主要负责同志"])
    /// Words of presenting or reporting at a gathering.
    private static let speeches = ScalarTrie<Bool>(words: ["推介", "发言", "汇报", "作交流", "表态"])

    /// Whether the place is an end of a road or a line named by its ends (`G207道县至江华公路`, `仙居至庆元公路`,
    /// `集宁至阿荣旗联络线`): where the route runs to, not where the story happens.
    static func endsARoute(_ mention: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        let opensRoute = mention.upperBound < scalars.count && Self.routeJoiners.contains(scalars[mention.upperBound])
        let closesRoute = mention.lowerBound > 0 && Self.routeJoiners.contains(scalars[mention.lowerBound - 1])
        guard opensRoute || closesRoute else { return false }
        var end = mention.upperBound
        while end < scalars.count, end - mention.upperBound < Self.routeReach,
            !ClauseMarkers.clausePunctuation.contains(scalars[end]), scalars[end] != "、"
        {
            end += 1
            if Self.routes.longestMatch(in: scalars, endingAt: end) != nil { return true }
        }
        return false
    }

    /// Scalars that join a route's two ends.
    private static let routeJoiners: ScalarSet = ["至"]
    /// Nouns that close the name of a road or a line.
    private static let routes = ScalarTrie<Bool>(endingWords: [
        "公路", "高速", "铁路", "联络线", "快速路", "大道", "通道", "国道", "省道", "轻轨", "城际",
    ])
    /// How many scalars after the place a route's noun may stand.
    private static let routeReach = 16

    /// Whether the place is a partner that aids or represents itself here (`北京援藏指挥部`, `深圳对口帮扶河源`,
    /// `北京援建的…工程`, `浙江省驻川工作组`, `浙江宁海四川商会`): where help or investors come from, not the scene.
    static func namesAPartner(_ mention: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        if Self.aid.longestMatch(in: scalars, from: mention.upperBound) != nil { return true }
        var end = mention.upperBound
        while end < scalars.count, end - mention.upperBound < Self.partnerBodyReach, scalars[end].isHan {
            end += 1
            if Self.partnerBodies.longestMatch(in: scalars, endingAt: end) != nil { return true }
        }
        return false
    }

    /// Words right after a place that make it a partner giving aid or stationed elsewhere.
    private static let aid = ScalarTrie<Bool>(words: [
        "援藏", "援疆", "援青", "援建", "援助", "对口", "驻",
    ])
    /// Bodies a partner sends (`济宁指挥部`, `广东省第九批援藏工作队`, `浙江省吉林商会`), within ``partnerBodyReach``
    /// Han scalars after the place.
    private static let partnerBodies = ScalarTrie<Bool>(endingWords: ["指挥部", "工作组", "工作队", "商会"])
    private static let partnerBodyReach = 10

    /// Whether the place is a neighbour in a description of where the scene lies (`西北与武汉市新洲区毗邻`, `北靠
    /// 省会沈阳`, `南距黄州城60公里`): the object of a word of adjacency in its clause, not a place of the story.
    static func isANeighbour(_ mention: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        let start = ClauseMarkers.start(before: mention.lowerBound, in: scalars)
        var end = mention.upperBound
        while end < scalars.count, !ClauseMarkers.clausePunctuation.contains(scalars[end]) { end += 1 }
        // `北靠沈阳`, `毗邻武汉`, `南距黄州城60公里`: the adjacency before the place.
        if Self.adjacency.hasWord(in: scalars, startingIn: start..<mention.lowerBound) { return true }
        if Self.distance.hasWord(in: scalars, startingIn: start..<mention.lowerBound),
            Self.distanceUnits.hasWord(in: scalars, startingIn: mention.upperBound..<end)
        {
            return true
        }
        // `与武汉市新洲区毗邻`: 与, the place, then the adjacency.
        return scalars[start..<mention.lowerBound].contains("与")
            && Self.adjacency.hasWord(in: scalars, startingIn: mention.upperBound..<end)
    }

    /// Words that make the place they govern a neighbour.
    private static let adjacency = ScalarTrie<Bool>(words: [
        "毗邻", "接壤", "交界", "相邻", "连界", "相连", "紧邻", "比邻", "背靠", "相望",
        "北靠", "南靠", "东靠", "西靠", "北邻", "南邻", "东邻", "西邻", "北临", "南临", "东临", "西临",
        "北接", "南接", "东接", "西接", "北依", "南依", "东依", "西依",
    ])
    private static let distance = ScalarTrie<Bool>(words: ["距离", "距"])
    private static let distanceUnits = ScalarTrie<Bool>(words: ["公里", "千米", "小时车程"])

    /// Whether the place opens the name of a newspaper, site or station (`香港商报`, `齐齐哈尔新闻网`, `山东手机报`) or
    /// is a wire story's dateline (`呼和浩特3月31日电`): where the report comes from, not where its story happens.
    static func namesAMedium(_ mention: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        if Self.media.longestMatch(in: scalars, from: mention.upperBound) != nil { return true }
        if Self.opensAnAgencysDateline(mention, in: scalars) { return true }
        var index = mention.upperBound
        while index < scalars.count, index - mention.upperBound < 6, Self.dateScalars.contains(scalars[index]) {
            index += 1
        }
        return index > mention.upperBound && index < scalars.count && scalars[index] == "电"
            && scalars[index - 1] == "日"
    }

    /// Whether the place opens the name of a wire agency or site whose dateline follows (`新华社石家庄3月4日电`:
    /// the `新华` of 新华社 is no district).
    private static func opensAnAgencysDateline(_ mention: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        let after = mention.upperBound
        guard after + 1 < scalars.count, scalars[after] == "社" || scalars[after] == "网", scalars[after + 1] != "区"
        else { return false }
        let end = min(scalars.count - 1, after + 14)
        return (after + 1..<end).contains { scalars[$0] == "日" && scalars[$0 + 1] == "电" }
    }

    /// Whether the place is written in a postal address (`地址：吉林省长春市火炬路1158号`): after `地址` and at most
    /// a colon and other places.
    static func isAnAddress(_ mention: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        var start = mention.lowerBound
        while start > 0, mention.lowerBound - start < 12, scalars[start - 1].isHan { start -= 1 }
        if start > 0, ":：".unicodeScalars.contains(scalars[start - 1]) { start -= 1 }
        return start >= 2 && scalars.has(Self.address, at: start - 2)
    }

    /// Whether `mention` is an item of `A、B、C等N个省…` (the count may be `10多个`, `二十余个`).
    static func isInCountedList(_ mention: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        var index = mention.upperBound
        while index < scalars.count, index - mention.upperBound < 30 {
            let scalar = scalars[index]
            if ClauseMarkers.clausePunctuation.contains(scalar) { return false }
            if scalar == "等" { break }
            index += 1
        }
        guard index < scalars.count, scalars[index] == "等" else { return false }
        var cursor = index + 1
        guard cursor < scalars.count, ChineseNumber.startsNumber(scalars[cursor]) || scalars[cursor] == "几" else {
            return false
        }
        while cursor < scalars.count, cursor - index < 8 {
            if Self.counters.contains(scalars[cursor]) {
                return cursor + 1 < scalars.count && Self.placeNouns.contains(scalars[cursor + 1])
            }
            cursor += 1
        }
        return false
    }

    /// The mentions that are entries of a site's menu of places (`地市频道南昌 九江 景德镇 赣州 新余 上饶`, `汉中新闻
    /// 留坝新闻 镇巴新闻 略阳新闻`): runs of ``menuEntries`` mentions or more separated only by spaces or bars, each
    /// entry maybe followed by the same word, which no sentence writes.
    static func menus(_ resolved: [PlaceResolver.Resolved], in scalars: [Unicode.Scalar]) -> Set<Range<Int>> {
        let mentions = resolved.flatMap(\.mentions).sorted { $0.lowerBound < $1.lowerBound }
        var result: Set<Range<Int>> = []
        var run: [Range<Int>] = []
        var suffix: ArraySlice<Unicode.Scalar>?
        func close() {
            if run.count >= Self.menuEntries { result.formUnion(run) }
            run = []
            suffix = nil
        }
        for mention in mentions {
            if let last = run.last, last.upperBound < mention.lowerBound,
                let word = Self.menuGap(last.upperBound..<mention.lowerBound, in: scalars),
                suffix == nil || suffix == word
            {
                run.append(mention)
                suffix = word
            } else {
                close()
                run = [mention]
            }
        }
        close()
        return result
    }

    /// The word an entry's gap repeats after each place (empty for none) when `gap` is that word and separators
    /// only; nil when it holds anything else.
    private static func menuGap(_ gap: Range<Int>, in scalars: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar>? {
        var wordEnd = gap.lowerBound
        while wordEnd < gap.upperBound, wordEnd - gap.lowerBound < 3, scalars[wordEnd].isHan { wordEnd += 1 }
        guard wordEnd < gap.upperBound,
            scalars[wordEnd..<gap.upperBound].allSatisfy({ Self.menuSeparators.contains($0) })
        else { return nil }
        return scalars[gap.lowerBound..<wordEnd]
    }

    /// Entries a run of places needs to be a menu.
    private static let menuEntries = 5
    /// What separates a menu's entries.
    private static let menuSeparators: ScalarSet = [" ", "\u{3000}", "\t", "|", "｜", "\u{00A0}"]

    /// Scalars that join the items of a list of places.
    private static let joiners: ScalarSet = ["、", "和", "及", "与"]
    /// Provinces a list must span to be a list of elsewhere.
    private static let provincesOfElsewhere = 3

    /// The mentions that are items of a list of places spanning ``provincesOfElsewhere`` provinces or more: runs
    /// of mentions joined by one `、` (or `和`, `及`, `与`) each, of any divisions `resolved` holds.
    static func listsOfElsewhere(
        _ resolved: [PlaceResolver.Resolved],
        gazetteer: Gazetteer,
        in scalars: [Unicode.Scalar]
    ) -> Set<Range<Int>> {
        // The province as its gazetteer index: no place is built for the test.
        let mentions = resolved.flatMap { place in
            let province = gazetteer.lineage(of: place.division).first ?? place.division
            return place.mentions.map { (range: $0, province: province) }
        }.sorted { $0.range.lowerBound < $1.range.lowerBound }
        var result: Set<Range<Int>> = []
        var run: [(range: Range<Int>, province: Int)] = []
        func close() {
            if run.count >= Self.provincesOfElsewhere, Set(run.map(\.province)).count >= Self.provincesOfElsewhere {
                result.formUnion(run.map(\.range))
            }
            run = []
        }
        for mention in mentions {
            if let last = run.last, last.range.upperBound + 1 == mention.range.lowerBound,
                Self.joiners.contains(scalars[last.range.upperBound])
            {
                run.append(mention)
            } else {
                close()
                run = [mention]
            }
        }
        close()
        return result
    }
}
