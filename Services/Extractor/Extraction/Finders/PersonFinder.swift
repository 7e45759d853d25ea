import DiaoyanModels
import DiaoyanText

/// Finds people: a name right after a title chain (`黑龙江省委常委、哈尔滨市委书记王兆力`), bylines
/// (`记者 初霞`, `摄影:徐旭`), names listed before an attendance phrase (`韩圣健、张亚中、张起翔…参加`) and a name
/// before 总书记.
package struct PersonFinder: Sendable {
    /// One person with where they are named.
    package struct Found: Hashable, Sendable {
        package var name: String
        package var titles: [String]
        package var role: PersonRole
        package var mentions: [Range<Int>]
    }

    /// Scalars that start the word after a name rather than continuing it (在, 到, 说, 强调…).
    private static let afterName: ScalarSet = ScalarSet(
        "在到说称表强指调主一率带等出陪同介利要对就向与和及的先来深实察走视考见分参会讲致前于为是也还将从以把被让看听了进详作携、，。：；“”（）() 一行".unicodeScalars
    )
    /// Words of one scalar that end a clause or join names (`王明说，`, `王明等，`): never a name's third scalar.
    private static let closingWords: ScalarSet = ScalarSet("说称讲到来去在是了的等和与及对就也还将又并摄".unicodeScalars)
    /// Scalars in `afterName` that are also common in given names; they end a name only where they open a verb.
    private static let ambiguousAfterName: ScalarSet = ScalarSet("强分一明利实来先为会作和进".unicodeScalars)
    /// Verbs written right after a name, opened by an ambiguous scalar.
    private static let wordsAfterName: WordSet = [
        "强调", "分别", "分析", "一行", "一同", "明确", "利用", "实地", "来到", "先后", "为企业", "为项目",
        // `王明会见`, `会同`, `会上`: 会 opening a word after the name (`市长王金会到`: a name's third scalar).
        "会见", "会同", "会上", "会议", "会前", "会后", "会谈", "会商", "会晤", "会场",
    ]
    private static let attendance: [[Unicode.Scalar]] = ["参加", "出席", "陪同", "参与"].map { Array($0.unicodeScalars) }
    private static let attendanceWords = ScalarTrie<Bool>(words: Self.attendance)
    /// Scalars that cannot be the first given character (they start the following word for sure).
    private static let afterSurname: ScalarSet = ScalarSet("在到说等的是了和与及区县市省镇乡、，。：；“”（）() ".unicodeScalars)
    /// Two-character words that look like a family name and a given name but are not names.
    /// Scalars that open the rest of a clause after a title, never a name (`委员们先后来到`, `委员要持续深入`, `负责人借此机会`,
    /// `大使采用视频`, `负责人来我县`, `负责人共百余人`).
    private static let notFreeNameStarts = ScalarSet("对们要将均都也还又借采来共".unicodeScalars)
    private static let notNames: WordSet = [
        "关于", "对于", "由于", "高度", "同时", "同志", "时间", "常态", "全面", "全力", "明确", "强调",
        // `负责人相聚一堂`, `招商大使齐聚这里`: gathering verbs after a title.
        "相聚", "齐聚", "汇聚", "欢聚",
        // `企业负责人应邀参加`: accepting an invitation.
        "应邀", "受邀",
    ]
    private static let beforeTitles: [[Unicode.Scalar]] = ["陪同", "在", "由", "向", "会见", "看望", "和", "与", "及", "同"]
        .map { Array($0.unicodeScalars) }
    private static let beforeTitlesTrie = ScalarTrie(words: Self.beforeTitles)
    private static let leadersBefore: [String] = ["省领导", "市领导", "县领导", "区领导", "领导"]
    private static let leadersBeforeScalars = Self.leadersBefore.map { Array($0.unicodeScalars) }

    private let untitled = UntitledNameFinder()
    private let model = try? PersonNameModel.shared()
    private let bigrams = try? HanBigramModel.shared()
    private let gazetteer = try? Gazetteer.shared()
    /// Below this name-model score a run opening with a frequent pair is a word (names score above −3).
    private static let everydayScore: Float = -4
    /// ln(1 + frequency) of a pair jieba's words use often (about 50 occurrences).
    private static let everydayPair: Float = 4

    package init() {}

    /// The people named in `scalars`, merged by name, in order of first mention; `sentences` are the document's
    /// sentence ranges when the caller has them already.
    package func find(in scalars: [Unicode.Scalar], sentences: [Range<Int>]? = nil) -> [Found] {
        var roster = Roster()
        self.findAfterTitles(in: scalars, into: &roster)
        self.findAttendees(in: scalars, sentences: sentences ?? ClauseMarkers.sentences(of: scalars), into: &roster)
        self.findListedLeaders(in: scalars, into: &roster)
        self.findBeforeGeneralSecretary(in: scalars, into: &roster)
        for person in self.untitled.find(in: scalars) {
            roster.add(scalars.string(person.name), titles: person.titles, role: person.role, at: person.name)
        }
        var officeEnds: Set<Int> = []
        if let model = self.model, let bigrams = self.bigrams, let gazetteer = self.gazetteer {
            for person in ClauseSubjectReader.find(in: scalars, model: model, words: bigrams, gazetteer: gazetteer) {
                roster.add(scalars.string(person.name), titles: person.titles, role: person.role, at: person.name)
                if !person.titles.isEmpty { officeEnds.insert(person.officeEnd) }
            }
        }
        // A page names a few dozen people at most: the names are searched in place (compared as `String` compares)
        // rather than hashed into sets.
        let names = roster.found.map(\.name)
        // The names found with one scalar dropped from their end: the only ones another name may be cut from.
        let heads = names.map { String($0.unicodeScalars.dropLast()) }
        return roster.found.filter { person in
            // `王建国书记向奋战…`: the run after a name's own office is no name that office introduces.
            !person.mentions.allSatisfy { officeEnds.contains($0.lowerBound) } && !self.isEverydayWord(person.name)
                && !person.mentions.allSatisfy { DoctrineCitation.isCitation($0, in: scalars) }
                && !(Self.isNameAndClosingWord(person.name, among: names)
                    && !Self.endsInAnd(person.name, among: names, heads: heads, in: scalars))
                && !Self.isCutFromLongerName(person.name, among: names, heads: heads, in: scalars)
                // `董事长史总在`, `陈董表示`: whichever reader took it, a family name and 总 or 董 addresses a manager.
                && !(person.name.unicodeScalars.count == 2
                    && person.name.unicodeScalars.last.map(Self.addressWords.contains) == true)
                // `远销南美洲、东南亚等`: regions of the world read like a family name and a given name.
                && !Self.worldRegions.contains(person.name)
                // `区长康二期项目`: a name never holds a project's word.
                && !Self.holdsAProjectWord(person.name)
        }
    }

    /// Words of a project that no person's name holds.
    private static let projectWords = ScalarTrie<Bool>(words: ["项目", "二期", "一期", "三期", "工程"])

    /// Whether `name` holds one of ``projectWords``, searched by scalars (`String.contains` walks characters).
    private static func holdsAProjectWord(_ name: String) -> Bool {
        let scalars = [Unicode.Scalar](scalarsOf: name)
        return Self.projectWords.hasWord(in: scalars, startingIn: 0..<scalars.count)
    }

    /// Whether `name` ends in a 和 of its own (`杨晓和`): the text never writes the name without it, and 和 is also
    /// a given name's scalar (the other closing words are not).
    private static func endsInAnd(
        _ name: String,
        among names: [String],
        heads: [String],
        in scalars: [Unicode.Scalar]
    ) -> Bool {
        name.unicodeScalars.last == "和"
            && Self.isCutFromLongerName(
                String(name.unicodeScalars.dropLast()),
                among: names,
                heads: heads,
                in: scalars
            )
    }

    /// Whether `name` is the start of another name found (`杨晓` beside `杨晓和`) and the text never writes it
    /// otherwise: one reader cut the longer name short.
    private static func isCutFromLongerName(
        _ name: String,
        among names: [String],
        heads: [String],
        in scalars: [Unicode.Scalar]
    ) -> Bool {
        // Most names start no other (`heads`: every name found less its last scalar): the text is searched only for
        // those that do.
        guard heads.contains(where: { $0.sameText(as: name) }) else { return false }
        let short = [Unicode.Scalar](scalarsOf: name)
        var search = 0
        var longer: Unicode.Scalar?
        while let at = scalars.firstIndex(of: short, from: search) {
            search = at + 1
            let next = at + short.count
            guard next < scalars.count, longer == nil || longer == scalars[next] else { return false }
            longer = scalars[next]
        }
        guard let longer, !Self.closingWords.contains(longer) || longer == "和" else { return false }
        let longerName = name + String(longer)
        return names.contains { $0.sameText(as: longerName) }
    }

    /// Whether `name` is another name found with a word that closes names after it (`胡俊等` beside 胡俊,
    /// `李建红的` beside 李建红): one reader took the word into the name.
    private static func isNameAndClosingWord(_ name: String, among names: [String]) -> Bool {
        guard let last = name.unicodeScalars.last, Self.closingWords.contains(last) else { return false }
        let shorter = String(name.unicodeScalars.dropLast())
        return names.contains { $0.sameText(as: shorter) }
    }

    /// Whether `name` is an everyday word standing where a name could (`先后`, `受邀`, `区委报`): far below a
    /// name to the name model, and opening with a pair of characters jieba's words use often.
    private func isEverydayWord(_ name: String) -> Bool {
        let scalars = [Unicode.Scalar](scalarsOf: name)
        guard let model = self.model, let bigrams = self.bigrams, let score = model.score(scalars[...]) else {
            return false
        }
        return score < Self.everydayScore && bigrams.score(scalars[0], scalars[1]) > Self.everydayPair
    }

    /// Names right after a title (`哈尔滨市委书记王兆力`), several after a reporter's (`记者 初霞 王伟`).
    private func findAfterTitles(in scalars: [Unicode.Scalar], into roster: inout Roster) {
        var index = 1
        let titleWords = TitleLexicon.reversedTitles  // read once: most scalars end no title
        while index < scalars.count {
            guard titleWords.mayStart(with: scalars[index - 1]),
                let title = TitleLexicon.title(endingAt: index, in: scalars),
                // `董事` in `董事长孙亚坤`: the longer title written on decides (not a name `长孙亚坤`).
                !Self.continuesTitle(title, endingAt: index, in: scalars),
                !self.opensChildPlace(endingTitleAt: index, in: scalars)
            else {
                index += 1
                continue
            }
            let names = self.names(after: title, endingAt: index, in: scalars)
            guard let last = names.last else {
                index += 1
                continue
            }
            let titles =
                title.role == .reporter
                ? [scalars.string((index - title.length)..<index)]
                : self.titleChain(endingAt: index, in: scalars)
            for name in names {
                // `吴 峰`: a byline spacing a two-scalar name is one name.
                // (Only a name holding a space is filtered: the filter walks characters.)
                let written =
                    scalars[name].contains(" ") ? scalars.string(name).filter { $0 != " " } : scalars.string(name)
                roster.add(written, titles: titles, role: title.role, at: name)
            }
            index = last.upperBound
        }
    }

    /// Whether the 长 ending a title at `end` opens a division under the one written before it: `湖南省长沙`,
    /// `吉林省长春市` name a city, not a governor.
    private func opensChildPlace(endingTitleAt end: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard end >= 2, scalars[end - 1] == "长", let gazetteer = self.gazetteer,
            let place = gazetteer.names.longestMatch(in: scalars, from: end - 1), place.length >= 2
        else { return false }
        return place.value.contains { candidate in
            gazetteer.lineage(of: candidate.division).dropLast().contains { ancestor in
                let parent = [Unicode.Scalar](scalarsOf: gazetteer.divisions[ancestor].name)
                return end - 1 >= parent.count && scalars.has(parent, at: end - 1 - parent.count)
            }
        }
    }

    /// The names written after `title`, which ends at `end`: one, or for a reporter's title every name of the
    /// byline, separated by spaces or 、.
    private func names(
        after title: (length: Int, role: PersonRole),
        endingAt end: Int,
        in scalars: [Unicode.Scalar]
    ) -> [Range<Int>] {
        let isReporter = title.role == .reporter
        var cursor = end
        if isReporter {
            while cursor < scalars.count, Self.bylineSeparators.contains(scalars[cursor]) {
                cursor += 1
            }
        }
        // `总经理 任泳圭：…`: a speaker's caption spaces the name from the title before the colon.
        if !isReporter, Self.captionedSpeaker(after: cursor, in: scalars) { cursor += 1 }
        var names: [Range<Int>] = []
        guard !self.opensNoName(at: cursor, in: scalars) else { return [] }
        while let name = self.dottedName(at: cursor, in: scalars)
            ?? (isReporter ? Self.spacedName(at: cursor, in: scalars) : nil)
            ?? (isReporter ? self.bylineName(at: cursor, in: scalars) : nil)
            ?? self.familyName(at: cursor, isReporter, in: scalars)
            ?? (isReporter ? nil : self.freeName(at: cursor, in: scalars))
            ?? (isReporter ? nil : self.modelName(at: cursor, in: scalars))
        {
            names.append(name)
            cursor = name.upperBound
            guard isReporter else { break }
            // Bylines list several names separated by spaces or 、, or glued together (`李婷姜岸松`).
            var next = cursor
            while next < scalars.count, scalars[next] == " " || scalars[next] == "、" { next += 1 }
            guard next > cursor || (next < scalars.count && scalars[next].isHan) else { break }
            cursor = next
        }
        return names
    }

    /// Whether a space at `start` is followed by two or three Han scalars and a colon: a speaker named in a caption.
    private static func captionedSpeaker(after start: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard start < scalars.count, scalars[start] == " " else { return false }
        var end = start + 1
        while end < scalars.count, scalars[end].isHan, end - start <= 3 { end += 1 }
        return (3...4).contains(end - start) && end < scalars.count && (scalars[end] == ":" || scalars[end] == "：")
    }

    /// Whether what follows a title at `start` is a conjunction before an everyday word (`县领导和企业代表`,
    /// `指挥长和牵头单位`) or a verb of motion before a place (`负责人来房山`): no name, though 和 and 来 are family
    /// names.
    private func opensNoName(at start: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard start + 2 < scalars.count else { return false }
        if Self.joiners.contains(scalars[start]), let bigrams = self.bigrams {
            let pair = bigrams.score(scalars[start + 1], scalars[start + 2])
            if pair >= 9 || pair >= 5 && !(self.model?.isName(scalars[start..<(start + 3)]) ?? false) { return true }
        }
        return Self.motions.contains(scalars[start])
            && self.gazetteer?.names.longestMatch(in: scalars, from: start + 1) != nil
    }

    private static let joiners = ScalarSet("和与及".unicodeScalars)
    private static let motions = ScalarSet("来到赴去回".unicodeScalars)

    /// A name after a title whose family name the lexicon lacks (`市委书记铁刚，`): two or three Han scalars closed
    /// by punctuation that the name model reads as a name.
    private func modelName(at start: Int, in scalars: [Unicode.Scalar]) -> Range<Int>? {
        guard let model = self.model, let bigrams = self.bigrams, start + 1 < scalars.count,
            !Self.afterSurname.contains(scalars[start]), scalars[start] != "对",
            Self.verbsAfterName.longestMatch(in: scalars, from: start) == nil,
            // `负责人介绍，`: a frequent word after a title is what the person does.
            bigrams.score(scalars[start], scalars[start + 1]) < Self.frequentPair
        else { return nil }
        for length in [3, 2] where start + length < scalars.count {
            let name = start..<(start + length)
            if scalars[name].allSatisfy(\.isHan), Self.punctuationAfterName.contains(scalars[name.upperBound]),
                model.isName(scalars[name])
            {
                return name
            }
        }
        return nil
    }

    /// `name` when it is no reporter's or reads as a name: after `记者` stands a byline or a verb (`记者获悉`).
    private func reporterChecked(_ name: Range<Int>?, _ isReporter: Bool, in scalars: [Unicode.Scalar]) -> Range<Int>? {
        guard let name, isReporter, let model = self.model, name.count <= 3 else { return name }
        return model.isName(scalars[name]) ? name : nil
    }

    /// Whether a longer title ends one or two scalars after `end` and holds the one ending there.
    private static func continuesTitle(
        _ title: (length: Int, role: PersonRole),
        endingAt end: Int,
        in scalars: [Unicode.Scalar]
    ) -> Bool {
        (1...2).contains { extra in
            guard end + extra <= scalars.count, let longer = TitleLexicon.title(endingAt: end + extra, in: scalars)
            else { return false }
            return longer.length >= title.length + extra
        }
    }

    /// Names listed before 参加/出席: `韩圣健、张亚中、张起翔,…参加`.
    private func findAttendees(in scalars: [Unicode.Scalar], sentences: [Range<Int>], into roster: inout Roster) {
        for sentence in sentences where Self.attendanceWords.hasWord(in: scalars, startingIn: sentence) {
            var start = sentence.lowerBound
            var leaders: [String] = []
            for (prefix, prefixScalars) in zip(Self.leadersBefore, Self.leadersBeforeScalars)
            where scalars.has(prefixScalars, at: start) {
                start += prefixScalars.count
                leaders = [prefix]
                break
            }
            let tokens = Self.listedAttendees(in: scalars, from: start, to: sentence.upperBound)
            guard tokens.count >= 2 else { continue }
            for (token, note) in tokens {
                let titles = note.map { [scalars.string($0)] } ?? leaders
                roster.add(scalars.string(token), titles: titles, role: .official, at: token)
            }
        }
    }

    /// The names of a list `韩圣健、张亚中、张起翔` from `start`: two or three Han scalars from a family name each, up
    /// to an attendance word, joined by 、, each with the title a bracket after it gives (`郭峰(县委副书记)`).
    private static func listedAttendees(in scalars: [Unicode.Scalar], from start: Int, to end: Int)
        -> [(name: Range<Int>, note: Range<Int>?)]
    {
        var tokens: [(name: Range<Int>, note: Range<Int>?)] = []
        var cursor = start
        while cursor < end {
            var tokenEnd = cursor
            while tokenEnd < end, scalars[tokenEnd].isHan,
                !Self.attendance.contains(where: { scalars.has($0, at: tokenEnd) })
            {
                tokenEnd += 1
            }
            let length = tokenEnd - cursor
            guard length >= 2 && length <= 3, SurnameLexicon.surnameLength(scalars, at: cursor) != nil else { break }
            let note = Self.bracketedNote(at: tokenEnd, in: scalars)
            tokens.append((cursor..<tokenEnd, note?.content))
            let after = note?.end ?? tokenEnd
            guard after < end, scalars[after] == "、" else { break }
            cursor = after + 1
        }
        return tokens
    }

    /// Names listed after 市领导/省领导 (`沧州市领导孙海燕、刘建业，…`), each closed by 、 or punctuation.
    private func findListedLeaders(in scalars: [Unicode.Scalar], into roster: inout Roster) {
        var leaderSearch = 0
        while let at = scalars.firstIndex(of: Self.leaders, from: leaderSearch) {
            leaderSearch = at + Self.leaders.count
            guard let titleStart = self.leaderTitleStart(before: at, in: scalars) else { continue }
            let title = scalars.string(titleStart..<leaderSearch)
            var next = self.listedName(at: leaderSearch, in: scalars)
            // `领导班子成员`, `县领导包联制度`, `市领导将进企业`: four scalars after 领导 holding an everyday word are
            // words, and open no list (a name of four is one of a people writing without family names, `格桑卓玛`).
            if let first = next, first.count == 4, let model = self.model,
                model.bylineNames(in: scalars[first]) != [first]
            {
                continue
            }
            while let name = next {
                // `郭峰(县委副书记)`: a bracketed title after a listed name is that person's own.
                let note = Self.bracketedNote(at: name.upperBound, in: scalars)
                let titles = note.map { [scalars.string($0.content)] } ?? [title]
                roster.add(scalars.string(name), titles: titles, role: .official, at: name)
                let after = note?.end ?? name.upperBound
                guard after < scalars.count, scalars[after] == "、" else { break }
                next = self.listedName(at: after + 1, in: scalars)
            }
        }
    }

    /// A note in brackets right at `start` (`(县委副书记)`, `（县政协主席）`): at most twelve Han scalars.
    private static func bracketedNote(at start: Int, in scalars: [Unicode.Scalar]) -> (content: Range<Int>, end: Int)? {
        guard start < scalars.count, scalars[start] == "(" || scalars[start] == "（" else { return nil }
        var end = start + 1
        while end < scalars.count, scalars[end].isHan, end - start <= 12 { end += 1 }
        guard end > start + 1, end < scalars.count, scalars[end] == ")" || scalars[end] == "）" else { return nil }
        return (start + 1..<end, end + 1)
    }

    /// A name before 总书记.
    private func findBeforeGeneralSecretary(in scalars: [Unicode.Scalar], into roster: inout Roster) {
        var search = 0
        while let at = scalars.firstIndex(of: Self.generalSecretary, from: search) {
            search = at + Self.generalSecretary.count
            guard at >= 3, SurnameLexicon.surnameLength(scalars, at: at - 3) != nil,
                scalars[(at - 3)..<at].allSatisfy(\.isHan)
            else { continue }
            roster.add(scalars.string((at - 3)..<at), titles: ["总书记"], role: .official, at: (at - 3)..<at)
        }
    }

    /// A byline name: the whole run of two to four Han scalars closed by a space or punctuation (`记者 古丽娜尔）`),
    /// or the first of two names glued together (`记者李婷姜岸松`). A run that opens with a word rather than a family
    /// name (`记者获悉`, `记者梳理发现`) is none.
    /// A two-scalar name a byline spaces out (`记者 吴 峰 通讯员 魏 冉`): a family name, one space, one Han scalar,
    /// and no Han scalar after it.
    private static func spacedName(at start: Int, in scalars: [Unicode.Scalar]) -> Range<Int>? {
        let end = start + 3
        guard end <= scalars.count, scalars[start + 1] == " ", scalars[start + 2].isHan,
            SurnameLexicon.surnameLength(scalars, at: start) == 1,
            end == scalars.count || !scalars[end].isHan
        else { return nil }
        return start..<end
    }

    private func bylineName(at start: Int, in scalars: [Unicode.Scalar]) -> Range<Int>? {
        var end = start
        while end < scalars.count, scalars[end].isHan, end - start < 7 { end += 1 }
        // `记者唐斌摄)`: the photographer's credit closes the byline, it is no part of the name.
        if end - start >= 3, scalars[end - 1] == "摄" { end -= 1 }
        // `记者王某崔某某文/图`: the credit's 文 or 图 before its slash is no part of the name.
        var credit = false
        if end - start >= 3, end < scalars.count, scalars[end] == "/" || scalars[end] == "／",
            scalars[end - 1] == "文" || scalars[end - 1] == "图"
        {
            end -= 1
            credit = true
        }
        guard (2...6).contains(end - start),
            end == scalars.count || !scalars[end].isHan || scalars[end] == "摄" || credit,
            end == scalars.count || (scalars[end] != ":" && scalars[end] != "："),
            TitleLexicon.role(of: start..<end, in: scalars) == nil
        else { return nil }
        guard let model = self.model else { return end - start <= 4 ? start..<end : nil }
        return model.bylineNames(in: scalars[start..<end])?.first
            ?? Self.spacedToken(start..<end, in: scalars)
    }

    /// A byline token of two or three Han scalars a space or the line's end closes (`记者 金月全 通讯员`), opening
    /// with a family name and holding no everyday pair: a name even where the name model doubts the given name —
    /// a byline spaces out names, not words.
    private static func spacedToken(_ run: Range<Int>, in scalars: [Unicode.Scalar]) -> Range<Int>? {
        guard (2...3).contains(run.count),
            run.upperBound == scalars.count || " \n".unicodeScalars.contains(scalars[run.upperBound]),
            SurnameLexicon.surnameLength(scalars, at: run.lowerBound) == 1,
            !PersonNameModel.holdsEverydayWord(scalars[run])
        else { return nil }
        return run
    }

    /// Where the division naming leaders starts (`沧州市领导`, `市领导`, `自治区领导`), or nil when `领导` at `at` is
    /// not such a title (`主要领导`, `领导小组`).
    private func leaderTitleStart(before at: Int, in scalars: [Unicode.Scalar]) -> Int? {
        guard at > 0, Self.divisionSuffixes.contains(scalars[at - 1]) else { return nil }
        var start = at - 1
        while start > 0, scalars[start - 1].isHan, at - start < 8,
            !Self.beforeTitles.contains(where: { scalars.has($0, at: start - $0.count) && $0.count <= at - start })
        {
            start -= 1
        }
        return start
    }

    /// One name of a list: two to four Han scalars up to `、`, punctuation or a verb that follows names.
    private func listedName(at start: Int, in scalars: [Unicode.Scalar]) -> Range<Int>? {
        var end = start
        while end < scalars.count, scalars[end].isHan, end - start < 5, !Self.closesName(at: end, in: scalars) {
            end += 1
        }
        guard (2...4).contains(end - start), Self.closesName(at: end, in: scalars) else { return nil }
        guard TitleLexicon.role(of: start..<end, in: scalars) == nil, !Self.notNames.contains(scalars, start..<end)
        else { return nil }
        return start..<end
    }

    /// A name written without a family name the lexicon knows (`次仁平措宣布`, `巴特尔致辞`): two to five Han
    /// scalars closed by a verb that follows names; never a verb itself, nor the rest of a longer title
    /// (`董事` + `长周立平`). Punctuation alone does not close one: `座谈交流，` and `重要指示、` are no names.
    private func freeName(at start: Int, in scalars: [Unicode.Scalar]) -> Range<Int>? {
        guard start + 1 < scalars.count, scalars[start].isHan, !Self.afterSurname.contains(scalars[start]),
            !Self.notNames.contains(scalars, start..<(start + 2)),
            !Self.notFreeNameStarts.contains(scalars[start]),
            Self.verbsAfterName.longestMatch(in: scalars, from: start) == nil
        else { return nil }
        for length in 1...3 where start + length <= scalars.count {
            if TitleLexicon.title(endingAt: start + length, in: scalars) != nil { return nil }
        }
        var end = start
        while end < scalars.count, scalars[end].isHan, end - start < 5 { end += 1 }
        // `或县区长`: a run holding a title is no name.
        if end - start >= 2,
            ((start + 2)...end).contains(where: { TitleLexicon.title(endingAt: $0, in: scalars) != nil })
        {
            return nil
        }
        // The shortest run a verb closes: `尤在晶参加调研` is 尤在晶, not 尤在晶参加 before 调研.
        for stop in (start + 2)...max(start + 2, end) where stop <= end {
            if stop < scalars.count, Self.verbsAfterName.longestMatch(in: scalars, from: stop) != nil {
                guard TitleLexicon.role(of: start..<stop, in: scalars) == nil,
                    !Self.notNames.contains(scalars, start..<stop)
                else { return nil }
                // `殷殷嘱托`: a doubled scalar opening a longer run is an adverb (`果果` alone may be a name).
                guard stop - start == 2 || scalars[start + 1] != scalars[start] else { return nil }
                return start..<stop
            }
        }
        return nil
    }

    /// The longer free reading of the name at `start` (``longerFreeName(at:name:in:)``), else its family-name
    /// reading, each checked for a reporter's byline: the family-name reading, which may search the whole text, is
    /// made once for both.
    private func familyName(at start: Int, _ isReporter: Bool, in scalars: [Unicode.Scalar]) -> Range<Int>? {
        let name = self.name(at: start, in: scalars)
        return self.reporterChecked(self.longerFreeName(at: start, name: name, in: scalars), isReporter, in: scalars)
            ?? self.reporterChecked(name, isReporter, in: scalars)
    }

    /// A four- or five-scalar name a verb closes (`索南才让致辞`, `额尔敦巴图出席`) where the family-name reading
    /// (`name`, what ``name(at:in:)`` reads at `start`) would stop at three (`索南才`): the longer reading wins.
    private func longerFreeName(at start: Int, name: Range<Int>?, in scalars: [Unicode.Scalar]) -> Range<Int>? {
        guard let name, name.count == 3,
            !Self.closesName(at: name.upperBound, in: scalars),
            Self.verbsAfterThreeScalars.longestMatch(in: scalars, from: name.upperBound) == nil,
            let free = self.freeName(at: start, in: scalars), free.count >= 4,
            !Self.writesAlone(name, otherwiseThan: free, in: scalars),
            !self.isNameAndWord(name, free, in: scalars)
        else { return nil }
        return free
    }

    /// Whether `longer` reads as the strong name `name` and an everyday word (`郝玉峰` + `接续`), not as one name of
    /// a people writing without family names (`索南才让`, `额尔敦巴图`, whose first three score lower).
    private func isNameAndWord(_ name: Range<Int>, _ longer: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        guard let model = self.model, let bigrams = self.bigrams, longer.count - name.count == 2,
            let score = model.score(scalars[name]), score >= Self.strongName
        else { return false }
        return bigrams.score(scalars[name.upperBound], scalars[name.upperBound + 1]) >= Self.everydayPair
    }

    /// ln(1 + frequency) of a pair of characters jieba's words use over a thousand times.
    private static let frequentPair: Float = 7

    /// A name-model score few names of peoples without family names reach (索南才 3.4, 额尔敦 4.3; 郝玉峰 10.4).
    private static let strongName: Float = 5

    /// Whether the text writes `name` elsewhere without the rest of `longer` after it (`潘文卿介绍` beside
    /// `潘文卿现场推介`): then the longer run is the name and a word.
    private static func writesAlone(_ name: Range<Int>, otherwiseThan longer: Range<Int>, in scalars: [Unicode.Scalar])
        -> Bool
    {
        let short = Array(scalars[name])
        let rest = Array(scalars[name.upperBound..<longer.upperBound])
        var search = 0
        while let other = scalars.firstIndex(of: short, from: search) {
            search = other + 1
            if other != name.lowerBound, !scalars.has(rest, at: other + short.count) { return true }
        }
        return false
    }

    /// Whether a name may end just before `index`: at the text's end, punctuation, a space, or a verb.
    private static func closesName(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        index >= scalars.count || Self.punctuationAfterName.contains(scalars[index])
            || Self.verbsAfterName.longestMatch(in: scalars, from: index) != nil
    }

    private static let leaders = Array("领导".unicodeScalars)
    private static let comrade = Array("同志".unicodeScalars)
    private static let comrades = Array("同志们".unicodeScalars)
    /// Given "names" that are forms of address after a family name (`史总`, `王董`).
    private static let addressWords = ScalarSet("总董".unicodeScalars)
    /// Continents and regions of the world, none of them in the gazetteer, several opening with a family name.
    private static let worldRegions: Set<String> = [
        "亚洲", "欧洲", "非洲", "美洲", "澳洲", "大洋洲", "南美洲", "北美洲", "拉美", "南美", "北美", "中东", "东南亚",
        "南亚", "东亚", "西亚", "中亚", "东欧", "西欧", "北欧", "南欧", "中欧", "北非", "东非", "西非", "南非",
    ]
    /// What may stand between a reporter's word and the names (`记者 初霞`, `记者/黄兴忠`, `记者 ▏齐云起`).
    private static let bylineSeparators = ScalarSet(" :：/／▏|】]".unicodeScalars)
    private static let generalSecretary = Array("总书记".unicodeScalars)
    /// Words that follow a three-scalar name and would pass for the end of a longer one (`赵明远带队`).
    private static let verbsAfterThreeScalars = ScalarTrie<Bool>(words: [
        "带队", "带领", "率领", "率队", "先后", "一行", "等人", "亲自", "一同", "随后", "还", "也", "又", "先", "就", "对",
        "来", "赴", "同志", "参加", "出席", "主持", "陪同", "致辞", "宣布", "通报", "汇报", "讲话",
        // `赵永刚作签约项目介绍`, `刘呈程则主持`, `李建红的见证下`: a clause's word, never a name's fourth scalar.
        "作", "则", "的",
        // `杨洪波率考察团`, `李锐携团队`, `孔阳下达开工令`, `万英如是说`.
        "率", "携", "下达", "如是",
    ])
    /// The last scalar of a division name, or of its government, before 领导 (省, 市, 县, 区, 州, 盟, 旗, 政府).
    private static let divisionSuffixes = ScalarSet("省市县区州盟旗府".unicodeScalars)
    private static let punctuationAfterName = ScalarSet("、，,。；;：:（(） )！？".unicodeScalars)
    /// Verbs that follow a name in reports of official business.
    private static let verbsAfterName = ScalarTrie<Bool>(words: [
        "宣布", "致辞", "主持", "出席", "参加", "调研", "来到", "察看", "表示", "指出", "强调", "介绍", "陪同",
        "会见", "一行", "等人", "分别", "见证", "签约", "签署", "视察", "考察", "走访", "作报告", "作推介", "作投资", "作动员",
        "作为", "作讲话", "作发言", "作表态",
        "在", "到", "说", "和", "与", "及", "等", "以及", "宣读", "代表", "推介", "报道", "作了", "作出", "共同",
        "通报", "伉俪", "夫妇", "亲临", "接受", "受邀", "一同", "现场", "深入",
        // `董事长扎塔进行致辞`, `记者张雯通讯员雷学高`.
        "进行", "通讯员",
        // `省委书记巴音朝鲁率领…巡检团`.
        "率领", "带领", "率队", "带队",
        // What a person quoted does (`总经理王峰告诉记者`, `总经理严俊直言`).
        "告诉", "透露", "直言", "坦言", "感慨", "认为", "说道", "谈到", "如是说",
        "携", "下达",
    ])

    /// The dots a transliterated name's parts are joined by, a full stop among them where a page typed one
    /// (`孜巴克.如孜`): between Han scalars it ends no sentence.
    private static let nameDots = ScalarSet("·•.．・‧".unicodeScalars)

    /// A transliterated name with a middle dot (`吐尔洪·艾山`, `马丁·韦伯`).
    private func dottedName(at start: Int, in scalars: [Unicode.Scalar]) -> Range<Int>? {
        var dot = start
        while dot < scalars.count, scalars[dot].isHan, dot - start < 5 { dot += 1 }
        guard dot > start, dot < scalars.count, Self.nameDots.contains(scalars[dot]) else { return nil }
        var end = dot + 1
        // `阿依肯·阿斯拉汗`: the part after the dot runs up to five scalars, to a verb or a scalar after names.
        while end < scalars.count, scalars[end].isHan, end - dot <= 5,
            !(end > dot + 2 && Self.afterName.contains(scalars[end])),
            !(end > dot + 2 && Self.verbsAfterName.longestMatch(in: scalars, from: end) != nil),
            !(end > dot + 2 && Self.verbsAfterThreeScalars.longestMatch(in: scalars, from: end) != nil)
        {
            end += 1
        }
        return end > dot + 1 ? start..<end : nil
    }

    /// The name starting at `start`: a family name and one or two given characters.
    private func name(at start: Int, in scalars: [Unicode.Scalar]) -> Range<Int>? {
        guard let surname = SurnameLexicon.surnameLength(scalars, at: start) else { return nil }
        let givenStart = start + surname
        // `殷殷嘱托`: a family name written twice is an adverb.
        guard givenStart < scalars.count, scalars[givenStart].isHan, !Self.afterSurname.contains(scalars[givenStart]),
            surname > 1 || scalars[givenStart] != scalars[start]
        else {
            return nil
        }
        let two = start..<(givenStart + 1)
        guard !Self.notNames.contains(scalars, two) else { return nil }
        let threeEnd = givenStart + 2
        guard threeEnd <= scalars.count, scalars[givenStart + 1].isHan else { return two }
        // `杨晓和同志`: 和 before 同志 (not 同志们) ends the name rather than joining another; so does 和 before 等
        // (`副书记刘家和等领导`): a list's 等 follows no conjunction.
        if scalars[givenStart + 1] == "和",
            scalars.has(Self.comrade, at: threeEnd) && !scalars.has(Self.comrades, at: threeEnd)
                || (threeEnd < scalars.count && scalars[threeEnd] == "等")
        {
            return start..<threeEnd
        }
        // 黄曼宣读: a verb of two scalars or more the text writes after two scalars ends the name there.
        if let verb = Self.verbsAfterName.longestMatch(in: scalars, from: givenStart + 1), verb.length >= 2 {
            return two
        }
        // 汪东进，: a third scalar closed by punctuation belongs to the name, unless it ends a clause itself (说, 等);
        // 和 before punctuation joins nothing (`王国和，`).
        if threeEnd < scalars.count, Self.punctuationAfterName.contains(scalars[threeEnd]),
            !Self.closingWords.contains(scalars[givenStart + 1]) || scalars[givenStart + 1] == "和"
        {
            return start..<threeEnd
        }
        if Self.afterName.contains(scalars[givenStart + 1]) {
            // 郭永强陪同, 刘芳见证: a name scalar that also opens a verb stays when the verb is not written there.
            let verb =
                threeEnd < scalars.count
                && Self.wordsAfterName.contains(scalars, (givenStart + 1)..<(threeEnd + 1))
            guard !verb, Self.ambiguousAfterName.contains(scalars[givenStart + 1]),
                threeEnd < scalars.count,
                Self.afterName.contains(scalars[threeEnd]) || !scalars[threeEnd].isHan
                    || Self.verbsAfterName.longestMatch(in: scalars, from: threeEnd) != nil
            else { return two }
            return start..<threeEnd
        }
        // Prefer the short name when the document writes it elsewhere followed by something else.
        let short = Array(scalars[two])
        var search = 0
        while let other = scalars.firstIndex(of: short, from: search) {
            search = other + 1
            if other == start { continue }
            let next = other + short.count
            if next < scalars.count && scalars[next] != scalars[givenStart + 1] { return two }
        }
        return start..<threeEnd
    }

    /// The titles before a name: the clause back to punctuation, split at 、, each piece ending in a title word.
    /// `start` past a word of invitation or commission opening a title chain (`应国务院总理…邀请`, `受市委书记…委托`):
    /// one scalar, dropped only before a body or a division (`应急管理局局长` keeps its 应).
    private func afterInvitation(_ start: Int, in scalars: [Unicode.Scalar]) -> Int {
        guard start + 1 < scalars.count, Self.invitationWords.contains(scalars[start]) else { return start }
        let next = start + 1
        let opensBody =
            Self.bodyOpeners.contains(scalars[next])
            || self.gazetteer?.names.longestMatch(in: scalars, from: next) != nil
        return opensBody ? next : start
    }

    private static let invitationWords: ScalarSet = ScalarSet("应受据".unicodeScalars)
    private static let bodyOpeners: ScalarSet = ScalarSet("国省市县区州中全党".unicodeScalars)

    private func titleChain(endingAt end: Int, in scalars: [Unicode.Scalar]) -> [String] {
        let start = ClauseMarkers.nameStart(
            endingAt: end,
            in: scalars,
            limit: 40,
            stopAtEnumeration: false,
            leadingWords: Self.beforeTitlesTrie
        )
        var titles: [String] = []
        var pieceStart = self.afterInvitation(start, in: scalars)
        for index in pieceStart...end {
            guard index == end || scalars[index] == "、" else { continue }
            if index > pieceStart, TitleLexicon.title(endingAt: index, in: scalars) != nil {
                titles.append(scalars.string(pieceStart..<index))
            }
            pieceStart = index + 1
        }
        return titles
    }
}

