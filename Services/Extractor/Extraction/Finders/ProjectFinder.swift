import DiaoyanModels
import DiaoyanText

/// Finds projects: spans ending in 项目 (`华明管业100万吨制管项目`), enumerations before 等项目
/// (`友升汽车轻量化、领煌精密零部件…等项目`, one project per item), and names ending in a head noun such as 基地,
/// 中心 or 工程 when a stage verb makes them the subject or object of a stage (`…示范工程全面竣工`,
/// `已建成的贵阳数谷大数据交易服务中心`), without the verb before them.
///
/// Mentions of the same project (a headline's short form, a later `峨眉硅材二期项目`) are merged by
/// `ProjectMerger`; kinds of projects (`数字经济重点项目`, `两个光伏产业项目`) are left out by `ProjectNameJudge`.
package struct ProjectFinder: Sendable {
    /// One project with where it is written and the sentence around it.
    package struct Found: Hashable, Sendable {
        package var name: String
        /// The mention the name is taken from.
        package var range: Range<Int>
        package var sentence: Range<Int>
        /// Every mention of the project, `range` included, in text order.
        package var mentions: [Range<Int>]
        /// Where the words that tell its stage are measured from: the name, or the whole list it is an item of.
        package var stageAnchor: Range<Int>

        package init(name: String, range: Range<Int>, sentence: Range<Int>, mentions: [Range<Int>]? = nil) {
            self.name = name
            self.range = range
            self.sentence = sentence
            self.mentions = mentions ?? [range]
            self.stageAnchor = range
        }

        /// The same project named from `start` on (a prefix cut off its name), its mention and anchor moved with it.
        package func starting(at start: Int, in scalars: [Unicode.Scalar]) -> Found {
            var trimmed = self
            let range = start..<self.range.upperBound
            trimmed.name = scalars.string(range)
            trimmed.range = range
            trimmed.mentions = self.mentions.map { $0 == self.range ? range : $0 }
            trimmed.stageAnchor = self.stageAnchor == self.range ? range : self.stageAnchor
            return trimmed
        }
    }

    static let suffix = Array("项目".unicodeScalars)
    /// Leading words for project names: conjunctions stay inside a name (`空压机和氢气循环泵生产线项目`).
    private static let leadingWords: [[Unicode.Scalar]] = ClauseMarkers.leadingWords.filter { word in
        !(word.count == 1 && "和及与同".unicodeScalars.contains(word[0]))
    }
    private static let locatives: ScalarSet = ["在", "于"]

    let judge: ProjectNameJudge
    private let heads: ScalarTrie<Bool>
    private let phases: ScalarTrie<Bool>
    private let subjectStages: ScalarTrie<Bool>
    private let stagePrefixes: [[Unicode.Scalar]]
    private let gatherings: [[Unicode.Scalar]]

    package init() {
        self.judge = ProjectNameJudge()
        self.heads = ScalarTrie(words: ProjectLexicon.headNouns)
        self.phases = ScalarTrie(words: ProjectLexicon.phases)
        self.subjectStages = ScalarTrie(words: ProjectLexicon.subjectStages)
        self.stagePrefixes = ProjectLexicon.stagePrefixes.map { Array($0.unicodeScalars) }
        self.gatherings = ProjectLexicon.gatheringsAfter.map { Array($0.unicodeScalars) }
    }

    /// Every project named in `scalars`, in order of first mention.
    ///
    /// - Parameters:
    ///   - places: where place names are written; a span that is only a place and a kind of project is no name.
    ///   - headline: the headline's range, whose short forms give way to the body's full names.
    /// - Complexity: O(n·k) over n scalars and lexicon words of at most k scalars.
    package func find(
        in scalars: [Unicode.Scalar],
        places: [Range<Int>] = [],
        headline: Range<Int>? = nil,
        sentences: [Range<Int>]? = nil
    ) -> [Found] {
        let sentences = sentences ?? ClauseMarkers.sentences(of: scalars)
        func sentence(of index: Int) -> Range<Int> {
            sentences.first { $0.contains(index) } ?? (index..<(index + 1))
        }
        var found: [Found] = []
        var search = 0
        while let at = scalars.firstIndex(of: Self.suffix, from: search) {
            search = at + Self.suffix.count
            // `某某有限公司项目负责人`: the company's man on its project, named by the company alone.
            if self.ownersFollow(search, in: scalars),
                Self.companyEndTrie.longestMatch(in: scalars, endingAt: at) != nil
            {
                continue
            }
            // `总工程师兼项目管理总监`: a second post, no project.
            if at > 0, scalars[at - 1] == "兼" { continue }
            if at > 0 && scalars[at - 1] == "等" {
                // `A公司、B公司等项目单位` names their owners; `由A、B、C等项目组成` a project's parts.
                if self.ownersFollow(search, in: scalars)
                    || Self.composes.longestMatch(in: scalars, from: search) != nil
                {
                    continue
                }
                // `新材料、新能源等项目13个` counts projects by field, `A、B、C等项目22个` counts the projects it lists:
                // a list of fields names none, as before a class of projects.
                found += self.enumeration(endingAt: at - 1, in: scalars, sentence: sentence(of: at))
                continue
            }
            // `A、B等两个港资项目`, `A、B等一批项目`, `A、B等重点项目`: a count or a qualifier between 等 and 项目
            // still closes the list.
            if let etc = self.countedListEnd(before: at, in: scalars), !self.countFollows(search, in: scalars) {
                let namesAClass = Self.classModifiers.hasWord(in: scalars, startingIn: etc..<at)
                found += self.enumeration(
                    endingAt: etc,
                    in: scalars,
                    sentence: sentence(of: at),
                    everyItemAmong: namesAClass ? places : nil,
                    // `…、生物医药、文旅等产业重大项目`: a list 等 closes on 产业 names fields, however important.
                    fieldsAreKinds: !Self.importance.hasWord(in: scalars, startingIn: etc..<at)
                        || scalars.has(Self.industry, at: etc + 1)
                )
                continue
            }
            // `A、B、C9个建设项目`, `A、B4个世界500强项目`: a count right after the last item closes the list.
            if let count = self.countClosedListEnd(before: at, in: scalars), !self.countFollows(search, in: scalars) {
                let items = self.enumeration(
                    endingAt: count,
                    in: scalars,
                    sentence: sentence(of: at),
                    everyItemAmong: places
                )
                if !items.isEmpty {
                    found += items
                    continue
                }
            }
            // `A、B、C开工项目现场`: a list of sites (or one site) its items' stage closes instead of 等.
            if let label = Self.listLabels.longestMatch(in: scalars, endingAt: at),
                Self.sites.longestMatch(in: scalars, from: search) != nil
            {
                found += self.labelledSites(
                    endingAt: at - label.length,
                    in: scalars,
                    places: places,
                    sentence: sentence(of: at)
                )
                continue
            }
            if self.gatherings.contains(where: { scalars.has($0, at: search) }) { continue }
            // `首期入园项目5个`, `签约项目12个`: a count of projects, not a name.
            if self.countFollows(search, in: scalars) { continue }
            var start = self.nameStart(endingAt: at, in: scalars)
            if let listed = self.productListStart(before: start, nameEnd: at, in: scalars),
                !self.endsWithLeadingWord(listed..<at, in: scalars),
                self.judge.isNamed(listed..<at, in: scalars, places: places)
            {
                start = listed
            }
            guard !self.endsWithLeadingWord(start..<at, in: scalars),
                self.judge.isNamed(start..<at, in: scalars, places: places)
                    || self.isKindNamedAsOne(start..<at, in: scalars, places: places)
            else { continue }
            let end = self.phaseEnd(after: search, in: scalars)
            // `A三期和B项目`, `A产业园和B项目`: two projects joined by 和 when the first ends as a project does;
            // `A公司和B项目`: a company and the project. Products joined in one name stay one project
            // (`空压机和氢气循环泵生产线项目`, and 及/与: `光伏玻璃及药用玻璃生产项目`).
            var parts = self.conjoinedParts(start..<end, joiners: Self.and, in: scalars)
            if parts.count == 2 {
                // `…基础设施工程(一期)和B项目`: a phase in brackets after the first part's end leaves that end.
                let first = scalars.string(Self.withoutClosingNote(parts[0], in: scalars))
                if Self.companyEnds.contains(where: first.hasSuffix) {
                    parts = [parts[1]]
                } else if !Self.projectEnds.contains(where: first.hasSuffix)
                    || !self.judge.isNamed(parts[0], in: scalars, places: places)
                {
                    parts = [start..<end]
                }
            }
            // `A、B、C项目`: the names listed before the one 项目 closes, back while each names a project.
            // `A项目、B项目、C项目等10个项目当会签约`: each item's stage is told after the list, as the last one's.
            for item in self.itemsListed(before: start, in: scalars, places: places).reversed() {
                var listed = Found(name: scalars.string(item), range: item, sentence: sentence(of: at))
                listed.stageAnchor = item.lowerBound..<end
                found.append(listed)
            }
            for part in parts {
                found.append(Found(name: scalars.string(part), range: part, sentence: sentence(of: at)))
            }
        }
        // `合作项目包括A、B和C等，`, `产业转型类项目12项，具体为：A、B、C。`: a list the word 项目 introduces instead
        // of closing.
        var introduced = 0
        while introduced < scalars.count, let at = self.nextIntroducer(from: introduced, in: scalars) {
            introduced = at.end
            if at.afterCount {
                let items = self.commaSeparatedItems(
                    introducedAt: (at.start, at.end),
                    in: scalars,
                    sentence: sentence(of: at.start)
                )
                found += items.filter { item in !found.contains { $0.range.overlaps(item.range) } }
                if !items.isEmpty { continue }
            }
            guard
                let listEnd = self.listEnd(
                    after: introduced,
                    in: scalars,
                    untilSentenceEnd: at.afterCount,
                    count: at.afterCount ? self.countBefore(at.start, in: scalars) : nil
                )
            else {
                continue
            }
            let items = self.enumeration(
                startingAt: introduced,
                endingAt: listEnd,
                in: scalars,
                sentence: sentence(of: at.start)
            )
            // An item read whole (`水深村(南区)改造建设工程`) replaces the tail another reading took from it.
            found.removeAll { earlier in
                items.contains { $0.range.lowerBound >= introduced && $0.range.contains(earlier.range) }
                    && !items.contains { $0.range == earlier.range }
            }
            found += items.filter {
                item in item.range.lowerBound >= introduced && !found.contains { $0.range.overlaps(item.range) }
            }
        }
        var bracketed = 0
        while let at = scalars.firstIndex(of: Self.suffix, from: bracketed) {
            bracketed = at + Self.suffix.count
            found += self.bracketedItems(afterProjectsAt: at, in: scalars, sentence: sentence(of: at)).filter { item in
                !found.contains { $0.range.overlaps(item.range) }
            }
        }
        found += self.worksLists(in: scalars, sentence: sentence).filter { item in
            !found.contains { $0.range.overlaps(item.range) }
        }
        found += self.countClosedItems(in: scalars, places: places, sentence: sentence).filter { item in
            !found.contains { $0.range.overlaps(item.range) }
        }
        found += self.linesUnderAHeader(in: scalars).filter { item in
            !found.contains { $0.range.overlaps(item.range) }
        }
        found += self.headNounProjects(in: scalars, places: places, sentence: sentence).filter { candidate in
            !found.contains { $0.range.overlaps(candidate.range) }
        }
        found += self.tourStops(in: scalars, places: places, sentence: sentence).filter { candidate in
            !found.contains { $0.range.overlaps(candidate.range) }
        }
        found += self.investedItems(in: scalars, places: places, sentence: sentence).filter { candidate in
            !found.contains { $0.range.overlaps(candidate.range) }
        }
        found += self.listMates(of: found, in: scalars, places: places, sentence: sentence)
        found.sort { $0.range.lowerBound < $1.range.lowerBound }
        return ProjectMerger.merge(found, in: scalars, places: places, headline: headline)
    }

    /// The items of lists that 等 and 工程 close as 等 and 项目 do (`A、B等32个重点工程`, `A、B等工程`): works rather
    /// than projects, which are projects all the same.
    private func worksLists(in scalars: [Unicode.Scalar], sentence: (Int) -> Range<Int>) -> [Found] {
        var found: [Found] = []
        var search = 0
        // Lists close at 等: most pages write 工程 far more often than 等 before it, so 等 is looked for first.
        while search < scalars.count {
            guard scalars[search] == "等" else {
                search += 1
                continue
            }
            let etcMark = search
            search += 1
            // A text ending in `等` (or one scalar after it) has no room for 工程.
            let reach = min(scalars.count - 1, etcMark + 16)
            guard etcMark + 1 < reach,
                let at = (etcMark + 1..<reach).first(where: {
                    scalars[$0] == "工" && scalars[$0 + 1] == "程"
                })
            else { continue }
            search = at + Self.works.count
            // `挖掘机、起重机等工程机械`: 工程 opening another word lists products, engineers or vehicles.
            if search < scalars.count, Self.worksWordsAfter.contains(scalars[search]) { continue }
            let etc = at > 0 && scalars[at - 1] == "等" ? at - 1 : self.countedListEnd(before: at, in: scalars)
            guard let etc else { continue }
            found += self.enumeration(endingAt: etc, in: scalars, sentence: sentence(at))
        }
        return found
    }

    /// The lines under a header that lists projects (`部分重大开工项目一览`, `开工项目名单`), one project a line, up to
    /// the first line that reads as a sentence (it holds a comma or a full stop, or runs long) or is empty. Each
    /// line's stage is read from the header on (`开工项目名单`: started).
    private func linesUnderAHeader(in scalars: [Unicode.Scalar]) -> [Found] {
        var found: [Found] = []
        var underHeader = false
        var header = 0
        var lineStart = 0
        for index in 0...scalars.count where index == scalars.count || scalars[index] == "\n" {
            let line = lineStart..<index
            lineStart = index + 1
            if underHeader {
                guard (4...Self.longestListedLine).contains(line.count),
                    !scalars[line].contains(where: { Self.sentenceMarks.contains($0) })
                else {
                    underHeader = false
                    continue
                }
                var name = line.upperBound
                if scalars.has(Self.suffix, at: name - Self.suffix.count) { name -= Self.suffix.count }
                if self.judge.isNamed(line.lowerBound..<name, in: scalars, strictness: .listed) {
                    found.append(Found(name: scalars.string(line), range: line, sentence: header..<line.upperBound))
                }
            } else if line.count <= Self.longestHeader,
                Self.listHeaders.longestMatch(in: scalars, endingAt: line.upperBound) != nil
            {
                underHeader = true
                header = line.lowerBound
            }
        }
        return found
    }

    private static let longestListedLine = 40
    private static let longestHeader = 20
    private static let sentenceMarks = ScalarSet("，,。；;：:！!？?".unicodeScalars)
    /// Words ending a header line that lists projects.
    private static let listHeaders = ScalarTrie<Bool>(endingWords: ["项目一览", "项目名单", "项目清单", "项目一览表"])

    private static let works = Array("工程".unicodeScalars)
    /// Scalars after 工程 that make it part of another word (`工程机械`, `工程师`, `工程车`, `工程技术`, `工程公司`).
    private static let worksWordsAfter = ScalarSet("机师车技设公局队院咨管学部兵".unicodeScalars)

    /// The names joined by 、 before a project name starting at `start` (`A、B、C项目`), nearest first, while each
    /// names a project on its own (a sector's keyword does not: `新能源、新材料项目` is no list of names).
    private func itemsListed(before start: Int, in scalars: [Unicode.Scalar], places: [Range<Int>]) -> [Range<Int>] {
        var items: [Range<Int>] = []
        var separator = start - 1
        while separator > 0, scalars[separator] == "、" {
            // `A项目(月河镇)、B项目(埠江镇)、C项目`: a note in brackets after an item is no part of its name.
            let end = Self.noteStart(before: separator, in: scalars) ?? separator
            var itemStart = end
            while itemStart > 0, end - itemStart < 40, scalars[itemStart - 1] != "、" {
                // `北街(天苇路-机场路)道路工程`: a bracket inside the item is part of its name.
                if itemStart < end, let open = Self.bracketOpen(closingBefore: itemStart, above: end - 40, in: scalars)
                {
                    itemStart = open
                    continue
                }
                if ClauseMarkers.clausePunctuation.contains(scalars[itemStart - 1]) { break }
                itemStart -= 1
            }
            // An item longer than any name (the walk stopped short of a separator) ends the list.
            guard
                itemStart == 0 || scalars[itemStart - 1] == "、"
                    || ClauseMarkers.clausePunctuation.contains(scalars[itemStart - 1])
            else { break }
            // An item written with its own 项目 (`A项目、B项目等`) is read without it, as a name closing a list is.
            let core =
                end - itemStart > Self.suffix.count && scalars.has(Self.suffix, at: end - Self.suffix.count)
                ? end - Self.suffix.count : end
            let item = self.nameStart(endingAt: core, in: scalars, limit: core - itemStart)..<end
            let written = scalars.string(item)
            // A company, a town or a venue listed beside the project is none (`A有限公司、B项目`, `首山镇、…`).
            guard item.count >= 3, !self.endsWithLeadingWord(item.lowerBound..<core, in: scalars),
                !Self.companyEnds.contains(where: written.hasSuffix), !Self.notListedEnds.contains(scalars[end - 1]),
                !written.contains("会场"), !written.contains("现场"),
                self.judge.isNamed(item.lowerBound..<core, in: scalars, places: places)
            else { break }
            items.append(item)
            guard item.lowerBound == itemStart, itemStart > 0 else { break }
            separator = itemStart - 1
        }
        return items
    }

    /// Where the bracket that closes right before `end` opens, when it opens after `floor` and holds no separator
    /// of items or sentences (`(天苇路-机场路)`); nil otherwise.
    private static func bracketOpen(closingBefore end: Int, above floor: Int, in scalars: [Unicode.Scalar]) -> Int? {
        guard end > 1, scalars[end - 1] == ")" || scalars[end - 1] == "）" else { return nil }
        var open = end - 2
        while open > max(floor, 0) {
            if scalars[open] == "(" || scalars[open] == "（" { return open }
            if scalars[open] == "、" || ClauseMarkers.clausePunctuation.contains(scalars[open]) { return nil }
            open -= 1
        }
        return nil
    }

    /// Where a bracketed note of place closing right before `end` opens (`…项目(月河镇)`), when it is short and holds
    /// no separator; nil otherwise (a phase in brackets, `产业园(二期)`, is the name's own).
    private static func noteStart(before end: Int, in scalars: [Unicode.Scalar]) -> Int? {
        guard end > 1, scalars[end - 1] == ")" || scalars[end - 1] == "）",
            Self.notListedEnds.contains(scalars[end - 2])
        else { return nil }
        var open = end - 2
        while open >= 0, end - open <= 12 {
            if scalars[open] == "(" || scalars[open] == "（" { return open }
            if scalars[open] == "、" || ClauseMarkers.sentencePunctuation.contains(scalars[open]) { return nil }
            open -= 1
        }
        return nil
    }

    /// Where a name starts whose products or works are listed before the part that ends in 项目
    /// (`诚越电子科技高频、高速、PTFE覆铜板项目`, `食用菌标准化繁育、种植、加工生产基地项目`, `燃气生产、输配、供应和销售项目`):
    /// the items between 、 are too short to name a project of their own (one of two scalars at least), so the list is
    /// one project's, opened by the first item, which carries the owner (more than a product's length: `重大物流、交通、
    /// 城建项目` is a list of fields). `at` is where the name's 项目 stands. Nil when the name at `start` follows no such
    /// list.
    private func productListStart(before start: Int, nameEnd at: Int, in scalars: [Unicode.Scalar]) -> Int? {
        // `人才、技术、项目`: nothing names the project itself.
        guard at - start >= 2 else { return nil }
        var cursor = start
        // `…LNG、氢能及配套焦化项目`: the name itself may open with a short product joined to the rest.
        var sawShortItem = (1...2).contains { length in
            start + length < at && ProjectLexicon.conjunctions.contains(scalars[start + length])
        }
        while cursor > 0 {
            let separator: Int
            if scalars[cursor - 1] == "、" {
                separator = 1
            } else if cursor == start, cursor >= 2, scalars[cursor - 2] == "以", scalars[cursor - 1] == "及" {
                separator = 2
            } else if cursor == start, ProjectLexicon.conjunctions.contains(scalars[cursor - 1]) {
                separator = 1
            } else {
                break
            }
            let itemEnd = cursor - separator
            var itemStart = itemEnd
            while itemStart > 0, itemEnd - itemStart <= Self.productItemLength, scalars[itemStart - 1] != "、",
                !ClauseMarkers.clausePunctuation.contains(scalars[itemStart - 1])
            {
                itemStart -= 1
            }
            guard itemStart < itemEnd else { return nil }
            let bounded = itemStart == 0 || scalars[itemStart - 1] == "、"
            if bounded && itemEnd - itemStart <= Self.productItemLength {
                // An item that is a name of its own (`A项目、B项目`) or a place or company makes the list one of names.
                if scalars.has(Self.suffix, at: itemEnd - Self.suffix.count)
                    || Self.notListedEnds.contains(scalars[itemEnd - 1])
                {
                    return nil
                }
                if itemEnd - itemStart <= 2 { sawShortItem = true }
                cursor = itemStart
                continue
            }
            // The first item carries the owner: the name starts where a name ending with it would.
            let first = self.nameStart(endingAt: itemEnd, in: scalars)
            guard sawShortItem || Self.opensOneProject(first..<itemEnd, in: scalars),
                itemEnd - first > Self.productItemLength
            else { return nil }
            return first
        }
        return nil
    }

    /// Whether a list's first item shows the list is one project's products: it opens with the yearly capacity
    /// (`年产6万吨N-甲基吡咯烷酮、γ-丁内酯系列产品项目`) or ends with the owner's company and a product of one or two
    /// scalars (`奥普新集团有限公司开关、低压电器、塑胶管材生产加工项目`).
    private static func opensOneProject(_ item: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        if scalars.has(Self.yearlyCapacity, at: item.lowerBound) { return true }
        // The owner's word ends one or two scalars before the item's end: the product is as short as the list's
        // short items (`…公司建材市场、` is a site of the company, no product).
        let ends = max(item.lowerBound, item.upperBound - 3)..<max(item.lowerBound, item.upperBound - 1)
        return ends.contains { end in Self.ownerEnds.contains { scalars.has($0, at: end - $0.count + 1) } }
    }

    private static let yearlyCapacity = Array("年产".unicodeScalars)
    private static let ownerEnds: [[Unicode.Scalar]] = ["公司", "集团"].map { Array($0.unicodeScalars) }

    /// The longest item of a listed product or work (`整流罩`, `人参果`): longer items name projects of their own.
    private static let productItemLength = 6

    /// Last scalars of places and people, never of a project listed by its name.
    private static let notListedEnds = ScalarSet("省市县区镇乡村旗".unicodeScalars)

    private static let introducer = Array("项目包括".unicodeScalars)
    private static let including = Array("包括".unicodeScalars)
    /// How far before a counted list's introducer its 项目 may be written (`…项目12个,年内计划完成投资13.4亿元,主要有`).
    private static let introducerReach = 24
    private static let industry = Array("产业".unicodeScalars)
    /// Words that name the projects of a group told just before (`开工的项目为`, `5个项目是`).
    private static let namingIntroducers = ScalarTrie<Bool>(words: [
        "的项目为", "的项目是", "个项目为", "个项目是", "的项目为:", "的项目为：", "个项目为:", "个项目为：",
        // `开工的12个项目有：A、B、C`: 有 names them only before a colon (not `项目有望`, `项目有序推进`).
        "的项目有:", "的项目有：", "个项目有:", "个项目有：",
    ])
    /// Times that make a naming introducer tell when rather than which (`11个项目为当年开工、当年竣工投产`).
    private static let timeWords = ScalarTrie<Bool>(words: ["当年", "今年", "去年", "明年", "年内", "本年"])
    /// Words that introduce the items of projects just counted (`类项目12项，具体为：`).
    private static let countedIntroducers = ScalarTrie<Bool>(words: ["具体为", "具体是", "分别为", "分别是", "主要有", "主要包括"])

    /// The next word at or after `start` introducing a list of projects: `项目包括`, or `具体为`/`分别是` within a
    /// dozen scalars after 项目 (a list that then may end with its sentence, without 等).
    private func nextIntroducer(from start: Int, in scalars: [Unicode.Scalar])
        -> (start: Int, end: Int, afterCount: Bool)?
    {
        // The statics read once: this runs over every scalar of the text.
        let (introducer, counted, named) = (Self.introducer, Self.countedIntroducers, Self.namingIntroducers)
        var index = start
        while index < scalars.count {
            let scalar = scalars[index]
            // `开工的项目为A和B、C`, `签约的5个项目是A、B、C`: the projects of a group, named one by one.
            if scalar == "的" || scalar == "个", let word = named.longestMatch(in: scalars, from: index),
                Self.timeWords.longestMatch(in: scalars, from: index + word.length) == nil
            {
                return (index, index + word.length, true)
            }
            if scalar == "项", scalars.has(introducer, at: index) {
                return (index, index + introducer.count, false)
            }
            // `新签约项目A、B、C等11个，`: a stage's projects named right after their label, the list closed by a count.
            if scalar == "项", scalars.has(Self.suffix, at: index), index + 2 < scalars.count, scalars[index + 2].isHan,
                Self.listLabels.longestMatch(in: scalars, endingAt: index) != nil
            {
                return (index, index + Self.suffix.count, false)
            }
            // `…开工的项目涉及多个领域。包括A、B、C,以及…`: a sentence that opens with 包括 after one about projects
            // names them.
            if scalar == "包", index > 0, scalars[index - 1] == "。", scalars.has(Self.including, at: index),
                (max(0, index - 60)..<index).contains(where: { scalars.has(Self.suffix, at: $0) })
            {
                return (index, index + Self.including.count, true)
            }
            if scalar == "具" || scalar == "分" || scalar == "主",
                let word = counted.longestMatch(in: scalars, from: index),
                let project = (max(0, index - Self.introducerReach)..<index).last(where: {
                    scalars.has(Self.suffix, at: $0)
                        // `重点工程共15项,分别为A、B…`: works counted are projects counted.
                        || (scalars.has(Self.works, at: $0) && ProjectLexicon.counts($0..<index, in: scalars))
                }),
                // `项目67个,…,主要有A、B等`: a list introduced by what it mainly holds follows a count of projects (not
                // `项目建成后,主要包括…功能`).
                scalar != "主" || ProjectLexicon.counts(project..<index, in: scalars)
            {
                var end = index + word.length
                if end < scalars.count, scalars[end] == ":" || scalars[end] == "：" { end += 1 }
                return (index, end, true)
            }
            index += 1
        }
        return nil
    }
    static let and: ScalarSet = ["和"]
    /// Endings of a project's name written without 项目 (`三期`, `产业园`, `数据中心`, `粉磨系统`).
    private static let projectEnds = [
        "期", "园", "园区", "中心", "基地", "工程", "系统", "厂", "站", "城", "港", "馆", "库", "改造", "扩建", "迁建",
    ]
    /// Endings of a company's name, which a joined name may open with (`A有限公司和B项目`).
    private static let companyEnds = ["公司", "集团", "企业", "厂"]
    /// Verbs after `等项目` that make the items a project's parts (`由A、B等项目组成`).
    private static let composes = ScalarTrie<Bool>(words: ["组成", "构成"])
    /// A company's last word (`公司`, `集团`) read backwards from 项目.
    private static let companyEndTrie = ScalarTrie<Bool>(endingWords: ["公司", "集团"])
    /// ``ProjectLexicon/headNouns`` read backwards from a name's end (a tour's stops, invested items).
    static let headNounEnds = ScalarTrie<Bool>(endingWords: ProjectLexicon.headNouns)

    /// The 等 closing a list that starts at `start`, when it is followed by clause punctuation and the list holds
    /// at least one 、.
    private func listEnd(
        after start: Int,
        in scalars: [Unicode.Scalar],
        untilSentenceEnd: Bool = false,
        count: Int? = nil
    ) -> Int? {
        var index = start
        var separators = 0
        // A counted list may name fifteen works and more before its sentence ends.
        let reach = untilSentenceEnd ? 400 : 160
        while index < scalars.count, index - start < reach {
            let scalar = scalars[index]
            if scalar == "、" { separators += 1 }
            if untilSentenceEnd, scalar == "。" || scalar == "；" || scalar == ";" {
                return separators > 0 ? index : nil
            }
            // `7个项目分别是A、B、C，涵盖…`: the items of a counted list end at the comma after them, unless the last
            // one closes with 项目 (`分别为：A项目，B项目，C项目。` lists by commas, each name found on its own) and
            // the items are not as many as counted (`分别为A工程、B(南区)改造工程、C项目，总投资…` are).
            if untilSentenceEnd, separators > 0, scalar == "，" || scalar == ",",
                !scalars.has(Self.suffix, at: index - Self.suffix.count)
                    || ((count ?? 0) >= 3 && separators + 1 == count)
            {
                return index
            }
            guard index + 1 < scalars.count else { break }
            // A parenthesis inside an item (`郸城一高周口校区(周口实验高级中学)`) does not end the list.
            if scalar == "(" || scalar == "（",
                let close = (index + 1..<min(index + 16, scalars.count)).first(where: {
                    scalars[$0] == ")" || scalars[$0] == "）"
                })
            {
                index = close + 1
                continue
            }
            if scalar == "等",
                ClauseMarkers.clausePunctuation.contains(scalars[index + 1])
                    || self.countCloses(after: index, in: scalars)
            {
                return separators > 0 ? index : nil
            }
            if ClauseMarkers.clausePunctuation.contains(scalar) { return nil }
            index += 1
        }
        // A counted list the page's text cuts off (`12个项目有:A、B、C、北宅`): the items before its last separator
        // are whole, the one after it maybe not.
        if untilSentenceEnd, index == scalars.count - 1 || index == scalars.count, separators > 1 {
            return (start..<scalars.count).last { scalars[$0] == "、" }
        }
        return nil
    }

    /// Whether a bare count closes the clause after the 等 at `mark` (`…等18个；`, `…等7项。`).
    private func countCloses(after mark: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard let end = self.countEnd(mark + 1, in: scalars), end < scalars.count else { return false }
        return ClauseMarkers.clausePunctuation.contains(scalars[end])
    }

    /// Where 等 stands before a count that ends with 项目 at `at` (`等两个港资项目`, `等一批项目`).
    private func countedListEnd(before at: Int, in scalars: [Unicode.Scalar]) -> Int? {
        var index = at - 1
        var qualifiers = 1
        while index >= 0, at - index <= 24, scalars[index] != "等" {
            if ClauseMarkers.clausePunctuation.contains(scalars[index]) { return nil }
            if scalars[index] == "、" { qualifiers += 1 }
            index -= 1
        }
        guard index >= 0, index + 1 < at, scalars[index] == "等" else { return nil }
        // `等10个招商引资签约项目`: a count of projects, whatever qualifies them, also two qualifiers (`等6个招商引资、
        // 招才引智项目`); `等25家企业代表签订项目` counts companies.
        if let count = self.countEnd(index + 1, in: scalars) {
            // `等46个总投资389亿元的重点项目`: what they cost, told between the count and the qualifier.
            let qualified = Self.afterInvestment(from: count, in: scalars) ?? count
            return scalars[count - 1] != "家" && at - qualified <= 4 * qualifiers + 4 && qualifiers <= 2 ? index : nil
        }
        guard at - index <= 14 else { return nil }
        // `等两个港资项目`, `等一批项目`, `等重点项目`.
        // `等制造业和现代服务业领域项目`, `等新材料、新能源项目`: the fields the items are in, however long, also close it.
        guard
            (qualifiers == 1 && at - index <= 8
                && (ChineseNumber.startsNumber(scalars[index + 1]) || scalars[index + 1] == "一"
                    || Self.isListModifier(index + 1..<at, in: scalars)))
                || Self.isFieldsModifier(index + 1..<at, in: scalars)
        else { return nil }
        return index
    }

    /// Where what a count of projects costs ends, when it is written right at `start` (`总投资389亿元的`, `计划投资
    /// 12.5亿元的`): the word of investment, a sum in 亿元 or 万元 and 的. Nil when none is written there.
    private static func afterInvestment(from start: Int, in scalars: [Unicode.Scalar]) -> Int? {
        guard let word = Self.investmentWords.longestMatch(in: scalars, from: start) else { return nil }
        var index = start + word.length
        let figure = index
        while index < scalars.count, scalars[index].isASCIIDigit || scalars[index] == "." { index += 1 }
        guard index > figure, index + 2 < scalars.count, scalars[index] == "亿" || scalars[index] == "万",
            scalars[index + 1] == "元", scalars[index + 2] == "的"
        else { return nil }
        return index + 3
    }

    private static let investmentWords = ScalarTrie<Bool>(words: ["总投资", "计划总投资", "计划投资", "投资"])

    /// Scalars no item of a list closed only by its count holds: money, quotes (`到位资金累计645.18亿元`).
    private static let notInCountedItems = ScalarSet("元“”\"".unicodeScalars)

    /// Where the count closing a list without 等 starts (`A、B、C9个建设项目` → at 9): a number and a counter
    /// within a dozen scalars before 项目, right after a Han item, in a clause that holds a 、.
    private func countClosedListEnd(before at: Int, in scalars: [Unicode.Scalar]) -> Int? {
        var counter = at - 1
        while counter > 0, at - counter <= 12, !ProjectLexicon.counters.contains(scalars[counter]) {
            if ClauseMarkers.clausePunctuation.contains(scalars[counter]) || scalars[counter] == "、" { return nil }
            counter -= 1
        }
        guard counter > 0, ProjectLexicon.counters.contains(scalars[counter]) else { return nil }
        var start = counter
        while start > 0, ChineseNumber.startsNumber(scalars[start - 1]) {
            start -= 1
        }
        guard start < counter, start > 0, scalars[start - 1].isHan, scalars[start - 1] != "等",
            self.countEnd(start, in: scalars) == counter + 1, self.holdsSeparator(before: start, in: scalars),
            !Self.signsBefore(start, in: scalars)
        else { return nil }
        return start
    }

    /// Whether the last item before the count at `start` ends with a verb of signing (`与A、B、C签订了4个…项目`): the
    /// items are the parties that signed, not the projects counted.
    private static func signsBefore(_ start: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var index = start - 1
        while index > 0, scalars[index].isHan, start - index <= 5 {
            if Self.signingVerbs.longestMatch(in: scalars, from: index) != nil { return true }
            index -= 1
        }
        return false
    }

    private static let signingVerbs = ScalarTrie<Bool>(words: ["签订", "签约", "签署"])

    /// Whether `span` (between 等 and 项目) is only words that qualify the projects (`等重点项目`, `等产业项目`).
    private static func isListModifier(_ span: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        Self.listModifiers.trueWords(covering: span, in: scalars) != nil
    }

    /// Whether `span` (between 等 and 项目) names only the fields of the projects (`等制造业和现代服务业领域项目`).
    private static func isFieldsModifier(_ span: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        (Self.fieldModifiers.trueWords(covering: span, in: scalars) ?? 0) > 0
    }

    /// Fields (true) and the words joining and closing them (false).
    private static let fieldModifiers: ScalarTrie<Bool> = {
        var trie = ScalarTrie<Bool>()
        for field in [
            "制造业", "先进制造业", "服务业", "现代服务业", "现代农业", "农业", "工业", "文旅", "新兴产业", "新材料", "新能源",
            "文化旅游", "现代物流", "电子信息", "装备制造", "生物医药",
        ] {
            trie.insert(field.unicodeScalars, true)
        }
        for joiner in ["和", "及", "与", "、", "领域", "行业", "产业", "类"] { trie.insert(joiner.unicodeScalars, false) }
        return trie
    }()

    private static let listModifiers = ScalarTrie<Bool>(
        words: ["重点", "重大", "产业", "工业", "招商", "签约", "合作", "优质", "龙头", "民生", "基础设施", "大", "好"]
            + ["招商引资", "在建", "回归", "返乡", "市级", "省级", "州"] + Self.classWords + Self.merchantsOfProvinces
    )
    /// Merchants of a province investing back home (`等湘商回归项目`, `等浙商返乡项目`).
    private static let merchantsOfProvinces = "湘浙川赣徽晋鲁豫粤闽苏黔渝桂滇冀楚秦陇".unicodeScalars.map { "\($0)商" }
    /// The classes a page sorts its projects into (`等战略性新兴产业项目`, `等传统产业升级项目`): a list such a class
    /// closes may as well be of fields (`生物经济、数字经济等战略性新兴产业项目`), so each item must name a project.
    private static let classWords = ["战略性", "新兴", "传统", "升级", "转型", "高新技术"]
    private static let classModifiers = ScalarTrie<Bool>(words: Self.classWords)
    /// Words that close a list on its projects' importance (`等重点项目`): its items are projects picked out.
    private static let importance = ScalarTrie<Bool>(words: ["重点", "重大"])

    /// The sites a stage label closes (`A、B开工项目现场`, `C竣工项目现场`), named without the label.
    private func labelledSites(
        endingAt end: Int,
        in scalars: [Unicode.Scalar],
        places: [Range<Int>],
        sentence: Range<Int>
    )
        -> [Found]
    {
        if self.holdsSeparator(before: end, in: scalars) {
            return self.enumeration(endingAt: end, in: scalars, sentence: sentence, labelled: true)
        }
        let start = self.nameStart(endingAt: end, in: scalars)
        guard end - start >= 2, self.judge.isNamed(start..<end, in: scalars, places: places) else { return [] }
        var site = Found(name: scalars.string(start..<end), range: start..<end, sentence: sentence)
        site.stageAnchor = start..<end
        return [site]
    }

    /// Stage words that close a list of projects before 项目 (`开工项目`, `竣工项目`).
    private static let listLabels = ScalarTrie<Bool>(endingWords: ["开工", "新开工", "竣工", "签约", "投产", "在建", "续建"])

    private static let sites = ScalarTrie<Bool>(words: ["现场", "建设现场", "工地"])

    /// Whether the clause ending at `end` holds a 、 between items.
    private func holdsSeparator(before end: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var index = end - 1
        while index >= 0, end - index <= 120, !ClauseMarkers.clausePunctuation.contains(scalars[index]) {
            if scalars[index] == "、" { return true }
            index -= 1
        }
        return false
    }

    /// Whether the words at `index` name the owners of the projects before them (`项目单位`, `项目负责人`).
    private func ownersFollow(_ index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        Self.owners.longestMatch(in: scalars, from: index) != nil
    }

    private static let owners = ScalarTrie<Bool>(words: [
        "单位", "负责人", "业主", "方代表", "企业", "责任单位", "建设单位", "实施单位", "牵头单位", "所在地",
    ])

    /// Whether a number and a counter (`5个`, `十二项`) are written at `index`.
    private func countFollows(_ index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        self.countEnd(index, in: scalars) != nil
    }

    /// Where a count written at `index` (`5个`, `十二项`) ends, after its counter; nil when none is written there.
    private func countEnd(_ index: Int, in scalars: [Unicode.Scalar]) -> Int? {
        guard index < scalars.count, ChineseNumber.startsNumber(scalars[index]),
            let number = ChineseNumber.read(scalars, from: index)
        else { return nil }
        let after = index + number.length
        return after < scalars.count && ProjectLexicon.counters.contains(scalars[after]) ? after + 1 : nil
    }

    /// The items of `A、B、C等项目`, each a project when it is more than generic words.
    /// A list `labelled` by its stage (`…开工项目现场`) has each item's stage read right after the list; one an
    /// introducer opens (`项目分别是A、B、C。`) starts at `knownStart`. With `everyItemAmong` places, every item must
    /// name a project on its own (places and industries no content), or the list gives none.
    private func enumeration(
        startingAt knownStart: Int? = nil,
        endingAt listEnd: Int,
        in scalars: [Unicode.Scalar],
        sentence: Range<Int>,
        labelled: Bool = false,
        everyItemAmong places: [Range<Int>]? = nil,
        fieldsAreKinds: Bool = true
    ) -> [Found] {
        // A list of sites each named with its company runs long (`实地观摩了A有限公司B生产、C有限公司D工厂…`): up
        // to its clause's start, however far.
        let listStart =
            knownStart
            ?? ClauseMarkers.nameStart(
                endingAt: listEnd,
                in: scalars,
                limit: 400,
                stopAtEnumeration: false,
                leadingWords: ClauseMarkers.noLeadingWords
            )
        var found: [Found] = []
        var itemStart = listStart
        for index in listStart...listEnd where index == listEnd || scalars[index] == "、" {
            let start = self.nameStart(endingAt: index, in: scalars, limit: index - itemStart)
            // Inside the list only 和 and 以及 join two names; 及 and 与 join what one project makes
            // (`食品及饲料添加剂`, `搬迁改造及电力综合能源建设`).
            let joiners = index == listEnd ? ProjectLexicon.conjunctions : Self.and
            var parts = self.conjoinedParts(start..<index, joiners: joiners, in: scalars)
            // `硅谷智能二期以及临淮关镇福莱特五期`: the name before 以及, which the item's start left out.
            if start - 2 > itemStart, scalars[start - 2] == "以", scalars[start - 1] == "及" {
                let before = self.nameStart(endingAt: start - 2, in: scalars, limit: start - 2 - itemStart)
                if start - 2 - before >= 2 { parts.insert(before..<(start - 2), at: 0) }
            }
            for part in parts {
                // A list nothing but its count marks as projects holds names only, each one on its own.
                if let places {
                    guard self.judge.isNamed(part, in: scalars, places: places),
                        !scalars[part].contains(where: { Self.notInCountedItems.contains($0) })
                    else { return [] }
                } else if !self.judge.isNamed(part, in: scalars, strictness: .listed) {
                    continue
                }
                var item = Found(name: scalars.string(part), range: part, sentence: sentence)
                item.stageAnchor = part.lowerBound..<(labelled ? listEnd : min(listEnd + 3, scalars.count))
                found.append(item)
            }
            itemStart = index + 1
        }
        // `新型建材产业、新材料产业、物流、新能源产业等项目`, `研学、培训、旅游、休闲等项目`: a list most of whose items only
        // name a field or an activity lists kinds of projects, none by its name.
        // `能源交通、先进制造、循环经济等大项目`, `新能源、零部件加工、农副产品加工等工业项目`: unless the list closes on
        // its projects' importance (`等重点项目`), items that are only a field's words count as kinds too.
        let kinds = found.filter {
            Self.namesAKind($0.range, in: scalars) || (fieldsAreKinds && self.judge.namesAField($0.range, in: scalars))
        }
        if !found.isEmpty, kinds.count * 2 > found.count { return [] }
        // `数字经济、文旅产业、生物医药、棚户区改造工程等26个重点项目`: even picked out by importance, a list three
        // quarters of whose items are fields names the fields the projects are in.
        if !fieldsAreKinds, found.count >= 3 {
            let fields = found.filter {
                Self.namesAKind($0.range, in: scalars) || self.judge.namesAField($0.range, in: scalars)
            }
            if fields.count * 4 >= found.count * 3 { return [] }
        }
        return found
    }

    /// Whether a list's item only names a kind of project: a field (`新材料产业`, `高原特色农业`) or an activity of two
    /// scalars (`研学`, `旅游`).
    private static func namesAKind(_ item: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        item.count <= 2 || Self.fieldEnds.longestMatch(in: scalars, endingAt: item.upperBound) != nil
    }

    private static let fieldEnds = ScalarTrie<Bool>(endingWords: [
        "产业", "农业", "行业", "服务业", "制造业", "工业", "旅游", "健康", "数字", "经济",
    ])

    /// An item of a list may join two names with 和/及/与 (`…、惠农物流园和贺兰山精细化工等项目`, `A、凤阳正泰和汉韦胶膜、B`):
    /// two items when each side is a name of four scalars or more; a name that only holds a conjunction stays whole.
    func conjoinedParts(
        _ item: Range<Int>,
        joiners: ScalarSet = ProjectLexicon.conjunctions,
        in scalars: [Unicode.Scalar]
    ) -> [Range<Int>] {
        for index in item {
            // `硅谷智能二期以及临淮关镇福莱特五期`: 以及 joins two names wherever it stands.
            let afterYi = index > item.lowerBound && scalars[index - 1] == "以" && scalars[index] == "及"
            guard afterYi || joiners.contains(scalars[index]) else { continue }
            let leftEnd = afterYi ? index - 1 : index
            // `锦界镇渡口村和美乡村建设`: a place before 和 is the name's own, not a name of its own.
            if Self.notListedEnds.contains(scalars[leftEnd - 1]) { continue }
            // `城区道路建设及换热管网三期工程`, `物资储备和训练场建设工程`: a work's activity before the conjunction and
            // 工程 closing the whole are two parts of one works.
            if Self.partOfWorks(endingAt: leftEnd, closing: item.upperBound, in: scalars) { continue }
            // `水库生态修复与综合治理`: a short activity after an activity is more work on the same thing.
            if Self.continuesWork(endingAt: leftEnd, after: index + 1..<item.upperBound, in: scalars) { continue }
            if leftEnd - item.lowerBound >= 4 && item.upperBound - index - 1 >= 4 {
                return [item.lowerBound..<leftEnd, (index + 1)..<item.upperBound]
            }
        }
        return [item]
    }

    /// Whether the part of an item ending at `end` is a work's activity (`…道路建设`, `…茶叶种植`) in an item 工程
    /// closes at `itemEnd`: what a conjunction after it joins is the same works.
    private static func partOfWorks(endingAt end: Int, closing itemEnd: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.has(Self.works, at: itemEnd - Self.works.count) else { return false }
        return Self.worksActivities.longestMatch(in: scalars, endingAt: end) != nil
    }

    /// Whether the part after a conjunction (`after`) is a short activity (`综合治理`, `绿化`) and the part before ends
    /// with one too: two works done on one thing.
    private static func continuesWork(endingAt end: Int, after: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        guard after.count <= 4, Self.worksActivities.longestMatch(in: scalars, endingAt: after.upperBound) != nil
        else { return false }
        return Self.worksActivities.longestMatch(in: scalars, endingAt: end) != nil
    }

    /// Activities a part of one works ends with (`道路建设`, `物资储备`, `茶叶种植`): read backwards from a part's end
    /// (``partOfWorks(endingAt:closing:in:)``) and whole before a conjunction in ``nameStart(endingAt:in:limit:)``.
    private static let worksActivityWords =
        ProjectLexicon.verbsEndingNames + ["储备", "种植", "养殖", "整治", "治理", "修复", "绿化", "硬化"]
    private static let worksActivities = ScalarTrie<Bool>(endingWords: Self.worksActivityWords)
    private static let worksActivityTrie = ScalarTrie<Bool>(words: Self.worksActivityWords)

    /// Projects named without 项目: a head noun (基地, 中心, 工程…) followed closely by a stage verb, or preceded by a
    /// stage (`已建成的`, `谋划建设`).
    private func headNounProjects(
        in scalars: [Unicode.Scalar],
        places: [Range<Int>],
        sentence: (Int) -> Range<Int>
    ) -> [Found] {
        var found: [Found] = []
        var index = 0
        while index < scalars.count {
            guard let head = self.heads.longestMatch(in: scalars, from: index) else {
                index += 1
                continue
            }
            let end = self.phaseEnd(after: index + head.length, in: scalars)
            index = end
            guard !scalars.has(Self.suffix, at: end) else { continue }
            var start = self.nameStart(endingAt: end, in: scalars)
            guard start < end - head.length else { continue }
            if start > 0, Self.locatives.contains(scalars[start - 1]) { continue }
            var staged = self.followsStage(start, in: scalars)
            // The stage word may open the clause itself: `成立数字龙江智算中心`.
            if let prefix = self.stagePrefixes.first(where: { scalars.has($0, at: start) }),
                start + prefix.count < end - head.length
            {
                start += prefix.count
                staged = true
            }
            guard
                staged || self.isSubjectOfStage(endingAt: end, in: scalars)
                    || Self.opensADescription(start..<end, sentence: sentence(start), in: scalars)
            else { continue }
            guard !self.endsWithLeadingWord(start..<end, in: scalars),
                self.judge.isNamed(start..<end, in: scalars, places: places)
            else { continue }
            found.append(Found(name: scalars.string(start..<end), range: start..<end, sentence: sentence(start)))
        }
        return found
    }

    /// Whether a stage verb follows within a few scalars of the same clause (`基地一期厂房封顶`, `中心同日竣工`).
    private func isSubjectOfStage(endingAt end: Int, in scalars: [Unicode.Scalar]) -> Bool {
        for offset in 0...4 {
            let index = end + offset
            guard index < scalars.count, !ClauseMarkers.clausePunctuation.contains(scalars[index]),
                scalars[index] != "、"
            else { return false }
            if let stage = self.subjectStages.longestMatch(in: scalars, from: index) {
                // 签约产业项目: the verb modifies a noun after it; the head noun is not its subject.
                let after = index + stage.length
                var next = after
                while next < min(after + 4, scalars.count), !ClauseMarkers.clausePunctuation.contains(scalars[next]) {
                    if scalars.has(Self.suffix, at: next) { return false }
                    next += 1
                }
                return true
            }
        }
        return false
    }

    /// Whether the name at `name` opens its sentence and a project's description follows it at once
    /// (`现代肉牛生态循环产业园位于某镇…`, `某某物流园占地500亩`): the sentence is about that project.
    private static func opensADescription(_ name: Range<Int>, sentence: Range<Int>, in scalars: [Unicode.Scalar])
        -> Bool
    {
        guard name.lowerBound == sentence.lowerBound else { return false }
        if Self.descriptions.longestMatch(in: scalars, from: name.upperBound) != nil { return true }
        // `某某文化园是某县重点民生项目`: the name is what the clause calls a project.
        guard name.upperBound < scalars.count, scalars[name.upperBound] == "是" else { return false }
        var index = name.upperBound + 1
        while index < min(scalars.count, name.upperBound + 24),
            !ClauseMarkers.clausePunctuation.contains(scalars[index])
        {
            if scalars.has(Self.suffix, at: index) {
                let after = index + Self.suffix.count
                return after >= scalars.count || ClauseMarkers.clausePunctuation.contains(scalars[after])
            }
            index += 1
        }
        return false
    }

    /// Words that open a project's description right after its name; or 是 and a clause that ends in 项目.
    private static let descriptions = ScalarTrie<Bool>(words: ["位于", "占地", "总投资", "规划占地", "计划总投资"])

    /// Whether the words right before `start` put a stage on what follows (`已建成的`, `谋划建设`).
    private func followsStage(_ start: Int, in scalars: [Unicode.Scalar]) -> Bool {
        self.stagePrefixes.contains { scalars.has($0, at: start - $0.count) }
    }

    /// The end of a name extended over a phase written after it (`项目二期`, `产业园一期`).
    private func phaseEnd(after end: Int, in scalars: [Unicode.Scalar]) -> Int {
        guard let phase = self.phases.longestMatch(in: scalars, from: end) else { return end }
        return end + phase.length
    }

    /// Whether the span ends in a verb or function word (`处处涌动着`, `已竣工的`): the noun it governs is missing.
    func endsWithLeadingWord(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        guard let last = range.last else { return true }
        if ProjectLexicon.dangling.contains(scalars[last]) { return true }
        if Self.verbsTakingProjects.longestMatch(in: scalars, endingAt: range.upperBound) != nil { return true }
        if ClauseMarkers.endsAProgramme(at: range.upperBound, in: scalars) { return false }
        return Self.danglingLeadingWords.hasMatch(in: scalars, endingAt: range.upperBound, notBefore: range.lowerBound)
    }

    private static let verbsTakingProjects = ScalarTrie<Bool>(endingWords: ProjectLexicon.verbsTakingProjects)

    /// The leading words of two scalars or more that are no verb ending a name, reversed: which of them ends a span.
    private static let danglingLeadingWords = ScalarTrie<Bool>(
        endingWords: ClauseMarkers.leadingWords.filter { word in
            word.count >= 2 && !Self.verbsEndingNames.contains(word)
        }.map { String(String.UnicodeScalarView($0)) }
    )

    private static let verbsEndingNames: [[Unicode.Scalar]] = ProjectLexicon.verbsEndingNames.map {
        Array($0.unicodeScalars)
    }
    /// ``verbsEndingNames`` as a trie, asked of a span in place.
    private static let verbsEndingNamesTrie = ScalarTrie(words: Self.verbsEndingNames)

    /// The start of a name ending at `end`: after the clause's leading words, after a 的 and after an earlier 项目.
    /// `leadingWords` as a trie, so a span is scanned once rather than once per word.
    private static let leadingTrie = ScalarTrie(words: Self.leadingWords)
    private static let reserve = Array("储备".unicodeScalars)
    /// Scalars before 向 that make it a word's last (`转向`, `导向`), and after it the part that word names
    /// (`转向器`, `导向轮`).
    private static let beforeTowards = ScalarSet("转导".unicodeScalars)
    private static let partWords = ScalarSet("器机轮轴阀架系".unicodeScalars)
    /// What a reserve stores or is (`储备库`, `储备林`, `储备粮`).
    private static let reserveStores = ScalarSet("库林粮".unicodeScalars)

    /// Whether a kind of project before 项目 (`大豆深加工`, `轴承制造`) is told as one project: listed next to a
    /// project with a name of its own (`A集团生猪肉食品一体化项目、大豆深加工项目`), or put by an investor
    /// (`某公司投资3亿元的生物制品加工项目`).
    private func isKindNamedAsOne(_ kind: Range<Int>, in scalars: [Unicode.Scalar], places: [Range<Int>]) -> Bool {
        guard kind.count >= 2, self.judge.namesAProduct(kind, in: scalars),
            self.judge.isNamed(kind, in: scalars, places: places, strictness: .listed)
        else {
            return false
        }
        let start = kind.lowerBound
        // The item before, closed by 项目 and 、.
        if start >= 4, scalars[start - 1] == "、", scalars.has(Self.suffix, at: start - 3) {
            let end = start - 3
            let before = self.nameStart(endingAt: end, in: scalars)
            if end - before >= 2, self.judge.isNamed(before..<end, in: scalars, places: places) { return true }
        }
        // The item after: 、 then a name closed by 项目 before any other mark.
        let after = kind.upperBound + Self.suffix.count
        if after < scalars.count, scalars[after] == "、" {
            var end = after + 1
            while end < scalars.count, end - after < 40, !ClauseMarkers.clausePunctuation.contains(scalars[end]),
                scalars[end] != "、", !scalars.has(Self.suffix, at: end)
            {
                end += 1
            }
            if scalars.has(Self.suffix, at: end), end - after > 2,
                self.judge.isNamed((after + 1)..<end, in: scalars, places: places)
            {
                return true
            }
        }
        // `某某公司投资3亿元的…项目`, `某某公司投资建设的…项目`: a firm investing in it.
        guard start > 0, scalars[start - 1] == "的" else { return false }
        let clause = ClauseMarkers.start(before: start - 1, in: scalars, within: 40)
        let opening = clause..<(start - 1)
        return opening.contains { scalars.has(Self.investment, at: $0) }
            && opening.contains { index in Self.firmWords.contains { scalars.has($0, at: index) } }
    }

    /// `投资`, which introduces what is invested in a project (here and in ``investedItems(in:places:sentence:)``).
    static let investment = Array("投资".unicodeScalars)
    private static let firmWords: [[Unicode.Scalar]] = ["公司", "集团"].map { Array($0.unicodeScalars) }

    /// `range` without a bracketed note closing it (`工程(一期)` → `工程`), when one does.
    private static func withoutClosingNote(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Range<Int> {
        guard range.count > 3, scalars[range.upperBound - 1] == ")" || scalars[range.upperBound - 1] == "）",
            let open = (range.lowerBound..<(range.upperBound - 1)).last(where: {
                scalars[$0] == "(" || scalars[$0] == "（"
            }),
            open > range.lowerBound
        else { return range }
        return range.lowerBound..<open
    }

    /// How the part of a name before 暨 ends when 暨 joins two parts of one project: a head noun (`总部`, `产业园`,
    /// `工程`…) or a work of repair.
    private static let joinedPartEnds = ScalarTrie<Bool>(endingWords: ProjectLexicon.headNouns + ["修复"])

    func nameStart(endingAt end: Int, in scalars: [Unicode.Scalar], limit: Int = 40) -> Int {
        let clauseStart = ClauseMarkers.nameStart(
            endingAt: end,
            in: scalars,
            limit: limit,
            leadingWords: ClauseMarkers.noLeadingWords
        )
        // The rightmost leading word that leaves two scalars, unless it modifies the head noun after it (服务中心).
        var start = clauseStart
        var cursor = clauseStart
        // The closure below captures this, not `self`: a copy of the finder would retain every table it holds.
        let heads = self.heads
        let closedByProject = scalars.has(Self.suffix, at: end)
        while cursor < end - 2 {
            guard Self.leadingTrie.mayStart(with: scalars[cursor]) else {
                cursor += 1
                continue
            }
            Self.leadingTrie.forEachMatchLength(in: scalars, from: cursor, upTo: end - 2) { length in
                // `鄱余高等级公路项目`: 等 of 等级 lists nothing.
                if length == 1, scalars[cursor] == "等", scalars[cursor + 1] == "级" { return }
                // `光伏并网发电项目`: 并 of 并网 joins nothing.
                if length == 1, ClauseMarkers.opensAWordOfTheName(at: cursor, in: scalars) { return }
                // `汽车转向器轴承生产线`: 向 closing a part's word (`转向`, `导向`) is no preposition.
                if length == 1, scalars[cursor] == "向", cursor > 0, Self.beforeTowards.contains(scalars[cursor - 1]),
                    cursor + 1 < end, Self.partWords.contains(scalars[cursor + 1])
                {
                    return
                }
                // `应急物资储备库`, `国家储备林`: 储备 before the store it names is the name's noun, not a plan.
                if scalars.has(Self.reserve, at: cursor), length == Self.reserve.count,
                    cursor + length < end, Self.reserveStores.contains(scalars[cursor + length])
                {
                    return
                }
                // `…湘西北总部暨智慧科创园项目`: in a name 项目 closes, 暨 after a part that ends as a work joins two
                // parts of one project (without 项目, `A工业园暨B粮食城` are two).
                if length == 1, scalars[cursor] == "暨", closedByProject,
                    Self.joinedPartEnds.longestMatch(in: scalars, endingAt: cursor) != nil
                {
                    return
                }
                let after = cursor + length
                // `基础设施建设及人居环境整治工程`, `物资储备和训练场建设工程`: a work's own verb or store before a
                // conjunction is one part of the name the conjunction joins to the next, no verb the name follows.
                if ProjectLexicon.conjunctions.contains(scalars[after]),
                    Self.worksActivityTrie.value(for: scalars[cursor..<after]) != nil
                {
                    return
                }
                let modifiesHead =
                    Self.verbsEndingNamesTrie.value(for: scalars[cursor..<after]) != nil
                    && (heads.longestMatch(in: scalars, from: after) != nil || scalars.has(Self.suffix, at: after))
                if !modifiesHead { start = max(start, after) }
            }
            cursor += 1
        }
        // A conjunction inside a name joins two of its parts; opening the clause it joins the clause to what came
        // before (`与赣北玻纤项目同时开工的，…`).
        if start == clauseStart, start < end - 2,
            ProjectLexicon.conjunctions.contains(scalars[start]) || scalars[start] == "同"
        {
            start += 1
        }
        // `…的有A、B`: 有 after 的 is the verb that lists them.
        if start < end - 3, scalars[start] == "有", start > 0, scalars[start - 1] == "的" { start += 1 }
        var index = end - 1
        while index >= start {
            if scalars[index] == "的" || (index + 1 < end && scalars.has(Self.suffix, at: index)) {
                start = index + (scalars[index] == "的" ? 1 : Self.suffix.count)
                // `A项目和B项目`: the conjunction after one project joins the next to it.
                if start < end - 2, scalars[index] != "的", ProjectLexicon.conjunctions.contains(scalars[start]) {
                    start += 1
                }
                break
            }
            index -= 1
        }
        return Self.afterAmount(ClauseMarkers.afterDashes(start, before: end, in: scalars)..<end, in: scalars)
    }

    /// Where a name starts after a sum of money written inside its span (`总投资1.02亿元江苏奥凯…项目`, `124亿元产业
    /// 项目`): no project is named by what it costs.
    private static func afterAmount(_ span: Range<Int>, in scalars: [Unicode.Scalar]) -> Int {
        var start = span.lowerBound
        for index in span.dropLast() where scalars[index] == "元" && index > span.lowerBound + 1 {
            guard Self.moneyUnits.contains(scalars[index - 1]), scalars[index - 2].isASCIIDigit else { continue }
            start = index + 1
        }
        return start
    }

    private static let moneyUnits = ScalarSet("亿万".unicodeScalars)
}
