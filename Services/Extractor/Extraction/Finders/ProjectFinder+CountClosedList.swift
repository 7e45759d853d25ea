import DiaoyanText

extension ProjectFinder {
    /// The items of lists a count of projects closes without 等: `A、B、C和D四大项目正式开工`,
    /// `投资30亿元的A、投资25亿元的B和投资5亿元的C三大项目`. Only a list whose items are exactly as many as the count
    /// is one: that is what tells its separators from a clause's. An item's investment (`投资25亿元的`) is no part of
    /// its name.
    ///
    /// - Returns: one project per item, each taking its stage from the words after the whole list.
    func countClosedItems(in scalars: [Unicode.Scalar], places: [Range<Int>], sentence: (Int) -> Range<Int>)
        -> [Found]
    {
        var found: [Found] = []
        var index = 1
        while index + 1 < scalars.count {
            defer { index += 1 }
            guard scalars[index] == "项", scalars[index + 1] == "目", Self.listCounters.contains(scalars[index - 1]),
                let count = self.count(endingAt: index - 1, in: scalars), count.value >= 2
            else { continue }
            let items = self.items(endingAt: count.start, in: scalars)
            guard items.count == count.value else { continue }
            let names = items.map { Self.withoutPlace(self.withoutInvestment($0, in: scalars), places: places) }
            guard
                names.allSatisfy({ name in
                    name.count >= 3 && name.count <= 40 && self.judge.isNamed(name, in: scalars, strictness: .listed)
                })
            else { continue }
            for name in names {
                var item = Found(name: scalars.string(name), range: name, sentence: sentence(name.lowerBound))
                item.stageAnchor = name.lowerBound..<(index + Self.suffix.count)
                found.append(item)
            }
        }
        return found
    }

    /// Counters a count of projects is written with before 项目 (`四大项目`, `6个项目`).
    private static let listCounters = ScalarSet("大个".unicodeScalars)

    /// The count written right before the counter at `counter`, and where it starts, when nothing but the list's
    /// last item is before it (no 等, no 共, no figure of another kind).
    private func count(endingAt counter: Int, in scalars: [Unicode.Scalar]) -> (value: Int, start: Int)? {
        var start = counter
        while start > 0, ChineseNumber.startsNumber(scalars[start - 1]) || scalars[start - 1].isASCIIDigit {
            start -= 1
        }
        guard start < counter, start > 0, let number = ChineseNumber.read(scalars, from: start),
            start + number.length == counter, number.value == number.value.rounded(), number.value < 30,
            scalars[start - 1].isHan, !Self.countOpeners.contains(scalars[start - 1])
        else { return nil }
        return (Int(number.value), start)
    }

    /// Scalars before a count that make it the total of a group rather than the close of a list (`等`, `共`, `这`).
    private static let countOpeners = ScalarSet("等共这其各了和及有为是".unicodeScalars)

    /// The items between the clause's start and `end`, parted by 、 and, before the last item, one 和, 及 or 以及.
    private func items(endingAt end: Int, in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var start = end
        while start > 0, end - start < 300, !ClauseMarkers.clausePunctuation.contains(scalars[start - 1]) {
            start -= 1
        }
        guard start == 0 || ClauseMarkers.clausePunctuation.contains(scalars[start - 1]) else { return [] }
        var items: [Range<Int>] = []
        var itemStart = start
        for position in start..<end where scalars[position] == "、" {
            items.append(itemStart..<position)
            itemStart = position + 1
        }
        guard !items.isEmpty else { return [] }
        // `…、投资5亿元的汽车保险杠和投资5亿元的汽车天窗生产`: the last 和 before the count parts the last two items.
        if let joiner = (itemStart..<end).last(where: { Self.joiners.contains(scalars[$0]) }), joiner > itemStart {
            items.append(itemStart..<joiner)
            itemStart = joiner + 1
        }
        items.append(itemStart..<end)
        // The first item may open with the clause's verb (`开工建设A、B`): the name starts after it.
        let first = items[0]
        items[0] = self.nameStart(endingAt: first.upperBound, in: scalars, limit: first.count)..<first.upperBound
        return items
    }

    private static let joiners = ScalarSet("和及".unicodeScalars)

    /// `item` without the investment opening it (`投资25亿元的汽车轮毂` → 汽车轮毂).
    private func withoutInvestment(_ item: Range<Int>, in scalars: [Unicode.Scalar]) -> Range<Int> {
        guard Self.investmentWords.longestMatch(in: scalars, from: item.lowerBound) != nil,
            let particle = item.prefix(16).first(where: { scalars[$0] == "的" })
        else { return item }
        return (particle + 1)..<item.upperBound
    }

    /// `item` without the city or county opening it (`天水市华能热电联产` → 华能热电联产): the list's items are named
    /// as the page names them again later, without it.
    private static func withoutPlace(_ item: Range<Int>, places: [Range<Int>]) -> Range<Int> {
        guard let place = places.first(where: { $0.lowerBound == item.lowerBound }),
            place.upperBound + 3 <= item.upperBound
        else { return item }
        return place.upperBound..<item.upperBound
    }

    private static let investmentWords = ScalarTrie<Bool>(words: ["投资", "总投资", "计划投资", "计划总投资"])
}
