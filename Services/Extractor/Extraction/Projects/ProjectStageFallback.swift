import DiaoyanModels
import DiaoyanText

/// Reads a project's stage, falling back from the words nearest its name to what the text says of it elsewhere.
///
/// In order: the ceremony of a project whose site hosts it (``VenueStage``); the stage words around the mention the
/// name is taken from (or the list it is an item of); around its
/// other mentions; in the next sentence's `该项目`; and for a project picked from a group (`4个项目中，…`), the
/// stage the sentence before gives the whole group, or the opening of the enumeration it is an item of; then what its
/// sentence does to it (``VisitStage``: visited,
/// promoted); last, the stage of the document's ceremony (``CeremonyStage``).
/// The first that tells a stage wins; otherwise `unknown`.
package enum ProjectStageFallback {
    /// The stage of `projects[index]`.
    ///
    /// - Parameters:
    ///   - sentences: the document's sentences, in order.
    /// - Complexity: O(s + m·l) for s sentences and m mentions of sentences of at most l scalars.
    package static func stage(
        of index: Int,
        among projects: [ProjectFinder.Found],
        sentences: [Range<Int>],
        ceremony: Stage? = nil,
        in scalars: [Unicode.Scalar]
    ) -> Stage {
        let found = projects[index]
        if let venue = VenueStage.stage(of: found, sentences: sentences, in: scalars) { return venue }
        var stage = StageReader.stage(
            of: found.stageAnchor,
            in: found.sentence,
            scalars: scalars,
            others: Self.names(besides: index, among: projects, in: found.sentence),
            item: found.range
        )
        // `听取了A、B等项目建设情况汇报`: words of sites in a report heard at a meeting tell no stage.
        if stage == .underConstruction, VisitStage.isHeard(found, in: scalars) {
            return .unknown
        }
        if stage == .unknown {
            stage = Self.otherMentions(of: found, sentences: sentences, in: scalars)
        }
        if stage == .unknown {
            stage = Self.reference(to: index, among: projects, sentences: sentences, in: scalars)
        }
        if stage == .unknown {
            stage = Self.group(of: found, sentences: sentences, in: scalars)
        }
        if stage == .unknown {
            stage = Self.listOpener(of: found, sentences: sentences, in: scalars)
        }
        if stage == .unknown {
            stage = Self.listEnd(of: found, among: projects, in: scalars)
        }
        if stage == .unknown {
            stage = VisitStage.stage(of: found, sentences: sentences, in: scalars)
        }
        if stage == .unknown, let ceremony {
            stage = ceremony
        }
        return stage
    }

    /// The mentions of every project but `projects[index]` inside `sentence`.
    private static func names(
        besides index: Int,
        among projects: [ProjectFinder.Found],
        in sentence: Range<Int>
    ) -> [Range<Int>] {
        var names: [Range<Int>] = []
        for (other, found) in projects.enumerated() where other != index {
            names += found.mentions.filter { sentence.overlaps($0) && !$0.overlaps(projects[index].range) }
        }
        return names
    }

    /// The stage told at any other mention of the project.
    private static func otherMentions(
        of found: ProjectFinder.Found,
        sentences: [Range<Int>],
        in scalars: [Unicode.Scalar]
    ) -> Stage {
        for mention in found.mentions where mention != found.range {
            let sentence = sentences.first { $0.contains(mention.lowerBound) } ?? mention
            let stage = StageReader.stage(of: mention, in: sentence, scalars: scalars)
            if stage != .unknown { return stage }
        }
        return .unknown
    }

    /// What the next sentence says of `该项目`, when no other project stands between.
    private static func reference(
        to index: Int,
        among projects: [ProjectFinder.Found],
        sentences: [Range<Int>],
        in scalars: [Unicode.Scalar]
    ) -> Stage {
        let others = projects.indices.filter { $0 != index }.flatMap { projects[$0].mentions }
        for mention in projects[index].mentions {
            guard
                let reference = ProjectReference.following(
                    mention,
                    sentences: sentences,
                    others: others,
                    in: scalars
                )
            else { continue }
            let stage = StageReader.stage(of: reference.reference, in: reference.sentence, scalars: scalars)
            if stage != .unknown { return stage }
        }
        return .unknown
    }

    /// The stage an enumeration's opening tells every item (`集中开工的6个项目分别为：A；B；C`): the clause before the
    /// colon or `分别为` that opens the run of sentences joined by ；the project's sentence ends.
    private static func listOpener(
        of found: ProjectFinder.Found,
        sentences: [Range<Int>],
        in scalars: [Unicode.Scalar]
    ) -> Stage {
        guard var current = sentences.firstIndex(where: { $0.contains(found.range.lowerBound) }) else {
            return .unknown
        }
        // `其中包括：⏎1、A项目；⏎2、B项目。`: items joined by semicolons, or numbered one a line, go back to their opener.
        while current > 0,
            Self.joiners.contains(scalars[sentences[current].lowerBound - 1])
                || Self.opensWithANumber(sentences[current], in: scalars)
        {
            current -= 1
        }
        let first = sentences[current]
        guard
            let opener = (first.lowerBound..<min(first.upperBound, found.range.lowerBound)).first(where: { index in
                Self.openers.longestMatch(in: scalars, from: index)?.value == true
            })
        else { return .unknown }
        let clause = first.lowerBound..<opener
        let stage = StageReader.stage(of: opener..<opener, in: clause, scalars: scalars)
        // `共集中开工建设5个项目,总投资7.87亿元。分别是：A、B`: an opener whose own clause tells nothing continues
        // the sentence before it.
        guard stage == .unknown, current > 0, opener - first.lowerBound <= Self.shortOpeningClause else { return stage }
        let previous = sentences[current - 1]
        return StageReader.stage(of: previous.upperBound..<previous.upperBound, in: previous, scalars: scalars)
    }

    /// The stage told after the last of a run of projects joined by 、, 和 or a comma that the project opens or continues
    /// (`A项目(甲镇)、B项目(乙镇)、…D项目(丁镇)在主会场进行了集中签约`): a long list leaves its first items further from the
    /// stage word than a name's reach, yet the word speaks for every item.
    private static func listEnd(
        of found: ProjectFinder.Found,
        among projects: [ProjectFinder.Found],
        in scalars: [Unicode.Scalar]
    ) -> Stage {
        let sentence = found.sentence
        let mentions = projects.flatMap(\.mentions).filter { sentence.contains($0.lowerBound) }
        var last = found.range
        while let next = Self.nextItem(after: last, among: mentions, within: sentence, in: scalars) { last = next }
        guard last != found.range else { return .unknown }
        let stage = StageReader.stage(of: last, in: last.lowerBound..<sentence.upperBound, scalars: scalars)
        // Only a signing or a start the list takes part in; words of plants at work or of building sites after the
        // last item are as often that item's own.
        return stage == .signed || stage == .groundbreaking ? stage : .unknown
    }

    /// The project mention that follows `item` as the next item of its list: after a bracketed note of at most
    /// ``itemNoteReach`` scalars (`(月河镇)`) and a joiner.
    private static func nextItem(
        after item: Range<Int>,
        among mentions: [Range<Int>],
        within sentence: Range<Int>,
        in scalars: [Unicode.Scalar]
    ) -> Range<Int>? {
        var index = item.upperBound
        if index < sentence.upperBound, scalars[index] == "(" || scalars[index] == "（" {
            guard
                let close = (index..<min(sentence.upperBound, index + Self.itemNoteReach)).first(where: {
                    scalars[$0] == ")" || scalars[$0] == "）"
                })
            else { return nil }
            index = close + 1
        }
        guard index < sentence.upperBound, Self.itemJoiners.contains(scalars[index]) else { return nil }
        return mentions.first { $0.lowerBound == index + 1 }
    }

    private static let itemJoiners = ScalarSet("、和及,，".unicodeScalars)
    /// The longest bracketed note after a listed item (`(月河镇)`), in scalars.
    private static let itemNoteReach = 10

    /// Whether `sentence` opens with an item's number (`1、`, `2.`, `（3）`, `④`).
    private static func opensWithANumber(_ sentence: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        var index = sentence.lowerBound
        guard index < sentence.upperBound else { return false }
        if Self.circledNumbers.contains(scalars[index]) { return true }
        let bracketed = scalars[index] == "(" || scalars[index] == "（"
        if bracketed { index += 1 }
        let digits = index
        while index < sentence.upperBound, index - digits < 3, scalars[index].isASCIIDigit { index += 1 }
        guard index > digits, index < sentence.upperBound else { return false }
        return bracketed ? scalars[index] == ")" || scalars[index] == "）" : Self.numberMarks.contains(scalars[index])
    }

    private static let circledNumbers = ScalarSet("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳".unicodeScalars)
    private static let numberMarks = ScalarSet("、.．".unicodeScalars)

    /// The longest clause before an opener that may only count the items (`3个项目包括:`), in scalars.
    private static let shortOpeningClause = 8

    private static let joiners = ScalarSet("；;".unicodeScalars)
    /// Words that open an enumeration (true), and the longer words they start that open none (false: `该项目有望…`,
    /// `项目有序推进`).
    private static let openers: ScalarTrie<Bool> = {
        var openers = ScalarTrie<Bool>(words: [
            "分别为", "分别是", "项目为", "项目是", "项目：", "项目:", "包括：", "包括:", "项目有",
        ])
        for word in ["项目有望", "项目有序", "项目有效", "项目有力", "项目有关", "项目有所"] {
            openers.insert(word.unicodeScalars, false)
        }
        return openers
    }()

    /// The stage of the group the project is picked from, told in the sentence before.
    private static func group(
        of found: ProjectFinder.Found,
        sentences: [Range<Int>],
        in scalars: [Unicode.Scalar]
    ) -> Stage {
        guard let previous = ProjectReference.group(before: found.sentence, sentences: sentences, in: scalars) else {
            return .unknown
        }
        return StageReader.stage(of: previous.upperBound..<previous.upperBound, in: previous, scalars: scalars)
    }
}
