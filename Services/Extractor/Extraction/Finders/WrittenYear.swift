import DiaoyanText

/// The year an undated document's text gives its partial dates: the one year it writes (`2015年长丰县…项目`).
///
/// A page scraped without its header often keeps the year only in the body (`9月8日上午，2015年…集中开工`). When
/// the text writes exactly one year, its partial dates (`9月8日`) are read in that year; two years or none leave
/// them unanchored, as without a publication date.
package enum WrittenYear {
    /// The one year `scalars` write as four digits and 年 (1949 to 2099), nil for none or several.
    ///
    /// - Complexity: O(n) over the scalars.
    package static func only(in scalars: [Unicode.Scalar]) -> Int? {
        var found: Int?
        var index = 0
        while index + 4 < scalars.count {
            guard let year = Self.year(at: index, in: scalars) else {
                index += 1
                continue
            }
            if let other = found, other != year { return nil }
            found = year
            index += 5
        }
        return found
    }

    /// The year written at `index` (`2015年`, not preceded by another digit), or nil.
    private static func year(at index: Int, in scalars: [Unicode.Scalar]) -> Int? {
        guard scalars[index + 4] == "年", index == 0 || !scalars[index - 1].isASCIIDigit else { return nil }
        var value = 0
        for scalar in scalars[index..<(index + 4)] {
            guard scalar.isASCIIDigit else { return nil }
            value = value * 10 + Int(scalar.value - 48)
        }
        return (1949...2099).contains(value) ? value : nil
    }
}
