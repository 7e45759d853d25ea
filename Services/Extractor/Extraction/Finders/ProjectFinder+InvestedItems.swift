import DiaoyanText

extension ProjectFinder {
    /// Works and plants introduced by what is invested in them (`总投资45亿元的某某医院是…`, `投资122亿元的A产业园、
    /// 投资120亿元的B科创中心`): the words after `投资…元的` up to the next mark or verb name one project, whatever they
    /// end with. Pages of the genre introduce a project this way as often as with 项目; those ending with 项目 are the
    /// core finder's.
    func investedItems(in scalars: [Unicode.Scalar], places: [Range<Int>], sentence: (Int) -> Range<Int>) -> [Found] {
        var found: [Found] = []
        var index = 1
        while index + 1 < scalars.count {
            defer { index += 1 }
            guard scalars[index] == "元", scalars[index + 1] == "的", Self.isInvestment(endingAt: index, in: scalars)
            else { continue }
            let start = index + 2
            var end = start
            while end < scalars.count, end - start < Self.longestInvestedName,
                scalars[end].isHan
                    || scalars[end].isASCIIDigit || Self.insideNames.contains(scalars[end]),
                Self.investedNameEnds.longestMatch(in: scalars, from: end) == nil
            {
                end += 1
            }
            guard end - start >= 3, end - start < Self.longestInvestedName, !scalars.has(Self.suffix, at: end - 2),
                self.judge.isNamed(start..<end, in: scalars, places: places, strictness: .listed),
                self.judge.namesAProduct(start..<end, in: scalars)
                    || Self.headNounEnds.longestMatch(in: scalars, endingAt: end) != nil
            else { continue }
            found.append(Found(name: scalars.string(start..<end), range: start..<end, sentence: sentence(start)))
            index = end
        }
        return found
    }

    /// Whether `投资` and an amount end at the 元 at `yuan` (`总投资45亿`, `投资*.**亿`, `投资约6882.6万`).
    private static func isInvestment(endingAt yuan: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var start = yuan
        var figures = 0
        while start > 0, yuan - start < 14, Self.amountScalars.contains(scalars[start - 1]) {
            if ChineseNumber.startsNumber(scalars[start - 1]) || scalars[start - 1] == "*" { figures += 1 }
            start -= 1
        }
        return figures > 0 && start >= 2 && scalars.has(Self.investment, at: start - 2)
    }

    private static let amountScalars = ScalarSet("0123456789.*约超过多余近亿万千百十一二三四五六七八九两美港".unicodeScalars)
    /// Marks and words a name after `投资…元的` stops before (`…医院是`, `…产业园正在`, `…有限公司正式投产`).
    private static let investedNameEnds = ScalarTrie<Bool>(words: [
        "是", "正在", "正式", "已", "将", "于", "由", "位于", "计划", "预计", "目前", "等", "以及", "和", "及", "主要",
        "建成", "投产", "开工", "竣工", "落户", "占地", "总", "年产", "达产",
    ])
    /// Scalars a name may hold besides Han and digits (`(辽宁)`, `“九通一平”`, `—`).
    private static let insideNames = ScalarSet("()（）“”—·".unicodeScalars)
    private static let longestInvestedName = 40
}
