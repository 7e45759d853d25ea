import DiaoyanText

/// Gives a project the capacities stated about it outside its name: in a sentence that names it
/// (`中晟新能源商用车基地建成后可年产…1.5万辆`) or that refers back to it (`该项目…装机30万千瓦`,
/// `这个项目…年加工玉米30万吨`).
///
/// Only capacities count: a figure after an emission, sales, output-value or land word in its clause
/// (`减少二氧化碳排放约20万吨`, `出货量可达5GW`, `规划用地约800亩`) is not the project's.
package enum ProjectQuantityReader {
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
    ///   - subjects: the projects' mentions, and which project a clause speaks of.
    ///   - quantities: every quantity in the text, in order.
    ///   - sentences: the document's sentence ranges.
    /// - Complexity: O(s·(p + q)) for s sentences, p mentions and q quantities.
    package static func quantities(
        for subjects: ProjectSubjects,
        quantities: [MeasureReader.Measure],
        in scalars: [Unicode.Scalar],
        sentences: [Range<Int>]
    ) -> [[MeasureReader.Measure]] {
        var result = [[MeasureReader.Measure]](repeating: [], count: subjects.count)
        for sentence in sentences {
            for quantity in quantities where sentence.contains(quantity.range.lowerBound) {
                guard !Self.landUnits.contains(quantity.unit),
                    !subjects.namesAProject(at: quantity.range.lowerBound),
                    let subject = subjects.subject(of: quantity.range.lowerBound, in: sentence, scalars: scalars),
                    !Self.isExcluded(quantity, in: scalars)
                else { continue }
                if !result[subject].contains(where: { $0.text == quantity.text }) {
                    result[subject].append(quantity)
                }
            }
        }
        return result
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
