import DiaoyanModels
import DiaoyanText

/// The stage of a project whose site hosts the day's ceremony: `主会场设在X项目建设现场`, `在X项目现场隆重举行…集中开工
/// 仪式`, `X项目工地上彩旗飘飘，…集中开工仪式在这里举行`.
///
/// The words of a site (`建设现场`, `施工现场`) after such a name would read as a project being built; the venue of a
/// groundbreaking is the project the ceremony starts, and the venue of a commissioning the plant it opens. A
/// `集中开竣工` day starts some projects and completes others without saying which: its venue's stage is unknown, not
/// the site words' (of five such venues on the 1,454 real pages of batches 1–33 the gold left three unknown and
/// started two, none being built).
package enum VenueStage {
    /// The ceremony's stage when the project's name at `found.range` is followed by its site and its sentence (or the
    /// one before) holds a groundbreaking or commissioning ceremony held there; nil otherwise.
    package static func stage(
        of found: ProjectFinder.Found,
        sentences: [Range<Int>],
        in scalars: [Unicode.Scalar]
    ) -> Stage? {
        guard
            Self.siteFollows(found.range.upperBound, in: scalars)
                || Self.venueOpens(found.range.lowerBound, in: scalars),
            let current = sentences.firstIndex(where: { $0.contains(found.range.lowerBound) })
        else { return nil }
        let sentence = sentences[current]
        guard Self.hosts.hasWord(in: scalars, startingIn: sentence) else { return nil }
        // The ceremony told in the sentence, or in one of the two before (`…举行集中开工仪式。此次活动设一个主会场和
        // 三个分会场。主会场设在X项目施工现场…`).
        for earlier in stride(from: current, through: max(0, current - 2), by: -1) {
            if let stage = Self.ceremony(in: sentences[earlier], of: scalars) { return stage }
        }
        return nil
    }

    /// Whether the site of a project (`现场`, `建设现场`, `施工现场`, `工地`) is written right after its name.
    private static func siteFollows(_ end: Int, in scalars: [Unicode.Scalar]) -> Bool {
        Self.sites.longestMatch(in: scalars, from: end) != nil
    }

    /// Whether the venue is written right before the project's name (`主会场的X项目投资总额…`).
    private static func venueOpens(_ start: Int, in scalars: [Unicode.Scalar]) -> Bool {
        Self.venuesBefore.longestMatch(in: scalars, endingAt: start) != nil
    }

    private static let venuesBefore = ScalarTrie<Bool>(endingWords: [
        "主会场的", "分会场的", "主会场", "分会场", "会场设在", "会场设于",
    ])

    /// The stage of the ceremony `sentence` tells: its first ceremony word.
    private static func ceremony(in sentence: Range<Int>, of scalars: [Unicode.Scalar]) -> Stage? {
        for index in sentence {
            guard let match = Self.ceremonies.longestMatch(in: scalars, from: index),
                index + match.length <= sentence.upperBound
            else { continue }
            return match.value
        }
        return nil
    }

    /// Also a venue set at the site (`X项目设分会场`).
    private static let sites = ScalarTrie<Bool>(words: [
        "现场", "建设现场", "施工现场", "工地", "施工地", "建设工地", "设分会场", "设主会场", "为主会场", "为分会场",
    ])
    /// Words of a ceremony held at a place: a venue (`主会场`, `分会场`) or a holding (`举行`, `举办`, `在这里`).
    private static let hosts = ScalarTrie<Bool>(words: ["会场", "举行", "举办", "在这里"])
    /// The ceremonies a project's site may host: ``CeremonyStage``'s groundbreakings and commissionings, and days of
    /// starts and completions.
    private static let ceremonies: ScalarTrie<Stage> = {
        var trie = ScalarTrie<Stage>()
        for (stage, list) in CeremonyStage.ceremonies where stage == .groundbreaking || stage == .inProduction {
            for word in list { trie.insert(word.unicodeScalars, stage) }
        }
        for word in StageLexicon.startAndCompletion { trie.insert(word.unicodeScalars, .unknown) }
        return trie
    }()
}
