import DiaoyanModels
import DiaoyanText

/// Reads the organizations named only as an executive's employer (`晶川光能副总裁沈浩然` → 晶川光能): the link of a
/// title chain before an executive title word, when it is not a short form of an organization already found
/// (`锐能新能源董事长` for 重庆锐能新能源科技有限公司) and not a generic word (`公司总经理`, `项目负责人`).
package enum EmployerReader {
    /// Words before an executive title that name no particular organization.
    private static let generic: Set<String> = [
        "公司", "集团", "企业", "项目", "该公司", "本公司", "子公司", "分公司", "该企业", "工厂", "车间", "园区", "基地", "中心",
        "集团公司", "股份公司", "这家企业", "该集团", "副", "常务", "执行", "区域", "首席",
    ]
    /// Region words written between an employer and the title (`施密特动力中国区总经理`).
    private static let regions: [String] = ["中国区", "亚太区", "大中华区", "中国", "华东区", "华南区", "华北区", "区域"]
    private static let regionScalars = Self.regions.map { Array($0.unicodeScalars) }

    /// The employers named in the title links of `persons` that `organizations` does not already hold.
    ///
    /// - Complexity: O(t·o·n) for t titles, o organizations and names of n scalars.
    package static func employers(
        of persons: [PersonFinder.Found],
        besides organizations: [OrganizationFinder.Found],
        in scalars: [Unicode.Scalar]
    ) -> [OrganizationFinder.Found] {
        var found: [OrganizationFinder.Found] = []
        // The organizations' names as scalars, decoded once when an employer is first checked against them.
        var organizationNames: [[Unicode.Scalar]]?
        for person in persons where person.role == .executive {
            for title in person.titles {
                guard var employer = Self.employer(in: title) else { continue }
                var employerScalars = [Unicode.Scalar](scalarsOf: employer)
                if employerScalars.allSatisfy({ (0x4E00...0x9FFF).contains($0.value) }) {
                    // Unified ideographs only: each is a character of its own, equivalent to no other, so the region
                    // is looked for on the scalars (`String.hasSuffix` walks characters backwards).
                    for region in Self.regionScalars
                    where employerScalars.count > region.count + 1
                        && employerScalars.suffix(region.count).elementsEqual(region)
                    {
                        employerScalars.removeLast(region.count)
                        employer = employerScalars.string(employerScalars.indices)
                        break
                    }
                } else {
                    for region in Self.regions where employer.hasSuffix(region) && employer.count > region.count + 1 {
                        employer = String(employer.dropLast(region.count))
                        break
                    }
                    employerScalars = [Unicode.Scalar](scalarsOf: employer)
                }
                guard employerScalars.count >= 2, employerScalars.allSatisfy({ $0.isHan || $0.isASCIILetter }),
                    !Self.generic.contains(employer)
                else { continue }
                let names = organizationNames ?? organizations.map { [Unicode.Scalar](scalarsOf: $0.name) }
                organizationNames = names
                // `…有限公司综合管理部总监`: a department of a company already found is that company.
                guard !names.contains(where: { OrganizationFinder.isShortForm(employerScalars, of: $0) }),
                    !Self.isDepartment(employerScalars, ofOneOf: names),
                    !found.contains(where: { $0.name == employer }),
                    let at = scalars.firstIndex(of: employerScalars)
                else { continue }
                found.append(
                    OrganizationFinder.Found(name: employer, kind: "company", range: at..<(at + employerScalars.count))
                )
            }
        }
        return found
    }

    /// Whether `employer` is a department (`…部`, `…办公室`) of one of the organizations `names` already holds.
    private static func isDepartment(_ employer: [Unicode.Scalar], ofOneOf names: [[Unicode.Scalar]]) -> Bool {
        guard let last = employer.last, Self.departmentEnds.contains(last) else { return false }
        return names.contains { $0.count < employer.count && employer.starts(with: $0) }
    }

    /// Last scalars of a department's name: 部 (`综合管理部`, `事业部`), 室 (`办公室`), 处, 科.
    private static let departmentEnds = ScalarSet("部室处科".unicodeScalars)

    /// The part of a title link before its executive title word (`晶川光能副总裁` → 晶川光能), without the other titles
    /// the link holds (`汇丰银行副主席兼行政总裁` → 汇丰银行).
    static func employer(in title: String) -> String? {
        var scalars = [Unicode.Scalar](scalarsOf: title)
        guard let last = Self.executiveTitleLength(endingAt: scalars.count, in: scalars) else { return nil }
        scalars.removeLast(last)
        while let scalar = scalars.last, scalar == "兼" || scalar == "、" {
            scalars.removeLast()
            if let other = TitleLexicon.title(endingAt: scalars.count, in: scalars) { scalars.removeLast(other.length) }
        }
        return scalars.isEmpty ? nil : scalars.string(scalars.indices)
    }

    /// The length of the longest executive title word ending at `end` (a shorter executive word counts when a longer
    /// title of another role ends there too).
    private static func executiveTitleLength(endingAt end: Int, in scalars: [Unicode.Scalar]) -> Int? {
        for length in stride(from: min(5, end), through: 2, by: -1) {
            if case .executive? = TitleLexicon.role(of: (end - length)..<end, in: scalars) { return length }
        }
        return nil
    }

}
