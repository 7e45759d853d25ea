import DiaoyanModels
import DiaoyanText

/// Finds events: each occurrence of an event word (调研, 签约, 开工, 封顶…) in a sentence that also names a date or an
/// official, one event per type and sentence.
///
/// An event takes the date written nearest to its word in the sentence; `当天`/`同日` take the date of the event
/// before; otherwise the last date written earlier in the paragraph. A stage word in the future (`预计年内投产`,
/// `将于…开工`) or as a condition (`建成后`) is no event. Topping-out and completion ceremonies are `other`.
package struct EventFinder: Sendable {
    private static let words: [(String, EventType)] = [
        ("签约", .signing), ("签署", .signing), ("签订", .signing), ("开工", .groundbreaking), ("奠基", .groundbreaking),
        ("动工", .groundbreaking), ("开建", .groundbreaking), ("投产", .commissioning), ("投用", .commissioning),
        ("启动运行", .commissioning),
        ("启用", .commissioning), ("投入使用", .commissioning), ("竣工", .other), ("封顶", .other),
        ("调研", .inspection), ("考察", .inspection), ("视察", .inspection), ("察看", .inspection), ("检查", .inspection),
        ("走访", .inspection), ("来到", .inspection), ("走进", .inspection), ("查看", .inspection), ("现场办公", .inspection),
        ("座谈会", .meeting), ("推进会", .meeting),
        ("会议", .meeting), ("常务会", .meeting), ("进行座谈", .meeting), ("进行了座谈", .meeting), ("的座谈", .meeting),
        ("办公会", .meeting),
        ("专题会", .meeting),
        // `与企业负责人座谈`: talks written as a verb.
        ("座谈", .meeting),
        ("大会", .conference), ("论坛", .conference), ("博览会", .conference), ("对接会", .conference),
        ("推介会", .conference), ("峰会", .conference), ("推进大会", .meeting), ("调度大会", .meeting), ("对接活动", .conference),
        ("招商会", .conference), ("说明会", .conference), ("邀商会", .conference),
        // Meetings that rally cadres rather than host guests (`高质量发展大会`, `动员大会`, `优化营商环境大会`).
        ("发展大会", .meeting), ("动员大会", .meeting), ("动员会", .meeting), ("环境大会", .meeting), ("通报会", .meeting),
        ("启动大会", .meeting), ("誓师大会", .meeting),
        ("签约会", .signing), ("签约大会", .signing), ("会见", .meeting), ("并网", .commissioning),
        ("洽谈会", .conference), ("恳谈会", .conference), ("交易会", .conference), ("投洽会", .conference),
        ("进博会", .conference), ("兰洽会", .conference), ("投资周", .conference), ("招商周", .conference),
        ("推介活动", .conference), ("招商活动", .conference), ("展会", .conference), ("推介暨", .conference),
        ("推介工作会", .conference), ("推介座谈会", .conference),
        ("观摩", .inspection), ("拉练", .inspection), ("督导", .inspection), ("调度会", .meeting),
        ("开复工", .groundbreaking), ("开竣工", .groundbreaking), ("开(竣)工", .groundbreaking),
        ("竣工投产", .commissioning), ("建成投产", .commissioning), ("观摩会", .inspection),
        // Site meetings that tour (`拉练现场会`, `流动现场会`): an inspection and a meeting, as 观摩会.
        ("拉练现场会", .inspection), ("流动现场会", .inspection),
        // `一期项目开工投产`: production starts; a finished road's `开通仪式`/`通车仪式` completes it.
        ("开工投产", .commissioning), ("开通仪式", .other), ("通车仪式", .other),
        // Fairs pages name by abbreviation (`科博会`, `青洽会`, `文博会`).
        ("博会", .conference), ("洽会", .conference),
        // `“三个一批”项目建设活动`: a batch signed, a batch started and a batch put into production on one day.
        ("三个一批", .signing),
    ]
    /// Words of a ceremony that starts some projects and completes others (`集中开竣工`, `集中开(竣)工`): a
    /// groundbreaking and a completion (`other`) on one day.
    private let startAndCompletion = ScalarTrie<Bool>(words: StageLexicon.startAndCompletion)
    /// The word of a day that signs, starts and puts into production a batch of projects each, one of ``words``.
    private static let threeBatches = Array("三个一批".unicodeScalars)
    /// Words of a tour of sites that is also a meeting (`现场观摩会`, `拉练现场会`, `流动现场会`): an inspection and a
    /// meeting on one day.
    private let tourAndMeeting = ScalarTrie<Bool>(words: ["观摩会", "拉练现场会", "流动现场会"])
    /// Words that date a sentence by the event told just before (`当天`, `同日`).
    private static let sameDayWords = [
        "当天", "当日", "同日", "同一天", "与此同时", "仪式后", "仪式结束后", "仪式前", "会后", "随后", "会上", "仪式上", "活动上", "现场签约",
    ]

    private let trie: ScalarTrie<EventType>
    /// Words of a rallying meeting (`动员会`, `动员大会`), and the stage words of a ceremony that may name one
    /// (`开工动员会`, `开工复工动员大会`, `开工活动动员会`).
    private let rallies = ScalarTrie<Bool>(words: ["动员会", "动员大会"])
    private let ceremonyStages = ScalarTrie<Bool>(endingWords: [
        "开工", "复工", "开竣工", "签约", "竣工", "奠基", "开工活动", "签约活动",
    ])
    /// Verbs of attending or chairing a gathering (`出席会议`, `主持会议`).
    private let attendance = ScalarTrie<Bool>(endingWords: ["出席", "主持", "参加", "出席了", "主持了", "参加了"])
    private let sameDay = ScalarTrie<Bool>(words: Self.sameDayWords)
    private let future = StageLexicon.futureWords
    private let ceremonyAfter = ScalarTrie<Bool>(words: ["仪式后", "仪式结束后", "仪式上", "仪式前"])
    /// Words after a programme's year that name its first quarter (`2014年一季度`, `2023年第一季度`).
    private let firstQuarters = ScalarTrie<Bool>(words: ["一季度", "第一季度"])
    /// Words after a year that make it the name of a programme (`2024年重点项目`, `2023年度`).
    private let yearLabels = ScalarTrie<Bool>(words: [
        "度", "重点", "重大", "第", "全市", "全县", "全区", "全省", "一季度", "二季度", "三季度", "四季度", "首批", "招商",
        "百大", "省级", "市级",
    ])

    /// Scalars joining the days of one span (`27日、28日`, `27日至29日`).
    private static let dayJoiners = ScalarSet("、至到-—~～".unicodeScalars)

    /// Words after a meeting's or a fair's name that make it a place or a reference, not an event.
    /// (`调研员` is a rank; `开复工率` a rate of starts.)
    private let notHeld = ScalarTrie<Bool>(words: ["中心", "室", "厅", "馆", "精神", "部署", "纪要", "决定", "员", "率"])
    /// Verbs of carrying out what a gathering decided (`贯彻落实…会议`), and how far before the gathering's word they
    /// may stand.
    private let carryingOut = ScalarTrie<Bool>(words: ["贯彻", "落实", "学习", "传达"])
    private static let carryingOutReach = 30
    /// Words after a leader's visit that make it one a speech cites (`总书记视察广西时的重要讲话精神`), not the story's.
    private let citedVisit = ScalarTrie<Bool>(words: ["重要讲话", "讲话精神", "指示精神", "重要指示"])
    /// Words before a visit that make it one invited or hoped for (`诚邀企业家朋友考察投资`, `吸引…来考察`).
    private let invitation = ScalarTrie<Bool>(words: ["欢迎", "邀请", "诚邀", "吸引", "鼓励"])
    /// Words that tell a ceremony being held in the sentence that writes them.
    private let ceremonyWords = ScalarTrie<Bool>(words: ["仪式", "举行", "举办", "隆重", "现场会"])

    package init() {
        var trie = ScalarTrie<EventType>()
        for (word, type) in Self.words { trie.insert(word.unicodeScalars, type) }
        self.trie = trie
    }

    /// The events in `scalars`, given the people and places found and how to read dates; `published` is the page's
    /// own date, whose year events dated by a bare year must share.
    ///
    /// - Complexity: O(n·k) over n scalars and event words of at most k scalars.
    package func find(
        in scalars: [Unicode.Scalar],
        persons: [PersonFinder.Found],
        places: [(place: Place, mentions: [Range<Int>])],
        dates: DocumentDates,
        projects namedProjects: [(name: String, mentions: [Range<Int>])] = [],
        published: String? = nil
    ) -> [ExtractionRecord.Event] {
        let cast = Cast(persons: persons, places: places, projects: namedProjects)
        var reading = Reading()
        for sentence in ClauseMarkers.sentences(of: scalars, splittingAt: Self.sentenceEnds) {
            reading.enter(sentence, opensParagraph: self.opensParagraph(sentence.lowerBound, in: scalars))
            // A sentence without an event word tells nothing, once the story's day is known.
            let tellsEvents = self.hasEventWord(in: sentence, of: scalars)
            guard tellsEvents || reading.firstWrittenDay == nil else { continue }
            let told = self.told(in: sentence, of: scalars, cast: cast, dates: dates)
            reading.noteStoryDate(told.written, in: scalars)
            guard tellsEvents else { continue }
            guard
                !told.written.isEmpty || !told.named.isEmpty || told.sameDay || told.ceremony
                    || self.holdsCountedSigning(sentence, of: scalars)
            else { continue }
            self.readEvents(in: sentence, of: scalars, told: told, cast: cast, reading: &reading)
        }
        // Another year's events go first: a start of years before (`2020年…集中开工项目共72个`) retells no day of
        // the story, and must not hide the story's undated one.
        return Self.withoutRetold(Self.withoutOtherYears(published: published, from: reading.events))
    }

    /// `events` less those a dated page dates only by another year than its own (`2019年…签约`, `2020年已开工项目30个`):
    /// a year's work told in passing, a signing or a start of years before, not the story's day (on the 1,409 real
    /// pages of batches 1–32 none such was the gold's, 24 were not).
    private static func withoutOtherYears(published: String?, from events: [ExtractionRecord.Event])
        -> [ExtractionRecord.Event]
    {
        guard let year = published?.prefix(4), year.count == 4 else { return events }
        return events.filter { event in
            guard let date = event.date, date.count == 4 else { return true }
            return date == year
        }
    }

    /// Whether `sentence` signs a count of projects (`16个招商引资重点项目签约落户`): the story's signing, even in a
    /// sentence that names nobody and no date.
    /// A running total (`今年以来累计签约项目176个`, `10个签约项目`) sums up earlier signings: no event.
    private func holdsCountedSigning(_ sentence: Range<Int>, of scalars: [Unicode.Scalar]) -> Bool {
        let counted = sentence.contains { index in
            guard let match = self.trie.longestMatch(in: scalars, from: index), match.value == .signing,
                !scalars.has(ProjectFinder.suffix, at: index + match.length)
            else { return false }
            return Self.countsProjects(around: index, length: match.length, in: scalars)
        }
        return counted && !Self.totalWords.hasWord(in: scalars, startingIn: sentence)
    }

    private static let totalWords = ScalarTrie<Bool>(words: ["累计", "以来", "截至", "截止", "共计", "全年"])

    /// Whether the date at `index` is a page's stamp: written after a stamp's label (`发布时间:`, `日期：`) within a
    /// few scalars, or followed by a time of day (`2022-06-09 09:52`) or a source's label (`2016年09月30日 来源:`).
    fileprivate static func isStamp(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var cursor = index
        while cursor > 0, index - cursor < 3, Self.stampGaps.contains(scalars[cursor - 1]) { cursor -= 1 }
        if Self.stampLabels.longestMatch(in: scalars, endingAt: cursor) != nil { return true }
        var end = index
        while end < scalars.count, end - index < 12, scalars[end].isASCIIDigit || Self.dateMarks.contains(scalars[end])
        {
            end += 1
        }
        while end < scalars.count, scalars[end] == " " { end += 1 }
        // `2016年09月30日 来源: …`: a byline's header line kept in the body.
        if scalars.has(Self.sourceLabel, at: end) { return true }
        return end + 2 < scalars.count && scalars[end].isASCIIDigit && scalars[end + 1].isASCIIDigit
            && Self.stampGaps.contains(scalars[end + 2]) && scalars[end + 2] != " "
    }

    private static let stampGaps = ScalarSet(" :：".unicodeScalars)
    /// What closes a wire's dateline after its date (`2月9日电`).
    private static let dispatch = Array("电".unicodeScalars)
    private static let sourceLabel = Array("来源".unicodeScalars)
    private static let dateMarks = ScalarSet("-/.年月日".unicodeScalars)
    private static let stampLabels = ScalarTrie<Bool>(endingWords: ["发布时间", "发布日期", "发表时间", "时间", "日期", "发布"])

    /// Whether an event word starts in `sentence`.
    private func hasEventWord(in sentence: Range<Int>, of scalars: [Unicode.Scalar]) -> Bool {
        sentence.contains { index in
            self.trie.mayStart(with: scalars[index]) && self.trie.longestMatch(in: scalars, from: index) != nil
        }
    }

    /// Who and what the finder looks for in every sentence.
    private struct Cast {
        var persons: [PersonFinder.Found]
        var officials: [String]
        var officialNames: ScalarTrie<UInt16>
        var places: [(place: Place, mentions: [Range<Int>])]
        var projects: [(name: String, mentions: [Range<Int>])]
        /// Every mention of every project.
        var projectMentions: [Range<Int>]

        init(
            persons: [PersonFinder.Found],
            places: [(place: Place, mentions: [Range<Int>])],
            projects: [(name: String, mentions: [Range<Int>])]
        ) {
            self.persons = persons
            self.officials = persons.filter { $0.role == .official }.map(\.name)
            self.officialNames = ScalarTrie(reservingEdges: self.officials.reduce(0) { $0 + $1.unicodeScalars.count })
            for (index, name) in self.officials.enumerated() {
                self.officialNames.insert(name.unicodeScalars, UInt16(index))
            }
            self.places = places
            self.projects = projects
            self.projectMentions = projects.flatMap(\.mentions)
        }
    }

    /// What one sentence tells besides its event words: the dates written in it, whether it points back to the
    /// day told before, and the officials it names.
    private struct Told {
        var written: [(at: Int, value: String?)]
        var sameDay: Bool
        var named: [String]
        /// Whether the sentence tells a ceremony being held (`仪式`, `举行`, `举办`): its events are the story's.
        var ceremony: Bool
        /// The dates an event may take: a bare year (2024年重大项目) gives way to a fuller date in the sentence.
        var candidates: [(at: Int, value: String?)]
        /// The year of the programme the sentence names (`望都县2021年第三批重点项目集中开工仪式近日举行`): a ceremony
        /// nothing else dates took place in it.
        var programmeYear: String?
        /// Whether the sentence tells what it tells as of late (`近日`, `日前`): no earlier day nor the page's dates it.
        var recently = false
        /// Where the sentence writes a word of a target (`预计`, `计划`): a date after one is what is aimed at.
        var targets: [Int] = []
        /// Where the sentence's dates are written `今天` or `今日`.
        var todays: [Int] = []

        /// Whether the sentence opens with a month and day no publication date anchors (`9月27日,…论坛召开` on an
        /// undated page): it dates its event, in a year the page does not tell.
        func daysUnanchored(in sentence: Range<Int>, of scalars: [Unicode.Scalar]) -> Bool {
            self.written.contains {
                $0.value == nil && $0.at - sentence.lowerBound <= 2
                    && WrittenDate.leadingMonthDay(scalars[$0.at...]) != nil
            }
        }

        init(written: [(at: Int, value: String?)], sameDay: Bool, named: [String], ceremony: Bool) {
            self.written = written
            self.sameDay = sameDay
            self.named = named
            self.ceremony = ceremony
            let precise = written.filter { ($0.value?.count ?? 0) > 4 }
            self.candidates = precise.isEmpty ? written : precise
        }
    }

    /// The events read so far and the days later sentences may point back to.
    private struct Reading {
        var events: [ExtractionRecord.Event] = []
        var paragraphDate: String?
        var lastEventDate: String?
        var lastParagraphStart = -1
        /// Whether a start's rallying meeting was told (`集中开工动员会`): a rallying meeting told again is it.
        var ceremonyRally = false
        /// The first full date the text writes: the day of the story, for a ceremony told as held that day
        /// (`当日，西宁市举办…推介活动`) when nothing nearer dates it.
        var firstWrittenDay: String?

        /// `date`, or for a ceremony dated only by its year (`2024年…集中开工仪式`), the story's day in that year; a
        /// month told (`本月初投产`) stays a month.
        func refined(_ date: String?, ceremony: Bool) -> String? {
            guard ceremony, let date, date.count == 4, let story = self.storyDate, story.hasPrefix(date) else {
                return date
            }
            return story
        }

        /// Keeps the first full date of `written` as the story's day; a page's stamp (`发布时间:2018-05-27 08:52`)
        /// says when the page went up, not the story's day.
        mutating func noteStoryDate(_ written: [(at: Int, value: String?)], in scalars: [Unicode.Scalar]) {
            guard self.firstWrittenDay == nil else { return }
            self.firstWrittenDay =
                written.first(where: {
                    ($0.value?.utf8.count ?? 0) == 10 && !EventFinder.isStamp(at: $0.at, in: scalars)
                })?
                .value
        }

        /// The day of the story: the first full date the text writes.
        var storyDate: String? { self.firstWrittenDay }

        /// Moves to `sentence`; a new paragraph forgets the paragraph's date.
        mutating func enter(_ sentence: Range<Int>, opensParagraph: Bool) {
            var paragraphStart = self.lastParagraphStart
            if self.lastParagraphStart < 0 || opensParagraph {
                paragraphStart = sentence.lowerBound
            }
            if paragraphStart != self.lastParagraphStart {
                self.paragraphDate = nil
                self.lastParagraphStart = paragraphStart
            }
        }

        /// The date of an event word at `index`: the date written last before it; else the day `当天` points back
        /// to (a date written after the word, `当天…察看今年3月竣工的…`, tells of something else); else the first
        /// date after it; else the date of an earlier event of its type, the day pointed back to, or the
        /// paragraph's date; a ceremony, fair or official event told without any takes the day of one of its type
        /// told before, else the story's day.
        func date(forWordAt index: Int, type: EventType, isStage: Bool, told: Told) -> String? {
            let candidates = told.candidates
            if let nearest = candidates.last(where: { $0.at < index }) {
                // `4月7日上午，…集中开工。…“今天集中开工的这49个项目…”`: a today told after the day a ceremony of the
                // kind was dated retells that ceremony (the speaker's today, not the filing's).
                if told.todays.contains(nearest.at),
                    let day = self.events.last(where: { $0.type == type && $0.date?.count == 10 })?.date
                {
                    return day
                }
                // `3月21日，松溪举行…3月集中开工仪式`: a month naming the ceremony's batch is the day told before it.
                if let month = nearest.value, month.count == 7,
                    let day = candidates.last(where: { $0.at < nearest.at && $0.value?.count == 10 })?.value,
                    day.hasPrefix(month)
                {
                    return day
                }
                return nearest.value
            } else if told.recently {
                return nil
            } else if told.sameDay, let day = self.lastEventDate ?? self.paragraphDate {
                return day
            } else if let first = candidates.first, !told.targets.contains(where: { $0 > index && $0 < first.at }) {
                return first.value
            } else if let year = told.written.last(where: { $0.at < index }) {
                // `2017年开工建设,预计2018年8月竣工投产`: the day after a target word is the target's; the year before
                // the word is the event's.
                return year.value
            } else if !isStage, let earlier = self.events.last(where: { $0.type == type && $0.date != nil }) {
                return earlier.date
            } else if told.sameDay {
                return self.lastEventDate ?? self.paragraphDate ?? self.storyDate
            }
            if let paragraph = self.paragraphDate { return paragraph }
            guard told.ceremony || type == .conference || type == .inspection || type == .meeting else { return nil }
            // A ceremony told again without a date (`县委书记宣布项目开工`, `图为集中开工仪式现场`) is the one already
            // dated, not one on the page's first date.
            return self.events.last(where: { $0.type == type && $0.date?.count == 10 })?.date ?? self.storyDate
        }

        /// Remembers `date` as the day later sentences point back to: a month or a year told in passing
        /// (`项目去年4月开工`) leaves the day of the story where it was.
        mutating func remember(_ date: String?) {
            guard let date else { return }
            if date.count == 10 { self.lastEventDate = date }
            self.paragraphDate = date
        }

        /// Adds `event`, or, for an event of a type and date already told, the projects its new sentence names.
        mutating func add(_ event: ExtractionRecord.Event) {
            // The events told are searched in place (a page tells a handful) rather than keyed by printed strings.
            if let told = self.events.firstIndex(where: { $0.type == event.type && $0.date == event.date }) {
                for name in event.projects where !self.events[told].projects.contains(name) {
                    self.events[told].projects.append(name)
                }
                return
            }
            self.events.append(event)
        }
    }

    /// The dates, the pointing back and the officials of `sentence`; `他`/`她` stands for the actor named last.
    private func told(in sentence: Range<Int>, of scalars: [Unicode.Scalar], cast: Cast, dates: DocumentDates) -> Told {
        var written: [(at: Int, value: String?)] = []
        var datelines: [Int] = []
        var programmeYear: String?
        var anotherProgrammeYear = false
        var firstQuarter = false
        var index = sentence.lowerBound
        var lastEnd = -2
        var dateEnds: [Int] = []
        while index < sentence.upperBound {
            if DocumentDates.mayStart(scalars[index]), let date = dates.date(in: scalars, at: index),
                !Self.datesNoEvent(index..<(index + date.length), in: scalars)
            {
                // `4月27日、28日`, `27日至29日`: a span of days is told on its first.
                let spanTail = index == lastEnd + 1 && Self.dayJoiners.contains(scalars[lastEnd])
                // `2024年重点项目`, `2023年度第一批`: a year naming a programme dates no event.
                let label =
                    date.value?.count == 4
                    && self.yearLabels.longestMatch(in: scalars, from: index + date.length) != nil
                if !spanTail && !label { written.append((index, date.value)) }
                if scalars.has(Self.dispatch, at: index + date.length) { datelines.append(index) }
                if label, programmeYear == nil {
                    programmeYear = date.value
                    firstQuarter = self.firstQuarters.longestMatch(in: scalars, from: index + date.length) != nil
                } else if label, date.value != programmeYear {
                    anotherProgrammeYear = true
                }
                index += date.length
                lastEnd = index
                dateEnds.append(index)
            } else {
                index += 1
            }
        }
        // `某某网2月9日电 …活动2月8日在某地举行`: a wire's dateline says when the story was filed; a date written after
        // it in its sentence dates what the sentence tells.
        if let last = written.last, !datelines.contains(last.at) {
            written.removeAll { datelines.contains($0.at) }
        }
        // `7月10日讯 近日，某地举行…`: what is told as of late has no day of its own; the dates before the word are
        // the filing's.
        let recently = Self.recentlyWord(in: sentence, of: scalars, besidesDatesEndingAt: dateEnds)
        if let recently { written.removeAll { $0.at < recently } }
        let ceremony =
            self.ceremonyWords.hasWord(in: scalars, startingIn: sentence)
            && !self.future.hasWord(in: scalars, startingIn: sentence)
        // `3月14日,…举行2023年度…表彰暨2024年度…动员会`: a gathering that closes one year's programme and opens the
        // next names two years, neither of which is surely its own.
        if anotherProgrammeYear { programmeYear = nil }
        if ceremony, let programmeYear, let year = Int(programmeYear) {
            Self.dateMonthDays(in: &written, of: scalars, toProgrammeYear: year, firstQuarter: firstQuarter)
        }
        Self.dateMonthDays(in: &written, of: scalars, programmeYear: programmeYear)
        var named = Self.named(cast.officials, by: cast.officialNames, in: sentence, of: scalars)
        if named.isEmpty, let pronoun = Self.personalPronoun(in: sentence, of: scalars),
            let actor = Self.lastActor(before: pronoun, among: cast.persons)
        {
            named = [actor]
        }
        var told = Told(
            written: written,
            sameDay: self.sameDay.hasWord(in: scalars, startingIn: sentence),
            named: named,
            ceremony: ceremony
        )
        told.programmeYear = programmeYear
        told.recently = recently != nil
        // Read only where a date is written: no other sentence's dating looks at them.
        if !written.isEmpty {
            told.targets = sentence.filter {
                self.future.mayStart(with: scalars[$0]) && self.future.longestMatch(in: scalars, from: $0) != nil
            }
        }
        told.todays = written.map(\.at).filter { Self.todayWords.longestMatch(in: scalars, from: $0) != nil }
        return told
    }

    /// Where `近日` or `日前` (of late) is written in `sentence`; the `日前` of a date (`3月1日前`) is none.
    private static func recentlyWord(
        in sentence: Range<Int>,
        of scalars: [Unicode.Scalar],
        besidesDatesEndingAt dateEnds: [Int]
    ) -> Int? {
        sentence.first { index in
            // `3月1日前`: the date took 日; `日前` there is `before the day`.
            Self.recentWords.mayStart(with: scalars[index])
                && Self.recentWords.longestMatch(in: scalars, from: index) != nil && !dateEnds.contains(index + 1)
        }
    }

    private static let recentWords = ScalarTrie<Bool>(words: ["近日", "日前"])
    private static let todayWords = ScalarTrie<Bool>(words: ["今天", "今日"])

    /// Words opening a sentence that place it at the gathering the story reports (`会上,签约…`, `现场,与6家企业签订
    /// …`): what it tells happened there, undated or not.
    private static let gatheringPlaces = ScalarTrie<Bool>(words: [
        "会上", "现场", "活动现场", "仪式上", "大会上", "会议上", "推介会上", "签约现场", "大会当天", "活动中",
    ])

    /// Whether the date at `date` says when a firm was founded (`成立于1997年`, `1997年成立的`) or when a period began
    /// (`自2017年下半年以来`, `从2017年开始`): no event of the story happened then.
    private static func datesNoEvent(_ date: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        if Self.foundings.longestMatch(in: scalars, endingAt: date.lowerBound) != nil
            || Self.founded.longestMatch(in: scalars, from: date.upperBound) != nil
        {
            return true
        }
        guard date.lowerBound > 0, Self.periodOpeners.contains(scalars[date.lowerBound - 1]) else { return false }
        var index = date.upperBound
        while index < min(scalars.count, date.upperBound + 10),
            !ClauseMarkers.clausePunctuation.contains(scalars[index])
        {
            if Self.periodWords.longestMatch(in: scalars, from: index) != nil { return true }
            index += 1
        }
        return false
    }

    private static let foundings = ScalarTrie<Bool>(endingWords: ["成立于", "始建于", "创建于", "创办于", "组建于", "始于"])
    private static let founded = ScalarTrie<Bool>(words: ["成立", "建厂", "创办", "创建"])
    private static let periodOpeners = ScalarSet("自从".unicodeScalars)
    private static let periodWords = ScalarTrie<Bool>(words: ["以来", "开始", "至今", "起"])

    /// Gives the days a ceremony's sentence writes without a year the year of the programme it names
    /// (`3月21日,某区2023年第一季度项目集中开工`): a page reposted a year later would read them in its own year. A
    /// first quarter's ceremony held in November or December (`12月31日…2014年一季度项目集中开工`) is held the year
    /// before.
    private static func dateMonthDays(
        in written: inout [(at: Int, value: String?)],
        of scalars: [Unicode.Scalar],
        toProgrammeYear year: Int,
        firstQuarter: Bool
    ) {
        Self.giveYear(toMonthDaysIn: &written, of: scalars, where: { $0.map { $0.count == 10 } ?? true }) { month in
            firstQuarter && month >= 11 ? year - 1 : year
        }
    }

    /// Gives a day written without a year on an undated page (`5月17日,…2023年…恳谈会在昌吉召开`) the one year the
    /// same sentence writes, a programme's year included, which is the story's: a day the publication date cannot
    /// anchor is otherwise lost.
    private static func dateMonthDays(
        in written: inout [(at: Int, value: String?)],
        of scalars: [Unicode.Scalar],
        programmeYear: String?
    ) {
        // Most pages are dated and every day they write is anchored: nothing to do, nothing allocated.
        guard written.contains(where: { $0.value == nil }) else { return }
        var years = Set(written.compactMap { $0.value?.count == 4 ? $0.value : nil })
        if let programmeYear { years.insert(programmeYear) }
        guard years.count == 1, let year = years.first.flatMap({ Int($0) }) else { return }
        Self.giveYear(toMonthDaysIn: &written, of: scalars, where: { $0 == nil }) { _ in year }
    }

    /// Gives each date of `written` that `needsYear` picks and that is written as a month and day the year `year`
    /// returns for its month.
    private static func giveYear(
        toMonthDaysIn written: inout [(at: Int, value: String?)],
        of scalars: [Unicode.Scalar],
        where needsYear: (String?) -> Bool,
        year: (_ month: Int) -> Int
    ) {
        for (offset, date) in written.enumerated() where needsYear(date.value) {
            guard let day = WrittenDate.leadingMonthDay(scalars[date.at...]) else { continue }
            written[offset].value = WrittenDate.format(year: year(day.month), month: day.month, day: day.day)
        }
    }

    /// Reads the event words of `sentence`, one event per type.
    private func readEvents(
        in sentence: Range<Int>,
        of scalars: [Unicode.Scalar],
        told: Told,
        cast: Cast,
        reading: inout Reading
    ) {
        // A sentence tells a few types: kept in an array, not hashed by their raw strings.
        var typesInSentence: [EventType] = []
        var lastStageWord: Int?
        var lastStageEnd: Int?
        var index = sentence.lowerBound
        while index < sentence.upperBound {
            // `市第四届人民代表大会常务委员会秘书长`: a body's name, whose 大会 or 会议 is held by nobody here.
            if let body = Self.bodies.longestMatch(in: scalars, from: index) {
                index += body.length
                continue
            }
            guard var match = self.trie.longestMatch(in: scalars, from: index) else {
                index += 1
                continue
            }
            // `集中签约开工投产活动`: stage words glued into a chain are read one by one, shortest first, so the
            // chain's 开工投产 is a start and a production rather than one plant's commissioning.
            // `签约暨开工活动`, `签约及开工`: a joining word between two stage words chains them as well.
            let chained =
                index == lastStageEnd
                || (lastStageEnd.map { index == $0 + 1 } == true && Self.stageJoiners.contains(scalars[index - 1]))
            if chained, let shortest = self.trie.matches(in: scalars, from: index).min(by: { $0.length < $1.length }) {
                match = shortest
            }
            defer { index += match.length }
            let type = match.value
            let isStage = Self.isStage(type)
            let threeBatches = type == .signing && scalars.has(Self.threeBatches, at: index)
            // `“三个一批”现场推进会`, `“三个一批”集中开工活动`: the sentence's own event word tells what the day was.
            if threeBatches, self.hasOtherEventWord(in: sentence, besides: index, of: scalars, told: told) { continue }
            // `重大项目集中开工动员会`: a start's rallying meeting is the ceremony itself, which its stage word tells.
            // Told again later (`出席动员大会`), it is still that ceremony.
            if type == .meeting, self.rallies.longestMatch(in: scalars, from: index)?.length == match.length,
                reading.ceremonyRally || self.ceremonyStages.longestMatch(in: scalars, endingAt: index) != nil
            {
                reading.ceremonyRally = true
                continue
            }
            // `出席会议`, `主持会议` at a fair or a signing: the 会议 is that gathering, told again.
            if type == .meeting, self.attendance.longestMatch(in: scalars, endingAt: index) != nil,
                reading.events.contains(where: { $0.type == .conference || $0.type == .signing })
            {
                continue
            }
            guard !typesInSentence.contains(type),
                self.tellsEvent(at: index, length: match.length, type: type, in: scalars, told: told),
                !isStage || Self.isNewStage(at: index, after: lastStageWord, projects: cast.projectMentions)
                    || Self.isListedStage(at: index, in: scalars) || chained
            else { continue }
            typesInSentence.append(type)
            if isStage { (lastStageWord, lastStageEnd) = (index, index + match.length) }
            var date = reading.refined(
                reading.date(forWordAt: index, type: type, isStage: isStage, told: told),
                ceremony: told.ceremony || type == .conference
            )
            if date == nil, told.ceremony, let year = told.programmeYear { date = year }
            // A plan or a milestone told without any date is background, not an event of the story; a ceremony or
            // a fair the sentence says is held (`签约仪式在…举行`, `举办招商推介会`) is the story even undated.
            if date == nil && type != .inspection && type != .meeting && !told.ceremony
                && !told.daysUnanchored(in: sentence, of: scalars)
                && Self.gatheringPlaces.longestMatch(in: scalars, from: sentence.lowerBound) == nil
                && !Self.isConcentrated(at: index, in: scalars)
                && !(type == .signing && Self.countsProjects(around: index, length: match.length, in: scalars))
            {
                continue
            }
            reading.remember(date)
            var types = [type]
            if self.startAndCompletion.longestMatch(in: scalars, from: index) != nil,
                Self.insert(.other, into: &typesInSentence)
            {
                types.append(.other)
            }
            if threeBatches {
                for stage in [EventType.groundbreaking, .commissioning] where Self.insert(stage, into: &typesInSentence)
                {
                    types.append(stage)
                }
            }
            if self.tourAndMeeting.longestMatch(in: scalars, from: index) != nil,
                Self.insert(.meeting, into: &typesInSentence)
            {
                types.append(.meeting)
            }
            for type in types {
                reading.add(self.event(type, date: date, in: sentence, told: told, cast: cast))
            }
        }
    }

    /// Whether `sentence` writes an event word telling an event other than the one at `index` (`会议精神` tells
    /// none).
    private func hasOtherEventWord(
        in sentence: Range<Int>,
        besides index: Int,
        of scalars: [Unicode.Scalar],
        told: Told
    ) -> Bool {
        sentence.contains { at in
            guard at != index, let match = self.trie.longestMatch(in: scalars, from: at) else { return false }
            return self.tellsEvent(at: at, length: match.length, type: match.value, in: scalars, told: told)
        }
    }

    /// An event of `type` on `date` told by `sentence`, with the officials, places and projects it names.
    private func event(
        _ type: EventType,
        date: String?,
        in sentence: Range<Int>,
        told: Told,
        cast: Cast
    ) -> ExtractionRecord.Event {
        ExtractionRecord.Event(
            type: type,
            date: date,
            persons: told.named,
            places: Self.places(in: sentence, among: cast.places),
            projects: cast.projects.filter { project in
                project.mentions.contains { sentence.contains($0.lowerBound) }
            }.map(\.name)
        )
    }

    /// Whether the event word at `index` tells an event: not a ceremony told before and now a time for what
    /// follows (`签约仪式上`), not a plan or a condition, not describing a noun (`已经投产的…`) unless its clause
    /// gives a date.
    private func tellsEvent(at index: Int, length: Int, type: EventType, in scalars: [Unicode.Scalar], told: Told)
        -> Bool
    {
        if self.ceremonyAfter.longestMatch(in: scalars, from: index + length) != nil { return false }
        // `国际会议中心` is a venue, `会议精神` what a past meeting decided.
        if self.notHeld.longestMatch(in: scalars, from: index + length) != nil { return false }
        // `“双百行动”大会战`: a campaign, no gathering.
        if type == .conference, index + length < scalars.count, scalars[index + length] == "战" { return false }
        if self.isFutureOrCondition(at: index, length: length, in: scalars) { return false }
        if type == .inspection, self.isCitedOrInvitedVisit(at: index, length: length, in: scalars) { return false }
        // `深入贯彻落实中央、省经济工作会议…`: a gathering whose decisions the clause carries out was held before.
        if type == .meeting || type == .conference,
            self.carryingOut.hasWord(
                in: scalars,
                startingIn: ClauseMarkers.start(before: index, in: scalars, within: Self.carryingOutReach)..<index
            )
        {
            return false
        }
        if Self.isProjectHistory(before: index, in: scalars) { return false }
        return !self.isAttributive(at: index + length, in: scalars)
            || self.clauseHasDate(before: index, in: scalars, dates: told.written.map(\.at))
    }

    /// Whether the stage word at `index` tells when a project went through it (`项目于2017年4月开工`, `于今年4月7日
    /// 开工`, `第二期2013年4月动工兴建`): 于 and a date right before it are the project's history, no event of the story.
    private static func isProjectHistory(before index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var cursor = index
        // `于2021年4月正式开工`: a word of manner may stand between the date and the stage.
        for word in Self.mannerWords where cursor >= word.count && scalars.has(word, at: cursor - word.count) {
            cursor -= word.count
            break
        }
        guard cursor >= 3, scalars[cursor - 1] == "月" || scalars[cursor - 1] == "日" || scalars[cursor - 1] == "年"
        else { return false }
        var start = cursor - 1
        while start > 0, cursor - start < 12, Self.dateScalars.contains(scalars[start - 1]) { start -= 1 }
        return start > 0 && scalars[start - 1] == "于"
    }

    private static let mannerWords: [[Unicode.Scalar]] = ["正式", "全面", "顺利", "开始"].map { Array($0.unicodeScalars) }
    /// Scalars of a written date: digits, Han numerals, units, 今/去/上/明.
    private static let dateScalars = ScalarSet("0123456789〇零一二三四五六七八九十年月日今去上明底初".unicodeScalars)

    /// Whether the visit word at `index` tells a visit a speech cites (a cited leader's words follow it within 20
    /// scalars) or one invited (an invitation stands in the 12 scalars before it).
    private func isCitedOrInvitedVisit(at index: Int, length: Int, in scalars: [Unicode.Scalar]) -> Bool {
        let after = (index + length)..<min(scalars.count, index + length + 20)
        if self.citedVisit.hasWord(in: scalars, startingIn: after) { return true }
        let before = max(0, index - 12)..<index
        return self.invitation.hasWord(in: scalars, startingIn: before)
    }

    /// Whether a stage word at `index` may be an event of its own: a second stage event in one sentence needs a
    /// second project (`…投产；…二期开工`).
    private static func isNewStage(at index: Int, after lastStageWord: Int?, projects: [Range<Int>]) -> Bool {
        guard let last = lastStageWord else { return true }
        return projects.contains { $0.lowerBound > last && $0.lowerBound < index }
    }

    /// Whether the stage word at `index` is an item of a list of stages (`集中签约、开工、投产`): each item is an
    /// event of its own.
    private static func isListedStage(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        index > 0 && scalars[index - 1] == "、"
    }

    /// Whether the stage word at `index` follows `集中` or `现场` (`7个项目集中投产`, `项目现场签约`): a ceremony
    /// held there and then, the story's event even when nothing dates it.
    private static func isConcentrated(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard index >= 2 else { return false }
        let (first, second) = (scalars[index - 2], scalars[index - 1])
        return (first == "集" && second == "中") || (first == "现" && second == "场")
    }

    /// Whether a count of projects stands right around the signing word at `index` (`16个重点项目签约`, `签约项目12个`,
    /// `成功签约6个重点项目`): the story's signing, even when nothing dates it.
    private static func countsProjects(around index: Int, length: Int, in scalars: [Unicode.Scalar]) -> Bool {
        // The count may stand up to 14 scalars before the word, in its clause (`等16个招商引资重点项目签约`).
        let start = ClauseMarkers.start(before: index, in: scalars, within: 14)
        let window = start..<min(scalars.count, index + length + 8)
        return window.contains { at in
            guard ChineseNumber.startsNumber(scalars[at]), at == 0 || !ChineseNumber.startsNumber(scalars[at - 1]),
                let number = ChineseNumber.read(scalars, from: at), at + number.length < window.upperBound
            else { return false }
            let after = at + number.length
            guard scalars[after] == "个" || scalars[after] == "项" else { return false }
            // The counted are projects: 项目 later in the count's clause (within 15 scalars), or the count follows
            // 签约项目.
            let counted = after + 1..<min(scalars.count, after + 16)
            let clauseEnd =
                counted.first { ClauseMarkers.clausePunctuation.contains(scalars[$0]) } ?? counted.upperBound
            return (counted.lowerBound..<clauseEnd).contains { scalars.has(ProjectFinder.suffix, at: $0) }
                || (at >= 2 && scalars.has(ProjectFinder.suffix, at: at - 2))
        }
    }

    /// The names of bodies that end in a gathering's word (`人民代表大会`, `政治协商会议`).
    private static let bodies = ScalarTrie<Bool>(words: ["人民代表大会", "政治协商会议"])

    /// Words joining two stage words of one ceremony (`签约暨开工`, `签约及开工`).
    private static let stageJoiners = ScalarSet("暨和及与".unicodeScalars)

    /// `events` without those told again: a dateless event, or one dated less precisely, of a type already dated.
    private static func withoutRetold(_ events: [ExtractionRecord.Event]) -> [ExtractionRecord.Event] {
        events.filter { event in
            !events.contains { other in
                other.type == event.type && other.date != nil && other.date != event.date
                    && (event.date == nil || other.date!.hasPrefix(event.date! + "-"))
            }
        }
    }

    /// The places written in `sentence`, each path once (a park's entry before its division's).
    private static func places(in sentence: Range<Int>, among places: [(place: Place, mentions: [Range<Int>])])
        -> [Place]
    {
        var written: [Place] = []
        for named in places where named.mentions.contains(where: { sentence.contains($0.lowerBound) }) {
            if let index = written.firstIndex(where: { $0.path.utf8.elementsEqual(named.place.path.utf8) }) {
                if written[index].park == nil { written[index].park = named.place.park }
            } else {
                written.append(named.place)
            }
        }
        return written
    }

    /// Whether `type` tells a project's stage (signing, groundbreaking, commissioning, other): its case is tested,
    /// not hashed by its raw string in a set.
    private static func isStage(_ type: EventType) -> Bool {
        switch type {
        case .signing, .groundbreaking, .commissioning, .other: true
        default: false
        }
    }

    /// `Set.insert(_:).inserted` for the few types of one sentence.
    private static func insert(_ type: EventType, into types: inout [EventType]) -> Bool {
        guard !types.contains(type) else { return false }
        types.append(type)
        return true
    }

    /// Whether the word ending at `end` describes a noun after it (`已经投产的…项目`) rather than telling an event.
    private func isAttributive(at end: Int, in scalars: [Unicode.Scalar]) -> Bool {
        end < scalars.count && scalars[end] == "的"
    }

    /// Whether a date is written in the clause before `index` (`去年底已经投产的…`).
    private func clauseHasDate(before index: Int, in scalars: [Unicode.Scalar], dates: [Int]) -> Bool {
        let start = ClauseMarkers.start(before: index, in: scalars)
        return dates.contains { $0 >= start && $0 < index }
    }

    /// Sentences for events end at 。！？ and line ends, not at ；, which joins the halves of one report.
    private static let sentenceEnds = ScalarSet("。！？!?\n".unicodeScalars)

    /// Whether the event word at `index` is a plan (`预计年内投产`) or a condition (`建成后`).
    private func isFutureOrCondition(at index: Int, length: Int, in scalars: [Unicode.Scalar]) -> Bool {
        let end = index + length
        if end < scalars.count, StageLexicon.conditional.contains(scalars[end]) { return true }
        // `自2007年11月开工以来`, `自2009年11月启动建设以来`: the time since a stage, background of the story.
        if (end..<min(end + 3, scalars.count)).contains(where: { scalars.has(Self.since, at: $0) }) { return true }
        let start = ClauseMarkers.start(before: index, in: scalars, within: 30, at: ClauseMarkers.sentencePunctuation)
        return self.future.hasWord(in: scalars, startingIn: start..<index)
    }

    private static let since = Array("以来".unicodeScalars)

    /// Where `他` or `她` stands for one person in `sentence` (not `他们`, `其他`, `他人`, `吉他`).
    private static func personalPronoun(in sentence: Range<Int>, of scalars: [Unicode.Scalar]) -> Int? {
        sentence.first { index in
            guard scalars[index] == "他" || scalars[index] == "她" else { return false }
            if index + 1 < scalars.count, Self.afterPluralOrNoun.contains(scalars[index + 1]) { return false }
            return index == 0 || !Self.beforeOtherWords.contains(scalars[index - 1])
        }
    }

    /// After 他/她: a plural (们) or a word of its own (他人, 他乡, 他处).
    private static let afterPluralOrNoun = ScalarSet("们人乡处国方".unicodeScalars)
    /// Before 他: a word of its own (其他, 吉他, 利他, 排他, 无他).
    private static let beforeOtherWords = ScalarSet("其吉利排无".unicodeScalars)

    /// The official or executive named last before `index`.
    private static func lastActor(before index: Int, among persons: [PersonFinder.Found]) -> String? {
        var best: (end: Int, name: String)?
        for person in persons where person.role == .official || person.role == .executive {
            for mention in person.mentions where mention.upperBound <= index {
                if best == nil || mention.upperBound > best!.end { best = (mention.upperBound, person.name) }
            }
        }
        return best?.name
    }

    /// The officials whose names are written in `sentence`, in the order of `officials`.
    private static func named(
        _ officials: [String],
        by names: ScalarTrie<UInt16>,
        in sentence: Range<Int>,
        of scalars: [Unicode.Scalar]
    ) -> [String] {
        guard !officials.isEmpty else { return [] }
        var seen: [Bool] = []
        for index in sentence where names.mayStart(with: scalars[index]) {
            guard let match = names.longestMatch(in: scalars, from: index) else { continue }
            if seen.isEmpty { seen = [Bool](repeating: false, count: officials.count) }
            seen[Int(match.value)] = true
        }
        guard !seen.isEmpty else { return [] }
        return officials.indices.filter { seen[$0] }.map { officials[$0] }
    }

    private func opensParagraph(_ index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var cursor = index - 1
        while cursor >= 0, ClauseMarkers.sentencePunctuation.contains(scalars[cursor]), scalars[cursor] != "\n" {
            cursor -= 1
        }
        return cursor < 0 || scalars[cursor] == "\n"
    }

}
