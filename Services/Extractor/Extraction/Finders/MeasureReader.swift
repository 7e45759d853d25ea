import DiaoyanText

/// Reads money amounts (`100亿元`, `5亿美元`, `60多亿元`, `三千万元`) and physical quantities (`年产1000吨`,
/// `100万吨`, `8GW`, `10GWh`) from text.
package enum MeasureReader {
    /// An amount or quantity and where it was written.
    package struct Measure: Hashable, Sendable {
        package var range: Range<Int>
        package var text: String
        package var value: Double
        /// ISO 4217 code for money, the unit for a quantity.
        package var unit: String
    }

    private static let currencies: [(String, String)] = [
        ("美元", "USD"), ("欧元", "EUR"), ("港元", "HKD"), ("港币", "HKD"), ("日元", "JPY"),
        ("英镑", "GBP"), ("韩元", "KRW"), ("元人民币", "CNY"), ("元", "CNY"), ("人民币", "CNY"),
    ]
    private static let units: [String] = [
        "GWh", "MWh", "kWh", "GW", "MW", "kW", "万千瓦时", "千瓦时", "万千瓦", "千瓦", "万吨", "吨", "万辆", "辆", "万平方米",
        "平方米", "亩", "万台", "台", "万套", "套", "万片", "片", "万件", "件", "公里", "千米", "万立方米", "立方米", "万头", "头",
        "万只", "标准箱", "万张", "兆瓦", "吉瓦", "颗", "万颗", "万块", "万枚",
    ]
    private static let capacityPrefixes = ["年产能", "年产", "产能", "年处理", "年加工", "日产"]
    // The word lists as tries, made once: the scans below run at every number in a document.
    private static let currencyTrie: ScalarTrie<String> = {
        var trie = ScalarTrie<String>()
        for (word, code) in Self.currencies { trie.insert(word.unicodeScalars, code) }
        return trie
    }()
    private static let unitTrie: ScalarTrie<String> = {
        var trie = ScalarTrie<String>()
        for unit in Self.units { trie.insert(unit.unicodeScalars, unit) }
        return trie
    }()
    private static let prefixScalars = Self.capacityPrefixes.map { (Array($0.unicodeScalars), $0) }

    /// The money amounts and the physical quantities of one text, read in one pass over its numbers.
    package struct Measures: Sendable {
        /// Every distinct amount, in order of first mention: a sum repeated (the headline's `总投资1.2万亿元` told
        /// again in the body) is one amount.
        package var amounts: [Measure]
        /// Every quantity, with 年产/产能 kept in the text when written, plus bare `万吨` orders of magnitude.
        package var quantities: [Measure]
    }

    /// The amounts and quantities of `scalars`.
    package static func measures(in scalars: [Unicode.Scalar]) -> Measures {
        let currencies = Self.currencyTrie
        let units = Self.unitTrie
        let numberStarts = ChineseNumber.numberStarts
        var amounts: [Measure] = []
        var quantities: [Measure] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let startsHere =
                numberStarts.contains(scalar)
                && (index == 0 || !(scalars[index - 1].isASCIIDigit || scalars[index - 1] == "."))
            // `百亿元`, `千万元`: a round sum written by its order of magnitude alone.
            if let round = Self.roundSum(at: index, in: scalars) {
                amounts.append(round)
                index = round.range.upperBound
                continue
            }
            guard startsHere, let read = ChineseNumber.read(scalars, from: index) else {
                index += 1
                continue
            }
            let (reading, end) = Self.acrossASpace(read, from: index, in: scalars)
            // A lone Han digit (一, 两) before a unit is a count word (一台), not a figure worth reporting.
            let hanOnly = !scalar.isASCIIDigit && reading.length == 1
            // Currencies and units start with different scalars, so at most one of them follows a number.
            if !hanOnly, let currency = currencies.longestMatch(in: scalars, from: end) {
                let range = index..<(end + currency.length)
                amounts.append(Self.measure(range, reading, currency.value, in: scalars))
                index = range.upperBound
            } else if !hanOnly, let unit = Self.unit(after: end, in: scalars, units: units) {
                let range = index..<(end + unit.length)
                quantities.append(Self.measure(range, reading, unit.value, in: scalars))
                index = range.upperBound
            } else if let yi = Self.countedYi(after: end, in: scalars) {
                // `总投资3.1个亿`, `2个多亿`: 亿 counted like a thing, money in speech.
                var value = reading
                value.value *= 1e8
                amounts.append(Self.measure(index..<yi, value, "CNY", in: scalars))
                index = yi
            } else if !hanOnly, Self.isBareSum(from: index, to: end, in: scalars) {
                // `总投资34.4亿`, `签约额15亿`: a sum in 亿 or 万 after a word of money needs no 元.
                amounts.append(Self.measure(index..<end, reading, "CNY", in: scalars))
                index = end
            } else {
                index = end
            }
        }
        // Distinct by value and currency (for values of 1 or more, equal values are those printed alike), searched in
        // place rather than by printing each value into a key.
        var seen: [(value: Double, unit: String)] = []
        amounts = amounts.filter { amount in
            guard amount.value >= 1, !seen.contains(where: { $0.value == amount.value && $0.unit == amount.unit })
            else { return false }
            seen.append((amount.value, amount.unit))
            return true
        }
        return Measures(amounts: amounts, quantities: Self.withCapacityWords(quantities, in: scalars))
    }

    /// `reading` taken on over one space between its digits and a multiplier or a currency (`264.5 亿元`, `30 万元`,
    /// a typesetting some pages use), with where it then ends.
    private static func acrossASpace(_ reading: ChineseNumber.Reading, from start: Int, in scalars: [Unicode.Scalar])
        -> (ChineseNumber.Reading, end: Int)
    {
        let end = start + reading.length
        guard end + 1 < scalars.count, scalars[end] == " ", scalars[end - 1].isASCIIDigit,
            Self.afterSpacedFigures.contains(scalars[end + 1])
        else { return (reading, end) }
        let joined = Array(scalars[start..<end]) + scalars[(end + 1)..<min(scalars.count, end + 4)]
        guard let longer = ChineseNumber.read(joined, from: 0), longer.length > reading.length else {
            // `30 元`: the currency alone after the space.
            return Self.currencyTrie.longestMatch(in: scalars, from: end + 1) != nil
                ? (reading, end + 1) : (reading, end)
        }
        return (longer, end + 1 + longer.length - reading.length)
    }

    /// Whether the figure `start..<end` ends in 亿 or 万 with no currency after it and a word of money (`投资`,
    /// `金额`, `签约额`…) within a few scalars before it: a sum in yuan the page writes without 元.
    private static func isBareSum(from start: Int, to end: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard end > start, scalars[end - 1] == "亿" || scalars[end - 1] == "万" else { return false }
        // `千万吨`, `亿元级`: what follows may still be a unit or a class of something.
        if end < scalars.count, scalars[end].isHan, !Self.afterBareSums.contains(scalars[end]) { return false }
        let window = max(0, start - Self.moneyWordReach)..<start
        return Self.moneyWords.hasWord(in: scalars, startingIn: window)
    }

    /// Where `个亿` or `个多亿` after a figure ending at `end` ends, unless 元 follows (`28个亿元项目` counts projects
    /// of a hundred million yuan each); nil when none is written there.
    private static func countedYi(after end: Int, in scalars: [Unicode.Scalar]) -> Int? {
        guard end + 1 < scalars.count, scalars[end] == "个" else { return nil }
        var yi = end + 1
        if scalars[yi] == "多", yi + 1 < scalars.count { yi += 1 }
        guard scalars[yi] == "亿", yi + 1 == scalars.count || scalars[yi + 1] != "元" else { return nil }
        return yi + 1
    }

    /// `百亿元`, `千亿元`, `百万元`, `千万元` at `index` (百 or 千 not closing a number before it), as yuan.
    private static func roundSum(at index: Int, in scalars: [Unicode.Scalar]) -> Measure? {
        let scalar = scalars[index]
        guard scalar == "百" || scalar == "千", index + 2 < scalars.count, scalars[index + 2] == "元",
            scalars[index + 1] == "亿" || scalars[index + 1] == "万",
            index == 0 || !ChineseNumber.startsNumber(scalars[index - 1]),
            // `百亿元项目`, `千亿元产业集群`: a class of projects or of trades, no sum.
            Self.classesOfSize.longestMatch(in: scalars, from: index + 3) == nil
        else { return nil }
        let order: Double = scalar == "百" ? 100 : 1000
        let value = order * (scalars[index + 1] == "亿" ? 1e8 : 1e4)
        let range = index..<(index + 3)
        return Measure(range: range, text: scalars.string(range), value: value, unit: "CNY")
    }

    private static let classesOfSize = ScalarTrie<Bool>(words: ["项目", "产业", "级", "大项目", "以上项目", "企业"])

    /// How far before a figure a word of money may stand (`总投资约`, `投资额总计`).
    private static let moneyWordReach = 6
    private static let moneyWords = ScalarTrie<Bool>(words: [
        "投资", "资金", "金额", "总额", "签约额", "产值", "营收", "税收", "融资", "造价", "销售额", "纳税", "利税", "引资额",
        "收入",
    ])
    /// Scalars that may follow a bare sum: a clause goes on (`，`), or a word that is no unit (`以上`, `左右`, `的`).
    private static let afterBareSums = ScalarSet("以左的多余和及与、，。；".unicodeScalars)

    /// Multipliers and currencies' first scalars a figure may be spaced from.
    private static let afterSpacedFigures = ScalarSet("亿万千元美欧港".unicodeScalars)

    /// The longest unit at `end` that no letter continues (`GWh` before `GW`; `GWp`, `MWe` are other units).
    private static func unit(after end: Int, in scalars: [Unicode.Scalar], units: ScalarTrie<String>)
        -> (length: Int, value: String)?
    {
        for unit in units.matches(in: scalars, from: end).reversed() {
            let after = end + unit.length
            if after < scalars.count, scalars[after].isASCIILetter { continue }
            return unit
        }
        return nil
    }

    private static func measure(
        _ range: Range<Int>,
        _ reading: ChineseNumber.Reading,
        _ unit: String,
        in scalars: [Unicode.Scalar]
    ) -> Measure {
        var value = reading.value
        if unit.unicodeScalars.first == "万" { value *= 1e4 }
        return Measure(range: range, text: scalars.string(range), value: value, unit: unit)
    }

    /// `found` with 年产/产能 taken into the text where written before a figure, and bare `万吨` added.
    private static func withCapacityWords(_ found: [Measure], in scalars: [Unicode.Scalar]) -> [Measure] {
        var found = found
        for index in found.indices {
            for (prefixScalars, prefix) in Self.prefixScalars {
                let length = prefixScalars.count
                let start = found[index].range.lowerBound - length
                if start >= 0, scalars.has(prefixScalars, at: start) {
                    found[index].range = start..<found[index].range.upperBound
                    found[index].text = prefix + found[index].text
                    break
                }
            }
        }
        // A bare 万吨 (万吨饮料): an order of magnitude without a figure.
        let bare = Array("万吨".unicodeScalars)
        var search = 0
        while let at = scalars.firstIndex(of: bare, from: search) {
            search = at + 2
            if at > 0, ChineseNumber.startsNumber(scalars[at - 1]) || scalars[at - 1] == "多" || scalars[at - 1] == "余" {
                continue
            }
            found.append(Measure(range: at..<(at + 2), text: "万吨", value: 1e4, unit: "吨"))
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
