import DiaoyanModels
import DiaoyanText

/// Reads a project's stage from the words of its sentence: the nearest stage word after the name, else the
/// nearest before it; a stage word in the future (预计年内投产) says the project is still being built.
package enum StageReader {
    /// Stage words as one trie: where two start at one place the longer wins (`建成投产` over `建成`), which is the
    /// lexicon's order too.
    private static let keywords: ScalarTrie<Stage> = {
        var trie = ScalarTrie<Stage>()
        for (word, stage) in StageLexicon.keywords { trie.insert(word.unicodeScalars, stage) }
        return trie
    }()

    /// How far after a project that opens its sentence a stage word still speaks about it, in scalars.
    private static let subjectReach = 80

    /// The stage of the project written at `name` inside `sentence`.
    ///
    /// - Parameters:
    ///   - others: names of other projects in the sentence; a stage word written inside one
    ///     (`莫建成艺术馆`, `…竣工路改造`) is part of that name, no evidence.
    ///   - item: the project's own name when `name` is the list it is an item of: words that speak only of the name
    ///     right before them (`续建`) speak of the item they follow, not of the whole list.
    package static func stage(
        of name: Range<Int>,
        in sentence: Range<Int>,
        scalars: [Unicode.Scalar],
        others: [Range<Int>] = [],
        item: Range<Int>? = nil
    ) -> Stage {
        let keywords = Self.keywords
        let future = StageLexicon.futureWords
        var after: (distance: Int, stage: Stage)?
        var afterEnd: Int?
        // Words that speak only of the name right before them speak of the item, not of the list it is in.
        let attachedTo = item ?? name
        var before: (distance: Int, stage: Stage)?
        var startToCome = false
        // Read once, and only when a stage word after the name asks (it walks back up to 200 scalars).
        lazy var listAimedAt = Self.aimsAtTheList(before: name.lowerBound, in: sentence, of: scalars)
        var index = sentence.lowerBound
        // A project that opens its sentence is what the sentence tells about (`A项目主要生产…,年产值3亿元,预计7月
        // 试生产`): its stage word may come later than usual.
        let reach = name.lowerBound <= sentence.lowerBound + 1 ? Self.subjectReach : StageLexicon.reachAfterName
        while index < sentence.upperBound {
            guard keywords.mayStart(with: scalars[index]),
                let keyword = keywords.longestMatch(in: scalars, from: index)
            else {
                index += 1
                continue
            }
            var stage = keyword.value
            let wordEnd = index + keyword.length
            if let other = others.first(where: { $0.contains(index) }) {
                index = other.upperBound
                continue
            }
            if stage == .unknown {
                index = wordEnd
                continue
            }
            // `续建1项`, `排涝续建5公里`: a tally of projects or a length of works, no project's stage.
            if Self.countedOnly.longestMatch(in: scalars, from: index)?.length == keyword.length,
                wordEnd < sentence.upperBound, ChineseNumber.startsNumber(scalars[wordEnd])
            {
                index = wordEnd
                continue
            }
            // `A项目前期工作`: work before building is the stage only of the name it is written onto.
            if Self.attachedOnly.longestMatch(in: scalars, from: index)?.length == keyword.length,
                !(attachedTo.upperBound...attachedTo.upperBound + 2).contains(index)
            {
                index = wordEnd
                continue
            }
            // `计划明年上半年开工`: 计划 marks the stage word after it as still to come; it is no stage itself.
            if stage == .planned, future.longestMatch(in: scalars, from: index) != nil,
                Self.stageWordFollows(wordEnd, in: scalars, keywords: keywords)
            {
                index = wordEnd
                continue
            }
            if stage != .signed, wordEnd < scalars.count, StageLexicon.conditional.contains(scalars[wordEnd]) {
                index = wordEnd
                continue
            }
            // `这些项目的建成将…`: a stage named as what it will bring is none yet.
            if index > 0, scalars[index - 1] == "的", wordEnd < scalars.count, scalars[wordEnd] == "将" {
                index = wordEnd
                continue
            }
            // `开工活动结束后，…先后到…项目现场`: the ceremony is now a time, the sites are what follows it.
            if Self.ceremonyOver.longestMatch(in: scalars, from: wordEnd) != nil {
                index = wordEnd
                continue
            }
            if index >= name.upperBound, index - name.upperBound > reach {
                break
            }
            // `已集中开工`, `相继开工`: started before what the article reports, so being built now; `将陆续开工` is
            // still to come.
            if stage == .groundbreaking,
                !future.hasWord(in: scalars, startingIn: max(sentence.lowerBound, index - 6)..<index),
                Self.startedBefore(keywordAt: index..<wordEnd, in: scalars, sentence: sentence)
            {
                stage = .underConstruction
            }
            // `开工的项目包括A、B等112个项目，竣工的项目有76个`: after the name, a stage naming another group of projects
            // says nothing of this one.
            // `A、B等项目都是今年开工的重点项目`: a copula between makes the group the list's own.
            if index >= name.upperBound, Self.namesAGroup.longestMatch(in: scalars, from: wordEnd) != nil,
                !Self.copulas.hasWord(in: scalars, startingIn: name.upperBound..<index)
            {
                index = wordEnd
                continue
            }
            // A future word between the name and the stage word, or just before the stage word.
            let lookBack = index >= name.upperBound ? name.upperBound : max(sentence.lowerBound, index - 6)
            let startsWork = Self.resumptions.longestMatch(in: scalars, from: index)?.length == keyword.length
            if stage != .planned, stage != .underConstruction || startsWork,
                future.hasWord(in: scalars, startingIn: lookBack..<index)
                    || (index >= name.upperBound && listAimedAt)
            {
                // A start still to come (`计划明年开工`, `确保A、B等项目3月份开工`) makes the project planned unless
                // some stage of its own is told (`签约项目中，A…计划明年开工` stays signed); a finish to come means
                // building now.
                if stage == .groundbreaking || stage == .signed || startsWork {
                    startToCome = true
                    index = wordEnd
                    continue
                }
                stage = .underConstruction
            }
            // `本月还将与A、B等11个项目签约`: a signing with projects a future word announces before them is to come.
            if stage == .signed, index >= name.upperBound,
                Self.announcesASigning(before: name.lowerBound, in: sentence, of: scalars)
            {
                stage = .planned
            }
            if index >= name.upperBound {
                let distance = index - name.upperBound
                if after == nil || distance < after!.distance {
                    after = (distance, stage)
                    afterEnd = wordEnd
                } else if let found = after, found.stage == .completed, stage == .inProduction,
                    let end = afterEnd, index - end <= Self.productionReach, !scalars[end..<index].contains("或")
                {
                    // `已完成竣工验收，投产运营`: finished and then producing, which is where it stands now (`竣工或投产`
                    // tells either).
                    after = (found.distance, stage)
                    afterEnd = wordEnd
                }
            } else if index + keyword.length <= name.lowerBound {
                let distance = name.lowerBound - index
                if before == nil || distance < before!.distance { before = (distance, stage) }
            }
            index += keyword.length
        }
        return after?.stage ?? before?.stage ?? (startToCome ? .planned : .unknown)
    }

    /// Whether the clause before `start` announces a signing with what follows (`还将与`, `拟与`).
    private static func announcesASigning(before start: Int, in sentence: Range<Int>, of scalars: [Unicode.Scalar])
        -> Bool
    {
        Self.clause(before: start, in: sentence, of: scalars, holdsOneOf: Self.futurePartners)
    }

    /// Whether a target opens the list the name is in (`确保A、B等89个项目3月份开工`, `力争引进A、B等项目`): what the
    /// list's stage word tells is still to come for every item.
    private static func aimsAtTheList(before start: Int, in sentence: Range<Int>, of scalars: [Unicode.Scalar])
        -> Bool
    {
        Self.clause(before: start, in: sentence, of: scalars, holdsOneOf: Self.targets)
    }

    /// Whether one of `words` is written in the clause before `start` (a list's 、 does not end it), at most 200
    /// scalars back.
    private static func clause(
        before start: Int,
        in sentence: Range<Int>,
        of scalars: [Unicode.Scalar],
        holdsOneOf words: ScalarTrie<Bool>
    ) -> Bool {
        var index = start - 1
        while index >= sentence.lowerBound, start - index <= 200,
            !ClauseMarkers.clausePunctuation.contains(scalars[index])
        {
            if words.longestMatch(in: scalars, from: index) != nil { return true }
            index -= 1
        }
        return false
    }

    private static let targets = ScalarTrie<Bool>(words: ["确保", "力争", "争取"])

    private static let futurePartners = ScalarTrie<Bool>(words: ["将与", "将同", "将和", "拟与", "计划与", "准备与"])

    /// Words after a stage word that make it the mark of a group of projects (`竣工的项目有76个`).
    private static let namesAGroup = ScalarTrie<Bool>(words: [
        "的项目", "的重大项目", "的重点项目", "项目有", "项目共", "项目包括", "项目为", "项目分别",
    ])

    /// Words saying that what precedes them is what follows (`都是`, `均为`, `属于`).
    private static let copulas = ScalarTrie<Bool>(words: ["是", "均为", "都为", "皆为", "属于", "系"])

    /// How far after a word of completion a word of production may follow and still tell the same project's stage
    /// (`竣工验收，投产运营`), in scalars.
    private static let productionReach = 4

    /// Stage words that a count after them makes a tally (`续建1项`).
    private static let countedOnly = ScalarTrie<Bool>(words: ["续建"])

    /// Stage words that speak only of the name right before them (`A项目前期工作`, `B工程续建`), not of a list or a
    /// clause.
    private static let attachedOnly = ScalarTrie<Bool>(words: ["前期工作", "续建"])

    /// Stage words of work started or resumed (`开复工`): building now, but still to come after a future word.
    private static let resumptions = ScalarTrie<Bool>(words: ["开复工", "复工"])

    /// Words after a stage word that make its ceremony a time for what follows.
    private static let ceremonyOver = ScalarTrie<Bool>(words: [
        "仪式后", "仪式结束后", "活动后", "活动结束后", "仪式结束", "活动结束",
    ])

    /// Words a few scalars before a start that put it before the article's day (`已集中开工`, `均已开工`,
    /// `相继开工`, `陆续开工`).
    private static let earlierMarks = ScalarSet("已".unicodeScalars)
    private static let earlierWords = ScalarTrie<Bool>(words: ["相继", "陆续", "先后"])

    /// Whether the start word at `keyword` tells of a start before the article's day: an earlier-mark within four
    /// scalars before it in the clause, the earlier start a new one follows, or the start a time runs from.
    private static func startedBefore(keywordAt keyword: Range<Int>, in scalars: [Unicode.Scalar], sentence: Range<Int>)
        -> Bool
    {
        let after = Self.afterStart(keyword.upperBound, in: scalars)
        if Self.afterwards.contains(where: { scalars.has($0, at: after) }),
            Self.followsContinuation(before: keyword.lowerBound, in: scalars, sentence: sentence)
        {
            return true
        }
        // `项目开工建设以来`, `自开工以来`: what a time runs from.
        if scalars.has(Self.since, at: after) { return true }
        let index = keyword.lowerBound
        var back = index - 1
        while back >= max(sentence.lowerBound, index - 4), !ClauseMarkers.clausePunctuation.contains(scalars[back]) {
            if Self.earlierMarks.contains(scalars[back]) { return true }
            if back >= 1, Self.earlierWords.longestMatch(in: scalars, from: back - 1)?.length == 2 { return true }
            back -= 1
        }
        return false
    }

    /// Where the words after a start word ending at `end` go on, past a `建设` written after it (`开工建设以来`).
    private static func afterStart(_ end: Int, in scalars: [Unicode.Scalar]) -> Int {
        scalars.has(Self.building, at: end) ? end + Self.building.count : end
    }

    /// Whether 继 (not `继续`) stands before `index` in the sentence: with `之后` after the start, the start is the
    /// earlier one a new one follows (`继A、B等项目开工建设之后`).
    private static func followsContinuation(before index: Int, in scalars: [Unicode.Scalar], sentence: Range<Int>)
        -> Bool
    {
        (max(sentence.lowerBound, index - 60)..<index).contains { at in
            scalars[at] == "继" && at + 1 < scalars.count && scalars[at + 1] != "续"
        }
    }

    private static let since = Array("以来".unicodeScalars)
    private static let building = Array("建设".unicodeScalars)
    private static let afterwards = ["之后", "以后"].map { Array($0.unicodeScalars) }

    /// Whether another stage word is written in the clause within ten scalars after `start`.
    private static func stageWordFollows(_ start: Int, in scalars: [Unicode.Scalar], keywords: ScalarTrie<Stage>)
        -> Bool
    {
        var index = start
        while index < scalars.count, index - start < 10, !ClauseMarkers.clausePunctuation.contains(scalars[index]) {
            // `计划开复工A`: a restart to come leaves the plan the stage.
            if let match = keywords.longestMatch(in: scalars, from: index), match.value != .unknown,
                Self.resumptions.longestMatch(in: scalars, from: index)?.length != match.length
            {
                return true
            }
            index += 1
        }
        return false
    }
}
