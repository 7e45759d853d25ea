import DiaoyanText

/// Gives a project the capacities stated about it outside its name: in a sentence that names it
/// (`中晟新能源商用车基地建成后可年产…1.5万辆`) or that refers back to it (`该项目…装机30万千瓦`,
/// `这个项目…年加工玉米30万吨`).
///
/// Only capacities count: a figure after an emission, sales, output-value or land word in its clause
/// (`减少二氧化碳排放约20万吨`, `出货量可达5GW`, `规划用地约800亩`) is not the project's.
package enum ProjectQuantityReader {
    /// Words opening a clause that refer to the project last named.
    private static let anaphors: [[Unicode.Scalar]] = [
        "该项目", "这个项目", "此项目", "项目", "该工程", "工程", "该基地", "这个基地", "基地", "园区", "产业园", "该园区",
        "中心", "一期", "二期",
    ].map { Array($0.unicodeScalars) }
    /// Words that make a figure after them in the same clause something other than the project's capacity.
    private static let excluded: [[Unicode.Scalar]] = [
        "减少", "减排", "排放", "节约", "出货", "销量", "销售", "营收", "产值", "收入", "带动", "用地", "占地", "订单", "员工",
        "就业", "累计", "全年", "总产能", "现有", "已有", "同比", "辐射", "服务", "首批", "首台", "首片", "交付",
    ].map { Array($0.unicodeScalars) }
    /// Units that measure land or distance, not capacity.
    private static let landUnits: Set<String> = ["亩", "公里", "千米"]

    /// For each project (by index), the quantities stated about it outside its mentions.
    ///
    /// - Parameters:
    ///   - projects: the mentions of each project.
    ///   - quantities: every quantity in the text, in order.
    ///   - sentences: the document's sentence ranges, when the caller has them already.
    /// - Complexity: O(s·(p + q)) for s sentences, p mentions and q quantities.
    package static func quantities(
        for projects: [[Range<Int>]],
        quantities: [MeasureReader.Measure],
        in scalars: [Unicode.Scalar],
        sentences: [Range<Int>]? = nil
    ) -> [[MeasureReader.Measure]] {
        var result = [[MeasureReader.Measure]](repeating: [], count: projects.count)
        let allMentions = projects.enumerated().flatMap { index, mentions in mentions.map { (index, $0) } }
            .sorted { $0.1.lowerBound < $1.1.lowerBound }
        for sentence in sentences ?? ClauseMarkers.sentences(of: scalars) {
            for quantity in quantities where sentence.contains(quantity.range.lowerBound) {
                guard !Self.landUnits.contains(quantity.unit),
                    !allMentions.contains(where: { $0.1.contains(quantity.range.lowerBound) })
                else { continue }
                // The subject: a project named earlier in the sentence, else one an anaphor earlier in it refers to.
                var subject = allMentions.last {
                    $0.1.lowerBound >= sentence.lowerBound && $0.1.upperBound <= quantity.range.lowerBound
                }?.0
                if subject == nil,
                    Self.hasAnaphor(in: sentence.lowerBound..<quantity.range.lowerBound, scalars: scalars)
                {
                    subject = allMentions.last { $0.1.upperBound <= sentence.lowerBound }?.0
                }
                guard let subject, !Self.isExcluded(quantity, in: scalars) else { continue }
                if !result[subject].contains(where: { $0.text == quantity.text }) {
                    result[subject].append(quantity)
                }
            }
        }
        return result
    }

    /// Whether a clause inside `range` opens with an anaphor (`该项目`, `基地`): what it says is about the project
    /// last named before it.
    package static func hasAnaphor(in range: Range<Int>, scalars: [Unicode.Scalar]) -> Bool {
        var clauseStart = range.lowerBound
        for index in range.lowerBound...range.upperBound {
            if index == range.upperBound || ClauseMarkers.clausePunctuation.contains(scalars[index]) {
                if Self.anaphors.contains(where: { scalars.has($0, at: clauseStart) }) { return true }
                clauseStart = index + 1
            }
        }
        return false
    }

    /// Whether an excluding word precedes the quantity in its clause.
    private static func isExcluded(_ quantity: MeasureReader.Measure, in scalars: [Unicode.Scalar]) -> Bool {
        var start = quantity.range.lowerBound
        while start > 0, !ClauseMarkers.clausePunctuation.contains(scalars[start - 1]) { start -= 1 }
        return (start..<quantity.range.lowerBound).contains { index in
            Self.excluded.contains { scalars.has($0, at: index) }
        }
    }
}
