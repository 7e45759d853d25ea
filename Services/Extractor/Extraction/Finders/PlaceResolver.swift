import DiaoyanText

/// Finds administrative divisions in a document and decides which division each written name stands for.
///
/// A full name (凌源市, 阿城区) counts on its own when it is unique; a short form (朝阳, 哈尔滨) or an ambiguous
/// name counts when the hierarchy the document names picks one reading (辽宁…朝阳 → 辽宁省/朝阳市). County-level
/// short forms need a named ancestor, and short forms that are everyday words (合作, 振兴) never count alone.
/// A development zone stays a division of its own; ``Gazetteer/place(of:)`` records it as a park of the city or
/// county it belongs to.
package struct PlaceResolver: Sendable {
    /// One division the document names, with where.
    package struct Resolved: Hashable, Sendable {
        package var division: Int
        package var mentions: [Range<Int>]
    }

    package let gazetteer: Gazetteer
    private let words: HanBigramModel?

    /// A resolver over `gazetteer`; with `words`, a two-scalar short form that splits two words of the sentence
    /// (`最大理由` holds 大理) is no place.
    package init(gazetteer: Gazetteer, words: HanBigramModel? = nil) {
        self.gazetteer = gazetteer
        self.words = words
    }

    /// Whether the two scalars at `range` read better as the ends of the words around them than as one word:
    /// `最大|理由` rather than `大理`.
    private func splitsWords(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        guard let words = self.words, range.count == 2, range.lowerBound > 0, range.upperBound < scalars.count
        else { return false }
        let before = scalars[range.lowerBound - 1]
        let first = scalars[range.lowerBound]
        let second = scalars[range.upperBound - 1]
        let after = scalars[range.upperBound]
        guard before.isHan, after.isHan else { return false }
        let inside = words.score(first, second)
        if words.score(before, first) > inside && words.score(second, after) > inside { return true }
        // `干佑河源头`, `雄安新区`: the short form's second scalar opens an everyday word more usual than the name.
        let outside = words.score(second, after)
        return outside >= Self.everydayPair && outside > inside + 1
    }

    private struct Hit {
        var range: Range<Int>
        var candidates: [Gazetteer.Candidate]
    }

    /// Whether a county named by one scalar and its suffix (`代县`, `理县`, `兴县`, `和县`) is rather part of a
    /// title (`代县长`, `代理县长`), of a word (`科技兴县`) or a conjunction before the county the story is in
    /// (`街道和县有关部门`, `单位和县直部门`): followed by 长 or 委, its first scalar ending a word, or a
    /// conjunction after a word that is no division, before what a county's offices are called.
    private func isTitleOrWord(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        guard range.count == 2, Self.countySuffixes.contains(scalars[range.upperBound - 1]) else { return false }
        if range.upperBound < scalars.count, Self.titleScalars.contains(scalars[range.upperBound]) { return true }
        if Self.conjunctions.contains(scalars[range.lowerBound]), range.lowerBound > 0,
            range.upperBound < scalars.count,
            scalars[range.lowerBound - 1].isHan, !Self.divisionEnds.contains(scalars[range.lowerBound - 1]),
            Self.countyOffices.contains(scalars[range.upperBound])
        {
            return true
        }
        return self.endsEverydayPair(at: range.lowerBound, in: scalars)
    }

    /// Whether the short form at `range` is 全 and a division's word (`全州上下`, `全州各级各部门`): the whole
    /// prefecture the story is in, not the county 全州县.
    private static func namesAWholeDivision(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        range.count == 2 && scalars[range.lowerBound] == "全"
            && Self.divisionEnds.contains(scalars[range.upperBound - 1])
    }

    private static let countySuffixes = ScalarSet("县区旗".unicodeScalars)
    private static let titleScalars = ScalarSet("长委".unicodeScalars)
    private static let conjunctions = ScalarSet("和及与或并暨".unicodeScalars)
    private static let divisionEnds = ScalarSet("省市州盟县区旗".unicodeScalars)
    /// What follows `县` when it means the county's offices: 县直, 县有关, 县各, 县相关, 县级, 县属, 县领导, 县政府, and
    /// its bureaus (县财政, 县国土, 县环保, 县发改, 县工信, 县住建, 县交通, 县水利, 县农业, 县商务, 县教育, 县卫健,
    /// 县公安, 县自然资源).
    private static let countyOffices = ScalarSet("直有各相级属领政财国环发工住交水农商教卫公自".unicodeScalars)
    /// ln(1 + frequency) of a pair used about 150 times in jieba's words (`代理`).
    private static let everydayPair: Float = 5

    /// The divisions named in `scalars`, in order of first mention.
    package func resolve(_ scalars: [Unicode.Scalar]) -> [Resolved] {
        var hits: [Hit] = []
        let divisions = self.gazetteer.divisions
        var index = 0
        while index < scalars.count {
            guard scalars[index].isHan, let match = self.gazetteer.names.longestMatch(in: scalars, from: index) else {
                index += 1
                continue
            }
            // `其中山阴县`: a short form whose first scalar ends an everyday word (其中), overlapped by a name in full
            // that runs past it, is that name (`大南昌都市圈` keeps 南昌: 大南 is no word).
            if !match.value.contains(where: { $0.form.isFull }), self.endsEverydayPair(at: index, in: scalars),
                let overlap = self.fullNameOverlapping(index..<(index + match.length), in: scalars)
            {
                index = overlap
                continue
            }
            // Short forms that are everyday words (合作, 振兴) never count alone; most names have none to drop.
            // (It reads `divisions`, not `self`: a closure holding a copy of the resolver retains all its tables.)
            let isEveryday = { (candidate: Gazetteer.Candidate) in
                candidate.form.isShort && divisions[candidate.division].shortIsEveryday
            }
            var candidates =
                match.value.contains(where: isEveryday) ? match.value.filter { !isEveryday($0) } : match.value
            let range = index..<(index + match.length)
            if candidates.contains(where: { $0.form.isShort }),
                self.splitsWords(range, in: scalars) || Self.isAddressed(range, in: scalars)
                    || Self.namesAVillage(range, in: scalars) || Self.namesAWholeDivision(range, in: scalars)
            {
                candidates = candidates.filter { !$0.form.isShort }
            }
            if self.isTitleOrWord(range, in: scalars) {
                candidates = candidates.filter { !$0.form.isFull }
            }
            if !candidates.isEmpty {
                hits.append(Hit(range: range, candidates: candidates))
            }
            index += match.length
        }

        // A name written right after a division it lies in (`四平市铁东区`, `鞍山市铁东区`) is the one under it,
        // whatever else the document names.
        for index in hits.indices.dropFirst() where hits[index].candidates.count > 1 {
            guard hits[index - 1].range.upperBound == hits[index].range.lowerBound else { continue }
            let parents = hits[index - 1].candidates.map(\.division)
            let under = hits[index].candidates.filter { candidate in
                self.gazetteer.lineage(of: candidate.division).dropLast().contains { ancestor in
                    parents.contains(ancestor) || self.municipality(of: ancestor).map(parents.contains) ?? false
                }
            }
            if under.count == 1 { hits[index].candidates = under }
        }

        // The divisions the document names without doubt, with their ancestors: the context for the rest.
        var context = Marks(count: self.gazetteer.divisions.count)
        for hit in hits where hit.candidates.count == 1 {
            let candidate = hit.candidates[0]
            let division = self.gazetteer.divisions[candidate.division]
            if !candidate.form.isShort && !division.isNamedByDirection || division.level <= 2 {
                context.formUnion(self.gazetteer.lineage(of: candidate.division))
            }
        }

        // The divisions in order of first mention, each with its mentions (a page names a few dozen at most:
        // searched in place rather than hashed).
        var order: [Int] = []
        var mentions: [[Range<Int>]] = []
        for _ in 0..<2 {
            for hit in hits {
                guard let division = self.choose(hit.candidates, context: context) else { continue }
                context.formUnion(self.gazetteer.lineage(of: division))
            }
        }
        let repeated = self.repeatedCounties(among: hits)
        let selfNamed = Self.writesItsOwnCounty(scalars)
        for hit in hits {
            // `仪陇经开区`: a county's short form naming its own development zone is that county, as a repeated one;
            // so is one in the page's header when the story calls its county 我县 (`峡江:我县举行…`, `来源:精彩鸡泽`).
            let isRepeated =
                hit.candidates.count == 1
                && (repeated.contains(hit.candidates[0].division)
                    || Self.zoneWords.longestMatch(in: scalars, from: hit.range.upperBound) != nil
                    || self.holdsTheDay(hit, in: scalars)
                    || selfNamed && Self.isInHeaderLine(hit.range, in: scalars))
            guard let division = self.choose(hit.candidates, context: context, repeated: isRepeated) else { continue }
            if let known = order.firstIndex(of: division) {
                mentions[known].append(hit.range)
            } else {
                order.append(division)
                mentions.append([hit.range])
            }
        }
        return order.indices.map { Resolved(division: order[$0], mentions: mentions[$0]) }
    }

    /// Whether a short form is the name of a village, a town or a neighbourhood (`铜鼓村`, `永城镇`, `新华社区`): such
    /// names repeat counties' names all over the country and never stand for them.
    private static func namesAVillage(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        guard range.upperBound < scalars.count else { return false }
        return Self.settlementEnds.contains(scalars[range.upperBound])
            || scalars.has(Self.neighbourhood, at: range.upperBound)
    }

    private static let settlementEnds = ScalarSet("村镇乡".unicodeScalars)
    private static let neighbourhood = Array("社区".unicodeScalars)

    /// Whether the name is people addressed or present (`各位来宾`, `到场来宾`, `与会来宾`): a short form after
    /// such a word is a word.
    private static func isAddressed(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        Self.addressing.longestMatch(in: scalars, endingAt: range.lowerBound) != nil
    }

    private static let addressing = ScalarTrie<Bool>(endingWords: ["各位", "到场", "与会", "中外", "全体"])

    /// Whether the scalar at `index` ends a pair jieba's words use often (`其中`).
    private func endsEverydayPair(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard let words = self.words, index > 0, scalars[index - 1].isHan else { return false }
        return words.score(scalars[index - 1], scalars[index]) >= Self.everydayPair
    }

    /// Where a full name starts that begins inside `range` (a short form's match) and ends past it, if one does.
    private func fullNameOverlapping(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Int? {
        for start in (range.lowerBound + 1)..<range.upperBound {
            guard let match = self.gazetteer.names.longestMatch(in: scalars, from: start),
                start + match.length > range.upperBound, match.value.contains(where: { $0.form.isFull })
            else { continue }
            return start
        }
        return nil
    }

    /// The divisions a name with one reading stands for twice or more (`嘉祥8个重点项目…在嘉祥投资`), when no
    /// province other than theirs is named in full: such a county is the story's even when its city goes unnamed.
    private func repeatedCounties(among hits: [Hit]) -> [Int] {
        // A page has few such names: arrays searched in place rather than hashed.
        var divisions: [Int] = []
        var times: [Int] = []
        var provinces: [Int] = []
        for hit in hits where hit.candidates.count == 1 {
            let division = hit.candidates[0].division
            if let known = divisions.firstIndex(of: division) {
                times[known] += 1
            } else {
                divisions.append(division)
                times.append(1)
            }
            if hit.candidates[0].form.isFull, let province = self.gazetteer.lineage(of: division).first,
                !provinces.contains(province)
            {
                provinces.append(province)
            }
        }
        return divisions.indices.filter { index in
            guard times[index] >= 2, let province = self.gazetteer.lineage(of: divisions[index]).first else {
                return false
            }
            return provinces.isEmpty || provinces == [province]
        }.map { divisions[$0] }
    }

    /// Whether the story calls the county it happens in 我县, 我区 or 我旗: a county's short form in its header is then
    /// the publisher's own.
    private static func writesItsOwnCounty(_ scalars: [Unicode.Scalar]) -> Bool {
        // One pass for the three words, which all open with 我.
        var index = 0
        while index + 1 < scalars.count {
            if scalars[index] == "我", Self.ownCounty.contains(scalars[index + 1]) { return true }
            index += 1
        }
        return false
    }

    /// What follows 我 in 我县, 我区, 我旗.
    private static let ownCounty = ScalarSet("县区旗".unicodeScalars)

    /// Whether `range` stands in a short line near the page's top: a headline, a source or a date line, not a
    /// paragraph of the story.
    private static func isInHeaderLine(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        guard range.lowerBound < Self.headerReach else { return false }
        var start = range.lowerBound
        while start > 0, scalars[start - 1] != "\n" { start -= 1 }
        var end = range.upperBound
        while end < scalars.count, scalars[end] != "\n" { end += 1 }
        return end - start <= Self.headerLineLength
    }

    /// How far into a page its header reaches, and how long a header line runs, in scalars.
    private static let headerReach = 300
    private static let headerLineLength = 40

    /// Whether the hit is a county's name right before a verb of holding the day (`乐陵举行22个重点项目集中开工仪式`):
    /// the county is the story's, as one named twice. A zone's name (`化工园区举办`) is no such subject.
    private func holdsTheDay(_ hit: Hit, in scalars: [Unicode.Scalar]) -> Bool {
        let division = self.gazetteer.divisions[hit.candidates[0].division]
        return division.kind == .admin && division.level == 3
            && Self.holdingVerbs.longestMatch(in: scalars, from: hit.range.upperBound) != nil
    }

    private static let holdingVerbs = ScalarTrie<Bool>(words: ["举行", "召开", "举办"])

    /// The formal kinds of development zone, which take the name of the county that hosts them (`仪陇经开区`);
    /// an industrial park's name may be a local area's that some county elsewhere shares (西宁's `南川工业园区`).
    private static let zoneWords = ScalarTrie<Bool>(words: ["经济开发区", "经济技术开发区", "经开区", "高新技术产业开发区"])

    /// The province entry of a municipality whose city entry is `division` (北京市 as a city → 北京市 as a
    /// province), nil for any other division.
    private func municipality(of division: Int) -> Int? {
        let divisions = self.gazetteer.divisions
        guard divisions[division].level == 2, let parent = divisions[division].parent,
            divisions[parent].name == divisions[division].name
        else { return nil }
        return parent
    }

    /// The candidate the context supports, or nil when the name stays ambiguous or lacks the context it needs.
    private func choose(_ candidates: [Gazetteer.Candidate], context: Marks, repeated: Bool = false) -> Int? {
        var best: (score: Int, division: Int)?
        var tie = false
        // The divisions are read field by field in place: a copy of one would retain its three strings.
        let divisions = self.gazetteer.divisions
        for candidate in candidates {
            let level = divisions[candidate.division].level
            let ancestors = self.gazetteer.lineage(of: candidate.division).dropLast()
            // 长沙 is 长沙市 before 长沙县 under it: a name standing for a division and for one inside it means the outer.
            // (The candidates are searched in place: an array of their divisions was built three times per name.)
            if ancestors.contains(where: { ancestor in candidates.contains { $0.division == ancestor } }) { continue }
            // `北京市朝阳区`: the name 北京市 stands for the municipality's province entry, its districts' lineage
            // holds its city entry; either supports them.
            let supported = ancestors.reduce(0) { count, ancestor in
                let named = context.contains(ancestor) || self.municipality(of: ancestor).map(context.contains) ?? false
                return count + (named ? 1 : 0)
            }
            // A short or former county-level name needs its own city named (惠民 alone in a 山东 story is 惠民生), and
            // so does a district named by a direction (`北区`, `西区`: `开发区西区`, `公司北区厂房` are parts of a park).
            if !candidate.form.isFull && level == 3 || divisions[candidate.division].isNamedByDirection,
                !(repeated && candidate.form.isShort),
                !(divisions[candidate.division].parent.map { context.contains($0) || divisions[$0].kind.isDirect }
                    ?? false)
                    || supported == 0
            {
                continue
            }
            var score = supported * 10 + (candidate.form.isFull ? 3 : 0) + (3 - level)
            if context.contains(candidate.division) { score += 5 }
            if let current = best {
                if score > current.score {
                    best = (score, candidate.division)
                    tie = false
                } else if score == current.score && current.division != candidate.division {
                    tie = true
                }
            } else {
                best = (score, candidate.division)
            }
        }
        return tie ? nil : best?.division
    }
}

/// Which divisions a document's context holds, one flag per gazetteer entry (no hashing in the hot loop).
private struct Marks {
    private var flags: [Bool]

    init(count: Int) {
        self.flags = [Bool](repeating: false, count: count)
    }

    func contains(_ division: Int) -> Bool {
        self.flags[division]
    }

    mutating func formUnion(_ divisions: [Int]) {
        for division in divisions { self.flags[division] = true }
    }
}

extension Gazetteer.NameForm {
    /// Tag tests: the enum's `==` is another module's and would be called through its `Equatable` witness.
    fileprivate var isFull: Bool { if case .full = self { true } else { false } }
    fileprivate var isShort: Bool { if case .short = self { true } else { false } }
}

extension Division.Kind {
    fileprivate var isDirect: Bool { if case .direct = self { true } else { false } }
}