extension PersonFinder {
    /// The people found so far, merged by name, in order of first mention.
    private struct Roster {
        var found: [Found] = []
        /// Whether each name found is canonically plain: then names are told apart by their bytes, not hashed.
        var plain: [Bool] = []

        /// Adds a mention of `name`: a new person, or one more mention (and any new titles) of a known one, whose
        /// role a known one takes when it had none.
        mutating func add(_ name: String, titles: [String], role: PersonRole, at range: Range<Int>) {
            let isPlain = name.isCanonicallyPlain
            if let index = self.index(of: name, plain: isPlain) {
                for title in titles where !self.found[index].titles.contains(where: { $0.sameText(as: title) }) {
                    self.found[index].titles.append(title)
                }
                // Two readers finding one mention (a title's and a byline's) make one mention.
                if !self.found[index].mentions.contains(range) { self.found[index].mentions.append(range) }
                if self.found[index].role == .other { self.found[index].role = role }
            } else {
                self.found.append(Found(name: name, titles: titles, role: role, mentions: [range]))
                self.plain.append(isPlain)
            }
        }

        /// The person named `name` (as `String` compares), searched in place: a page names a few dozen at most.
        private func index(of name: String, plain: Bool) -> Int? {
            self.found.indices.first { index in
                let other = self.found[index].name
                if other.utf8.elementsEqual(name.utf8) { return true }
                return !(plain && self.plain[index]) && other == name
            }
        }
    }
}
