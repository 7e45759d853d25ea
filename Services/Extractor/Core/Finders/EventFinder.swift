import DiaoyanModels
import DiaoyanText

/// Finds events: a sentence with an event word (调研, 签约, 开工…) that also names a date or a person.
///
/// Each event takes the date written in its sentence, or the last one written earlier in the same paragraph.
package struct EventFinder: Sendable {
    private static let words: [(String, EventType)] = [
        ("签约", .signing), ("签署", .signing), ("开工", .groundbreaking), ("奠基", .groundbreaking),
        ("投产", .commissioning), ("投用", .commissioning), ("启动运行", .commissioning), ("竣工", .commissioning),
        ("调研", .inspection), ("考察", .inspection), ("视察", .inspection), ("察看", .inspection), ("检查", .inspection),
        ("座谈会", .meeting), ("推进会", .meeting), ("会议", .meeting), ("常务会", .meeting),
        ("大会", .conference), ("论坛", .conference), ("博览会", .conference), ("对接会", .conference),
        ("推介会", .conference), ("峰会", .conference), ("对接活动", .conference), ("招商会", .conference),
    ]

    package init() {}

    /// The events in `scalars`, given the people and places found and how to read dates.
    package func find(
        in scalars: [Unicode.Scalar],
        persons: [PersonFinder.Found],
        places: [(path: String, mentions: [Range<Int>])],
        dates: DocumentDates
    ) -> [ExtractionRecord.Event] {
        var events: [ExtractionRecord.Event] = []
        var seen = Set<String>()
        var paragraphDate: String?
        var lastParagraphStart = -1
        for sentence in PersonFinder.sentences(of: scalars) {
            let paragraphStart = self.paragraphStart(of: sentence.lowerBound, in: scalars)
            if paragraphStart != lastParagraphStart {
                paragraphDate = nil
                lastParagraphStart = paragraphStart
            }
            var sentenceDate: String?
            var sawDate = false
            var index = sentence.lowerBound
            while index < sentence.upperBound {
                if scalars[index].isASCIIDigit || scalars[index] == "今", let date = dates.date(in: scalars, at: index) {
                    if !sawDate {
                        sentenceDate = date.value
                        sawDate = true
                    }
                    index += date.length
                } else {
                    index += 1
                }
            }
            if sawDate { paragraphDate = sentenceDate }
            let words = Array(scalars[sentence])
            guard let type = Self.words.first(where: { words.firstIndex(of: Array($0.0.unicodeScalars)) != nil })?.1 else {
                continue
            }
            let named = persons.filter { person in
                person.role == .official && person.mentions.contains { sentence.contains($0.lowerBound) }
            }
            guard sawDate || !named.isEmpty else { continue }
            if type == .commissioning || type == .groundbreaking || type == .signing,
                StageLexicon.future.contains(where: { words.firstIndex(of: Array($0.unicodeScalars)) != nil })
            {
                continue
            }
            let date = sawDate ? sentenceDate : paragraphDate
            let key = "\(type.rawValue)/\(date ?? "-")"
            guard seen.insert(key).inserted else { continue }
            let where_ = places.filter { place in place.mentions.contains { sentence.contains($0.lowerBound) } }.map(\.path)
            events.append(
                ExtractionRecord.Event(type: type, date: date, persons: named.map(\.name), places: where_, projects: [])
            )
        }
        // A dateless event of a type already dated is the same event told again.
        let dated = Set(events.filter { $0.date != nil }.map(\.type))
        return events.filter { $0.date != nil || !dated.contains($0.type) }
    }

    private func paragraphStart(of index: Int, in scalars: [Unicode.Scalar]) -> Int {
        var start = index
        while start > 0 && scalars[start - 1] != "\n" { start -= 1 }
        return start
    }
}
