/// How much a short run of Han characters looks like a Chinese personal name, from character statistics learned on
/// a tagged corpus: jieba's part-of-speech HMM says how often each character opens a name (a family name), sits in
/// its middle or closes it, and the model compares that with how often the character occurs in running text.
///
/// The rules find names where the text announces them (a title, a byline, a list before 等领导); this model says
/// whether the run they found is a name at all: `杨天宇` scores about +7.6, `获悉` −7.3, `梳理` −3.8. It lets the
/// extractor accept names with no title next to them and refuse the words that stand where a name could.
/// `person_name_chars.tsv` is built by `Shared/Text/Scripts/build_resources.py`.
package struct PersonNameModel: Sendable {
    /// Natural-log likelihood ratios of a character as a family name, a middle and a last given character.
    package struct Ratios: Sendable, Hashable {
        package var surname: Float
        package var middle: Float
        package var last: Float
    }

    /// The score from which a two- or three-character run counts as a name. Names seen on real pages score from
    /// about +1 (`向和刚`) up; words standing where names stand (`实习`, `受邀`, `先后`, `区委报`) score below 0.
    package static let threshold: Float = 0.6

    /// Ratios of a character the table lacks: one the HMM never saw in a name nor jieba in a word, a rare
    /// character (`奕`, `煜`, `喆`) — no family name, but as likely in a given name as not.
    private static let unseen = Ratios(surname: -3, middle: 1, last: 1)

    private let ratios: IntegerKeyTable<Ratios>

    /// The bundled table.
    package init() throws(TextResources.Error) {
        var ratios: [UInt64: Ratios] = [:]
        for row in try TextResources.rows(of: "person_name_chars.tsv") where row.count >= 4 {
            guard let scalar = row[0].unicodeScalars.first, let surname = Float(row[1]), let middle = Float(row[2]),
                let last = Float(row[3])
            else { continue }
            ratios[UInt64(scalar.value)] = Ratios(surname: surname, middle: middle, last: last)
        }
        self.ratios = IntegerKeyTable(ratios)
    }

    /// The bundled model, loaded once per process.
    package static func shared() throws(TextResources.Error) -> PersonNameModel {
        try Self.loaded.get()
    }

    private static let loaded: Result<PersonNameModel, TextResources.Error> = Result {
        () throws(TextResources.Error) in try PersonNameModel()
    }

    /// The ratios of one character.
    package func ratios(of scalar: Unicode.Scalar) -> Ratios {
        self.ratios[UInt64(scalar.value)] ?? Self.unseen
    }

    /// The score of `run` as a name of a one-character family name and one or two given characters: the sum of
    /// its characters' ratios in their positions; nil for runs of another length.
    package func score(_ run: ArraySlice<Unicode.Scalar>) -> Float? {
        let start = run.startIndex
        switch run.count {
        case 2:
            return self.ratios(of: run[start]).surname + self.ratios(of: run[start + 1]).last
        case 3:
            return self.ratios(of: run[start]).surname + self.ratios(of: run[start + 1]).middle
                + self.ratios(of: run[start + 2]).last
        default:
            return nil
        }
    }

    /// Whether `run` (two or three Han characters) reads as a name.
    package func isName(_ run: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let score = self.score(run) else { return false }
        return score >= Self.threshold
    }

    /// The names a byline token holds: a run of two to four characters whole (four is one name of a people
    /// writing without family names, `格桑卓玛`, unless it holds an everyday word), a longer one cut into consecutive
    /// names of two or three characters with the best total score, each a name on its own (`李婷姜岸松` →
    /// `李婷`, `姜岸松`); nil when the run holds no names.
    package func bylineNames(in run: ArraySlice<Unicode.Scalar>) -> [Range<Int>]? {
        switch run.count {
        case 2, 3: return self.isName(run) ? [run.startIndex..<run.endIndex] : nil
        case 4: return Self.holdsEverydayWord(run) ? nil : [run.startIndex..<run.endIndex]
        default: return self.names(splitting: run)
        }
    }

    /// Whether two adjacent characters of `run` make a pair jieba's words use thousands of times (`发现` in
    /// `梳理发现`), which the pairs of names (`丽娜`, `卓玛`) never are.
    package static func holdsEverydayWord(_ run: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let bigrams = try? HanBigramModel.shared() else { return false }
        return zip(run, run.dropFirst()).contains { bigrams.score($0, $1) >= Self.everydayPair }
    }

    /// ln(1 + frequency) of a pair of characters used about 2,000 times in jieba's words.
    private static let everydayPair: Float = 7.6

    /// `run` cut into consecutive names of two or three characters with the best total score, each a name on its
    /// own (`李婷姜岸松` → `李婷`, `姜岸松`); nil when no such cut exists.
    package func names(splitting run: ArraySlice<Unicode.Scalar>) -> [Range<Int>]? {
        // best[i]: the best (score, cuts) covering run[start..<start+i].
        var best: [(score: Float, cuts: [Range<Int>])?] = Array(repeating: nil, count: run.count + 1)
        best[0] = (0, [])
        for end in 2...max(2, run.count) where end <= run.count {
            for length in 2...3 where end - length >= 0 {
                guard let previous = best[end - length] else { continue }
                let range = (run.startIndex + end - length)..<(run.startIndex + end)
                guard let score = self.score(run[range]), score >= Self.threshold else { continue }
                let total = previous.score + score
                if best[end].map({ total > $0.score }) ?? true { best[end] = (total, previous.cuts + [range]) }
            }
        }
        return best[run.count]?.cuts
    }
}
