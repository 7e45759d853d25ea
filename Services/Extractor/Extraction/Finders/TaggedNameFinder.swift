import DiaoyanModels
import DiaoyanTagging
import DiaoyanText

/// Finds the people a document names with no title next to them (`梅西打入一球`, `张伟说`, `与李娜会合`) by asking
/// the learned tagger (`LexicalTagger`, Baidu LAC) where the rules are unsure.
///
/// The rules are sure in a document of the genre: officials come with title chains, and the rules' title chains,
/// bylines and lists find them at megabytes a second, where the tagger reads some tens of kilobytes. So the tagger
/// runs only in a short document or one not written in title chains, and there on the sentences that hold a run of
/// Han characters, up to `budget` characters a document. What it calls a person is
/// kept when it reads as one: two or more characters, no form of address (`老张`, `吴女士`), no everyday word, no
/// place or organization the rules found, no name inside a doctrine's citation.
package struct TaggedNameFinder: Sendable {
    /// The most characters tagged in one document; the tagger reads about 25,000 a second on one core, so a
    /// document costs at most about a fifth of a second.
    package static let budget = 5_000

    private let model: PersonNameModel?

    /// A finder whose tagger is loaded (about 6 MB) the first time a document needs it.
    package init() {
        self.model = try? PersonNameModel.shared()
    }

    /// Whether the rules leave the document's people to the tagger: the document is a sentence or two, or it is not
    /// written the genre's way — no person the rules found has an official's or an executive's title, it reports
    /// no investment project, and no such title word (`书记`, `市长`, `董事长`) stands anywhere in it, even without
    /// a name.
    package static func rulesAreUnsure(about people: [PersonFinder.Found], in scalars: [Unicode.Scalar]) -> Bool {
        if scalars.count <= Self.shortDocument { return true }
        if people.contains(where: { !$0.titles.isEmpty && $0.role != .reporter }) { return false }
        if Self.reportsInvestment(scalars) { return false }
        return !(2...scalars.count).contains { end in
            guard let title = TitleLexicon.title(endingAt: end, in: scalars) else { return false }
            return title.role == .official || title.role == .executive
        }
    }

    /// Whether the document reports projects the genre's way: `项目` beside a word of investment or of a ceremony
    /// (`投资`, `亿元`, `开工`, `签约`…). Such a page names its people in title chains and bylines even when the
    /// rules found none (every one of the 375 real pages does); a sports page's `跳水项目` alone does not count.
    private static func reportsInvestment(_ scalars: [Unicode.Scalar]) -> Bool {
        var sawProject = false
        var sawInvestment = false
        var index = 0
        while index < scalars.count, !(sawProject && sawInvestment) {
            guard Self.genreWords.mayStart(with: scalars[index]),
                let match = Self.genreWords.longestMatch(in: scalars, from: index)
            else {
                index += 1
                continue
            }
            if match.value { sawProject = true } else { sawInvestment = true }
            index += match.length
        }
        return sawProject && sawInvestment
    }

    /// `项目` (true) and the words of investment and ceremonies (false).
    private static let genreWords: ScalarTrie<Bool> = {
        var trie = ScalarTrie<Bool>()
        trie.insert("项目".unicodeScalars, true)
        for word in ["投资", "亿元", "万元", "开工", "签约", "投产", "竣工", "招商", "产业园", "园区"] {
            trie.insert(word.unicodeScalars, false)
        }
        return trie
    }()

    /// The length, in scalars, up to which a document is tagged whatever its rules found: a sentence or two, which
    /// the tagger reads in about five milliseconds.
    package static let shortDocument = 120

    /// `people`, the rules' finds, as the tagger reads `sentences`: corrected where it bounds a name otherwise or
    /// sees nobody, and joined by the untitled people it finds outside `organizations` and not within `places` (a
    /// name found again is one more mention of the person).
    package func people(
        _ people: [PersonFinder.Found],
        in scalars: [Unicode.Scalar],
        sentences: [Range<Int>],
        organizations: [Range<Int>],
        places: [Range<Int>]
    ) -> [PersonFinder.Found] {
        let reading = self.read(scalars, sentences: sentences)
        var people = self.corrected(people, by: reading, in: scalars)
        let taken = people.flatMap(\.mentions) + organizations
        for (name, mention) in self.names(in: reading, taken: taken, places: places, of: scalars) {
            Self.merge(PersonFinder.Found(name: name, titles: [], role: .other, mentions: [mention]), into: &people)
        }
        return people
    }

    /// `person` added to `people`, or its mentions added to the person of that name.
    private static func merge(_ person: PersonFinder.Found, into people: inout [PersonFinder.Found]) {
        if let index = people.firstIndex(where: { $0.name == person.name }) {
            people[index].mentions += person.mentions
        } else {
            people.append(person)
        }
    }

    /// What the tagger read of a document: the sentences, and the persons it found in them (parts of a dotted
    /// foreign name joined), in text order.
    private struct Reading {
        var sentences: [Range<Int>] = []
        var persons: [Range<Int>] = []
        /// Every word of the sentences read, in text order.
        var words: [Range<Int>] = []
    }

    /// The tagger's reading of `sentences` that hold Han text, up to `budget` scalars.
    private func read(_ scalars: [Unicode.Scalar], sentences: [Range<Int>]) -> Reading {
        guard let tagger = try? LexicalTagger.shared() else { return Reading() }
        var reading = Reading()
        var spent = 0
        for sentence in sentences where Self.hasHanRun(scalars[sentence]) {
            guard spent + sentence.count <= Self.budget else { break }
            spent += sentence.count
            let words = tagger.words(scalars[sentence])
            reading.sentences.append(sentence)
            reading.persons += Self.persons(in: words, of: scalars)
            reading.words += words.map(\.range)
        }
        return reading
    }

    /// The people of `reading` the rules did not find, as names and where each is written, in text order: none
    /// overlapping a range in `taken` (the rules' people and organizations) or lying within one of `places` (a
    /// name may hold a place the gazetteer reads in it, `王建华` holds 建华, but no place is a name).
    private func names(
        in reading: Reading,
        taken: [Range<Int>],
        places: [Range<Int>],
        of scalars: [Unicode.Scalar]
    ) -> [(name: String, mention: Range<Int>)] {
        reading.persons.compactMap { range in
            guard !taken.contains(where: { $0.overlaps(range) }),
                !places.contains(where: { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound }),
                self.readsAsName(range, in: scalars)
            else { return nil }
            return (scalars.string(range), range)
        }
    }

    /// The rules' people where the tagger read otherwise: a name the tagger ends or starts elsewhere takes the
    /// tagger's bounds (`总理李强邀请` → 李强, not 李强邀; `费尔南德斯` → not 南德斯), and a name found with no title
    /// where the tagger saw nobody (`双边`, `欧洲` in a list) is dropped. Mentions outside the sentences read stay.
    private func corrected(_ people: [PersonFinder.Found], by reading: Reading, in scalars: [Unicode.Scalar])
        -> [PersonFinder.Found]
    {
        var corrected: [PersonFinder.Found] = []
        for var person in people {
            var mentions: [Range<Int>] = []
            for mention in person.mentions {
                guard
                    reading.sentences.contains(where: {
                        $0.lowerBound <= mention.lowerBound && mention.upperBound <= $0.upperBound
                    })
                else {
                    mentions.append(mention)
                    continue
                }
                if let tagged = reading.persons.first(where: { $0.overlaps(mention) }) {
                    mentions.append(
                        self.prefersTagged(tagged, over: mention, reading: reading, in: scalars) ? tagged : mention
                    )
                } else if !person.titles.isEmpty {
                    mentions.append(mention)
                }
            }
            guard let first = mentions.first else { continue }
            person.name = scalars.string(first).filter { $0 != " " }
            person.mentions = mentions
            Self.merge(person, into: &corrected)
        }
        return corrected
    }

    /// Whether the tagger's bounds of a name beat the rules': they share a start or an end, and the tagger's is
    /// longer (`费尔南德斯` over `南德斯`), or shorter where what it leaves out opens a word of two characters or more
    /// that runs on past the rules' name (`李强` over `李强邀` before `邀请`; but `张亚中` stays when the tagger
    /// reads `张亚` and a lone `中`).
    private func prefersTagged(
        _ tagged: Range<Int>,
        over mention: Range<Int>,
        reading: Reading,
        in scalars: [Unicode.Scalar]
    ) -> Bool {
        guard tagged != mention, tagged.lowerBound == mention.lowerBound || tagged.upperBound == mention.upperBound,
            self.readsAsName(tagged, in: scalars)
        else { return false }
        if tagged.count > mention.count { return true }
        if tagged.lowerBound == mention.lowerBound {
            return reading.words.contains { $0.lowerBound == tagged.upperBound && $0.upperBound > mention.upperBound }
        }
        return reading.words.contains { $0.upperBound == tagged.lowerBound && $0.lowerBound < mention.lowerBound }
    }

    /// The ranges of the tagger's persons, those joined by a middle dot made one (`劳勃`, `·`, `瑞福` →
    /// `劳勃·瑞福`: the tagger reads the parts of a foreign name apart).
    private static func persons(in words: [LexicalTagger.Word], of scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for (index, word) in words.enumerated() where word.label == "PER" {
            if let last = ranges.last, index >= 2, words[index - 1].range.count == 1,
                Self.dots.contains(scalars[words[index - 1].range.lowerBound]),
                words[index - 2].label == "PER", words[index - 2].range.upperBound == words[index - 1].range.lowerBound,
                last.upperBound == words[index - 2].range.upperBound
            {
                ranges[ranges.count - 1] = last.lowerBound..<word.range.upperBound
            } else {
                ranges.append(word.range)
            }
        }
        return ranges
    }

    /// Whether a run of two Han characters or more stands in the sentence: a sentence of figures and Latin letters
    /// names nobody the tagger can read.
    private static func hasHanRun(_ sentence: ArraySlice<Unicode.Scalar>) -> Bool {
        zip(sentence, sentence.dropFirst()).contains { $0.isHan && $1.isHan }
    }

    /// Whether the tagger's person at `range` is a name to keep.
    private func readsAsName(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        let name = scalars[range]
        guard name.count >= 2, name.count <= 12, name.allSatisfy({ $0.isHan || Self.dots.contains($0) }),
            name.first!.isHan, name.last!.isHan
        else { return false }
        if Self.addressed(name) || DoctrineCitation.isCitation(range, in: scalars) || Self.isEditor(range, in: scalars)
            || Self.isTradeName(range, in: scalars)
        {
            return false
        }
        guard let model = self.model, name.count <= 3, !name.contains(where: { Self.dots.contains($0) }) else {
            return true
        }
        // A Chinese name of two or three characters the name model finds far from any name is a word.
        return (model.score(name) ?? 0) > Self.wordScore
    }

    /// Whether the name closes an editor's credit (`编辑 杨静`, `责编:周希`): the site's staff, not the story's people.
    private static func isEditor(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        var start = range.lowerBound
        while start > 0, Self.creditSeparators.contains(scalars[start - 1]) { start -= 1 }
        return Self.editorWords.contains { word in start >= word.count && scalars.has(word, at: start - word.count) }
    }

    private static let creditSeparators: ScalarSet = ScalarSet(" :：|丨/".unicodeScalars)
    private static let editorWords: [[Unicode.Scalar]] = ["编辑", "责编", "审核", "校对", "一审", "二审", "三审", "监制", "编审"]
        .map { Array($0.unicodeScalars) }

    /// Whether the name is a company's or a product's trade name: followed by a word that makes it a firm's or a
    /// project's (`佳沃集团`, `慕康养休闲项目`). A figure after it proves nothing (`王玲珠1947年出生`).
    private static func isTradeName(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        guard range.upperBound < scalars.count else { return false }
        let following = String(
            String.UnicodeScalarView(scalars[range.upperBound..<min(scalars.count, range.upperBound + 2)])
        )
        return Self.firmWords.contains(following)
    }

    private static let firmWords: Set<String> = [
        "集团", "公司", "有限", "股份", "科技", "实业", "控股", "项目", "产业", "品牌", "工厂", "基地", "新材", "智能", "电子",
        "食品", "药业", "生物", "能源", "农业", "牧业", "乳业", "制药", "化工", "汽车", "机械", "电器", "商贸", "物流",
    ]

    /// Below this name-model score a run of two or three characters is a word the tagger took for a name
    /// (`智斗勇`); foreign names written in characters (`梅西`, `肯宁`) score from about −6 up.
    private static let wordScore: Float = -8

    /// A form of address rather than a name: `老张`, `小李`, `吴女士`, `周妈妈`, `海哥`, `张家`, `林氏`.
    private static func addressed(_ name: ArraySlice<Unicode.Scalar>) -> Bool {
        if name.count == 2, let first = name.first, Self.addressOpeners.contains(first) { return true }
        let text = String(String.UnicodeScalarView(name))
        return Self.addressEndings.contains { text.hasSuffix($0) }
    }

    private static let addressOpeners: ScalarSet = ScalarSet("老小阿".unicodeScalars)
    private static let addressEndings = [
        "女士", "先生", "小姐", "妈妈", "爸爸", "奶奶", "爷爷", "大爷", "大妈", "阿姨", "警官", "老师", "师傅", "哥", "姐", "叔",
        "婆", "家", "氏", "总", "董",
    ]
    private static let dots: ScalarSet = ScalarSet("·•‧・".unicodeScalars)
}
