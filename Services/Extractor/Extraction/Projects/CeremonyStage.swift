import DiaoyanModels
import DiaoyanText

/// The stage a document's ceremony gives every project it lists: a concentrated groundbreaking (`集中开工`,
/// `开工仪式`), signing (`集中签约`, `签约仪式`) or commissioning (`集中投产`, `投产仪式`).
///
/// A tour of sites (`现场观摩会`, `拉练`) counts as one, of projects being built. A project the text says nothing
/// else of takes it. A document that tells ceremonies of two kinds (`集中签约、开工、
/// 投产`), or one that starts some projects and completes others (`集中开竣工`), gives none: which project went
/// through which is not said.
package enum CeremonyStage {
    /// The words of each kind of ceremony, by the stage it gives its projects (``VenueStage`` reads them too).
    package static let ceremonies: [(Stage, [String])] = [
        (.groundbreaking, ["集中开工", "开工仪式", "开工活动", "开工动员", "奠基仪式", "集中开工仪式", "开工奠基", "集中开复工"]),
        (.signed, ["集中签约", "签约仪式", "签约活动", "签约大会", "成功签约", "现场签约", "签约项目"]),
        (.inProduction, ["集中投产", "投产仪式", "投产活动", "竣工投产仪式", "集中竣工投产"]),
        // A tour of sites (`项目观摩`, `拉练`) sees projects being built.
        (.underConstruction, ["观摩会", "现场观摩", "观摩活动", "项目观摩", "观摩调研", "拉练", "观摩推进会", "观摩重点项目", "观摩点评"]),
    ]

    private static let words: ScalarTrie<Stage> = {
        var trie = ScalarTrie<Stage>()
        for (stage, list) in Self.ceremonies {
            for word in list { trie.insert(word.unicodeScalars, stage) }
        }
        // `集中开竣工`: some projects start and others finish, and the text does not say which.
        for word in StageLexicon.startAndCompletion { trie.insert(word.unicodeScalars, .unknown) }
        return trie
    }()

    /// Whether another stage word is joined right after a ceremony (`集中签约、开工、投产`).
    private static func listsAnotherStage(after end: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard end < scalars.count, scalars[end] == "、" || scalars[end] == "和" || scalars[end] == "及" else {
            return false
        }
        return Self.stageWords.longestMatch(in: scalars, from: end + 1) != nil
    }

    private static let stageWords = ScalarTrie<Bool>(words: ["开工", "投产", "签约", "竣工", "投用"])
    private static let spirit = Array("精神".unicodeScalars)

    /// How far before a ceremony word a future word (`计划`, `将于6月底前`) still puts it ahead, in scalars.
    private static let futureReach = 12

    /// Whether a future word stands before the ceremony word at `index` in its clause.
    private static func isAhead(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        let start = ClauseMarkers.start(before: index, in: scalars, within: Self.futureReach)
        return StageLexicon.futureWords.hasWord(in: scalars, startingIn: start..<index)
    }

    /// The kind of event of the ceremony `scalars` tell first when it is still to come (`计划集中开工`), nil when
    /// the first ceremony told was held or none is told: undated events of that kind retell the plan.
    package static func upcoming(in scalars: [Unicode.Scalar]) -> EventType? {
        guard let first = Self.ceremony(in: scalars, from: 0), Self.isAhead(at: first.index, in: scalars) else {
            return nil
        }
        return Self.eventTypes[first.stage]
    }

    /// The next ceremony word at or after `start` (its index, length and stage), passing over meetings whose
    /// spirit the text cites (`贯彻落实…项目现场推进观摩会精神`): those are no ceremony it tells.
    private static func ceremony(in scalars: [Unicode.Scalar], from start: Int)
        -> (index: Int, length: Int, stage: Stage)?
    {
        var index = start
        let words = Self.words  // read once, not at every scalar
        while index < scalars.count {
            guard words.mayStart(with: scalars[index]),
                let match = words.longestMatch(in: scalars, from: index)
            else {
                index += 1
                continue
            }
            if scalars.has(Self.spirit, at: index + match.length)
                || Self.isListedMeasure(at: index, length: match.length, in: scalars)
            {
                index += match.length
                continue
            }
            return (index, match.length, match.value)
        }
        return nil
    }

    /// Whether the ceremony word at `index` is an item between others of a list of working methods
    /// (`采取定期会商、集中开工、落地攻坚等措施`, `…、现场观摩措施`): a way the place works, not a ceremony the text tells.
    private static func isListedMeasure(at index: Int, length: Int, in scalars: [Unicode.Scalar]) -> Bool {
        let end = index + length
        guard index > 0, end < scalars.count, scalars[index - 1] == "、" else { return false }
        return scalars[end] == "、" || scalars[end] == "等" || scalars.has(Self.measures, at: end)
    }

    private static let measures = Array("措施".unicodeScalars)

    /// The event each kind of ceremony is.
    private static let eventTypes: [Stage: EventType] = [
        .groundbreaking: .groundbreaking, .signed: .signing, .inProduction: .commissioning,
        .underConstruction: .inspection,
    ]

    /// The one ceremony stage `scalars` tell, nil for none or several.
    ///
    /// - Complexity: O(n·k) for n scalars and ceremony words of at most k scalars.
    package static func of(_ scalars: [Unicode.Scalar]) -> Stage? {
        var found: Stage?
        var index = 0
        while let match = Self.ceremony(in: scalars, from: index) {
            if match.stage == .unknown { return nil }
            // `计划集中开工21个项目`: the first ceremony the text tells is still to come, its projects planned.
            if found == nil, Self.isAhead(at: match.index, in: scalars) { return .planned }
            if let stage = found, stage != match.stage { return nil }
            if Self.listsAnotherStage(after: match.index + match.length, in: scalars) { return nil }
            found = match.stage
            index = match.index + match.length
        }
        return found
    }
}
