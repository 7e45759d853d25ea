import DiaoyanModels
import DiaoyanText

/// Finds the people a clause names where its grammar, not a title chain before them, says who they are: a name
/// followed by the office it is addressed by (`陈全国书记`, `与袁家军省长一道`, `熊林副主任出席`), and a name opening
/// a clause with a verb of speaking or presiding (`李光云指出`, `曹闯主持开工仪式`).
///
/// The run must open a clause (after punctuation, a line break or a joining word such as 和 or 与), open with a
/// family name and read as a name to `PersonNameModel`; a name opening a clause with a verb must read as one
/// clearly, since far more words than names stand there.
package enum ClauseSubjectReader {
    /// One person found, with the office written after the name (none for a clause's subject).
    package struct Found: Hashable, Sendable {
        package var name: Range<Int>
        package var titles: [String]
        package var role: PersonRole

        /// Where the office written after the name ends (the name's end when there is none): what follows
        /// `王建国书记` is no name the office introduces (`…书记向奋战在一线的…`).
        package var officeEnd: Int {
            self.name.upperBound + (self.titles.first?.unicodeScalars.count ?? 0)
        }
    }

    /// The people of `scalars` addressed by their office or opening a clause as its subject, in text order.
    package static func find(
        in scalars: [Unicode.Scalar],
        model: PersonNameModel,
        words: HanBigramModel,
        gazetteer: Gazetteer
    ) -> [Found] {
        var found: [Found] = []
        // Read once: a static's every access checks that it is initialized.
        let tables = Self.tables
        var index = 0
        while index < scalars.count {
            // A name may start at the text's start or right after punctuation, a line break or a joining word, and
            // most clause starts are no name: the scalar after a run of two or three must open an office or a verb.
            guard index == 0 || tables.clauseEnds.contains(scalars[index - 1]),
                (index + 2 < scalars.count && tables.followerStarts.contains(scalars[index + 2]))
                    || (index + 3 < scalars.count && tables.followerStarts.contains(scalars[index + 3])),
                let person = Self.person(
                    at: index,
                    in: scalars,
                    tables: tables,
                    model: model,
                    words: words,
                    gazetteer: gazetteer
                )
            else {
                index += 1
                continue
            }
            found.append(person)
            index = person.name.upperBound
        }
        return found
    }

    /// The person whose name starts at `start`: three scalars tried before two.
    private static func person(
        at start: Int,
        in scalars: [Unicode.Scalar],
        tables: Tables,
        model: PersonNameModel,
        words: HanBigramModel,
        gazetteer: Gazetteer
    ) -> Found? {
        for length in stride(from: 3, through: 2, by: -1) {
            let end = start + length
            guard end < scalars.count else { continue }
            let office = tables.offices.longestMatch(in: scalars, from: end)
            guard office != nil || tables.verbs.longestMatch(in: scalars, from: end) != nil,
                scalars[start..<end].allSatisfy(\.isHan), !tables.notLastInName.contains(scalars[end - 1]),
                SurnameLexicon.surnameLength(scalars, at: start) != nil,
                let score = model.score(scalars[start..<end]),
                score >= (office == nil ? Self.subjectScore : PersonNameModel.threshold),
                // `宣传部长`: a word of two characters, then an office.
                length == 3 || words.score(scalars[start], scalars[start + 1]) < Self.everydayPair,
                // `吉林市长`: a place, then an office.
                gazetteer.names.longestMatch(in: scalars, from: start) == nil
            else { continue }
            guard let office else { return Found(name: start..<end, titles: [], role: .other) }
            return Found(
                name: start..<end,
                titles: [scalars.string(end..<(end + office.length))],
                role: office.value
            )
        }
        return nil
    }

    /// The reader's character classes and words, gathered in one static so a scan reads it once.
    private struct Tables {
        /// What a name may follow: punctuation, a line break, a space or a word joining names.
        let clauseEnds = ScalarSet("。，,；;：:！？\n 、和与同及".unicodeScalars)
        /// Words of one character that close a clause's first words rather than a name (`王菲在`), and the last
        /// characters of bodies and divisions (`宣传部` before `长`).
        let notLastInName = ScalarSet("在到说是了的等和与及对就也还将又并向为从把被部委局厅处办院会区县市省镇乡".unicodeScalars)
        /// Offices written after a name, with the role `TitleLexicon` gives each.
        let offices: ScalarTrie<PersonRole>
        /// Verbs a clause's subject is followed by: only those whose first character is rare elsewhere, so the scan
        /// stays cheap.
        let verbs: ScalarTrie<Bool>
        /// The first scalars of `offices` and `verbs`.
        let followerStarts: ScalarSet

        init() {
            let offices = [
                "书记", "副书记", "省长", "副省长", "市长", "副市长", "县长", "副县长", "区长", "副区长", "州长", "主任", "副主任",
                "主席", "副主席", "局长", "副局长", "部长", "总理", "副总理", "董事长", "总经理", "副总经理", "总裁",
            ]
            let verbs = ["指出", "强调", "表示", "主持", "介绍", "宣布", "致辞", "讲话"]
            var trie = ScalarTrie<PersonRole>()
            for office in offices { trie.insert(office.unicodeScalars, TitleLexicon.roles[office] ?? .official) }
            self.offices = trie
            self.verbs = ScalarTrie<Bool>(words: verbs.map { Array($0.unicodeScalars) })
            self.followerStarts = ScalarSet((offices + verbs).compactMap(\.unicodeScalars.first))
        }
    }

    private static let tables = Tables()

    /// The name-model score from which a clause's first run counts as its subject (a name like `曹闯` scores
    /// about +3; words opening clauses, `会议`, `项目`, far below).
    private static let subjectScore: Float = 2

    /// ln(1 + frequency) of a pair of characters jieba's words use about fifty times: a run opening with one is a
    /// word (`宣传`), not a family and a given name.
    private static let everydayPair: Float = 4
}
