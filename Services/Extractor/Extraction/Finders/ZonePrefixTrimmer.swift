import DiaoyanText

/// Cuts the zone or town written before a company's project off its name: `某某经济开发区城关园区天海汽车
/// 电子线束项目` → `天海汽车电子线束项目`, `某某镇福莱特五期` → `福莱特五期`.
///
/// Pages write where a firm's plant stands before its name; the project is the firm's, named from the firm on. A name
/// whose zone is followed by no company (`某某镇污水处理厂项目`, `高新区标准化厂房项目`) keeps its zone: the zone is
/// all that names it.
package enum ZonePrefixTrimmer {
    /// `found` with every name that opens with a zone before a company's name cut to start at the company.
    ///
    /// - Parameter organizations: the organizations found so far; a name of one of them opening the rest counts as a
    ///   company, as does a short form before a capacity or a trade name with a firm's word (``CompanyOpenerReader``).
    package static func trimmed(
        _ found: [ProjectFinder.Found],
        organizations: [OrganizationFinder.Found],
        gazetteer: Gazetteer,
        in scalars: [Unicode.Scalar]
    ) -> [ProjectFinder.Found] {
        let names = organizations.map { [Unicode.Scalar](scalarsOf: $0.name) }
        return found.map { project in
            guard let start = Self.companyStart(in: project.range, names: names, gazetteer: gazetteer, in: scalars)
            else { return project }
            return project.starting(at: start, in: scalars)
        }
    }

    /// Where the company opening the rest of `name` after its last zone word starts, nil when none.
    private static func companyStart(
        in name: Range<Int>,
        names: [[Unicode.Scalar]],
        gazetteer: Gazetteer,
        in scalars: [Unicode.Scalar]
    ) -> Int? {
        var cut: Int?
        var index = name.lowerBound
        while index < min(name.upperBound, name.lowerBound + Self.longestPrefix) {
            if let zone = Self.zoneWords.longestMatch(in: scalars, from: index) {
                index += zone.length
                cut = index
            } else {
                index += 1
            }
        }
        guard let cut, name.upperBound - cut >= 4, scalars[cut].isHan else { return nil }
        if names.contains(where: { $0.count >= 2 && scalars.has($0, at: cut) }) { return cut }
        return CompanyOpenerReader.company(opening: cut, to: name.upperBound, gazetteer: gazetteer, in: scalars) != nil
            ? cut : nil
    }

    /// How far into a name a zone word may end, in scalars.
    private static let longestPrefix = 18
    /// Words that end the name of a zone or a town (not 村 or 乡: `中关村`, `城乡` end no place there).
    private static let zoneWords = ScalarTrie<Bool>(words: [
        "经济技术开发区", "经济开发区", "开发区", "经开区", "高新区", "工业园区", "工业集中区", "产业集聚区", "集聚区", "片区",
        "物流区", "加工区", "园区", "镇", "街道",
    ])
}
