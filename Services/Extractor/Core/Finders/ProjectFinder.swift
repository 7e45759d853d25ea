import DiaoyanModels
import DiaoyanText

/// Finds projects: spans ending in 项目 (`华明管业100万吨制管项目`) and enumerations before 等项目
/// (`友升汽车轻量化、领煌精密零部件…等项目`, one project per item), without the verb before them.
package struct ProjectFinder: Sendable {
    /// One project with where it is written and the sentence around it.
    package struct Found: Hashable, Sendable {
        package var name: String
        package var range: Range<Int>
        package var sentence: Range<Int>
    }

    private static let suffix = Array("项目".unicodeScalars)
    /// Words that make a span a kind of project rather than a named one (重点项目, 招商项目).
    private static let generic: [String] = [
        "重点", "重大", "产业", "招商", "引资", "建设", "工业", "新建", "续建", "在建", "签约", "开工", "投产", "优质",
        "亿元以上", "亿元", "以上", "外资", "内资", "好", "大", "新", "各类", "一批", "这些", "该", "其他", "示范", "年度",
        "省级", "市级", "县级", "全省", "全市", "有关", "相关", "更多", "航空", "数字", "制造业", "先进", "个", "批",
        "项", "些", "类", "的", "等", "和", "一大批", "大批",
    ]
    /// Words that mark a span as a named undertaking when no industry keyword, figure or Latin name does.
    private static let markers: [String] = [
        "一期", "二期", "三期", "扩产", "扩建", "改造", "基地", "产业园", "园区", "中心", "工程", "生产线", "工厂", "产线",
        "公司", "集团", "药业", "科技", "示范", "综合体", "电站", "医院", "学校", "物流园", "智造", "制造",
    ]
    private let industries = IndustryClassifier()

    package init() {}

    /// Every project named in `scalars`, in order.
    package func find(in scalars: [Unicode.Scalar]) -> [Found] {
        let sentences = PersonFinder.sentences(of: scalars)
        var found: [Found] = []
        var search = 0
        while let at = scalars.firstIndex(of: Self.suffix, from: search) {
            search = at + Self.suffix.count
            let sentence = sentences.first { $0.contains(at) } ?? (at..<search)
            if at > 0 && scalars[at - 1] == "等" {
                // An enumeration: split the clause before 等 at 、.
                let listEnd = at - 1
                let listStart = ClauseMarkers.nameStart(endingAt: listEnd, in: scalars, limit: 120, stopAtEnumeration: false, leadingWords: [])
                var itemStart = listStart
                for index in listStart...listEnd where index == listEnd || scalars[index] == "、" {
                    let start = ClauseMarkers.nameStart(endingAt: index, in: scalars, limit: index - itemStart)
                    if self.isNamed(scalars, start..<index) {
                        found.append(Found(name: scalars.string(start..<index), range: start..<index, sentence: sentence))
                    }
                    itemStart = index + 1
                }
                continue
            }
            let start = ClauseMarkers.nameStart(endingAt: at, in: scalars)
            if self.isNamed(scalars, start..<at) {
                found.append(Found(name: scalars.string(start..<search), range: start..<search, sentence: sentence))
            }
        }
        var seen = Set<String>()
        return found.filter { seen.insert($0.name).inserted }
    }

    /// Whether `range` (the name without 项目) names a project: something left after generic words are removed.
    private func isNamed(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard range.count >= 2 else { return false }
        var rest = scalars.string(range)
        if rest.unicodeScalars.allSatisfy({ $0.isASCIIDigit || $0.properties.numericType != nil }) { return false }
        for word in Self.generic {
            rest = rest.split(separator: word, omittingEmptySubsequences: true).joined()
        }
        let meaningful = rest.unicodeScalars.filter { !$0.isASCIIDigit && $0 != "." && $0 != "“" && $0 != "”" }
        guard meaningful.count >= 2 else { return false }
        let name = scalars.string(range)
        let hasFigureOrLatin = scalars[range].contains { $0.isASCIIDigit || $0.isASCIILetter }
        return hasFigureOrLatin || Self.markers.contains(where: name.contains) || !self.industries.industries(of: name).isEmpty
    }
}
