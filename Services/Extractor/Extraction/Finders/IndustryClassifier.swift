import DiaoyanModels
import DiaoyanText

/// Assigns industries from DESIGN.md's taxonomy to a name or a text by keyword: ``IndustryLexicon``'s keywords
/// and the words of the GB/T 4754 divisions (``IndustryDivisions``).
package struct IndustryClassifier: Sendable {
    private let keywords: ScalarTrie<[Industry]>
    private let facilities: ScalarTrie<Bool>

    package init() {
        var keywords = ScalarTrie<[Industry]>()
        let merge: ([Industry], [Industry]) -> [Industry] = { old, new in old + new.filter { !old.contains($0) } }
        for (word, industry) in IndustryLexicon.keywords {
            keywords.insert(word.unicodeScalars, [industry], merge: merge)
        }
        for division in IndustryDivisions.all {
            guard let industry = division.industry else { continue }
            for word in division.words { keywords.insert(word.unicodeScalars, [industry], merge: merge) }
        }
        for word in IndustryLexicon.qualities { keywords.insert(word.unicodeScalars, [], merge: merge) }
        for (word, industry) in IndustryLexicon.facilities {
            keywords.insert(word.unicodeScalars, [industry], merge: merge)
        }
        self.keywords = keywords
        self.facilities = ScalarTrie(words: IndustryLexicon.facilities.map(\.0))
    }

    /// The lengths of the industry keywords that start at `start` in `scalars`, shortest first; facilities
    /// (``IndustryLexicon/facilities``) are no keywords here: they name projects.
    package func keywordMatches(in scalars: [Unicode.Scalar], from start: Int) -> [Int] {
        let lengths = self.keywords.matches(in: scalars, from: start).map(\.length)
        guard self.facilities.mayStart(with: scalars[start]) else { return lengths }
        let facilities = Set(self.facilities.matches(in: scalars, from: start).map(\.length))
        return lengths.filter { !facilities.contains($0) }
    }

    /// The length of the longest of ``keywordMatches(in:from:)`` that ends at or before `end`, 0 when none does:
    /// read without building the list (this runs at every scalar of every span judged).
    package func longestKeywordMatch(in scalars: [Unicode.Scalar], from start: Int, upTo end: Int) -> Int {
        var longest = 0
        let mayBeFacility = self.facilities.mayStart(with: scalars[start])
        self.keywords.forEachMatchLength(in: scalars, from: start, upTo: end) { length in
            // A facility's word of this very length is no keyword here.
            if !mayBeFacility || self.facilities.value(for: scalars[start..<(start + length)]) == nil {
                longest = max(longest, length)
            }
        }
        return longest
    }

    /// The industries whose keywords occur in `scalars[range]`, in order of first occurrence.
    ///
    /// - Complexity: O(n·k) for n scalars and keywords of at most k scalars.
    /// A keyword inside a longer one counts for the longer one only: `电子级化学品` is a chemical, not electronics; one
    /// that a keyword starting a scalar later runs past gives way to it (`家电芯片` holds 芯片, not 电芯).
    package func industries(of scalars: [Unicode.Scalar], in range: Range<Int>) -> [Industry] {
        var found: [Industry] = []
        var index = range.lowerBound
        while index < range.upperBound {
            // The longest keyword that fits the range (the last fitting one of all that start here), read without
            // building the list of them: this runs at every scalar of every name and sentence classified.
            guard let match = self.keywords.longestMatch(in: scalars, from: index, upTo: range.upperBound) else {
                index += 1
                continue
            }
            // `家电芯片`: 电芯 overlapped by a keyword running further (芯片) gives way to it.
            if match.length >= 2,
                let next = self.keywords.longestMatch(in: scalars, from: index + 1, upTo: range.upperBound),
                index + 1 + next.length > index + match.length
            {
                index += 1
                continue
            }
            for industry in match.value where !found.contains(industry) { found.append(industry) }
            index += match.length
        }
        return found
    }

    /// The industries whose keywords occur in `text`, in order of first occurrence.
    package func industries(of text: String) -> [Industry] {
        let scalars = [Unicode.Scalar](scalarsOf: text)
        return self.industries(of: scalars, in: 0..<scalars.count)
    }

    /// The industries of a project's or a company's name: its keywords' industries, without those only a word of
    /// how it is made or how thrifty it is gives (`智能制造`, `节能`, `铸造`) when the name also says what it
    /// makes (`高性能半钢子午胎智能制造项目` is automotive, `节能超薄岩板` new materials).
    ///
    /// A project's `owner` (the company named with it) is read as part of its name. A project in a park named by a
    /// field is of what it makes, when the words after the park say (`新材料产业园食用菌产业链项目`,
    /// `轻工产业园肉牛精深加工`) and join no other project to it.
    package func industries(ofName name: String, owner: String? = nil) -> [Industry] {
        let scalars = [Unicode.Scalar](scalarsOf: name)
        let named = self.industries(ofNamed: scalars, name: name, owner: owner)
        // `甲乙铁路丙至丁段`: a railway being built is a line of rail transit, whatever else its name says.
        guard RailwayName.isRailway(scalars), !named.contains(.railTransit) else { return named }
        return named + [.railTransit]
    }

    /// The industry of a name that says only that something is made (`某某机箱制造项目`), for when neither its words
    /// nor the page say what: equipment (21 of 26 such gold names of batches 1–34 are on pages listing it). Empty
    /// for any other name.
    package func industriesOfMaking(name: String) -> [Industry] {
        let scalars = [Unicode.Scalar](scalarsOf: name)
        return self.making.hasWord(in: scalars, startingIn: 0..<scalars.count) ? [.equipment] : []
    }

    /// Words that a thing is made, with no word of what.
    private let making = ScalarTrie<Bool>(words: ["制造"])

    /// ``industries(ofName:owner:)`` by keyword.
    private func industries(ofNamed scalars: [Unicode.Scalar], name: String, owner: String?) -> [Industry] {
        if let park = self.lastParkEnd(in: scalars), park + 2 < scalars.count,
            !scalars[park...].contains(where: { Self.joiners.contains($0) })
        {
            let inside = self.keywordIndustries(
                ofName: String(String.UnicodeScalarView(scalars[park...])) + (owner ?? "")
            )
            if !inside.isEmpty { return inside }
        }
        return self.keywordIndustries(ofName: name + (owner ?? ""))
    }

    /// The industries of a name's keywords, less those of weak words when it has strong ones.
    private func keywordIndustries(ofName name: String) -> [Industry] {
        let scalars = [Unicode.Scalar](scalarsOf: name)
        let all = self.industries(of: scalars, in: 0..<scalars.count)
        guard all.count > 1, self.weakWords.hasWord(in: scalars, startingIn: 0..<scalars.count) else { return all }
        var strong: [Industry] = []
        var index = 0
        while index < scalars.count {
            guard let match = self.keywords.longestMatch(in: scalars, from: index) else {
                index += 1
                continue
            }
            if self.weakWords.longestMatch(in: scalars, from: index)?.length != match.length {
                for industry in match.value where !strong.contains(industry) { strong.append(industry) }
            }
            index += match.length
        }
        return strong.isEmpty ? all : all.filter(strong.contains)
    }

    /// Parks named by a field, which a project inside them may not share.
    private let parks = ScalarTrie<Bool>(words: ["产业园", "产业园区", "工业园", "工业园区"])

    /// What joins a park to another project named with it (`某建材产业园投产和某装载机项目`).
    private static let joiners = ScalarSet("和及与、".unicodeScalars)

    /// Where the last park word of `scalars` ends, when one is written.
    private func lastParkEnd(in scalars: [Unicode.Scalar]) -> Int? {
        for start in scalars.indices.reversed() {
            if let park = self.parks.longestMatch(in: scalars, from: start) { return start + park.length }
        }
        return nil
    }

    /// Words of a way of making or a quality, not of a product or a trade; parts and moulds are the trade of what
    /// they are for (`汽车核心零部件` is automotive, `航空模具` aerospace).
    private let weakWords = ScalarTrie<Bool>(words: [
        "智能制造", "节能", "循环经济", "铸造", "铸件", "零部件", "模具",
    ])
}
