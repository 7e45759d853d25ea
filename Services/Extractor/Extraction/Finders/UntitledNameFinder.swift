import DiaoyanModels
import DiaoyanText

/// Finds the people pages name without a title next to them, where the layout says who they are: a byline in
/// brackets (`电 (王在御 杨天宇)`, `(胡松 王修江)` closing the text, `(记者 李兵 实习生 赵晓骞)`), a photo credit
/// (`王金一 摄`), an author line (`作者:林春宏`), a list closed by a collective title (`宫秀丽、方东昕等市领导`) and
/// a list of names joined by 、.
///
/// Each run the layout offers must also read as a name to `PersonNameModel`, so `(县委副书记)`, `(图)` or
/// `(2024年)` yield nobody.
package struct UntitledNameFinder: Sendable {
    /// One person the layout names.
    package struct Found: Hashable, Sendable {
        package var name: Range<Int>
        package var titles: [String]
        package var role: PersonRole
    }

    private let model: PersonNameModel?
    private let gazetteer: Gazetteer?
    private let industries = IndustryClassifier()

    package init() {
        self.model = try? PersonNameModel.shared()
        self.gazetteer = try? Gazetteer.shared()
    }

    /// The people in `scalars` that bylines, photo credits, author lines and titled lists name, in text order.
    package func find(in scalars: [Unicode.Scalar]) -> [Found] {
        guard let model = self.model else { return [] }
        var found: [Found] = []
        var listEnd = 0
        let triggers = Self.triggers  // read once, not at every scalar
        for index in scalars.indices where triggers.contains(scalars[index]) {
            switch scalars[index] {
            case "(", "（": found += self.bracketedByline(opening: index, in: scalars, model: model)
            case "摄": found += self.photoCredit(before: index, in: scalars, model: model)
            case "等":
                found += self.titledList(before: index, in: scalars, model: model)
                found += self.gluedAttendees(before: index, in: scalars, model: model)
            case "作", "文": found += self.authorLine(at: index, in: scalars, model: model)
            case "/": found += self.slashCredit(at: index, in: scalars, model: model)
            case "发": found += self.stampedByline(before: index, in: scalars, model: model)
            case "来": found += self.sourcedByline(at: index, in: scalars, model: model)
            case "、" where index >= listEnd:
                guard let list = self.nameList(joinedAt: index, in: scalars, model: model) else { continue }
                found += list.names
                listEnd = list.end
            default: continue
            }
        }
        return found
    }

    // MARK: Lists of names

    /// The list of names whose first joining 、 is at `joint`, with where it ends: three names or more, or two
    /// closed by a word that follows people (`参加`, `等`, `代表`, `分别`) or titled (`副市长宋全科、王利锋`), as in
    /// `张兵、王慎刚、邵士官、赵刚参加活动` and `聘任了何红强、吴伟、袁光碧等8人`. A title right before the first
    /// name is everyone's.
    private func nameList(joinedAt joint: Int, in scalars: [Unicode.Scalar], model: PersonNameModel)
        -> (names: [Found], end: Int)?
    {
        guard let first = Self.lastName(endingAt: joint, in: scalars, model: model) else { return nil }
        if Self.followsNoName(first, in: scalars, model: model) { return nil }
        var names = [first]
        var cursor = joint + 1
        var closed = false
        var attends = false
        let titled = TitleLexicon.title(endingAt: first.lowerBound, in: scalars) != nil
        while let next = Self.firstName(at: cursor, in: scalars, model: model, titled: titled) {
            names.append(next.name)
            cursor = next.name.upperBound
            guard next.closer == nil, cursor < scalars.count, scalars[cursor] == "、" else {
                closed = next.closer != nil
                attends =
                    closed
                    && (Self.attendance.hasWord(in: scalars, startingIn: cursor..<(cursor + 1))
                        || Self.collectiveTitle(after: cursor, in: scalars) != nil)
                break
            }
            cursor += 1
        }
        // `杭州、苏州`, `武川县、玉泉区`: places listed, no people; `玉米、大豆`, `石膏板、石膏粉`: products.
        if let gazetteer = self.gazetteer, names.contains(where: { gazetteer.names.value(for: scalars[$0]) != nil }) {
            return nil
        }
        if names.contains(where: { name in
            name.contains { self.industries.longestKeywordMatch(in: scalars, from: $0, upTo: scalars.count) >= 2 }
        }) {
            return nil
        }
        // `种植黑某、砂某、姜某等林下中药材`: what the list's 等 sums up is things, not people.
        if closed, scalars[cursor] == "等", Self.sumsUpThings(at: cursor, in: scalars) { return nil }
        // `五里桥镇、丹水镇、太平镇`: towns the gazetteer does not list; two items ending as divisions do make no people.
        if names.count(where: { Self.divisionEnds.contains(scalars[$0.upperBound - 1]) }) >= 2 { return nil }
        // `绿茶、红茶、白茶、养生茶等`: three items or more sharing their last scalar are kinds of one thing.
        if names.count >= 3, Set(names.map { scalars[$0.upperBound - 1] }).count == 1 { return nil }
        let title = titled ? Self.titlePiece(endingAt: first.lowerBound, in: scalars) : nil
        // Every name may score low (`施方`, `于洋`), but the list needs names the model is sure of.
        let sure = names.filter { (model.score(scalars[$0]) ?? -.infinity) >= PersonNameModel.threshold }.count
        guard (names.count >= 3 && sure >= 2) || (names.count == 2 && (closed || title != nil) && sure >= 1) else {
            return nil
        }
        // `陆屋、三隆、那隆、檀圩四镇领导`: a count of divisions after the last item says the items are places.
        if let last = names.last, Self.countsDivisions(after: last.upperBound, in: scalars) { return nil }
        // Officials when titled or attending; otherwise people the story names (`聘任了…为招商大使`).
        let role: PersonRole = title != nil || attends ? .official : .other
        let found = names.map { Found(name: $0, titles: title.map { [$0] } ?? [], role: role) }
        return (found, cursor)
    }

    /// Whether the item of the same list before `first` shows the list names no people: it ends like `first`
    /// (`六堡茶、绿茶`) or is a short Han word the name model refuses (`综合交通、能源、水利`). Items of five scalars
    /// or more (`宝音满都呼`) and spaced names (`张 平`) prove nothing.
    private static func followsNoName(_ first: Range<Int>, in scalars: [Unicode.Scalar], model: PersonNameModel)
        -> Bool
    {
        let joint = first.lowerBound - 1
        guard joint >= 1, scalars[joint] == "、", scalars[joint - 1].isHan else { return false }
        if scalars[joint - 1] == scalars[first.upperBound - 1] { return true }
        var start = joint
        while start > 0, scalars[start - 1].isHan, joint - start < 5 { start -= 1 }
        guard joint - start >= 2, joint - start <= 4 else { return false }
        return (model.score(scalars[start..<joint]) ?? -.infinity) < Self.listFloor
    }

    /// The name of two or three Han scalars ending at `end` (the better-scoring length), after a non-Han scalar, a
    /// title or a verb.
    private static func lastName(endingAt end: Int, in scalars: [Unicode.Scalar], model: PersonNameModel) -> Range<Int>?
    {
        guard end >= 2, scalars[end - 1].isHan, scalars[end - 2].isHan else { return nil }
        let two = (end - 2)..<end
        let twoScore = model.score(scalars[two]) ?? -.infinity
        guard end >= 3, scalars[end - 3].isHan, let threeScore = model.score(scalars[(end - 3)..<end]),
            threeScore >= Self.listFloor, threeScore > twoScore
        else { return twoScore >= Self.listFloor ? two : nil }
        return (end - 3)..<end
    }

    /// The name of two or three Han scalars at `start`, closed by 、, punctuation or a word that follows people; the
    /// closing word, when one closes it.
    /// In a `titled` list (`副市长马安全、荆虎以及…`) a family name is enough for the model's doubtful names.
    private static func firstName(
        at start: Int,
        in scalars: [Unicode.Scalar],
        model: PersonNameModel,
        titled: Bool = false
    ) -> (name: Range<Int>, closer: Int?)? {
        for length in [3, 2] where start + length <= scalars.count {
            let name = start..<(start + length)
            guard scalars[name].allSatisfy(\.isHan),
                (model.score(scalars[name]) ?? -.infinity) >= Self.listFloor
                    || (titled && SurnameLexicon.surnameLength(scalars, at: start) == 1),
                // `荆虎以及`: a closing word of two scalars starts inside the longer reading (`李志和` keeps its 和).
                length == 2 || (Self.afterPeople.longestMatch(in: scalars, from: name.upperBound - 1)?.length ?? 0) < 2
            else { continue }
            let after = name.upperBound
            if after == scalars.count || scalars[after] == "、" || Self.listPunctuation.contains(scalars[after]) {
                return (name, nil)
            }
            if let closer = Self.afterPeople.longestMatch(in: scalars, from: after) { return (name, closer.length) }
        }
        return nil
    }

    /// Whether the list's items run on from `end` to a count and a division's word (`、檀圩四镇`, `等两县`), within a
    /// dozen scalars of the clause.
    private static func countsDivisions(after end: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var index = end
        while index + 1 < scalars.count, index - end < 12, !Self.listPunctuation.contains(scalars[index]) {
            if index > end, ChineseNumber.startsNumber(scalars[index]),
                scalars[index - 1].isHan || scalars[index - 1] == "等",
                Self.divisionEnds.contains(scalars[index + 1])
            {
                return true
            }
            index += 1
        }
        return false
    }

    /// The piece of a title chain ending at `end`: back to punctuation or 、.
    private static func titlePiece(endingAt end: Int, in scalars: [Unicode.Scalar]) -> String {
        var start = end
        while start > 0, scalars[start - 1].isHan, end - start < 16 { start -= 1 }
        return scalars.string(start..<end)
    }

    /// The least name-model score of a name in a list the model is sure of elsewhere.
    private static let listFloor: Float = -1.5
    /// The scalars the layout finders start from.
    private static let triggers = ScalarSet("(（摄等作文、/发来".unicodeScalars)
    private static let attendance = ScalarTrie<Bool>(words: Self.attendanceWords)
    private static let attendanceWords = ["参加", "出席", "陪同", "一同"]
    private static let listPunctuation = ScalarSet("，,。；;：:）)".unicodeScalars)
    /// Words written right after the last name of a list of people.
    private static let afterPeople = ScalarTrie<Bool>(words: [
        "等", "参加", "出席", "陪同", "代表", "分别", "一同", "就", "作", "宣读", "致辞", "共同", "先后", "在", "和", "为",
        // `副市长马安全、荆虎以及…`: the people joined to others.
        "及", "以及",
    ])

    // MARK: Bylines in brackets

    /// The people of a bracketed byline opening at `open`: every token of the bracket a reporter's word or a
    /// name, the bracket opening a line or following a dateline (`电`, `讯`), or closing a line.
    private func bracketedByline(opening open: Int, in scalars: [Unicode.Scalar], model: PersonNameModel) -> [Found] {
        guard let close = Self.closingBracket(after: open, in: scalars),
            Self.opensByline(at: open, closing: close, in: scalars) || Self.endsLine(after: close, in: scalars)
        else { return [] }
        var found: [Found] = []
        var title: [String] = []
        var cursor = open + 1
        let credited = Self.namesItsWork(open..<close, in: scalars)
        var sourceFollows = false
        while cursor < close {
            if Self.separators.contains(scalars[cursor]) || Self.creditColons.contains(scalars[cursor]) {
                cursor += 1
                continue
            }
            var end = cursor
            while end < close, !Self.separators.contains(scalars[end]), !Self.creditColons.contains(scalars[end]) {
                end += 1
            }
            // `(文/图 吉进丰 编辑 常康睿)`: a credit's kind opens the writers; an editor after them is no person.
            // `(图文/六钢集团 李韵竹、孙博文)`: the kind may name the writers' employer after a slash.
            // `(独山县融媒体中心 韦宗斌 胡邦荣)`, `(来源:吉林日报 杨率鑫 记者:王纪佳)`: the outlet is no person.
            if Self.creditKinds.contains(scalars.string(cursor..<end))
                || Self.isKindAndSource(cursor..<end, in: scalars) || Self.isOutlet(cursor..<end, in: scalars)
                || sourceFollows
            {
                // `(刘露露 来源:花乡沭阳)`: the word after 来源 is the outlet, whatever it is called.
                sourceFollows = Self.sourceWords.contains(scalars.string(cursor..<end))
                cursor = end
                continue
            }
            // `(记者 罗超/文 龙在全/图)`: what each writer did, after the name.
            let next = end
            if let slash = (cursor..<end).first(where: { scalars[$0] == "/" || scalars[$0] == "／" }), slash > cursor,
                Self.creditKinds.contains(scalars.string((slash + 1)..<end))
            {
                end = slash
                // `(记者 某某某文/图)`: the credit `文/图` glued after the name; its 文 is no part of it.
                if end - cursor >= 3, scalars[end - 1] == "文" || scalars[end - 1] == "图" { end -= 1 }
            }
            if Self.editorWords.contains(scalars.string(cursor..<end)) { break }
            guard let token = self.bylineToken(cursor..<end, in: scalars, model: model, credited: credited) else {
                return []
            }
            if let word = token.title { title = [word] }
            found += token.names.map { Found(name: $0, titles: title, role: .reporter) }
            cursor = next
        }
        return found
    }

    /// Whether the bracket `span` says it credits someone's work: a reporter's word or a credit's kind stands in it
    /// (`(总台记者 …)`, `(… 李生锦/报道)`, `(图文/六钢集团 …)`).
    private static func namesItsWork(_ span: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        span.contains { index in
            if Self.reporterWords.longestMatch(in: scalars, from: index) != nil { return true }
            if Self.outletEnds.longestMatch(in: scalars, endingAt: index) != nil { return true }
            guard scalars[index] == "/" || scalars[index] == "／" else { return false }
            return Self.creditKindWords.contains { kind in
                scalars.has(kind, at: index + 1) || scalars.has(kind, at: index - kind.count)
            }
        }
    }

    /// Whether `token` names where a byline's story comes from: `来源`, or an outlet (`独山县融媒体中心`, `吉林日报`).
    private static func isOutlet(_ token: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        guard token.count >= 2 else { return false }
        if Self.sourceWords.contains(scalars.string(token)) { return true }
        return token.count >= 4 && Self.outletEnds.longestMatch(in: scalars, endingAt: token.upperBound) != nil
    }

    private static let sourceWords: Set<String> = ["来源", "稿源", "信息来源", "文章来源"]
    private static let outletEnds = ScalarTrie<Bool>(endingWords: [
        "融媒体中心", "新闻中心", "电视台", "广播电视台", "日报", "晚报", "报社", "新闻网", "传媒", "融媒",
        // The writers' office rather than an outlet (`(某县发改局 杨某)`, `(某市老促会 冯某)`).
        "局", "办", "委", "促会", "协会", "办公室",
    ])

    /// Whether `token` is a credit's kind and, after a slash, whose the writers are (`图文/六钢集团`).
    private static func isKindAndSource(_ token: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        guard let slash = token.first(where: { scalars[$0] == "/" || scalars[$0] == "／" }), slash > token.lowerBound,
            slash + 1 < token.upperBound
        else { return false }
        return Self.creditKinds.contains(scalars.string(token.lowerBound..<slash))
    }

    /// A token of a byline: a reporter's word (`记者`), names (`李婷姜岸松`), or the word glued to names
    /// (`记者李婷`); nil for anything else.
    private func bylineToken(
        _ token: Range<Int>,
        in scalars: [Unicode.Scalar],
        model: PersonNameModel,
        credited: Bool
    ) -> (title: String?, names: [Range<Int>])? {
        guard scalars[token].allSatisfy(\.isHan) else { return nil }
        // A press station of a newspaper's county network (`共享联盟龙游站`) titles the names after it.
        if (4...10).contains(token.count), scalars[token.upperBound - 1] == "站" {
            return (scalars.string(token), [])
        }
        var start = token.lowerBound
        var title: String?
        if let word = Self.reporterWords.longestMatch(in: scalars, from: start), start + word.length <= token.upperBound
        {
            title = scalars.string(start..<(start + word.length))
            start += word.length
        }
        guard start < token.upperBound else { return title.map { ($0, []) } }
        // `(记者唐斌摄)`: the photographer's credit closes the token, it is no part of a name.
        let end = token.count >= 3 && scalars[token.upperBound - 1] == "摄" ? token.upperBound - 1 : token.upperBound
        guard end > start, end - start <= 6 else { return nil }
        if let names = model.bylineNames(in: scalars[start..<end]) { return (title, names) }
        // In a bracket that says it credits work (`记者`, `/报道`), a name standing alone between separators needs
        // only a family name (`庞清珊`: 珊 is rare as a last character in the model's corpus, common on bylines).
        guard credited, (2...3).contains(end - start), SurnameLexicon.surnameLength(scalars, at: start) == 1,
            !scalars[start..<end].contains(where: ChineseNumber.startsNumber)
        else { return nil }
        return (title, [start..<end])
    }

    /// The bracket closing the one at `open` within 40 scalars on the same line.
    private static func closingBracket(after open: Int, in scalars: [Unicode.Scalar]) -> Int? {
        var index = open + 1
        while index < scalars.count, index - open <= 40 {
            switch scalars[index] {
            case ")", "）": return index > open + 1 ? index : nil
            case "\n", "(", "（": return nil
            default: index += 1
            }
        }
        return nil
    }

    /// Whether the bracket from `open` to `close` starts a line, follows a dateline (`…日电`, `本报讯`) or a sentence's
    /// end, or has a colon after it.
    private static func opensByline(at open: Int, closing close: Int, in scalars: [Unicode.Scalar]) -> Bool {
        // `消息(杨薇):` — a bracket a colon follows is the byline of what comes after.
        if close + 1 < scalars.count, scalars[close + 1] == ":" || scalars[close + 1] == "：" { return true }
        // `… (记者 罗超/文 龙在全/图) 按照…`: a bracket opening with a reporter's word is a byline wherever it stands.
        var first = open + 1
        while first < close, scalars[first] == " " { first += 1 }
        if Self.reporterWords.longestMatch(in: scalars, from: first) != nil { return true }
        var before = open - 1
        while before >= 0, scalars[before] == " " { before -= 1 }
        guard before >= 0 else { return true }
        return Self.bylineOpeners.contains(scalars[before])
    }

    /// Whether only spaces stand between `close` and the end of its line.
    private static func endsLine(after close: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var after = close + 1
        while after < scalars.count, scalars[after] == " " { after += 1 }
        return after == scalars.count || scalars[after] == "\n"
    }

    // MARK: Photo credits and author lines

    /// The photographer of `王金一 摄` or `王金一摄`, the credit closing a line or a sentence.
    private func photoCredit(before mark: Int, in scalars: [Unicode.Scalar], model: PersonNameModel) -> [Found] {
        // `吴小蓉 张力 摄`: photographers spaced apart share the credit.
        let names = Self.spacedNames(endingAt: mark, in: scalars, model: model)
        // What follows the credit ends it (`王金一 摄。`); two spaced names make one even when a scraper glued the next
        // paragraph to it (`吴小蓉 张力 摄岁序易`).
        let after = mark + 1
        guard !names.isEmpty, after == scalars.count || Self.afterCredit.contains(scalars[after]) || names.count >= 2
        else { return [] }
        return names.map { Found(name: $0, titles: [], role: .reporter) }
    }

    /// The writers of a line that names them before the page's stamp (`佘振芳 周晓雪 冯司宇   发布时间:2018-05-21`):
    /// the names must fill the line up to the stamp at `mark`.
    private func stampedByline(before mark: Int, in scalars: [Unicode.Scalar], model: PersonNameModel) -> [Found] {
        guard Self.stampWords.contains(where: { scalars.has($0, at: mark) }) else { return [] }
        let names = Self.spacedNames(endingAt: mark, in: scalars, model: model)
        guard let first = names.first, first.lowerBound == 0 || scalars[first.lowerBound - 1] == "\n",
            names.count < 5
        else { return [] }
        return names.map { Found(name: $0, titles: [], role: .reporter) }
    }

    private static let stampWords: [[Unicode.Scalar]] = ["发布时间", "发布日期", "发表时间"].map { Array($0.unicodeScalars) }

    /// The writers a header line names beside its source label at `mark` (`2015-06-04 09:02 杨国才 夏巧鸿 来源:…`,
    /// `来源:西藏日报 王霞`, `来源:某县融媒体中心 张立祥 2020-07-16`): names spaced out right before the label after
    /// the line's start or its stamp, or right after the source's name up to the line's end or a date.
    private func sourcedByline(at mark: Int, in scalars: [Unicode.Scalar], model: PersonNameModel) -> [Found] {
        guard scalars.has(Self.sourceLabel, at: mark) else { return [] }
        // `信息来源`, `文章来源`: the label's own word, no name.
        var names =
            mark > 0 && scalars[mark - 1].isHan ? [] : Self.spacedNames(endingAt: mark, in: scalars, model: model)
        if let first = names.first, first.lowerBound > 0, scalars[first.lowerBound - 1] != "\n" {
            // Before the names: the stamp's time or date, never words of a sentence.
            let before = scalars[first.lowerBound - 2]
            if !(before.isASCIIDigit || before == "日") { names = [] }
        }
        names += Self.namesAfterSource(from: mark + Self.sourceLabel.count, in: scalars, model: model)
        return names.count < 5 ? names.map { Found(name: $0, titles: [], role: .reporter) } : []
    }

    /// Spaced names after the source's name that follows `start` (`:西藏日报 王霞`), up to the line's end or a date.
    private static func namesAfterSource(from start: Int, in scalars: [Unicode.Scalar], model: PersonNameModel)
        -> [Range<Int>]
    {
        var index = start
        while index < scalars.count, scalars[index] == ":" || scalars[index] == "：" || scalars[index] == " " {
            index += 1
        }
        while index < scalars.count, scalars[index] != " ", scalars[index] != "\n" { index += 1 }
        var names: [Range<Int>] = []
        while index < scalars.count, scalars[index] == " " {
            while index < scalars.count, scalars[index] == " " { index += 1 }
            var end = index
            while end < scalars.count, scalars[end].isHan, end - index < 4 { end += 1 }
            guard (2...3).contains(end - index), end == scalars.count || scalars[end] == " " || scalars[end] == "\n",
                model.isName(scalars[index..<end]), !PersonNameModel.holdsEverydayWord(scalars[index..<end])
            else { break }
            names.append(index..<end)
            index = end
        }
        // The names end the line or stand before its date.
        guard index == scalars.count || scalars[index] == "\n" || scalars[index].isASCIIDigit else { return [] }
        return names
    }

    private static let sourceLabel = Array("来源".unicodeScalars)

    /// The names of two or three Han scalars that end at `mark` one after another, spaces between them and before
    /// `mark` (`吴小蓉 张力 摄`), in text order.
    private static func spacedNames(endingAt mark: Int, in scalars: [Unicode.Scalar], model: PersonNameModel)
        -> [Range<Int>]
    {
        var names: [Range<Int>] = []
        var end = mark
        while true {
            while end > 0, scalars[end - 1] == " " { end -= 1 }
            var start = end
            while start > 0, scalars[start - 1].isHan, end - start < 4 { start -= 1 }
            guard start == 0 || !scalars[start - 1].isHan, (2...3).contains(end - start),
                model.isName(scalars[start..<end])
            else { break }
            names.insert(start..<end, at: 0)
            guard start > 0, scalars[start - 1] == " " else { break }
            end = start
        }
        return names
    }

    /// The writer before `/文`, `/图` or `/摄` at `slash` outside brackets (`记者 陈斌/文 李磊/图`): a name of two or
    /// three scalars after a space or a reporter's word.
    private func slashCredit(at slash: Int, in scalars: [Unicode.Scalar], model: PersonNameModel) -> [Found] {
        guard slash + 1 < scalars.count, Self.slashKinds.contains(scalars[slash + 1]),
            slash + 2 == scalars.count || !Self.slashKindsContinued.contains(scalars[slash + 2])
        else { return [] }
        var start = slash
        while start > 0, scalars[start - 1].isHan, slash - start < 4 { start -= 1 }
        guard (2...3).contains(slash - start), start > 0, scalars[start - 1] == " ",
            model.isName(scalars[start..<slash])
        else { return [] }
        return [Found(name: start..<slash, titles: [], role: .reporter)]
    }

    /// What a writer did, after a slash: wrote, photographed.
    private static let slashKinds = ScalarSet("文图摄".unicodeScalars)
    /// Scalars after 文 or 图 that make a word rather than a credit (`/文件`, `/图片`, `/文化`).
    private static let slashKindsContinued = ScalarSet("件片化章字书".unicodeScalars)

    /// The writers of `作者:林春宏`, `文/王明` or `作者:谢文清 杨理馨 贺伟` when an author marker starts at `index`:
    /// each name of two or three characters that reads as one, the next after spaces.
    private func authorLine(at index: Int, in scalars: [Unicode.Scalar], model: PersonNameModel) -> [Found] {
        guard let marker = Self.authorMarkers.longestMatch(in: scalars, from: index) else { return [] }
        var found: [Found] = []
        var start = index + marker.length
        while true {
            while start < scalars.count, scalars[start] == " " { start += 1 }
            var end = start
            while end < scalars.count, scalars[end].isHan, end - start < 5 { end += 1 }
            // `欧阳海南`: a name of a two-scalar family name runs to four.
            let compound = SurnameLexicon.surnameLength(scalars, at: start) == 2 && (3...4).contains(end - start)
            guard compound || (2...3).contains(end - start) && model.isName(scalars[start..<end]),
                end == scalars.count || !scalars[end].isHan || found.isEmpty
            else { break }
            found.append(Found(name: start..<end, titles: [], role: .reporter))
            guard end < scalars.count, scalars[end] == " " else { break }
            start = end
        }
        return found
    }

    // MARK: Lists closed by a collective title

    /// The names of `宫秀丽、高志军、方东昕等市领导`, each titled with the collective title after 等.
    private func titledList(before mark: Int, in scalars: [Unicode.Scalar], model: PersonNameModel) -> [Found] {
        guard let title = Self.collectiveTitle(after: mark, in: scalars) else { return [] }
        var found: [Found] = []
        var end = mark
        while end > 0 {
            var start = end
            while start > 0, scalars[start - 1].isHan, end - start < 4 { start -= 1 }
            guard (2...3).contains(end - start), start == 0 || !scalars[start - 1].isHan,
                model.isName(scalars[start..<end])
            else { break }
            found.insert(Found(name: start..<end, titles: [title], role: .official), at: 0)
            guard start > 0, scalars[start - 1] == "、" else { break }
            end = start - 1
        }
        return found
    }

    /// The names of a headline run together before `等` and a verb of attending (`黄某昆梁某江等出席仪式`): a run of two
    /// to five three-scalar names with nothing between them, each one the name model accepts.
    private func gluedAttendees(before mark: Int, in scalars: [Unicode.Scalar], model: PersonNameModel) -> [Found] {
        guard Self.attending.longestMatch(in: scalars, from: mark + 1) != nil else { return [] }
        var start = mark
        while start > 0, scalars[start - 1].isHan, mark - start < 15 { start -= 1 }
        let length = mark - start
        guard length >= 6, length % 3 == 0, start == 0 || !scalars[start - 1].isHan else { return [] }
        let names = stride(from: start, to: mark, by: 3).map { $0..<($0 + 3) }
        guard
            names.allSatisfy({
                SurnameLexicon.surnameLength(scalars, at: $0.lowerBound) == 1 && model.isName(scalars[$0])
            })
        else { return [] }
        return names.map { Found(name: $0, titles: [], role: .official) }
    }

    /// Whether the words after the list's `等` at `mark` sum its items up as things or firms (`等林下中药材`,
    /// `等旅游资源`, `等企业在徐汇…`), not as people of them (`等企业负责人`).
    private static func sumsUpThings(at mark: Int, in scalars: [Unicode.Scalar]) -> Bool {
        let reach = mark..<min(scalars.count, mark + Self.thingReach)
        return Self.thingWords.hasWord(in: scalars, startingIn: reach)
            && !Self.peopleOfThings.hasWord(in: scalars, startingIn: reach)
    }

    /// Words after a list's `等` that sum its items up as things grown or made (`等林下中药材`, `等经济作物`), as
    /// resources (`等旅游资源`) or as firms (`等企业`).
    private static let thingWords = ScalarTrie<Bool>(words: [
        "中药材", "药材", "作物", "农作物", "产品", "品种", "植物", "水果", "蔬菜", "树种", "苗木", "花卉", "食材", "特产",
        "资源", "企业", "公司",
    ])
    /// Words of people that a firm's word may open (`等企业负责人`, `等公司代表`).
    private static let peopleOfThings = ScalarTrie<Bool>(words: [
        "负责人", "代表", "人员", "嘉宾", "老总", "董事长", "总经理", "高管", "客商", "家",
    ])
    /// How far after `等` such a word may stand.
    private static let thingReach = 10

    /// Verbs of attending after a list's `等`.
    private static let attending = ScalarTrie<Bool>(words: Self.attendanceWords + ["为", "共同", "见证"])

    /// The title after `等` at `mark`: `市领导`, `区级领导`, `领导`, `省领导同志`; nil when another word follows.
    private static func collectiveTitle(after mark: Int, in scalars: [Unicode.Scalar]) -> String? {
        var index = mark + 1
        if index < scalars.count, DivisionNameEnds.set.contains(scalars[index]) { index += 1 }
        if index < scalars.count, scalars[index] == "级" { index += 1 }
        guard scalars.has(Self.leaders, at: index) else { return nil }
        let title = scalars.string((mark + 1)..<(index + Self.leaders.count))
        return title == "领导" ? nil : title
    }

    private static let leaders = Array("领导".unicodeScalars)
    /// ``DivisionNameEnds`` and a village's (`东风村`): the items of a list of places end with one.
    private static let divisionEnds = ScalarSet((DivisionNameEnds.scalars + "村").unicodeScalars)
    private static let separators = ScalarSet(" 、,，\u{3000}▏|｜".unicodeScalars)
    private static let bylineOpeners = ScalarSet("电讯。！？\n".unicodeScalars)
    private static let afterCredit = ScalarSet(" \n。)）】".unicodeScalars)
    private static let authorMarkers = ScalarTrie<Bool>(words: [
        "作者:", "作者：", "文/", "文／", "文图:", "文图：", "图文:", "图文：", "文/图:", "文/图：",
        // A page's field with a space before its colon (`• 作者 :某某`).
        "作者 :", "作者 ：",
    ])
    /// What a bracketed credit says its writers did (`文/图`, `图文`): no name, no title.
    private static let creditKinds: Set<String> = [
        "文/图", "图/文", "文／图", "图／文", "文/摄", "图文", "文图", "文", "图",
        // `(叶东生 李生锦/报道)`: what the writers did, after the last name.
        "报道", "撰稿", "供稿",
    ]
    private static let creditKindWords: [[Unicode.Scalar]] = Self.creditKinds.map { Array($0.unicodeScalars) }
    /// A colon after a credit's kind (`(文/图:沈来)`).
    private static let creditColons = ScalarSet(":：".unicodeScalars)
    /// Editors closing a bracketed credit (`编辑 常康睿`): the names after them are the site's staff, not persons.
    private static let editorWords: Set<String> = ["编辑", "责任编辑", "责编", "审核", "校对", "编审", "审校"]
    /// Words that open a reporter's part of a byline.
    private static let reporterWords = ScalarTrie<Bool>(words: [
        "记者", "本报记者", "见习记者", "实习记者", "特约记者", "融媒体记者", "实习生", "通讯员", "特约通讯员", "摄影",
        "摄影记者", "报道组", "区委报道组", "县委报道组", "市委报道组", "全媒体记者",
        // A broadcaster's or a paper's own reporter (`(总台记者 胡祎玮 庞清珊 编辑 杨伊宁)`).
        "总台记者", "央视记者", "新华社记者", "本台记者", "本网记者", "首席记者",
    ])
}
